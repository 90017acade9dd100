import type {SlugFlavor, Slugger} from './types.js';
import {removeDiacritics} from './diacritics.js';
import {anchorRegistry} from './markdown-it-anchor.js';

// The characters VitePress's own slugify turned into `-` before 1.0.0-alpha.27: no curly quotes (@mdit-vue's has “”‘’).
const control = /[\u0000-\u001f]/g;
const special = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+/g;

/**
 * VitePress's slugify from 0.4 to 1.0.0-alpha.26 (vuejs/vitepress src/node/markdown/plugins/slugify.ts,
 * removed by #1554, commit 8cd1f7c4, for @mdit-vue/shared's): the `diacritics` package's Latin
 * replacements (no NFKD, so `が` and `ｶ` stay as written and `ß` becomes `ss`), control characters
 * dropped, runs of ASCII punctuation and white space become one `-`, no `-` at either end, a
 * leading digit gets `_`, lower-cased.
 */
export function vitepress0Slugify(text: string): string {
  return dashed(removeDiacritics(text), special);
}

/** The part both VitePress slugifys share: control characters dropped, runs of `separators` one `-`, none at either end, `_` before a leading digit, lower case. */
export function dashed(text: string, separators: RegExp): string {
  return text
    .replace(control, '')
    .replace(separators, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, '_$1')
    .toLowerCase();
}

/**
 * markdown-it-anchor's registry: a repeated id gets `-<n>`, from `uniqueSlugStartIndex` (1 since
 * markdown-it-anchor 7; 5.x, which VitePress used before 0.14.0, always started at 2), the first
 * number whose id is still free. Explicit ids count as taken where they stand.
 */
function registry(start: number): Slugger {
  return anchorRegistry(vitepress0Slugify, start);
}

/**
 * VitePress before 1.0.0-alpha.27 (markdown-it-anchor 5 to 8): the heading's text and code spans
 * only, slugified as above. vitepress.ts picks this flavor from the site's VitePress version
 * (vitepress-version.ts) and turns `{#id}` ids off before 0.19.0, which added markdown-it-attrs.
 */
export const vitepress0: SlugFlavor = {
  name: 'vitepress-0',
  input: 'text',
  customIds: 'in-order',
  footnoteIds: (_label, order) => [`fn${order}`, `fnref${order}`],
  options: ['uniqueSlugStartIndex'],
  create(options = {}) {
    const start = options['uniqueSlugStartIndex'];
    return registry(typeof start === 'number' && Number.isInteger(start) && start >= 0 ? start : 1);
  },
};
