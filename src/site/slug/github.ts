import GithubSlugger from 'github-slugger';
import type {SlugFlavor} from './types.js';

/**
 * GitHub.com heading anchors, via the maintained `github-slugger` (also behind rehype-slug,
 * Docusaurus and most JavaScript tools). Duplicates get `-1`, `-2`, … and the counter skips ids
 * already emitted (`echo`, `echo`, `echo-1` gives `echo`, `echo-1`, `echo-1-1`).
 */
export const github: SlugFlavor = {
  name: 'github',
  input: 'text',
  customIds: 'ignored',
  // GitHub prefixes rendered ids with `user-content-`; its page script makes the bare form work too.
  footnoteIds: (label) => [`user-content-fn-${label}`, `fn-${label}`, `user-content-fnref-${label}`, `fnref-${label}`],
  options: ['maintainCase'],
  create(options = {}) {
    const slugger = new GithubSlugger();
    const maintainCase = options['maintainCase'] === true;
    return {
      slug: (text) => slugger.slug(text, maintainCase),
      reserve(id) {
        if (!Object.hasOwn(slugger.occurrences, id)) slugger.occurrences[id] = 0;
      },
    };
  },
};

/**
 * GitHub's line anchors (`#L7`, `#L30-L31`, `#L3C24-L88`; a column only inside a range): GitHub selects those lines when it
 * shows a file's source (`?plain=1` for Markdown). They are never heading ids, so postlint does
 * not judge them; a malformed one (`#l7`, `#L30C`) is checked like any other fragment.
 */
export function isGithubLineAnchor(fragment: string): boolean {
  return /^(?:L\d+(?:C\d+)?-L\d+(?:C\d+)?|L\d+)$/.test(fragment);
}
