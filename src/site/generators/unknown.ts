/**
 * A site built by a generator postlint does not model (Hexo, Zola, Next.js, Gatsby, a custom
 * build). Only what holds everywhere is checked: fragments within a page, relative file links,
 * empty headings. Site-root links, page URLs, front-matter requirements and drafts stay
 * unverifiable: postlint never guesses a Hugo-like reading. One exception, read from the site's
 * own code: an Astro content collection's entries that its routes' `getCollection` filter drops
 * are drafts (astro-drafts.ts), a relative link between entries of a collection whose route
 * says their URLs is read against those URLs (astro-entry-links.ts), and a site-root link is read
 * against the site's routes (astro-routes.ts).
 */
import {join} from 'node:path';
import {toolingFolder} from '../tooling-folders.js';
import {isAtOrBelow} from '../../paths.js';
import {defaults, postFieldTypes, isDir, isFile, readConfig, readText} from './common.js';
import {looksLikeHexo} from './jekyll.js';
import {astroBuiltFolders, entryCoercedDateKeys, entryDraftProblems, entryFieldTypes, entryStrippedKey, entryTimestampKeys, astroCollections, type AstroCollection} from './astro-collections.js';
import {astroSchemaFieldTypes} from './astro-schema-types.js';
import {astroTemplates} from './astro-templates.js';
import {astroReadsTabsInFlow} from './astro-front-matter.js';
import {resolveEntryLink} from './astro-entry-links.js';
import {astroRouting, resolveAstroRoute} from './astro-routes.js';
import {astroBase} from './astro-base.js';
import {astroRedirects} from './astro-redirects.js';
import {linkRewritingPlugins} from './astro-markdown-plugins.js';
import {toPosix} from '../../paths.js';
import {relative} from 'node:path';
import type {Detection, Generator, LinkRequest, ResolveContext, Resolution, SiteInfo} from './types.js';

/** Marker files of generators postlint knows by name but does not model, tried in this order. */
const products: Array<{product: string; files: string[]; holds?: (dir: string, file: string) => Promise<boolean>; config?: (dir: string, file: string) => Record<string, unknown>}> = [
  {product: 'hexo', files: ['_config.yml', '_config.yaml'], holds: async (dir, file) => looksLikeHexo(dir, await readConfig(file))},
  {product: 'zola', files: ['config.toml', 'zola.toml'], holds: async (dir, file) => 'base_url' in (await readConfig(file)) && (isDir(join(dir, 'content')) || isDir(join(dir, 'templates')))},
  {product: 'mdbook', files: ['book.toml']},
  // Astro without Starlight: its content collections, for the drafts its routes filter out (astro-drafts.ts).
  // Its routes (astro-routes.ts): src/pages/, public/, the collections its dynamic routes list, `redirects` and `base`.
  {product: 'astro', files: ['astro.config.mjs', 'astro.config.ts', 'astro.config.js'], config: astroConfig},
  {product: 'nextjs', files: ['next.config.js', 'next.config.mjs', 'next.config.ts']},
  {product: 'gatsby', files: ['gatsby-config.js', 'gatsby-config.ts', 'gatsby-config.mjs']},
  {product: 'docfx', files: ['docfx.json']},
  {product: 'sphinx', files: ['conf.py'], holds: async (dir) => /\bsphinx\b|extensions\s*=/.test(readText(join(dir, 'conf.py')) ?? '')},
];

/** What postlint reads of an Astro config without Starlight: collections, schema types, and what says where paths are served. */
function astroConfig(dir: string, file: string): Record<string, unknown> {
  const text = readText(file) ?? '';
  const {base, candidates, site} = astroBase(text, file);
  return {
    collections: astroCollections(dir),
    ...astroSchemaFieldTypes(dir),
    ...(base !== undefined ? {base} : {}),
    ...(site !== undefined ? {site} : {}),
    ...(candidates ? {baseCandidates: candidates} : {}),
    redirects: astroRedirects(text),
    routing: astroRouting(text, file),
    markdownPlugins: linkRewritingPlugins(text, file),
  };
}

async function detect(dir: string): Promise<Detection | undefined> {
  for (const {product, files, holds, config} of products) {
    for (const name of files) {
      const file = join(dir, name);
      if (!isFile(file) || (holds && !(await holds(dir, file)))) continue;
      const site: SiteInfo = {root: dir, generator: 'unknown', product, configFile: file, config: config?.(dir, file) ?? {}};
      // A generator module for this product (added to the registry before `unknown`) wins with a marker.
      return {site, strength: 'generic'};
    }
  }
  return undefined;
}

export const unknown: Generator = {
  ...defaults,
  name: 'unknown',
  title: 'site',
  detect,
  contentRoots: () => [],
  staticRoots: () => [],
  // Astro copies `public/` to the top of its output untouched (astro-routes.ts serves from it): a Netlify `_redirects` there is published.
  copiedToOutput: (site) => (site.product === 'astro' ? [join(site.root, 'public')] : []),
  // Astro builds pages from `src/` and its loaders' folders only (a prompt file at the top is no page); other products' are unknown.
  builtFolders: (site) => (site.product === 'astro' ? astroBuiltFolders(site) : undefined),
  slugFlavor: () => ({name: 'github', options: {}, reason: 'a generator postlint does not model; GitHub-style ids for links within a page'}),
  // Hexo's ids keep case and turn `_` into `-`; other generators differ again.
  looseIds: true,
  // Which files an Astro site builds is known when its built folders are (`src/` and its loaders' folders: astro-collections.ts).
  modelsBuild: (site) => site.product === 'astro' && astroBuiltFolders(site) !== undefined,
  // A file outside them is no page of an Astro site (a prompt file at the top, a design note), nor one in a dot folder of
  // any product named here (their globs skip dot names); every other file may be one.
  isPage: (path, site) => site === undefined || (toolingFolder(path, [site.root]) === undefined && (site.product !== 'astro' || (astroBuiltFolders(site) ?? [site.root]).some((folder) => isAtOrBelow(path, folder)))),
  // Astro's YAML reader is known (js-yaml); other products' are not.
  readsTabsInFlow: (site) => (site?.product === 'astro' ? astroReadsTabsInFlow : undefined),
  // Drafts only where the site's own routes say which entries they leave out (an Astro collection's filter).
  // A relative link between an Astro collection's entries, read against the URLs its route serves them at.
  resolveRelative: resolveEntryLink,
  // An Astro site's routes say where site-root paths are served (astro-routes.ts); other products' are unknown.
  resolveSiteRoot: (request, context) => (context.site?.product === 'astro' ? astroSiteRoot(request, context) : defaults.resolveSiteRoot(request, context)),
  // Astro serves below `base` (astro-base.ts), at `site`'s origin.
  baseUrl: (site) => (site.product === 'astro' ? astroBaseUrl(site) : undefined),
  // An Astro collection entry's keys are typed by the site's own schema alone (a key it does not name is passed on
  // untyped, an empty `tags:` too); other products' pages as a generic post (common.ts: postFieldTypes).
  fieldTypes: (path, site) => (site?.product === 'astro' ? entryFieldTypes(path, site) : postFieldTypes),
  // zod refuses null for a list the schema types (`.optional()` and `.default()` take only undefined): the build stops.
  emptyList: (field, site) => (site?.product === 'astro' ? undefined : defaults.emptyList?.(field, site)),
  timestampOnly: (path, site) => (site?.product === 'astro' ? entryTimestampKeys(path, site) : []),
  // An Astro collection entry's page is rendered by its route and the components it imports (astro-templates.ts): their ids are the page's.
  templates: (path, site) => (site.product === 'astro' ? astroTemplates(path, site) : undefined),
  coercedDates: (path, site) => (site?.product === 'astro' ? entryCoercedDateKeys(path, site) : []),
  strippedKey: (field, path, site) => (site?.product === 'astro' ? entryStrippedKey(field, path, site) : undefined),
  publishState: (path, frontMatter, site) => (site && Array.isArray(site.config.collections) ? entryDraftProblems(path, frontMatter, site.config.collections as AstroCollection[]) : []),
};

/** `site`'s origin and `base`; the base alone when `site` is absent (Astro serves below `base` either way). */
function astroBaseUrl(site: SiteInfo): string | undefined {
  const base = typeof site.config.base === 'string' ? site.config.base : undefined;
  let origin: string | undefined;
  try {
    origin = typeof site.config.site === 'string' ? new URL(site.config.site).origin : undefined;
  } catch {
    origin = undefined;
  }
  return origin !== undefined ? `${origin}${base ?? '/'}` : base;
}

/**
 * A site-root path on an Astro site: where its routes serve it. A path missing where a Markdown plugin of the config
 * may rewrite links is unverifiable; one written without the config's `base` that names a page below it is missing,
 * naming the URL that works (Astro serves nothing outside `base`), as for Starlight.
 */
function astroSiteRoot(request: LinkRequest, context: ResolveContext): Resolution {
  const site = context.site!;
  const resolution = resolveAstroRoute(request, context);
  const plugins = Array.isArray(site.config.markdownPlugins) ? (site.config.markdownPlugins as string[]) : [];
  const config = toPosix(relative(site.root, site.configFile ?? site.root));
  if (request.outsideBase !== undefined && (resolution.status === 'found' || resolution.status === 'case')) {
    if (plugins.length > 0) return {status: 'unverifiable', reason: `${config} serves the site below base ${request.outsideBase}, and the site's Markdown plugin ${plugins.join(', ')} may add it to links`};
    return {status: 'missing', path: resolution.path, outsideBase: {base: request.outsideBase, config, served: `${request.outsideBase}${request.path}`}};
  }
  if (resolution.status === 'missing' && Array.isArray(site.config.baseCandidates)) return {status: 'unverifiable', reason: `${config} computes its base (${(site.config.baseCandidates as string[]).join(', ')} or /), so where this path is served is unknown`, siteWide: true};
  if (resolution.status === 'missing' && plugins.length > 0) return {status: 'unverifiable', reason: `the site's Markdown plugin ${plugins.join(', ')} may rewrite links`, siteWide: true};
  return resolution;
}
