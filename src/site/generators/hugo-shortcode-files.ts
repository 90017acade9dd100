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
import {existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import type {IncludeFact} from '../../facts.js';
import type {SiteInfo} from './types.js';
import {readText} from './common.js';
import {hugoAssetRoots, hugoContentRootOf, hugoContentRoots, hugoLayoutDirs} from './hugo-site.js';

/** What a shortcode that reads a file writes: the file, or why it cannot be followed. */
export type ShortcodeFile = {path: string} | {reason: string};

const readsFile = /\b(?:readFile|os\.ReadFile)\b/;
const getsResource = /\bresources\.Get\b/;
const firstArgument = /\.Get\s+(?:0|`0`)\b|\.Get\s+"0"/;

/** The shortcode's template in the site's (and its themes') layout folders, if any. */
function template(name: string, site: SiteInfo): string | undefined {
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
  const text = template(include.path, site);
  if (text === undefined || !(readsFile.test(text) || getsResource.test(text))) return undefined;
  const shown = `the shortcode "${include.path}" (line ${include.line}) writes out a file its template reads`;
  const argument = include.argument;
  if (argument === undefined || !firstArgument.test(text) || /\{\{/.test(argument)) return {reason: `${shown}, from a path postlint cannot follow`};
  // `.Page.File.Dir` (or `.File.Dir`): the page's folder, as Hugo gives it below the content folder.
  const pageFolder = /\.File\.Dir\b/.test(text);
  const candidates = readsFile.test(text)
    ? pageFolder
      ? [resolve(dirname(page), argument)]
      : [site.root, ...hugoContentRoots(site)].map((root) => resolve(root, argument))
    : hugoAssetRoots(site).map((root) => resolve(root, argument));
  // A page below a mounted content folder: `.File.Dir` is its place below that root, which is still its own folder here.
  if (pageFolder && hugoContentRootOf(page, site) === undefined) return {reason: `${shown}, from the page's folder, which is outside the content folders`};
  const found = candidates.find((candidate) => existsSync(candidate));
  return found !== undefined ? {path: found} : {reason: `${shown} ("${argument}"), which is not found where the template looks`};
}
