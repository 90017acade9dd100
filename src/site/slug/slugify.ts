import slugifyPackage from 'slugify';
import {anchorRegistry, typographed} from './markdown-it-anchor.js';
import {idAttributeRegistry} from './eleventy.js';
import type {SlugFlavor} from './types.js';

/** The options npm `slugify` takes, as a config passes them (`remove` as a pattern's source and flags). */
export interface SlugifyOptions {
  lower?: boolean;
  strict?: boolean;
  trim?: boolean;
  replacement?: string;
  locale?: string;
  remove?: {source: string; flags: string};
}

/** The package's own options from the flavor's (plain data: they cross threads and go into the cache). */
function packageOptions(options: Record<string, unknown>): Parameters<typeof slugifyPackage>[1] {
  const found: Exclude<Parameters<typeof slugifyPackage>[1], string | undefined> = {};
  for (const key of ['lower', 'strict', 'trim'] as const) if (typeof options[key] === 'boolean') found[key] = options[key];
  for (const key of ['replacement', 'locale'] as const) if (typeof options[key] === 'string') found[key] = options[key];
  const remove = options['remove'];
  if (remove && typeof remove === 'object' && typeof (remove as {source?: unknown}).source === 'string') {
    const {source, flags} = remove as {source: string; flags?: unknown};
    found.remove = new RegExp(source, typeof flags === 'string' ? flags : '');
  }
  return found;
}

/**
 * Heading ids made by npm `slugify` (simov/slugify), which an Eleventy config passes to
 * markdown-it-anchor by name (`slugify: (s) => slugify(s, {lower: true})`): the package itself
 * runs, with the options as the config writes them. Its ids keep `.`, `(`, `)`, `'`, `:` and `@`
 * and the letter case unless `lower`. Repeats as the plugin numbers them: markdown-it-anchor's
 * `-1`, `-2`, … (default), or `duplicates: "id-attribute"` for Eleventy's IdAttributePlugin (`-2`, `-3`, …).
 */
export const slugify: SlugFlavor = {
  name: 'slugify',
  input: 'text',
  customIds: 'in-order',
  footnoteIds: (_label, order) => [`fn${order}`, `fnref${order}`],
  options: ['lower', 'strict', 'trim', 'replacement', 'locale', 'remove', 'duplicates', 'typographer'],
  create(options = {}) {
    const settings = packageOptions(options);
    const slug = typographed((text: string): string => slugifyPackage(text, settings), options);
    return options['duplicates'] === 'id-attribute' ? idAttributeRegistry(slug) : anchorRegistry(slug, 1);
  },
};
