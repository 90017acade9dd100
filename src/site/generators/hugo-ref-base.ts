/**
 * Where Hugo reads a page-relative `ref`/`relref` from, and its content files in HTML.
 *
 * `getContentNodeForRef` in gohugoio/hugo hugolib/pagecollections.go: a branch bundle
 * (`_index.md`) reads from its own folder; a regular page and a leaf bundle (`x/index.md`, whose
 * path is `/section/x`) read from the folder that contains them ("for regular pages we use the
 * containing folder"), except that a ref with an extension starting with `../` reads from the
 * page file's own folder, and a ref with an extension is also looked up from the file's own
 * folder (`getContentNodeFromRefReverseLookup`).
 *
 * Hugo's content formats include HTML: a `.html` file under content/ that starts with front
 * matter is a page (`x.html`, a bundle's `index.html`), found by `ref` like a Markdown one.
 */
import {basename, dirname, extname, join} from 'node:path';
import {readText} from './common.js';
import {walkFiles} from './walk-files.js';

const leafBundle = /^index(?:\.[a-z]{2,3}(?:-[a-z]+)?)?\.(md|markdown|html?)$/i;
const branchBundle = /^_index(?:\.[a-z]{2,3}(?:-[a-z]+)?)?\.(md|markdown|html?)$/i;

/** The folders a page-relative ref from `from` is read from, in Hugo's order. */
export function refBases(from: string, ref: string): string[] {
  const own = dirname(from);
  const name = basename(from);
  if (branchBundle.test(name)) return [own];
  const hadExtension = extname(ref) !== '';
  if (!leafBundle.test(name)) return [own];
  const container = dirname(own);
  if (hadExtension && ref.startsWith('../')) return [own];
  return hadExtension ? [container, own] : [container];
}

/** Does this HTML file start with front matter (so Hugo reads it as a content page)? */
export function isHtmlContentPage(path: string): boolean {
  if (!/\.html?$/i.test(path)) return false;
  const text = readText(path);
  return text !== undefined && /^(---|\+\+\+)\r?\n/.test(text.replace(/^\uFEFF/, ''));
}

/** HTML page candidates for a content path without extension: `x.html`, `x/index.html`, `x/_index.html`. */
export function htmlPageCandidates(absolute: string): string[] {
  const stem = absolute.replace(/[\\/]+$/, '');
  return [`${stem}.html`, join(stem, 'index.html'), join(stem, '_index.html')];
}

const htmlPages = new Map<string, string[]>();
/** Content roots whose walk stopped at the cap: their list is partial. */
const cutWalks = new Set<string>();

/** Did the walk of this content root stop at its cap (so a page missing from its list may exist)? */
export function htmlWalkCut(root: string): boolean {
  return cutWalks.has(root);
}

/**
 * The HTML content pages under a content root (read once a process: HTML pages are not in the
 * run, and a short ref looks pages up by name). At most 20,000 entries are walked.
 */
export function htmlContentPages(root: string): string[] {
  let found = htmlPages.get(root);
  if (found) return found;
  const walked = walkFiles(root, {enter: () => true, keep: (_, path) => isHtmlContentPage(path), maxEntries: 20_000});
  if (walked.cut) cutWalks.add(root);
  found = walked.files;
  htmlPages.set(root, found);
  return found;
}
