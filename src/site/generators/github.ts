/**
 * Plain GitHub Markdown: files in a repository with no site generator. GitHub renders every
 * file, with GitHub's heading ids; relative links name files; `/x` is the repository root
 * (postlint checks it only against a configured `root`). `.github/` issue and pull-request
 * templates are forms, not pages. Front matter is the author's only word on publishing, so its
 * `draft`/`published`/`status` and future dates are read as written, and a file that has front
 * matter is read as a post (title and date).
 */
import {sep} from 'node:path';
import {caseOrMissing, defaults, draftFlags, lookInRoots, scheduleProblems} from './common.js';
import type {Generator} from './types.js';

export const github: Generator = {
  ...defaults,
  name: 'github',
  title: 'GitHub Markdown',
  // Never detected: it is what a file outside every site is read as.
  detect: async () => undefined,
  contentRoots: () => [],
  staticRoots: () => [],
  isPage: (path) => !path.split(sep).includes('.github'),
  // GitHub has no `{#id}` syntax, and an image in a heading adds nothing to its id.
  slugFlavor: () => ({name: 'github', options: {customIds: false, imageAlt: false}, reason: 'GitHub ids'}),
  resolveSiteRoot(request, context) {
    if (context.roots.length === 0) return {status: 'unverifiable', reason: 'no site generator and no `root` in the postlint config: postlint does not know where `/` is'};
    return lookInRoots(request, context) ?? caseOrMissing(request, context);
  },
  publishState: (path, frontMatter, site, now) => {
    const problems = draftFlags(frontMatter, {draft: true, published: true, status: true});
    if (path.split(sep).includes('_drafts')) problems.push({kind: 'draft', reason: 'it is in a `_drafts` folder', span: frontMatter?.start ?? {line: 1, column: 1}, warning: false});
    return [...problems, ...scheduleProblems(frontMatter, frontMatter?.data ?? {}, github.timeZone(site), now, {dates: ['publishDate', 'pubdate', 'date'], expiry: ['expiryDate', 'expirydate', 'unpublishdate'], future: false, expired: false})];
  },
  // A list page (`_index.md`) is not a post.
  requiredFields: (page) => (/^_index\./.test(page.path.split(sep).at(-1) ?? '') ? [] : ['title', 'date']),
  fieldFrom: (field, page) => (field === 'date' && (/^\d{4}-\d{2}-\d{2}-/.test(page.path.split(sep).at(-1) ?? '') || page.path.split(sep).includes('_drafts')) ? 'the file name' : undefined),
};
