/**
 * Pages by the URL their generator serves them at, for generators whose URLs are not file paths
 * (Eleventy permalinks, Zola slugs, Starlight locales): built once per site from every file of the
 * run, so a site-root or page-relative link is looked up, not guessed.
 */
import {decodedPath} from '../../links/normalize.js';
import {isBelow} from './common.js';
import type {Generator, LinkRequest, ResolveContext, Resolution, SiteInfo} from './types.js';

export interface UrlMap {
  /** Normalized URL (no trailing `/`, no `index.html`; letter case kept) → page file. */
  pages: Map<string, string>;
  /**
   * Lower-cased normalized URL → the URL a page has. Hosts match paths case-sensitively (GitHub Pages,
   * Vercel, S3; Netlify reportedly not: src/site/netlify-case.ts), so a link that differs from a page's URL in letter case only is no link
   * to it there: this map only tells such a link apart from one to no page (see `caseOnlyPage`).
   */
  folded: Map<string, string>;
  /** Pages whose URL only the templates know (a permalink with template code): a miss may be one of them. */
  unknown: string[];
  /** URLs template code writes (`/tags/{{ tag | slug }}/`), with what writes them: a URL that fits one is unverifiable. */
  patterns: Array<{test: RegExp; why: string}>;
  /** Normalized URLs that serve a page other than at its own URL (a redirect to it). */
  aliases: Set<string>;
}

/**
 * One map per site and run: keyed by the index's epoch (renewed when pages or their front matter
 * change), else the run's first file's facts (a new index holds new facts objects), so a link
 * costs a lookup, not a walk over every file.
 */
const maps = new WeakMap<object, Map<string, UrlMap>>();

/** `/a/b/`, `/a/b`, `/a/b/index.html` and `/a/b.html` name one page (`/A/b/` another: letter case counts). */
/**
 * A page's URL, or a link's decoded path (its query string already cut off, so a `?` left is an escaped one), as a key of the map: a `?` or `#` in it is part of the path the page is written at
 * (Hugo keeps a front-matter `url: /?p=504` as written: the file is `?p=504/index.html`), which a
 * browser asks for only as `%3F`/`%23`; a link's `?p=504` is a query string, and its path `/` names the
 * home page. Kept escaped, they match only a link that escapes them too (decodeURI leaves `%3F` as is).
 */
export function pageUrlKey(url: string): string {
  return normalizeUrl(url.replace(/\?/g, '%3F').replace(/#/g, '%23'));
}

export function normalizeUrl(url: string): string {
  const path = decodedPath(url.replace(/[?#].*$/, ''));
  return `/${path.replace(/^\/+/, '').replace(/(^|\/)index\.html?$/i, '$1').replace(/\.html?$/i, '').replace(/\/+$/, '')}`;
}

/**
 * What a map derived from every page of the run is keyed by: a long-lived index (the language
 * server's) says when its pages changed (its epoch); otherwise a new index is a new run, known by
 * its first file's facts.
 */
export function runOf(context: ResolveContext): object | undefined {
  if (context.epoch) return context.epoch;
  for (const file of context.files()) return context.facts(file);
  return undefined;
}

/** A value worked out once per run (runOf) and key, kept in `store`. */
export function oncePerRun<T>(store: WeakMap<object, Map<string, T>>, context: ResolveContext, key: string, make: () => T): T {
  const run = runOf(context);
  const cached = run ? store.get(run)?.get(key) : undefined;
  if (cached !== undefined) return cached;
  const value = make();
  if (run) {
    let perRun = store.get(run);
    if (!perRun) store.set(run, (perRun = new Map()));
    perRun.set(key, value);
  }
  return value;
}

export function urlMap(generator: Generator, site: SiteInfo, roots: string[], context: ResolveContext): UrlMap {
  // Two docs plugins of one site are two SiteInfos with the same root and different content roots.
  return oncePerRun(maps, context, `${generator.name}:${site.root}:${roots.join('\0')}`, () => buildUrlMap(generator, site, roots, context));
}

function buildUrlMap(generator: Generator, site: SiteInfo, roots: string[], context: ResolveContext): UrlMap {
  const files = [...context.files()].filter((file) => roots.some((root) => isBelow(file, root)) && /\.(md|markdown|mdx|mdoc|njk|liquid|html)$/i.test(file));
  const map: UrlMap = {pages: new Map(), folded: new Map(), unknown: [], patterns: [], aliases: new Set()};
  const aliases: Array<readonly [string, string]> = [];
  const templatePages = generator.templatePages?.(site) ?? [];
  // A page whose URL template code writes is described by its template page's pattern, not unknown.
  const described = new Set(templatePages.filter((page) => page.pattern || page.url !== undefined).map((page) => page.path));
  for (const file of files) {
    const frontMatter = context.frontMatterOf(file);
    if (!generator.isPage(file, site, frontMatter) || generator.unwritten?.(file, site, frontMatter) !== undefined) continue;
    const url = generator.pageUrl(file, site, frontMatter);
    if (url === undefined) {
      // A permalink whose template code writes the URL still bounds it by its literal parts.
      const written = described.has(file) ? undefined : generator.pageUrlPattern?.(file, site, frontMatter);
      if (written?.pattern) map.patterns.push({test: written.pattern, why: written.why});
      else if (!described.has(file)) map.unknown.push(file);
    } else if (!map.pages.has(pageUrlKey(url))) map.pages.set(pageUrlKey(url), file);
    aliases.push(...(generator.alsoServedAt?.(file, site, frontMatter) ?? []).map((alias) => [alias, file] as const));
  }
  for (const page of templatePages) {
    if (page.url !== undefined) {
      if (!map.pages.has(pageUrlKey(page.url))) map.pages.set(pageUrlKey(page.url), page.path);
    }
    if (page.pattern) map.patterns.push({test: page.pattern, why: page.why});
    else if (page.url === undefined) map.unknown.push(page.path);
  }
  // A page's own URL wins over another page's alias of it.
  for (const [alias, file] of aliases) {
    if (map.pages.has(pageUrlKey(alias))) continue;
    map.pages.set(pageUrlKey(alias), file);
    map.aliases.add(pageUrlKey(alias));
  }
  for (const key of map.pages.keys()) if (!map.folded.has(key.toLowerCase())) map.folded.set(key.toLowerCase(), key);
  return map;
}

/**
 * The page served at a URL of the map, found; through a redirect page (an alias of it) it says so,
 * since where a fragment lands there depends on the redirect page (`redirect`). Undefined for none.
 */
export function servedPage(map: UrlMap, url: string, redirect: string): Resolution | undefined {
  const key = pageUrlKey(url);
  const page = map.pages.get(key);
  if (page === undefined) return undefined;
  return map.aliases.has(key) ? {status: 'found', path: page, redirect} : {status: 'found', path: page};
}

/**
 * A page URL looked up in the map: the page, or "unverifiable" when template code may write that
 * URL or some page's URL is unknown; undefined when nothing can be there.
 */
export function pageAtUrl(map: UrlMap, url: string): Resolution | undefined {
  const key = pageUrlKey(url);
  const page = map.pages.get(key);
  if (page) return {status: 'found', path: page};
  const other = caseOnlyPage(map, url);
  if (other) return other;
  // Template code may write any letter case: its patterns (written from lower-cased permalinks) are tested without it.
  const pattern = map.patterns.find((candidate) => candidate.test.test(key.toLowerCase()));
  if (pattern) return {status: 'unverifiable', reason: `no page has that URL, but ${pattern.why}`};
  if (map.unknown.length > 0) return {status: 'unverifiable', reason: `no page has that URL, but ${map.unknown.length} page(s) get theirs from templates or data files`};
  return undefined;
}

/**
 * A page whose URL differs from the link's in letter case only: a portability warning (`case`, the
 * page's URL named), as a file named in other case is, since the host decides whether it answers;
 * undefined when no page's URL is that one in any case.
 */
export function caseOnlyPage(map: UrlMap, url: string): Resolution | undefined {
  const key = pageUrlKey(url);
  const own = map.folded.get(key.toLowerCase());
  const page = own === undefined || own === key ? undefined : map.pages.get(own);
  return page === undefined ? undefined : {status: 'case', path: key, real: page, url: own!};
}

/**
 * `resolvePageUrl` of a generator that serves pages as folders: `../other/` is read from the
 * page's own URL before the file beside it (`@/` links name source files, not URLs).
 */
export function pageUrlFirst(generator: Generator, request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const found = request.path.startsWith('@/') ? undefined : generator.resolveRelative(request, context);
  return found?.status === 'found' ? found : undefined;
}
