/**
 * Docusaurus's `trailingSlash` and the URL a relative page link is read from.
 *
 * A Markdown link without `.md`/`.mdx` is no file link: mdx-loader's transformLinks leaves it as it is,
 * and the browser (react-router's Link, history's resolve-pathname) resolves it against the URL of the page
 * it is on, as the build's broken-links check does (packages/docusaurus/src/server/brokenLinks.ts:
 * `parseURLPath(link, pagePath)`, where pagePath is the route's path). Every route's path gets the
 * site's `trailingSlash` (applyTrailingSlash in @docusaurus/utils-common, applied to the routes by
 * the core): `true` adds a slash, `false` removes it (never from `/` or baseUrl), unset leaves the
 * plugin's permalink (`/docs/intro`; a category index `/docs/guide/`). So `../x` from a doc at
 * `/docs/a/b` is `/docs/x` with `false` or unset, `/docs/a/x` with `true`.
 *
 * Unset, the build writes `docs/a/b/index.html`: a host that answers `/docs/a/b` by redirecting to
 * `/docs/a/b/` (GitHub Pages, Netlify's pretty URLs) gives the page the other URL, the one the
 * build did not check (docusaurus.io "trailingSlash", slorber/trailing-slash-guide).
 */

/** The config's `trailingSlash`: true, false, `'unknown'` for a value not read, undefined for none. */
export type TrailingSlash = boolean | 'unknown' | undefined;

/**
 * `trailingSlash` as the config's text sets it: `true`/`false`, or the strings `'true'`/`'false'`
 * (the config is validated with Joi's `boolean()`, which converts them); any other value is not read.
 */
export function trailingSlashSetting(text: string): TrailingSlash {
  const match = /(?:^|[\s,{])['"]?trailingSlash['"]?\s*:\s*([^,\n}]*)/m.exec(text);
  if (!match) return undefined;
  const value = match[1]!.trim().replace(/^(['"`])(true|false)\1$/i, '$2').toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'undefined') return undefined;
  return 'unknown';
}

/** applyTrailingSlash (@docusaurus/utils-common) for a route's path, baseUrl removed: `/` is left as it is. */
export function withTrailingSlash(path: string, trailingSlash: boolean | undefined): string {
  if (trailingSlash === undefined || path === '/') return path;
  return trailingSlash ? `${path.replace(/\/+$/, '')}/` : path.replace(/\/+$/, '');
}

/**
 * The URLs a page's relative links are read from: `build`, what the built site and its broken-links
 * check use (found from any: found); `host`, what a host may serve the page at too when `trailingSlash`
 * is unset (found only from that: the host decides). A value not read: either form may be the build's.
 */
export function linkBases(own: string, trailingSlash: TrailingSlash): {build: string[]; host: string[]} {
  const other = own.endsWith('/') ? own.replace(/\/+$/, '') || '/' : `${own}/`;
  if (trailingSlash === 'unknown') return {build: [own, other], host: []};
  if (trailingSlash === undefined) return {build: [own], host: other === own ? [] : [other]};
  return {build: [withTrailingSlash(own, trailingSlash)], host: []};
}

/** A relative URL read from a page's URL, as the browser resolves it. */
export function resolveFrom(base: string, link: string): string {
  return new URL(link, `https://x${base}`).pathname;
}
