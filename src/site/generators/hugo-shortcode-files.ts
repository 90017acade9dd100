/**
 * A Hugo shortcode whose template writes out a file its argument names:
 * `{{ (printf "%s%s" .Page.File.Dir (.Get 0)) | readFile | safeHTML }}` (readFile and os.ReadFile
 * read from the project folder overlaid with the content folders, gohugoio/hugo tpl/os/os.go, so
 * `.Page.File.Dir`, the page's folder below its content folder, makes the path the page's; "a
 * leading path separator (`/`) is optional", Hugo's os.ReadFile page), or
 * `{{ (resources.Get (.Get 0)).Content }}` (from the assets folder). The argument is the first
 * positional one (`.Get 0`) or a named one (`{{< readfile file="/generated/x.html" >}}` read by
 * `.Get "file"`); the call may be `{{% %}}` or `{{< >}}`. The file's `id` attributes are then ids
 * of the page (`{{% include-html api-reference.html %}}`). When the template reads a file but
 * postlint cannot follow the path (built some other way, absent from the checkout because the
 * build writes it before Hugo runs), the page's other fragments are unverifiable: the reason says why.
 */
import {dirname, join, resolve} from 'node:path';
import type {IncludeFact} from '../../facts.js';
import type {SiteInfo} from './types.js';
import {isFile, perSite, readText} from './common.js';
import {isWithin} from '../../ignore-files.js';
import {escapeRegExp} from '../../links/patterns.js';
import {hugoAssetRoots, hugoContentRootOf, hugoContentRoots, hugoLayoutDirs} from './hugo-site.js';

/** What a shortcode that reads a file writes: the file, or why it cannot be followed. */
export type ShortcodeFile = {path: string} | {reason: string};

const readsFile = /\b(?:readFile|os\.ReadFile)\b/;
const getsResource = /\bresources\.Get\b/;
const firstArgument = /\.Get\s+(?:0|`0`)\b|\.Get\s+"0"/;
/** `.Get "name"` (or `` .Get `name` ``): the template's read of a named argument. */
const namedArgument = (name: string): RegExp => new RegExp(`\\.Get\\s+(?:"${escapeRegExp(name)}"|\`${escapeRegExp(name)}\`)(?![\\w-])`);
/** Markdown rendered from what the template reads (`markdownify`, `.RenderString`): its headings get ids too. */
const rendersMarkdown = /\b(?:markdownify|RenderString)\b/;
/** What may stand before `.Get 0` when it is the path itself: a reader, an assignment, a pipeline's start, or `printf "%s%s" .Page.File.Dir`. */
const pathPosition = /(?:\{\{-?|\b(?:readFile|os\.ReadFile|resources\.Get)|:?=|\bprintf\s+(?:"%s%s"|`%s%s`)\s+\.(?:Page\.)?File\.Dir)\s*\(?\s*$/;
/** A reader given a path `printf` builds (`readFile (printf "static/icons/%s.svg" $name)`), other than the page-folder form. */
const builtPath = /\b(?:readFile|os\.ReadFile|resources\.Get)\s*\(\s*printf\b(?!\s+(?:"%s%s"|`%s%s`)\s+\.(?:Page\.)?File\.Dir\b)|\bprintf\s+(?!(?:"%s%s"|`%s%s`)\s+\.(?:Page\.)?File\.Dir\b)[^|}]*\|\s*(?:readFile|os\.ReadFile)\b/;

/**
 * Whether the template reads the file its first argument names as it is: every `.Get 0` stands where
 * the path goes (`readFile (.Get 0)`, `.Get 0 | readFile`, `$path := .Get 0`), and no reader is given
 * a path `printf` makes (`readFile (printf "static/icons/%s.svg" (.Get 0))`: another file than the argument).
 */
function readsArgumentAsIs(text: string, reads: RegExp): boolean {
  if (builtPath.test(text)) return false;
  for (const match of text.matchAll(new RegExp(reads.source, 'g'))) {
    const actionStart = text.lastIndexOf('{{', match.index);
    if (!pathPosition.test(text.slice(actionStart === -1 ? 0 : actionStart, match.index))) return false;
  }
  return true;
}

/** The templates looked up so far, by shortcode name, per site: a shortcode recurs on many pages. */
const templates = perSite((): Map<string, string | undefined> => new Map());

/** The shortcode's template in the site's (and its themes') layout folders, if any: the first Hugo finds. */
export function hugoShortcodeTemplate(name: string, site: SiteInfo): string | undefined {
  const known = templates(site);
  if (!known.has(name)) known.set(name, findTemplate(name, site));
  return known.get(name);
}

function findTemplate(name: string, site: SiteInfo): string | undefined {
  for (const dir of hugoLayoutDirs(site)) {
    for (const folder of ['_shortcodes', 'shortcodes']) {
      for (const ext of ['.html', '.md']) {
        const text = readText(join(dir, folder, `${name}${ext}`));
        if (text !== undefined) return text;
      }
    }
  }
  return undefined;
}

/**
 * The file a `{{% shortcode arg %}}` writes into the page, when its template reads one; undefined
 * when the template reads none (or is not in the checkout).
 */
export function hugoShortcodeFile(include: IncludeFact, page: string, site: SiteInfo): ShortcodeFile | undefined {
  const text = hugoShortcodeTemplate(include.path, site);
  if (text === undefined || !(readsFile.test(text) || getsResource.test(text))) return undefined;
  const shown = `the shortcode "${include.path}" (line ${include.line}) writes out a file its template reads`;
  const path = pathArgument(include, text);
  if (path === undefined || /\{\{/.test(path.argument)) return {reason: `${shown}, from a path postlint cannot follow`};
  if (!readsArgumentAsIs(text, path.reads)) return {reason: `${shown}, from a path its template builds from the argument ("${path.argument}"), which postlint does not follow`};
  // Hugo reads `/generated/x.html` and `generated/x.html` alike: from the folder, not the disk's root.
  const argument = path.argument.replace(/^\/+/, '');
  // `.Page.File.Dir` (or `.File.Dir`): the page's folder, as Hugo gives it below the content folder.
  const pageFolder = /\.File\.Dir\b/.test(text);
  // Each path with the folder it is read from: Hugo reads inside those folders only (a `../../etc/hostname`
  // or `/dev/zero` argument reads nothing there), so a path that leaves its folder is not a candidate.
  const pageRoot = pageFolder ? hugoContentRootOf(page, site) : undefined;
  const candidates = (readsFile.test(text)
    ? pageFolder
      ? pageRoot === undefined ? [] : [[pageRoot, resolve(dirname(page), argument)]]
      : [site.root, ...hugoContentRoots(site)].map((root) => [root, resolve(root, argument)])
    : hugoAssetRoots(site).map((root) => [root, resolve(root, argument)])
  ).filter(([root, candidate]) => isWithin(candidate!, resolve(root!))).map(([, candidate]) => candidate!);
  // A page below a mounted content folder: `.File.Dir` is its place below that root, which is still its own folder here.
  if (pageFolder && pageRoot === undefined) return {reason: `${shown}, from the page's folder, which is outside the content folders`};
  if (candidates.length === 0) return {reason: `${shown} ("${argument}"), which is outside the folders Hugo reads it from`};
  const found = candidates.find((candidate) => isFile(candidate));
  if (found === undefined) return {reason: `${shown} ("${path.argument}"), which is not in the checkout (a file the build writes before Hugo runs, or one missing)`};
  // A Markdown file rendered into the page has heading ids only a Markdown reading gives.
  if (rendersMarkdown.test(text) && !/\.(?:html?|svg)$/i.test(found)) return {reason: `${shown} ("${path.argument}") and renders it as Markdown, whose heading ids postlint does not read there`};
  return {path: found};
}

/**
 * The argument the template reads the path from, and how it reads it: the first positional one
 * (`.Get 0`), or the one named argument of the call whose every read stands where a path goes
 * (`.Get "file"` beside an option such as `eq (.Get "markdown") "true"`).
 */
function pathArgument(include: IncludeFact, text: string): {argument: string; reads: RegExp} | undefined {
  const named = include.named;
  if (named === undefined) return include.argument !== undefined && firstArgument.test(text) ? {argument: include.argument, reads: firstArgument} : undefined;
  const read = Object.keys(named).map((name) => ({argument: named[name]!, reads: namedArgument(name)})).filter(({reads}) => reads.test(text));
  const asIs = read.filter(({reads}) => readsArgumentAsIs(text, reads));
  return asIs.length === 1 ? asIs[0] : read.length === 1 ? read[0] : undefined;
}
