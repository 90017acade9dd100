/**
 * Where an Astro site without Starlight serves a site-root path, read from its files and config
 * as text, never run (Astro docs, "Routing"; withastro/astro packages/astro/src/core/routing/):
 * - a file route of `src/pages/` (`.astro`, `.md`, `.mdx`, `.markdown`, `.html`) is served at its
 *   path without the extension (and `.mdown`, `.mkd`… as Astro's Markdown), `index` naming its folder; an endpoint
 *   (`rss.xml.ts`, `.js`; no other script extension) at its
 *   name less the script extension; a file or folder whose name starts with `_` is no route;
 * - `public/` files are served as they are;
 * - a dynamic route (`[slug].astro`, `[...rest].astro`, `[id].md.ts`) is served at the paths its
 *   `getStaticPaths` returns: for the route that lists a collection whose entries' URLs postlint
 *   reads (astro-collections.ts: `params: {slug: entry.id}`), those entries' URLs and nothing else;
 *   for any other, code postlint does not run makes the paths, so a path it matches is unverifiable,
 *   said once a site;
 * - the config's `redirects` (astro-redirects.ts), `base` (astro-base.ts) as for Starlight.
 * A path none of these serves is missing, unless the config lets something else write routes: an
 * integration postlint does not know to add no pages (`injectRoute`), a `srcDir` other than `./src`, or `i18n` routing;
 * then it is unverifiable, naming what, said once a site.
 * A page's URL in other letter case is a case warning (the host decides); `trailingSlash` is not
 * judged (a static host serves `/x` and `/x/` alike).
 */
import {dirname, join, relative} from 'node:path';
import {isPageUrl} from '../files.js';
import {caseOrMissing, lookInRoots, readText} from './common.js';
import {collectionOf, entryId, type AstroCollection} from './astro-collections.js';
import {followRedirect} from './astro-redirects.js';
import {balanced, closedBody, relativeModuleFile, topLevelParts, withoutComments} from './js-source.js';
import {integrationPatterns, knownIntegrations, wrappedImports} from './astro-integrations.js';
import {optionReaders} from './astro-integration-options.js';
import {configObjectOf, literalOf, topLevelExpression} from './config-text.js';
import {configSettings, settingOf, type Setting} from './config-settings.js';
import {oncePerRun} from './url-map.js';
import {walkFiles} from './walk-files.js';
import {toPosix} from '../../paths.js';
import type {LinkRequest, Resolution, ResolveContext, SiteInfo} from './types.js';

// createFileBasedRoutes (core/routing/manifest/create.ts): `.astro`, the Markdown extensions of SUPPORTED_MARKDOWN_FILE_EXTENSIONS,
// the page extensions of Astro and its integrations (`.html`, @astrojs/mdx's `.mdx`); endpoints only `.js` and `.ts`.
const pageExtensions = /\.(astro|md|markdown|mdown|mkdn|mkd|mdwn|mdx|html)$/i;
const endpointExtensions = /\.[jt]s$/i;

/** What the config says about routes besides the site's files: plain data for the site's config. */
export interface AstroRouting {
  /** What else may write routes (an integration's package, `srcDir`, `i18n`): then a path nothing serves is unverifiable. */
  others: string[];
  /** Files known integrations write (`/sitemap-index.xml`). */
  written: string[];
  /** Paths a known integration may serve from a dynamic route (pattern sources), with the integration. */
  maybe?: Array<{pattern: string; by: string}>;
  /** `build.format` is `file` or `preserve`: a page is served at `/about.html` too. */
  htmlFiles?: boolean;
}

/** The integrations a config names, by the package its import binds, and the other route writers it sets. */
export function astroRouting(configText: string, configFile?: string): AstroRouting {
  const text = withoutComments(configText);
  const imports = new Map<string, string>();
  for (const match of text.matchAll(/\bimport\s+(?:(\w+)|\{([^}]*)\})\s*(?:,\s*\{[^}]*\}\s*)?from\s*(["'])([^"']+)\3/g)) {
    const names = match[1] ? [match[1]] : match[2]!.split(',').map((item) => item.trim().split(/\s+as\s+/).pop()!.trim());
    for (const name of names) if (name) imports.set(name, match[4]!);
  }
  const others: string[] = [];
  const written: string[] = [];
  const maybe: Array<{pattern: string; by: string}> = [];
  const add = (source: string, options: string | undefined): boolean => {
    // The site's own integration module that never calls `injectRoute` (nor adds another integration), nor do the local modules it imports, serves no route.
    if (/^\.{1,2}\//.test(source) && configFile !== undefined) return quietOwnModule(configFile, source);
    const reader = optionReaders[source];
    if (reader) {
      const files = reader(options, text, configFile !== undefined ? dirname(configFile) : undefined);
      written.push(...files.written);
      for (const pattern of files.patterns) maybe.push({pattern, by: source});
      others.push(...files.unread);
      return true;
    }
    const known = knownIntegrations[source];
    if (!known) return false;
    written.push(...known);
    for (const pattern of integrationPatterns[source] ?? []) maybe.push({pattern, by: source});
    return true;
  };
  const list = /\bintegrations\s*:\s*\[/.exec(text);
  if (list) {
    const body = balanced(text, list.index + list[0].length - 1);
    const wrappers = new Set<string>();
    const topLevel = new Set(topLevelParts(body).map((part) => /^([A-Za-z_$][\w$]*)\s*\(/.exec(part)?.[1]));
    for (const call of body.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)\s*\(/g)) {
      const source = imports.get(call[1]!);
      // The site's own module called inside an integration's options makes an option (`sidebar: navigation()`), not an integration.
      if (source !== undefined && /^\.{0,2}\//.test(source) && !topLevel.has(call[1]!)) continue;
      // A function of the config's own that calls imported integrations (a wrapper that drops one route) serves what they do.
      const wrapped = source === undefined ? wrappedImports(text, call[1]!, imports, balanced) : [];
      if (wrapped.length > 0) wrappers.add(call[1]!);
      // A call inside another's options (`starlight({plugins: [x()]})`) is read too: it may add pages as well.
      // The call's own options, for an integration whose files they name (a wrapper's call is not read).
      const options = source !== undefined ? balanced(body, call.index + call[0].length - 1) : undefined;
      for (const from of source !== undefined ? [source] : wrapped) {
        if (add(from, options)) continue;
        // Node's own modules (`fileURLToPath(new URL(…))` in an option) and Astro's config helpers make no route.
        if (!/^(?:node:|(?:url|path|fs|process)$|astro\/config$|astro$)/.test(from)) others.push(`the integration ${from}`);
      }
    }
    // An integration held in a variable or spread (`...extra`) is code postlint does not read; a spread inside one's options (`sitemap({...shared})`) adds none.
    if (topLevelParts(body).some((part) => /^\.\.\.\s*[A-Za-z_$]/.test(part))) others.push('integrations the config spreads in');
    // One the config makes itself (`myRoutes()` of a function it defines, an object or variable with `hooks` that may `injectRoute`).
    for (const part of topLevelParts(body)) {
      const callee = /^([A-Za-z_$][\w$]*)\s*\(/.exec(part)?.[1];
      if (callee !== undefined && wrappers.has(callee)) continue;
      if (callee !== undefined ? !imports.has(callee) : !part.startsWith('...') && !/\(/.test(part) && !/^(?:null|undefined|false|true)$/.test(part)) {
        others.push(`an integration the config makes itself (${callee !== undefined ? `${callee}()` : part.length > 40 ? `${part.slice(0, 40)}…` : part})`);
      }
    }
  }
  const own = ownSettings(text, configFile);
  const srcDir = own.expression('srcDir');
  // `./src` is the default srcDir: src/pages/ stays where it is read.
  if (srcDir !== undefined && !/^(['"`])(?:\.\/)?src\/?\1$/.test(srcDir)) others.push('the config\'s srcDir');
  if (own.expression('i18n') !== undefined) others.push('the config\'s i18n routing');
  // `build: {format: 'file'}` (or 'preserve') writes `/about.html`, not `/about/index.html` (Astro configuration reference, build.format).
  const htmlFiles = own.htmlFiles();
  return {others: [...new Set(others)], written, ...(maybe.length > 0 ? {maybe} : {}), ...(htmlFiles ? {htmlFiles} : {})};
}

/**
 * Astro's own settings are keys of the config's object: the same names inside an integration's options
 * (`AstroPWA({srcDir: 'src'})`) or another option (an image service's `config: {format: 'preserve'}`) are not.
 * The object is read as it is built (config-settings.ts: spreads of the config's consts and of the site's
 * own modules, `defineConfig`, `mergeConfig`). A part postlint cannot read (a spread of a call), or a config
 * exported some other way, may set them anywhere: then a `key:` anywhere in its text counts, a guess that abstains.
 */
function ownSettings(text: string, configFile: string | undefined): {expression: (key: string) => string | undefined; htmlFiles: () => boolean} {
  const parts = configFile !== undefined ? configSettings(configFile, text, {within: dirname(configFile)}) : undefined;
  const object = parts === undefined ? configObjectOf(text) : undefined;
  const spreads = (body: string): boolean => topLevelParts(body).some((part) => part.startsWith('...'));
  const whole = parts !== undefined || (object !== undefined && !spreads(object));
  const written = (key: string): Setting | undefined => {
    if (parts !== undefined) return settingOf(parts, key);
    const expression = topLevelExpression(object ?? '', key);
    return expression !== undefined ? {value: expression, file: configFile ?? ''} : undefined;
  };
  const anywhere = (key: string): boolean => new RegExp(`(?:^|[\\s,{])${key}\\s*:`, 'm').test(text);
  const expression = (key: string): string | undefined => {
    const setting = written(key);
    if (setting !== undefined && !('unknown' in setting)) return setting.value;
    return (setting !== undefined || !whole) && anywhere(key) ? key : undefined;
  };
  const htmlFiles = (): boolean => {
    const build = written('build');
    const body = build !== undefined && !('unknown' in build) && build.value.startsWith('{') ? closedBody(build.value, 0) : undefined;
    const format = literalOf(body, 'format');
    if (format !== undefined) return format === 'file' || format === 'preserve';
    if (whole && (build === undefined || (body !== undefined && !spreads(body)))) return false;
    return /\bformat\s*:\s*['"](?:file|preserve)['"]/.test(text);
  };
  return {expression, htmlFiles};
}

/**
 * A path known integrations serve (a file one writes: unverifiable, as the build makes it), or may
 * serve from a dynamic route; undefined otherwise. `others` is left to the caller (its last word).
 */
export function integrationRoute(url: string, routing: AstroRouting | undefined): Resolution | undefined {
  if (!routing) return undefined;
  if (routing.written.includes(url)) return {status: 'unverifiable', reason: 'an integration of the config writes this file when the site is built'};
  const maybe = routing.maybe?.find(({pattern}) => new RegExp(pattern).test(url));
  return maybe ? {status: 'unverifiable', reason: `the integration ${maybe.by} may write or serve this path when the site is built`} : undefined;
}

/** No file or route serves the path, but the config has route writers postlint does not read: unverifiable, counted once a site. */
export function otherRoutesReason(routing: AstroRouting | undefined): Resolution | undefined {
  if (!routing || routing.others.length === 0) return undefined;
  return {status: 'unverifiable', reason: `no file or route of the site serves this path, but ${routing.others.join(', ')} may add routes postlint does not read`, siteWide: true, counted: {one: 'site-root link no file serves', many: 'site-root links no file serves'}};
}

/**
 * Does the config's own module (read as text) never inject a route or add an integration, nor any local module it
 * imports (a hook may hand its options to one: `(params) => setup(params)`)? One postlint cannot find or read may.
 */
function quietOwnModule(configFile: string, specifier: string): boolean {
  const queue = [{from: configFile, specifier}];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const {from, specifier: next} = queue.shift()!;
    const file = relativeModuleFile(from, next);
    if (file === undefined) return false;
    if (seen.has(file)) continue;
    // A chain of local modules too long to read is not known to be quiet.
    if (seen.size >= 20) return false;
    seen.add(file);
    const text = readText(file);
    if (text === undefined) return false;
    const code = withoutComments(text);
    if (/\b(?:injectRoute|addIntegration)\b/.test(code)) return false;
    for (const local of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) queue.push({from: file, specifier: local[1]!});
  }
  return true;
}

/** A route file below src/pages/: its path segments, and whether it is dynamic. */
interface RouteEntry {
  rel: string;
  /** The URL pattern, for a dynamic route. */
  pattern?: RegExp;
  /** The URL of a static route, without a trailing slash (`/` for the home page). */
  url?: string;
}

/** The URL of a route file (`blog/index.astro` → `/blog`, `rss.xml.ts` → `/rss.xml`); undefined for a file that is no route. */
function routeUrl(rel: string): string | undefined {
  const parts = rel.split('/');
  if (parts.some((part) => part.startsWith('_') || (part.startsWith('.') && part !== '.well-known'))) return undefined;
  let last = parts.pop()!;
  // A page is served without its extension; an endpoint at its name less the script's (`rss.xml.ts` → `rss.xml`).
  if (pageExtensions.test(last)) last = last.replace(pageExtensions, '');
  else if (endpointExtensions.test(last)) last = last.replace(endpointExtensions, '');
  else return undefined;
  if (last !== 'index') parts.push(last);
  return `/${parts.join('/')}`;
}

/** A dynamic route's URL pattern: `[x]` is one segment (or part of one), `[...x]` any number of them. */
function routePattern(url: string): RegExp {
  const body = url.split('/').filter(Boolean).map((segment) => {
    if (/^\[\.\.\.[^\]]+\]$/.test(segment)) return '(?:/.*)?';
    return `/${segment.split(/(\[[^\]]+\])/).map((part) => (part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}`;
  }).join('');
  return new RegExp(`^${body}/?$`);
}

const tables = new WeakMap<object, Map<string, RouteEntry[]>>();

/** The site's route files, read once per run. */
function routeTable(site: SiteInfo, context: ResolveContext): RouteEntry[] {
  return oncePerRun(tables, context, site.root, () => {
    const pages = join(site.root, 'src', 'pages');
    // A dot-name is no route, but for `.well-known` (create.ts).
    const {files} = walkFiles(pages, {enter: (entry) => !entry.name.startsWith('.') || entry.name === '.well-known', keep: () => true, maxFiles: 5000});
    const routes: RouteEntry[] = [];
    for (const file of files) {
      const rel = toPosix(relative(pages, file));
      const url = routeUrl(rel);
      if (url === undefined) continue;
      routes.push(url.includes('[') ? {rel, pattern: routePattern(url)} : {rel, url});
    }
    return routes;
  });
}

const entryMaps = new WeakMap<object, Map<string, Map<string, string>>>();

/** The entries of collections whose route says their URLs, by URL (no trailing slash). */
function entryUrls(site: SiteInfo, context: ResolveContext): Map<string, string> {
  return oncePerRun(entryMaps, context, site.root, () => {
    const served = collections(site).filter((collection) => collection.rendered && collection.urlPrefix !== undefined);
    const urls = new Map<string, string>();
    for (const path of context.files()) {
      const collection = collectionOf(path, served);
      if (!collection) continue;
      const url = trim(`${collection.urlPrefix}${entryId(path, collection, context.frontMatterOf(path)?.data?.slug)}`.replace(/\/{2,}/g, '/'));
      if (!urls.has(url)) urls.set(url, path);
    }
    return urls;
  });
}

function collections(site: SiteInfo): AstroCollection[] {
  return Array.isArray(site.config.collections) ? (site.config.collections as AstroCollection[]) : [];
}

function trim(url: string): string {
  return url.length > 1 ? url.replace(/\/+$/, '') : url;
}

/** The file a route file is, for a found page. */
function routeFile(site: SiteInfo, rel: string): string {
  return join(site.root, 'src', 'pages', rel);
}

/** What an Astro site (no Starlight) serves at a site-root path. */
export function resolveAstroRoute(request: LinkRequest, context: ResolveContext): Resolution {
  return servedAt(request, context, true);
}

/** What the site serves at a path; the config's redirects are followed one hop when `redirects` says so (never from a redirect's target). */
function servedAt(request: LinkRequest, context: ResolveContext, redirects: boolean): Resolution {
  const site = context.site!;
  const publicRoot = join(site.root, 'public');
  const file = lookInRoots(request, context, [publicRoot]);
  if (file && file.status === 'found') return file;
  const routing = site.config.routing as AstroRouting | undefined;
  // `/x/index.html` is the folder's page in every format; `/x.html` only when the build writes files by name.
  const folderPage = request.path.replace(/\/index\.html?$/i, '/');
  const url = trim(routing?.htmlFiles ? folderPage.replace(/\.html$/i, '') : folderPage);
  if (!context.isDirectory(join(site.root, 'src', 'pages'))) {
    return file ?? {status: 'unverifiable', reason: 'the site has no src/pages/ folder: its routes come from somewhere postlint does not read', siteWide: true};
  }
  const integration = integrationRoute(url, routing);
  if (integration) return integration;
  const routes = routeTable(site, context);
  const page = routes.find((route) => route.url === url);
  if (page) return {status: 'found', path: routeFile(site, page.rel)};
  const entry = entryUrls(site, context).get(url);
  if (entry) return {status: 'found', path: entry};
  const listing = new Set(collections(site).filter((collection) => collection.urlPrefix !== undefined && collection.route).map((collection) => collection.route!));
  const dynamic = routes.find((route) => route.pattern?.test(url) && !listing.has(route.rel));
  if (dynamic) return {status: 'unverifiable', reason: `the route src/pages/${dynamic.rel} serves the paths its code makes (getStaticPaths), which postlint does not run`, siteWide: true, counted: {one: 'site-root link into a route whose paths code makes', many: 'site-root links into routes whose paths code makes'}};
  const redirected = redirects ? followRedirect(url, context, (target) => servedAt(target, context, false)) : undefined;
  if (redirected) return redirected;
  const others = otherRoutesReason(routing);
  if (others) return others;
  if (file) return file;
  // A page at this URL in other letter case: whether it loads is the host's call (a case-insensitive one serves it).
  const lower = url.toLowerCase();
  const other = routes.find((route) => route.url?.toLowerCase() === lower);
  if (other) return {status: 'case', path: routeFile(site, other.rel), real: routeFile(site, other.rel), url: other.url!};
  const otherEntry = [...entryUrls(site, context)].find(([entryUrl]) => entryUrl.toLowerCase() === lower);
  if (otherEntry) return {status: 'case', path: otherEntry[1], real: otherEntry[1], url: `${otherEntry[0]}/`};
  return missingIn(request, context, site, isPageUrl(request.path));
}

/** A missing path: looked for in public/ and src/pages/. */
function missingIn(request: LinkRequest, context: ResolveContext, site: SiteInfo, page: boolean): Resolution {
  const roots = [join(site.root, 'public'), ...(page ? [join(site.root, 'src', 'pages')] : [])];
  const missing = caseOrMissing(request, context, roots.slice(0, 1));
  return missing.status === 'missing' ? {...missing, roots} : missing;
}
