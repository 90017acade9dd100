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
 * Hugo's content formats are not only Markdown (gohugoio/hugo media/config.go DefaultContentTypes,
 * suffixes in media/builtin.go; `IsContentFile` tests the suffix): HTML (`html`, `htm`), AsciiDoc
 * (`adoc`, `asciidoc`, `ad`), Pandoc (`pandoc`, `pdc`), reStructuredText (`rst`) and Org (`org`).
 * A file of those under content/ is a page like a Markdown one (`x.html`, a bundle's
 * `index.html`): built at its path with the suffix dropped and lower-cased (common/paths
 * pathparser.go), found by `ref` and by its URL. postlint reads none of them, so they are looked
 * up on disk. An HTML file counts only when it starts with front matter, as the Hugo releases of
 * the sites measured read it (one without is left to the static-file reading, as before).
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

/** The suffixes of Hugo's content formats postlint does not read (every one but Markdown's). */
const otherFormats = ['html', 'htm', 'adoc', 'asciidoc', 'ad', 'pandoc', 'pdc', 'rst', 'org'];
/** A file name in one of those formats. */
export const otherFormatFile = new RegExp(`\\.(?:${otherFormats.join('|')})$`, 'i');
/** Markdown's suffixes and the others': the files under content/ a `ref` may name (a group of alternatives, no anchors). */
export const contentSuffixes = `(?:md|markdown|${otherFormats.join('|')})`;

/** Is this file a content page in a format other than Markdown (HTML with front matter first; the others by suffix)? */
export function isOtherFormatPage(path: string): boolean {
  if (!otherFormatFile.test(path)) return false;
  if (!/\.html?$/i.test(path)) return true;
  const text = readText(path);
  return text !== undefined && /^(---|\+\+\+)\r?\n/.test(text.replace(/^\uFEFF/, ''));
}

/** Page candidates in those formats for a content path without extension: `x.html`, `x/index.html`, `x/_index.html`, `x.adoc`, …. */
export function otherFormatCandidates(absolute: string): string[] {
  const stem = absolute.replace(/[\\/]+$/, '');
  return otherFormats.flatMap((suffix) => [`${stem}.${suffix}`, join(stem, `index.${suffix}`), join(stem, `_index.${suffix}`)]);
}

const htmlPages = new Map<string, string[]>();
/** Content roots whose walk stopped at the cap: their list is partial. */
const cutWalks = new Set<string>();

/** Walk the content roots for HTML pages again (the Hugo generator's forgetFileReads: a page was added or removed). */
export function forgetOtherFormatPages(): void {
  htmlPages.clear();
  cutWalks.clear();
}

/** Did the walk of this content root stop at its cap (so a page missing from its list may exist)? */
export function otherFormatWalkCut(root: string): boolean {
  return cutWalks.has(root);
}

/**
 * The HTML content pages under a content root (read once until forgotten: HTML pages are not in the
 * run, and a short ref looks pages up by name). At most 20,000 entries are walked.
 */
export function otherFormatPages(root: string): string[] {
  let found = htmlPages.get(root);
  if (found) return found;
  const walked = walkFiles(root, {enter: () => true, keep: (_, path) => isOtherFormatPage(path), maxEntries: 20_000});
  if (walked.cut) cutWalks.add(root);
  found = walked.files;
  htmlPages.set(root, found);
  return found;
}
