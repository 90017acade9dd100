import GithubSlugger from 'github-slugger';
import type {SlugFlavor} from './types.js';

const nbsp = /[\u00a0\u2007\u202f]/g;

/**
 * Astro (and so Starlight): `rehypeHeadingIds` runs github-slugger over the heading's text (code
 * and link text in, image alt and HTML tags out). Astro versions differ in what they do after:
 * up to 5 one trailing `-` is dropped, 6 keeps github-slugger's id, and later code turns no-break
 * spaces into spaces and collapses runs of `-`. postlint gives the github-slugger id and accepts
 * the others as `aliases`, so a link is only reported when no Astro version would make its id.
 */
export const astro: SlugFlavor = {
  name: 'astro',
  input: 'text',
  customIds: 'ignored',
  footnoteIds: (label) => [`user-content-fn-${label}`, `user-content-fnref-${label}`],
  options: [],
  create() {
    const slugger = new GithubSlugger();
    return {
      slug: (text) => slugger.slug(text),
      reserve(id) {
        if (!Object.hasOwn(slugger.occurrences, id)) slugger.occurrences[id] = 0;
      },
    };
  },
  aliases: (id, text) => {
    const collapsed = new GithubSlugger().slug(text.replace(nbsp, ' ')).replace(/^-+|(?<=-)-+|-+$/g, '');
    return [...new Set([id.replace(/-$/, ''), collapsed])].filter((alias) => alias !== id);
  },
};
