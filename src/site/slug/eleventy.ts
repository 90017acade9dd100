import slugify from '@sindresorhus/slugify';
import {anchorRegistry, typographed} from './markdown-it-anchor.js';
import type {SlugFlavor, Slugger} from './types.js';

/**
 * Eleventy sites whose heading ids come from `@sindresorhus/slugify` (2.x, what Eleventy 3 ships):
 * Eleventy's `slugify` filter calls it with `decamelize: false` (`JavaScript` → `javascript`);
 * a config that imports the package itself gets its default (`JavaScript` → `java-script`).
 *
 * Options: `decamelize` (boolean, default false: the filter's setting); `duplicates`:
 * `"id-attribute"` for Eleventy's IdAttributePlugin (repeats get `-2`, `-3`, …) or `"anchor"` for
 * markdown-it-anchor (`-1`, `-2`, …, the default).
 */
export const eleventy: SlugFlavor = {
  name: 'eleventy',
  input: 'text',
  customIds: 'in-order',
  footnoteIds: (_label, order) => [`fn${order}`, `fnref${order}`],
  options: ['decamelize', 'duplicates', 'typographer'],
  create(options = {}) {
    const decamelize = options['decamelize'] === true;
    const slug = typographed((text: string): string => slugify(text, {decamelize}), options);
    return options['duplicates'] === 'id-attribute' ? idAttributeRegistry(slug) : anchorRegistry(slug, 1);
  },
};

/** Eleventy's IdAttributePlugin counts each base id: `x`, `x-2`, `x-3`. */
export function idAttributeRegistry(slug: (text: string) => string): Slugger {
  const counts = new Map<string, number>();
  return {
    slug(text) {
      const base = slug(text);
      const count = (counts.get(base) ?? 0) + 1;
      counts.set(base, count);
      return count === 1 ? base : `${base}-${count}`;
    },
    reserve: (id) => void counts.set(id, (counts.get(id) ?? 0) + 1),
  };
}
