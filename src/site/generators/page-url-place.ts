/**
 * A relative link read as the browser reads it, from the URL a page is served at: `new URL`
 * resolves `.` and `..` (stopping at the site root, `/`, as a browser does) and percent-escapes.
 * Generators that serve a source tree as URLs (MkDocs' docs_dir, Jekyll's source) map the URL
 * path back to the folder it came from; Hugo reads it in its URL map (hugo-page-url.ts).
 */
import {join, relative} from 'node:path';
import {pageUrlFolder} from '../files.js';
import {toPosix} from '../../paths.js';

/** The URL path `link` names from the page served at `own` (a site path, `/a/b/`); undefined when no URL. */
export function browserPath(own: string, link: string): string | undefined {
  try {
    return decodeURIComponent(new URL(link, `http://site.invalid${own.startsWith('/') ? '' : '/'}${own}`).pathname);
  } catch {
    return undefined;
  }
}

/** Where a page link lands when the page `from` is served as its folder (pretty URLs): the URL path, the source path, and whether it is the page itself. */
export interface PageUrlPlace {
  url: string;
  path: string;
  self: boolean;
}

/**
 * `from` (`<source>/a/b.md`, served at `/a/b/`) links to `link`: the place under `source` the
 * browser's URL names. Undefined for a file outside `source` or a link that is no URL.
 */
export function pageUrlPlace(from: string, link: string, source: string): PageUrlPlace | undefined {
  const folder = relative(source, pageUrlFolder(from));
  if (folder.startsWith('..')) return undefined;
  const own = `/${toPosix(folder)}/`.replace(/\/+/g, '/');
  const url = browserPath(own, link);
  if (url === undefined) return undefined;
  return {url, path: join(source, url), self: url.replace(/\/+$/, '') === own.replace(/\/+$/, '')};
}
