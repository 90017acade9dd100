/**
 * Markdown files that are page resources of a Hugo leaf bundle, not pages.
 *
 * An index file in a subfolder (`authors/ann/index.md` under `authors/index.md`) is no bundle of its
 * own but one more resource of the outer leaf (gohugoio/hugo#6239, v0.57.2 on; hugolib
 * TestBundleIndexInSubFolder): a headless `authors/index.md` whose `authors/<name>/index.md` carry
 * only fields a layout reads is the usual use, and those files need no title.
 *
 * A folder with an `index.md` (a leaf bundle) is one page; every other file in it and in its
 * subfolders is one of that page's resources: "Resource location: adjacent to the index file or in
 * a nested subdirectory", and a leaf bundle has no descendant pages (gohugo.io
 * content-management/page-bundles). A content file there (`notes.md`) is a resource of type
 * `page`, and "Hugo does not publish page resources having a resource type of page"
 * (gohugo.io configuration/content-types). Its text reaches a reader only when a template asks for
 * it: `{{ with .Resources.GetMatch "notes.md" }}{{ .Content }}{{ end }}`. A branch bundle
 * (`_index.md`) differs: the other Markdown files beside it are pages of their own.
 *
 * So such a file is not checked, unless a template of the site may render it: a layout that takes
 * resources (`.Resources…`) and reads a resource's text (`.Content`, `.RenderString`, `.Plain`,
 * `.RawContent`, `.Summary`) with a pattern that may match the file (one given as text that cannot
 * match it, or `ByType "image"`, rules the layout out). A shortcode does so only on a page that
 * calls it (unless it fetches another page: `site.GetPage`); any other layout on every page. Layouts too many to read: checked as today.
 * A headless bundle (`headless: true`) is no exception: Hugo publishes neither the bundle nor its
 * resources (gohugo.io content-management/page-bundles, "headless bundles"; hugolib/page__meta.go
 * sets build.render and build.list to never); its text reaches a reader only through a layout that
 * fetches the bundle (`site.GetPage`) and reads its resources, which the same look at the layouts finds.
 */
import {readdirSync} from 'node:fs';
import {basename, dirname, join, relative, resolve, sep} from 'node:path';
import {perSite, readText} from './common.js';
import {isOtherFormatPage} from './hugo-ref-base.js';
import {hugoContentRoots, hugoLayoutDirs} from './hugo-site.js';
import {hugoBundlesNestedIndexes} from './hugo-version.js';
import {walkFiles} from './walk-files.js';
import {toPosix} from '../../paths.js';
import type {SiteInfo} from './types.js';

const leafHeader = /^index(?:\.[a-z]{2,3}(?:-[a-z]+)?)?\.(md|markdown|mdown|mkd|mkdn|html?|adoc|asciidoc|org|pandoc|pdc|rst)$/i;
const branchHeader = /^_index(?:\.[a-z]{2,3}(?:-[a-z]+)?)?\.(md|markdown|mdown|mkd|mkdn|html?|adoc|asciidoc|org|pandoc|pdc|rst)$/i;

/** Each folder's leaf index, read once while the site's files stay as they are (cleared by forgetLeafIndexes). */
const headerCache = new Map<string, string | undefined>();

/** Read the folders' index files again (the Hugo generator's forgetFileReads: a file was added, renamed or removed). */
export function forgetLeafIndexes(): void {
  headerCache.clear();
}

/** The leaf bundle's index file in `dir`, when `dir` is a leaf bundle (an index file, no `_index`: the branch wins). */
function leafIndexIn(dir: string): string | undefined {
  if (headerCache.has(dir)) return headerCache.get(dir);
  let found: string | undefined;
  try {
    const names = readdirSync(dir, {withFileTypes: true}).filter((entry) => entry.isFile()).map((entry) => entry.name);
    if (!names.some((name) => branchHeader.test(name))) {
      // An HTML index without front matter is a file Hugo copies, not a bundle's content.
      found = names.filter((name) => leafHeader.test(name) && (!/\.html?$/i.test(name) || isOtherFormatPage(join(dir, name)))).sort()[0];
    }
  } catch {
    found = undefined;
  }
  const index = found ? join(dir, found) : undefined;
  headerCache.set(dir, index);
  return index;
}

/** The index file of the leaf bundle `path` is a resource of, if any (never the index file itself, nor under the content root's own index). */
export function leafBundleIndexOf(path: string, site: SiteInfo): string | undefined {
  const file = resolve(path);
  const root = hugoContentRoots(site).find((dir) => file.startsWith(dir + sep));
  if (!root) return undefined;
  let bundle: string | undefined;
  // The outermost leaf bundle above the file owns it: nothing below a leaf is a page.
  for (let dir = dirname(file); dir !== root && dir.startsWith(root + sep); dir = dirname(dir)) {
    // An index file beside another (`index.md` beside `index.fr.md`) is the same bundle in another language, not its resource.
    if (dir === dirname(file) && leafHeader.test(basename(file))) continue;
    const index = leafIndexIn(dir);
    if (index && index !== file) bundle = index;
  }
  // An index file of a folder inside a leaf bundle is a resource too (Hugo's full content walk, hugolib/pages_capture.go
  // handleBundleLeaf, enqueues every file below the leaf; TestBundleIndexInSubFolder): from v0.57.2 (hugo-version.ts).
  if (bundle && leafHeader.test(basename(file)) && !hugoBundlesNestedIndexes(site)) return undefined;
  return bundle;
}

/** A layout that may render a page resource's text: a shortcode's name (it runs only where called), or every page. */
interface ResourceReader {
  file: string;
  shortcode?: string;
  /** Literal patterns of its `.Resources` calls; undefined when one is computed (any file may match). */
  patterns?: Array<{kind: 'glob' | 'type'; value: string}>;
}

const readsText = /\.(?:Content|RenderString|Plain|PlainWords|RawContent|Summary|Truncated|TableOfContents)\b/;
const resourceCall = /\.Resources\b(?:\.(GetMatch|Match|Get|ByType)\s+(?:"([^"]*)"|`([^`]*)`)|)/g;

/** The site's layouts that may render a resource's text, or undefined when the layouts are too many to read. */
const resourceReaders = perSite((site: SiteInfo): ResourceReader[] | undefined => {
  const readers: ResourceReader[] = [];
  for (const dir of hugoLayoutDirs(site)) {
    const {files, cut} = walkFiles(dir, {enter: () => true, keep: (entry) => /\.(html|xml|json|txt|md)$/i.test(entry.name), maxEntries: 20000, maxFiles: 5000});
    if (cut) return undefined;
    for (const file of files) {
      const text = readText(file) ?? '';
      if (!text.includes('.Resources') || !readsText.test(text)) continue;
      const calls = [...text.matchAll(resourceCall)];
      const patterns = calls.every((call) => call[1] !== undefined)
        ? calls.map((call) => ({kind: call[1] === 'ByType' ? ('type' as const) : ('glob' as const), value: call[2] ?? call[3] ?? ''}))
        : undefined;
      const parts = toPosix(relative(dir, file)).split('/');
      const shortcodeAt = parts.indexOf('shortcodes');
      // A shortcode that fetches another page (`site.GetPage`) may render that page's resources wherever it is called.
      const shortcode = shortcodeAt >= 0 && !/\bGetPage\b/.test(text) ? parts.slice(shortcodeAt + 1).join('/').replace(/\.[^/]*$/, '').replace(/\.[a-z]{2,3}$/i, '') : undefined;
      readers.push({file, ...(shortcode ? {shortcode} : {}), ...(patterns ? {patterns} : {})});
    }
  }
  return readers;
});

/** Hugo's resource globs (gobwas/glob, `/` the separator, names lower-cased): `*`, `**`, `?`, `{a,b}`, `[…]`. */
function globRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '*') {
      if (glob[i + 1] === '*') {
        out += '.*';
        i++;
      } else out += '[^/]*';
    } else if (char === '?') out += '[^/]';
    else if (char === '{') out += '(?:';
    else if (char === '}') out += ')';
    else if (char === ',') out += '|';
    else if (char === '[' || char === ']') out += char;
    else out += char.replace(/[.+^$()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${out}$`, 'i');
  } catch {
    return /^/;
  }
}

function mayRead(reader: ResourceReader, name: string): boolean {
  if (!reader.patterns) return true;
  return reader.patterns.some((pattern) => (pattern.kind === 'type' ? pattern.value.toLowerCase() === 'page' : globRegExp(pattern.value.toLowerCase()).test(name.toLowerCase())));
}

/** Does a page's text call the shortcode `name` (`{{< name …`, `{{% name …`)? */
function callsShortcode(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`\\{\\{[<%]-?\\s*${escaped}(?=[\\s>%/-])`).test(text);
}

/**
 * Why Hugo never shows `path`, when it is a Markdown resource of a leaf bundle that no template of
 * the site may render; undefined otherwise (a page, or a resource a layout may show).
 */
export function leafResourceReason(path: string, site: SiteInfo): string | undefined {
  const index = leafBundleIndexOf(path, site);
  if (!index) return undefined;
  const readers = resourceReaders(site);
  if (!readers) return undefined;
  const name = toPosix(relative(dirname(index), resolve(path)));
  const bundleText = readers.some((reader) => reader.shortcode) ? readText(index) ?? '' : '';
  for (const reader of readers) {
    if (!mayRead(reader, name)) continue;
    if (!reader.shortcode || callsShortcode(bundleText, reader.shortcode)) return undefined;
  }
  return `it is a page resource of the leaf bundle ${toPosix(relative(site.root, index))} (a folder with an index file), not a page; Hugo publishes no page for it and no layout of the site renders its text`;
}
