/**
 * Where Hugo's embedded `figure` shortcode finds its `src` (tpl/tplimpl/embedded/templates/_shortcodes/figure.html,
 * from gohugoio/hugo#12246, v0.124.0): a value that is no absolute URL is looked up as a page resource, then as a
 * global resource, `or (.Page.Resources.Get $u.Path) (resources.Get $u.Path)`, and the found resource's
 * RelPermalink is written. `resources.Get` reads the assets folder as Hugo's file system unites it: `assetDir` and
 * every module mount targeting `assets` (a site mounting `static` into `assets` too finds its static images so).
 *
 * Only the embedded template does this: a site or theme `figure.html` in the checkout is read by
 * hugo-shortcode-urls.ts instead, and a Hugo pinned before v0.124.0 writes `src` as it is.
 */
import {dirname, join, resolve} from 'node:path';
import type {SiteInfo} from './types.js';
import {isFile} from './common.js';
import {hugoAssetRoots} from './hugo-site.js';
import {hugoShortcodeTemplate} from './hugo-shortcode-files.js';
import {hugoFigureFindsResources} from './hugo-version.js';

/** The global resource the embedded `figure` finds for `src` on the page `from`, when the page's own folder has no such file. */
export function hugoFigureResource(value: string, site: SiteInfo, from: string): {file: string} | undefined {
  // urls.Parse: an absolute URL (or a scheme-relative one) is written as it is.
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(value)) return undefined;
  if (hugoShortcodeTemplate('figure', site) !== undefined || !hugoFigureFindsResources(site)) return undefined;
  const path = decodeSafely(value.replace(/[?#].*$/, '')).replace(/^\/+/, '');
  if (path === '' || path.split('/').includes('..')) return undefined;
  // Beside the page (a bundle's resource) it is found as written already.
  if (isFile(resolve(dirname(from), path))) return undefined;
  const file = hugoAssetRoots(site).map((root) => join(root, path)).find((candidate) => isFile(candidate));
  return file === undefined ? undefined : {file};
}

function decodeSafely(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
