/**
 * A Hugo shortcode whose template writes out a file its argument names:
 * `{{ (printf "%s%s" .Page.File.Dir (.Get 0)) | readFile | safeHTML }}` (readFile and os.ReadFile
 * read from the project folder overlaid with the content folders, gohugoio/hugo tpl/os/os.go, so
 * `.Page.File.Dir`, the page's folder below its content folder, makes the path the page's), or
 * `{{ (resources.Get (.Get 0)).Content }}` (from the assets folder). The file's `id` attributes are
 * then ids of the page (`{{% include-html api-reference.html %}}`). When the template reads a
 * file but postlint cannot follow the path (built some other way, the file absent), the page's
 * other fragments are unverifiable: the reason says why.
 */
import {dirname, join, resolve} from 'node:path';
import type {IncludeFact} from '../../facts.js';
import type {SiteInfo} from './types.js';
import {isFile, perSite, readText} from './common.js';
import {isWithin} from '../../ignore-files.js';
import {hugoAssetRoots, hugoContentRootOf, hugoContentRoots, hugoLayoutDirs} from './hugo-site.js';

/** What a shortcode that reads a file writes: the file, or why it cannot be followed. */
export type ShortcodeFile = {path: string} | {reason: string};

const readsFile = /\b(?:readFile|os\.ReadFile)\b/;
const getsResource = /\bresources\.Get\b/;
const firstArgument = /\.Get\s+(?:0|`0`)\b|\.Get\s+"0"/;
const firstArguments = new RegExp(firstArgument.source, 'g');
/** What may stand before `.Get 0` when it is the path itself: a reader, an assignment, a pipeline's start, or `printf "%s%s" .Page.File.Dir`. */
const pathPosition = /(?:\{\{-?|\b(?:readFile|os\.ReadFile|resources\.Get)|:?=|\bprintf\s+(?:"%s%s"|`%s%s`)\s+\.(?:Page\.)?File\.Dir)\s*\(?\s*$/;
/** A reader given a path `printf` builds (`readFile (printf "static/icons/%s.svg" $name)`), other than the page-folder form. */
const builtPath = /\b(?:readFile|os\.ReadFile|resources\.Get)\s*\(\s*printf\b(?!\s+(?:"%s%s"|`%s%s`)\s+\.(?:Page\.)?File\.Dir\b)|\bprintf\s+(?!(?:"%s%s"|`%s%s`)\s+\.(?:Page\.)?File\.Dir\b)[^|}]*\|\s*(?:readFile|os\.ReadFile)\b/;

/**
 * Whether the template reads the file its first argument names as it is: every `.Get 0` stands where
 * the path goes (`readFile (.Get 0)`, `.Get 0 | readFile`, `$path := .Get 0`), and no reader is given
 * a path `printf` makes (`readFile (printf "static/icons/%s.svg" (.Get 0))`: another file than the argument).
 */
function readsArgumentAsIs(text: string): boolean {
  if (builtPath.test(text)) return false;
  for (const match of text.matchAll(firstArguments)) {
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
  const argument = include.argument;
  if (argument === undefined || !firstArgument.test(text) || /\{\{/.test(argument)) return {reason: `${shown}, from a path postlint cannot follow`};
  if (!readsArgumentAsIs(text)) return {reason: `${shown}, from a path its template builds from the argument ("${argument}"), which postlint does not follow`};
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
  return found !== undefined ? {path: found} : {reason: `${shown} ("${argument}"), which is not found where the template looks`};
}
