import {FirstFreeRegistry, type SlugFlavor} from './types.js';

const combining = /\p{M}/gu;

/**
 * The `slug` crate Zola uses for `slugify.anchors = "on"` (the default): transliterate to ASCII
 * (deunicode), lower-case, every run of other characters becomes one `-`, none at either end.
 * Transliteration is only done here for letters that decompose into an ASCII letter and marks
 * (`é` → `e`); `uncertain` says when the text holds anything else.
 */
export function zolaSlug(text: string): string {
  const ascii = text.normalize('NFKD').replace(combining, '');
  let id = '';
  let dash = true;
  for (const ch of ascii) {
    if (/^[A-Za-z0-9]$/.test(ch)) {
      id += ch.toLowerCase();
      dash = false;
    } else if (!dash) {
      id += '-';
      dash = true;
    }
  }
  return id.endsWith('-') ? id.slice(0, -1) : id;
}

/** `slugify.anchors = "safe"` or `"off"`: ASCII white space becomes `_`, nothing else changes. */
export const zolaSafe = (text: string): string => text.replace(/[\t\n\f\r ]/g, '_');

/**
 * Zola: ids from the heading's text and code (image alt text included; link destinations and
 * footnote references not). Explicit `{#id}` ids are all taken before any automatic id is made,
 * and repeats get the first free `-1`, `-2`, … Option `anchors` is the site's `slugify.anchors`.
 */
export const zola: SlugFlavor = {
  name: 'zola',
  input: 'text',
  customIds: 'upfront',
  footnoteIds: (label) => [label],
  options: ['anchors'],
  create(options = {}) {
    const safe = options['anchors'] === 'safe' || options['anchors'] === 'off';
    const registry = new FirstFreeRegistry();
    return {slug: (text) => registry.take(safe ? zolaSafe(text) : zolaSlug(text)), reserve: (id) => registry.reserve(id)};
  },
  // deunicode turns other scripts and symbols into ASCII words (`日本` → `ri-ben`) from tables postlint does not carry.
  uncertain: (text, options = {}) => options['anchors'] !== 'safe' && options['anchors'] !== 'off' && /[^\x00-\x7f]/.test(text.normalize('NFKD').replace(combining, '')),
};
