/**
 * The URLs Hugo writes a redirect page at for a page's front-matter `aliases` (gohugo.io
 * content-management/urls, "Aliases"). Learned from Hugo's source:
 * - The field is read with cast.ToStringSlice (hugolib/page__meta.go): a list, or one string split
 *   at white space; an `http(s)://` alias fails the build.
 * - A site-relative alias (`/old/`) is joined to the output format's path; from v0.154.4 the page's
 *   language prefix goes first (hugolib/page__output.go Aliases), before it the alias stays at the
 *   root (site_render.go renderAliases). A page-relative one (`old`, `../old`) is joined to the
 *   folder above the page's own link folder (`SubResourceBaseLink` + `..`): `old` on `/docs/a/` is
 *   `/docs/old/`.
 * - In an `uglyURLs` section `.html` is added; otherwise the alias is a folder holding `index.html`
 *   (alias.go targetPathAlias), so `/old` is served at `/old/`, never at `/old.md`.
 * - `disableAliases` writes none; `/` is refused.
 * The redirect page is the alias template's (Hugo's embedded one uses `<meta http-equiv="refresh">`,
 * which drops a fragment; a site's own may keep it): a fragment on it that is an id of the page is not judged, one
 * that is none is reported, since neither template lands it on an id the page lacks.
 */
import {posix} from 'node:path';
import {get} from './common.js';
import {field} from './hugo-cascade.js';
import {hugoLanguagePrefix} from './hugo-site.js';
import {hugoPrefixesAliases} from './hugo-version.js';
import type {PageFrontMatter, SiteInfo} from './types.js';

/** Why a fragment on a link to an alias is not judged (the anchors rule's message: "<page> <reason>"). */
export const aliasRedirect = 'is reached through a redirect page Hugo writes from its front-matter aliases, whose template decides whether the fragment is kept';

/** Hugo's cast.ToStringSlice of a front-matter value: a list's strings, or a string's words. */
function stringSlice(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter((word) => word !== '');
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string | number => typeof item === 'string' || typeof item === 'number').map(String);
}

/** Does any language of the site have a host of its own (multihost), which moves aliases into that host's root? */
function multihost(site: SiteInfo): boolean {
  const languages = get(site.config, 'languages');
  return typeof languages === 'object' && languages !== null && Object.values(languages).some((settings) => typeof get(settings, 'baseURL') === 'string');
}

/**
 * The folder Hugo reads a page-relative alias from: the page's link folder (its URL without the
 * trailing `/`, or without `.html` when ugly; a `url` with a dot in its last part is a file, whose
 * folder it is) and one up, as page_paths.go and page__output.go make it.
 */
function relativeBase(pageUrl: string, data: Record<string, unknown>): string {
  const url = field(data, 'url');
  const file = typeof url === 'string' && !url.endsWith('/') && posix.basename(url).includes('.');
  const linkDir = file ? posix.dirname(pageUrl) : pageUrl.replace(/\/+$/, '').replace(/\.html?$/i, '');
  return posix.join(linkDir === '' ? '/' : linkDir, '..');
}

/**
 * The URLs (site paths, `/x/`) where Hugo writes a redirect page to this page; none when postlint
 * cannot say where (a multihost site, a prefixed language's site-relative alias when no Hugo
 * version is pinned).
 */
export function hugoAliasUrls(path: string, site: SiteInfo, frontMatter: PageFrontMatter, pageUrl: string | undefined, uglySection: boolean): string[] {
  const data = frontMatter?.data ?? {};
  const aliases = stringSlice(field(data, 'aliases'));
  if (aliases.length === 0 || pageUrl === undefined || !pageUrl.startsWith('/')) return [];
  if (get(site.config, 'disableAliases') === true || multihost(site)) return [];
  const prefix = hugoLanguagePrefix(path, site);
  const urls: string[] = [];
  for (const alias of aliases) {
    if (/^https?:\/\//i.test(alias) || alias.trim() === '') continue;
    let served: string;
    if (alias.startsWith('/')) {
      const prefixed = prefix === '' ? false : hugoPrefixesAliases(site);
      if (prefixed === undefined) continue;
      served = posix.join('/', prefixed ? prefix : '', alias);
    } else {
      served = posix.join(relativeBase(pageUrl, data), alias);
    }
    if (served === '/') continue;
    const file = /\.html?$/i.test(served);
    urls.push(file ? served : uglySection ? `${served.replace(/\/+$/, '')}.html` : `${served.replace(/\/+$/, '')}/`);
  }
  return urls;
}
