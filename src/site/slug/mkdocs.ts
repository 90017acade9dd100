import type {SlugFlavor} from './types.js';

// Python's `\s` on an ASCII string also matches the information separators \x1c-\x1f.
const space = '\\t\\n\\v\\f\\r \\x1c-\\x1f';
const notWordAscii = new RegExp(`[^A-Za-z0-9_${space}-]`, 'g');
const notWordUnicode = new RegExp(`[^\\p{L}\\p{N}_${space}-]`, 'gu');
const runs = new RegExp(`[${space}-]+`, 'g');
const edges = new RegExp(`^[${space}]+|[${space}]+$`, 'g');

/** Python-Markdown toc `slugify` (and `slugify_unicode` with `unicode`). */
export function mkdocsSlugify(text: string, unicode = false): string {
  let value = text;
  if (!unicode) value = value.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  value = value.replace(unicode ? notWordUnicode : notWordAscii, '').replace(edges, '').toLowerCase();
  return value.replace(runs, '-');
}

/**
 * MkDocs / Python-Markdown toc: `unique` appends `_1`, `_2`, … , incrementing an existing
 * `_<n>` suffix instead of adding another; an empty slug becomes `_1`. Explicit ids (attr_list)
 * are all taken before any automatic id is made. Option `slugify: "slugify_unicode"`.
 */
export const mkdocs: SlugFlavor = {
  name: 'mkdocs',
  input: 'text',
  customIds: 'upfront',
  footnoteIds: (label) => [`fn:${label}`, `fnref:${label}`],
  options: ['slugify'],
  create(options = {}) {
    const unicode = options['slugify'] === 'slugify_unicode';
    const taken = new Set<string>();
    return {
      slug(text) {
        let id = mkdocsSlugify(text, unicode);
        while (taken.has(id) || id === '') {
          const numbered = /^(.*)_([0-9]+)$/s.exec(id);
          id = numbered ? `${numbered[1]}_${Number(numbered[2]) + 1}` : `${id}_1`;
        }
        taken.add(id);
        return id;
      },
      reserve: (id) => void taken.add(id),
    };
  },
};
