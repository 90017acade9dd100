import {typographerText} from './typographer.js';
import type {SlugFlavor} from './types.js';

/** markdown-it-anchor's default slugify: trim, lower-case, white-space runs to `-`, percent-encoded. */
export function markdownItAnchorSlug(text: string): string {
  return encodeURIComponent(text.trim().toLowerCase().replace(/\s+/g, '-'));
}

/**
 * markdown-it-anchor (9) with its default slugify, as an Eleventy site gets it by adding the plugin
 * without a `slugify` option: text and code spans only (no image alt, no inline HTML); repeats get
 * `-1`, `-2`, … (`uniqueSlugStartIndex` 1), the first free number. Explicit ids (markdown-it-attrs)
 * enter the same registry in page order.
 */
export const markdownItAnchor: SlugFlavor = {
  name: 'markdown-it-anchor',
  input: 'text',
  customIds: 'in-order',
  footnoteIds: (_label, order) => [`fn${order}`, `fnref${order}`],
  options: ['uniqueSlugStartIndex', 'typographer'],
  create(options = {}) {
    const start = typeof options['uniqueSlugStartIndex'] === 'number' ? options['uniqueSlugStartIndex'] : 1;
    return anchorRegistry(typographed(markdownItAnchorSlug, options), start);
  },
};

/** A slugify that reads the heading's text as markdown-it's `typographer` leaves it, when the library has it on (typographer.ts). */
export function typographed(slugify: (text: string) => string, options: Record<string, unknown>): (text: string) => string {
  return options['typographer'] === true ? (text) => slugify(typographerText(text)) : slugify;
}

/** markdown-it-anchor's `uniqueSlug`: `slug`, then `slug-<start>`, `slug-<start+1>`, … until free. */
export function anchorRegistry(slugify: (text: string) => string, start: number): {slug(text: string): string; reserve(id: string): void} {
  const taken = new Set<string>();
  return {
    slug(text) {
      const base = slugify(text);
      let id = base;
      for (let n = start; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      return id;
    },
    reserve: (id) => void taken.add(id),
  };
}
