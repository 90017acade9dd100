/**
 * Whether a site is deployed to Netlify (a `netlify.toml` in the site folder, or in a folder above it
 * up to the project's top whose `base`/`publish` name the site, as Netlify reads it), and what that means for a path that exists only
 * in other letter case. Netlify documents no case rule for what it serves; a user's report
 * (jvt.me, "Gotcha: Netlify Makes All Your Filenames Case-Insensitive", 2019, after Netlify's
 * community forum) says its CDN matches paths without regard to case, the lower-case file winning.
 * Not authoritative, so such a link is left unverifiable there rather than reported either way.
 */
import {relative, resolve} from 'node:path';
import {configFolders, netlifyNames} from './project-top.js';
import {readNetlifyToml} from './netlify-toml.js';
import {toPosix} from '../paths.js';
import {perSite} from './generators/common.js';
import type {SiteInfo} from './generators/types.js';

/** The `netlify.toml` that deploys the site (relative to the site folder), if any; read once a site, dropped with it. */
export const netlifyConfigOf = perSite((site: SiteInfo): string | undefined => {
  const root = site.root;
  // The site folder's own netlify.toml deploys it; one above only when its `base` or `publish` names the
  // site (a repository's toml that deploys `www/` says nothing of the `docs/` site beside it).
  const dir = configFolders(root).find((folder) => readNetlifyToml(folder) !== undefined && (resolve(folder) === resolve(root) || netlifyNames(folder, toPosix(relative(folder, root)))));
  return dir === undefined ? undefined : toPosix(relative(root, `${dir}/netlify.toml`)) || 'netlify.toml';
});

/** Why a link to a file that exists only in other letter case is unverifiable on this site, if it is. */
export function caseOnlyUnverifiable(site: SiteInfo): string | undefined {
  const config = netlifyConfigOf(site);
  return config === undefined ? undefined : `it exists only in other letter case, and the site is deployed to Netlify (${config}), which is reported to serve paths without regard to letter case (not documented by Netlify)`;
}
