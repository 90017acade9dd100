/**
 * Astro Starlight (withastro/starlight). An Astro config that uses `@astrojs/starlight` marks the
 * site (read as text, never run). Pages come from `src/content/docs/`; a page `guides/x.md(x)` is
 * served at `/guides/x/` (`index` at its folder, a front-matter `slug` wins), below the config's
 * `base`. `public/` is served at the site root. Locale folders (`fr/`, `zh-cn/`) are languages; a
 * page missing from a locale is served from the default locale's page. Heading ids are Astro's
 * (github-slugger, no `{#id}` syntax unless the config's `markdown.remarkPlugins` holds remark-heading-id;
 * another Markdown plugin that may set ids makes fragments no known id matches unverifiable). `title` is required; pages have no date. `draft: true`
 * leaves a page out of production builds. The site's other content collections that its own
 * routes render (a blog) are pages too (astro-collections.ts). Its layout gives each docs page's
 * title the id `_top` (starlight-page-title.ts).
 */
import {join, relative, sep} from 'node:path';
import {slug as githubSlug} from 'github-slugger';
import {isPageUrl} from '../files.js';
import {caseOrMissing, defaults, titleFieldType, draftFlags, isBelow, isDir, isFile, lookInRoots, perSite, readText, stringList} from './common.js';
import {packageBefore} from './package-version.js';
import {caseOnlyPage, normalizeUrl, pageUrlFirst, urlMap} from './url-map.js';
import {localeOf, siteLocaleReading} from './locales.js';
import {astroRedirects, followRedirect} from './astro-redirects.js';
import {astroRouting, integrationRoute, otherRoutesReason, type AstroRouting} from './astro-routes.js';
import {astroBuiltFolders, astroCollections, collectionOf, entryDraftProblems, entryFieldTypes, entryId, entryCoercedDateKeys, entryTimestampKeys, type AstroCollection} from './astro-collections.js';
import {astroSchemaFieldTypes} from './astro-schema-types.js';
import {configOwnPlugins} from './own-markdown-plugins.js';
import {linkRewritingPlugins, pageBesideFile, pluginIds, strippedPagePath, type PluginIds} from './astro-markdown-plugins.js';
import {pageTitleIds, titleOverrides} from './starlight-page-title.js';
import {astroBase} from './astro-base.js';
import {astroReadsTabsInFlow} from './astro-front-matter.js';
import type {Detection, Generator, LinkRequest, ResolveContext, Resolution, SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';
import {astroComponentIds} from './astro-component-ids.js';

const configNames = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts', 'astro.config.cjs'];

async function detect(dir: string): Promise<Detection | undefined> {
  for (const name of configNames) {
    const file = join(dir, name);
    if (!isFile(file)) continue;
    const text = readText(file) ?? '';
    if (!/@astrojs\/starlight/.test(text)) continue;
    const defaultLocale = /\bdefaultLocale\s*:\s*['"]([^'"]+)['"]/.exec(text)?.[1];
    // Locales from the config (or a JSON file or module it imports), and language-code folders that
    // mirror the default locale's pages (the root's, or the folder a named `defaultLocale` keeps).
    const localeReading = siteLocaleReading(text, file, join(dir, 'src', 'content', 'docs'), {siteLang: false, ...(defaultLocale ? {defaultLocale} : {})});
    // Astro's top-level `base` and `site` (astro-base.ts): not a `base` of an integration's or Vite's options.
    const {base, candidates, site} = astroBase(text, file);
    const config: Record<string, unknown> = {
      base,
      site,
      ...(candidates ? {baseCandidates: candidates} : {}),
      locales: localeReading.locales,
      defaultLocale,
      // The site's other content collections (a blog) that its own routes render.
      collections: astroCollections(dir),
      // The front-matter types the collections' schemas give (astro-schema-types.ts).
      ...astroSchemaFieldTypes(dir),
      // Markdown plugins that may rewrite link destinations (astro-markdown-plugins.ts).
      markdownPlugins: linkRewritingPlugins(text, file),
      // Those of the site's own: a template token in a destination is theirs to replace (template-token.ts).
      ownMarkdownPlugins: configOwnPlugins(text),
      // Markdown plugins that set heading ids: remark-heading-id's `{#id}`, or ones postlint cannot follow.
      pluginIds: pluginIds(text, file),
      // The config's `redirects`, whose sources Astro serves (astro-redirects.ts).
      redirects: astroRedirects(text),
      // Routes the config's integrations and Starlight plugins add (astro-integrations.ts); Starlight routes its own locales.
      routing: starlightRouting(text, file),
      // Components the config puts in place of those that write the page title's id (starlight-page-title.ts).
      titleComponents: titleOverrides(text),
    };
    return {site: {root: dir, generator: 'starlight', configFile: file, config, ...(localeReading.note ? {notes: [localeReading.note]} : {})}, strength: 'marker'};
  }
  return undefined;
}

function docs(site: SiteInfo): string {
  return join(site.root, 'src', 'content', 'docs');
}

function collections(site: SiteInfo): AstroCollection[] {
  return Array.isArray(site.config.collections) ? (site.config.collections as AstroCollection[]) : [];
}

/** A page of Starlight's own docs collection. */
function isDocsPage(path: string, site: SiteInfo): boolean {
  return isBelow(path, docs(site)) && /\.(md|mdx|mdoc)$/i.test(path);
}

/** An entry of another collection a route of the site renders. */
function renderedEntry(path: string, site: SiteInfo): AstroCollection | undefined {
  if (isBelow(path, docs(site))) return undefined;
  const collection = collectionOf(path, collections(site).filter((candidate) => candidate.name !== 'docs'));
  return collection?.rendered ? collection : undefined;
}

/** The docs collection when a route of the site's own serves it (`src/pages/docs/[...slug].astro`), not Starlight's. */
function docsRoute(path: string, site: SiteInfo): AstroCollection | undefined {
  const collection = collections(site).find((candidate) => candidate.name === 'docs' && candidate.urlPrefix !== undefined);
  return collection && collectionOf(path, [collection]) ? collection : undefined;
}

/** Folders pages come from: the docs, then the rendered collections'. */
function pageRoots(site: SiteInfo): string[] {
  return [docs(site), ...collections(site).filter((collection) => collection.rendered && collection.name !== 'docs').map((collection) => collection.base)];
}

function ids(site: SiteInfo): PluginIds {
  const value = site.config.pluginIds;
  return typeof value === 'object' && value !== null && Array.isArray((value as PluginIds).unknown) ? (value as PluginIds) : {unknown: []};
}

function locales(site: SiteInfo): Record<string, string> {
  const value = site.config.locales;
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

/**
 * Astro's content loaders (glob's default id, the legacy `getContentEntryIdAndSlug`) run each path
 * segment, extension stripped, through github-slugger's `slug`: lower case, spaces to `-`, dots and
 * most punctuation dropped (`v0.26.md` is served at `/v026/`).
 */
const segment = (name: string): string => githubSlug(name);

/** The default locale's folder (`root` is the docs folder itself). */
function defaultFolder(site: SiteInfo): string | undefined {
  const key = typeof site.config.defaultLocale === 'string' ? site.config.defaultLocale : 'root';
  return key === 'root' || !(key in locales(site)) ? undefined : key.toLowerCase();
}

/** Starlight before 0.22.0 reads no `draft` (below); read once a site, not per draft page (package.json, the lockfile). */
const draftsUnread = perSite((site) => packageBefore(site.root, '@astrojs/starlight', '0.22.0') === true);

export const starlight: Generator = {
  ...defaults,
  name: 'starlight',
  title: 'Astro Starlight',
  readsTabsInFlow: () => astroReadsTabsInFlow,
  buildOutput: () => ['dist', '.astro'],
  words: ['starlight', 'astro', 'mdx'],
  detect,
  contentRoots: (site) => [docs(site)],
  builtFolders: astroBuiltFolders,
  staticRoots: (site) => [join(site.root, 'public')],
  // MDX components (`<PluginPermissions />`) render content postlint cannot see.
  inserts: ['mdx', 'component'],
  // Unless it is one of Starlight's or Astro's own, whose output is known (astro-component-ids.ts: `<Code />` writes no id).
  componentIds: astroComponentIds,
  // Astro's Markdown is remark-gfm's: mdast-util-to-hast writes only the definitions a reference calls.
  dropsUnreferencedFootnotes: () => true,
  // A collection entry's keys as the site's schema types them; on a docs page, Starlight's own docsSchema's `title`
  // (z.string()) and `draft` (z.boolean()) besides. No `tags` or `categories`: docsSchema has none, and a key it
  // does not name is the site's (an `extend` schema names it, and is read above).
  fieldTypes: (path, site) => ({...(site && isDocsPage(path, site) ? {...titleFieldType, draft: ['boolean']} : {}), ...entryFieldTypes(path, site)}),
  // zod refuses null for a list the schema types (`.optional()` and `.default()` take only undefined): the build stops.
  emptyList: () => undefined,
  timestampOnly: entryTimestampKeys,
  coercedDates: entryCoercedDateKeys,
  isPage: (path, site) => site !== undefined && (isDocsPage(path, site) || renderedEntry(path, site) !== undefined),
  pageUrl(path, site, frontMatter) {
    const slug = frontMatter?.data?.slug;
    const entry = renderedEntry(path, site) ?? docsRoute(path, site);
    if (entry) return entry.urlPrefix === undefined ? undefined : `${entry.urlPrefix}${entryId(path, entry, slug)}/`.replace(/\/{2,}/g, '/');
    if (typeof slug === 'string') return `/${slug.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
    const parts = relative(docs(site), path).split(sep);
    const name = parts.pop()!.replace(/\.(md|mdx|mdoc)$/i, '');
    const segments = [...parts, ...(name.toLowerCase() === 'index' ? [] : [name])].map(segment);
    return `/${segments.map((part) => `${part}/`).join('')}`;
  },
  // `site`'s origin + `base`; the base path alone when `site` is computed or absent (Astro serves below
  // `base` either way). A path in `site` is no base: since Astro 1.0 `base` defaults to `/` (RFC 0019
  // config finalization), and `site` only makes the sitemap's and canonical URLs.
  baseUrl: (site) => {
    const base = typeof site.config.base === 'string' ? site.config.base : undefined;
    const origin = typeof site.config.site === 'string' ? originOf(site.config.site) : undefined;
    return origin !== undefined ? `${origin}${base ?? '/'}` : base;
  },
  slugFlavor: (site) => {
    const plugin = site ? ids(site).headingIdPlugin : undefined;
    const from = site?.configFile ? {from: site.configFile} : {};
    if (plugin) return {name: 'astro', options: {imageAlt: false}, reason: `Astro heading ids (github-slugger), {#id} from ${plugin}`, ...from};
    return {name: 'astro', options: {customIds: false, imageAlt: false}, reason: 'Astro heading ids (github-slugger; no {#id} syntax)', ...from};
  },
  // Only remark-heading-id's own block is an id: ` {#id}` ending the heading, the id running to the last `}`.
  ownMarkdownPlugins: (site) => stringList(site.config.ownMarkdownPlugins, []),
  headingAttributes: (site) => (ids(site).headingIdPlugin ? 'remark-heading-id' : undefined),
  // Asides are remark-directive containers (`:::note`; Starlight adds remark-directive, so any name is a directive).
  containers: () => ({}),
  // Starlight's layout writes the page title, `<h1 id="_top">`, on each docs page it renders (starlight-page-title.ts).
  layoutIds: (path, site, frontMatter) => (isDocsPage(path, site) && !docsRoute(path, site) ? pageTitleIds(site, frontMatter) : []),
  idsUnknown(site) {
    const unknown = ids(site).unknown;
    return unknown.length > 0 ? `the site's Markdown plugin ${unknown.join(', ')} may set heading ids` : undefined;
  },
  resolveSiteRoot(request: LinkRequest, context: ResolveContext): Resolution {
    const served = servedPath(request, context);
    const resolution = served.status === 'missing' || served.status === 'no-index' ? (followRedirect(request.path, context, servedPath) ?? underComputedBase(request, context) ?? served) : served;
    return request.outsideBase !== undefined ? outsideBase(request, request.outsideBase, resolution, context) : resolution;
  },
  resolvePageUrl: (request, context) => pageUrlFirst(starlight, request, context),
  // Astro's remark-collect-images takes a Markdown image that is no URL and no `/x.png` as a local image, which
  // the Markdown Vite plugin imports (astro:assets) from the page's folder: a missing file stops the build.
  imagesAtBuild: {reason: 'Astro imports a relative Markdown image from the source files when it builds', siteRoot: false},
  resolveRelative(request: LinkRequest, context: ResolveContext): Resolution | undefined {
    const site = context.site!;
    if (!isPageUrl(request.path)) return rewritten(request, context);
    const own = starlight.pageUrl(context.from, site, context.frontMatterOf(context.from));
    if (own === undefined) return undefined;
    const url = normalizeUrl(new URL(request.path, `http://site${own}`).pathname);
    const map = urlMap(starlight, site, pageRoots(site), context);
    const page = map.pages.get(url) ?? fallback(site, url, map.pages);
    return page ? {status: 'found', path: page} : caseOnlyPage(map, url);
  },
  publishState(path, frontMatter, site) {
    // A collection's entry is a draft when the routes that write its entries filter it out (astro-drafts.ts).
    if (site && renderedEntry(path, site)) return entryDraftProblems(path, frontMatter, collections(site));
    const flags = draftFlags(frontMatter, {draft: true});
    // Starlight's `draft` came in 0.22.0 (withastro/starlight#1613, its CHANGELOG: "Adds new `draft` frontmatter
    // option to exclude a page from production builds"); before it the page was built like any other.
    return flags.length > 0 && site !== undefined && draftsUnread(site) ? [] : flags;
  },
  titleSources: ['front-matter'],
  // Starlight's schema requires a title; docs pages have no date.
  requiredFields: (page) => (page.site && isDocsPage(page.path, page.site) ? ['title'] : []),
  fieldFrom: (field) => (field === 'date' ? 'nothing: Starlight pages have no date' : undefined),
  language: (path, site) => localeOf(path, docs(site), locales(site)),
};

/**
 * A link written as a page's file (`./x.md`) that names no file, when a Markdown plugin of the
 * config may rewrite it (`.md` stripped) and the page it would then name exists (`x.mdx`):
 * unverifiable, naming the plugins. Without such a plugin the link stays as written.
 */
function rewritten(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  const plugins = Array.isArray(site.config.markdownPlugins) ? (site.config.markdownPlugins as string[]) : [];
  const stem = plugins.length > 0 ? strippedPagePath(request.path) : undefined;
  if (stem === undefined) return undefined;
  let page: string | undefined;
  if (request.siteRoot) {
    const map = urlMap(starlight, site, pageRoots(site), context);
    page = map.pages.get(normalizeUrl(stem)) ?? fallback(site, normalizeUrl(stem), map.pages);
  } else {
    page = pageBesideFile(stem, context);
  }
  if (!page) return undefined;
  return {status: 'unverifiable', reason: `the site's Markdown plugin ${plugins.join(', ')} may rewrite it; without the file extension it names ${toPosix(relative(site.root, page))}`};
}

/** A page missing from a locale is served from the default locale's page (Starlight's fallback). */
function fallback(site: SiteInfo, url: string, pages: Map<string, string>): string | undefined {
  const [, first, ...rest] = url.split('/');
  if (!first || first === 'root' || !Object.keys(locales(site)).some((key) => key.toLowerCase() === first)) return undefined;
  const base = defaultFolder(site);
  return pages.get(`/${[...(base ? [base] : []), ...rest].join('/')}`.replace(/\/+$/, '') || '/');
}

/** What the build writes at a site-root path: a file of public/, a page, or nothing. */
function servedPath(request: LinkRequest, context: ResolveContext): Resolution {
  const site = context.site!;
  const found = lookInRoots(request, context, [join(site.root, 'public')]);
  // A folder of public/ with no index file does not answer `/x`: the page at that URL does (Astro
  // writes the page's index.html beside the folder's files; the dev server serves only public files).
  if (found && found.status !== 'no-index') return found;
  const routing = site.config.routing as AstroRouting | undefined;
  const url = normalizeUrl(request.path);
  if (!isPageUrl(request.path)) {
    const missing = found ?? caseOrMissing(request, context, [join(site.root, 'public')]);
    return (missing.status === 'missing' ? (rewritten(request, context) ?? integrationRoute(url, routing) ?? otherRoutesReason(routing)) : undefined) ?? missing;
  }
  const map = urlMap(starlight, site, pageRoots(site), context);
  const page = map.pages.get(url) ?? fallback(site, url, map.pages);
  if (page) return {status: 'found', path: page};
  const other = caseOnlyPage(map, url);
  if (other) return other;
  if (found) return found;
  const integration = integrationRoute(url, routing);
  if (integration) return integration;
  // Astro pages of the site's own (`src/pages/`) are served too; a dynamic route may serve anything.
  const pages = join(site.root, 'src', 'pages');
  if (isDir(pages)) return {status: 'unverifiable', reason: 'the site has its own Astro pages (src/pages/), which may serve this URL'};
  const others = otherRoutesReason(routing);
  if (others) return others;
  return {status: 'missing', path: join(docs(site), request.path), roots: [docs(site)]};
}

/**
 * A site-root link written without the config's `base` (astro-base.ts): Astro serves nothing
 * outside the base and leaves the link as written, so where the site has a page or public file at
 * that path below the base the link misses it (reported, naming the URL that works). Unverifiable
 * when a Markdown plugin of the config may rewrite links (one may add the base). A link that names
 * nothing below the base either is missing as it is.
 */
function outsideBase(request: LinkRequest, base: string, resolution: Resolution, context: ResolveContext): Resolution {
  if (resolution.status !== 'found' && resolution.status !== 'case') return resolution;
  const site = context.site!;
  const plugins = Array.isArray(site.config.markdownPlugins) ? (site.config.markdownPlugins as string[]) : [];
  const config = toPosix(relative(site.root, site.configFile ?? site.root));
  if (plugins.length > 0) return {status: 'unverifiable', reason: `${config} serves the site below base ${base}, and the site's Markdown plugin ${plugins.join(', ')} may add it to links`};
  return {status: 'missing', path: resolution.path, outsideBase: {base, config, served: `${base}${request.path}`}};
}

/**
 * A path below a value the config's computed `base` may take (`process.env.CI ? '/repo' : '/'`)
 * that the site serves below it: unverifiable, naming the values (which one the deployed build used is unknown).
 * So is a path below the path of a `site` URL when the config has no `base`: Astro serves at `/`
 * then, but a build may pass the base on its command line.
 */
function underComputedBase(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  const candidates = Array.isArray(site.config.baseCandidates) ? (site.config.baseCandidates as string[]) : [];
  const sitePath = typeof site.config.base === 'string' || candidates.length > 0 ? undefined : sitePathOf(site);
  for (const base of sitePath ? [sitePath] : candidates) {
    // The base itself (`/kettle`) is the home page, as `/kettle/` is.
    if (request.path !== base && !request.path.startsWith(`${base}/`)) continue;
    const path = request.path.slice(base.length) || '/';
    const found = servedPath({...request, path}, context);
    if (found.status !== 'found') continue;
    const shown = toPosix(relative(site.root, found.path));
    // `site` with a path and no `base`: Astro serves at `/`, unless the build sets the base elsewhere (`astro build --base`).
    if (sitePath) return {status: 'unverifiable', reason: `the config's site has the path ${sitePath} but no base, so Astro serves the site at / unless the build sets base another way (astro build --base); below ${sitePath} this is ${shown}`};
    return {status: 'unverifiable', reason: `the config computes base (its literal values: ${candidates.join(', ')}): where it is ${base} this is ${shown}`};
  }
  return undefined;
}

/** The origin of a `site` URL (`https://example.org`); undefined when it is no URL. */
function originOf(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).origin : undefined;
}

/** The path of the config's literal `site` URL, no trailing slash (`/kettle`); undefined at the root. */
function sitePathOf(site: SiteInfo): string | undefined {
  const url = typeof site.config.site === 'string' && URL.canParse(site.config.site) ? new URL(site.config.site) : undefined;
  const path = url?.pathname.replace(/\/+$/, '');
  return path ? path : undefined;
}

/** The config's route writers as for any Astro site, less Astro's `i18n`: Starlight routes its locales itself (read here). */
function starlightRouting(text: string, file: string): AstroRouting {
  const routing = astroRouting(text, file);
  return {...routing, others: routing.others.filter((other) => other !== 'the config\'s i18n routing')};
}
