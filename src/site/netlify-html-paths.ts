/**
 * Netlify serves a page written as a file `about.html` at the path `/about` too, and a request for
 * `/about/` is sent on to it (its CDN normalizes the path before redirect rules apply; the
 * "Pretty URLs" post-processing writes links that way). That is Netlify's documented behaviour only
 * in support answers and user reports, not its reference docs, so a site-root path that no file
 * answers but whose `.html` file the site publishes is left unverifiable on a site deployed to
 * Netlify, never reported missing (as netlify-case.ts does for letter case). Other hosts are not
 * assumed to do it.
 */
import {join} from 'node:path';
import {isFile} from './generators/common.js';
import type {SiteInfo} from './generators/types.js';
import {netlifyConfigOf} from './netlify-case.js';

/** Why a missing site-root path may be served by Netlify from its `.html` file in one of the published folders, if so. */
export function netlifyHtmlPath(site: SiteInfo, paths: readonly string[], published: readonly string[]): string | undefined {
  const config = netlifyConfigOf(site);
  if (config === undefined) return undefined;
  for (const path of paths) {
    const bare = path.replace(/\/+$/, '');
    // A path that names a file already (`/a.png`, `/a.html`) or the site's top is not the extensionless form.
    if (bare === '' || /\.[A-Za-z0-9]+$/.test(bare.split('/').at(-1) ?? '')) continue;
    for (const folder of published) {
      if (!isFile(join(folder, `${bare}.html`))) continue;
      return `the site is deployed to Netlify (${config}), which is reported to serve ${bare}.html at ${bare}${path.endsWith('/') ? ` and send ${path} there` : ''} (not in Netlify's reference docs)`;
    }
  }
  return undefined;
}
