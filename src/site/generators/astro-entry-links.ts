/**
 * A relative link between two entries of an Astro content collection, on a site postlint does not
 * otherwise model (Astro without Starlight, generators/unknown.ts): the browser reads it against the
 * linking entry's URL, and the route the collection's entries are served by (`blog/[slug].astro`
 * passing a legacy entry's `x.slug` or a glob entry's `x.id`, astro-collections.ts) gives each entry its URL from its id,
 * each path part slugged as github-slugger does (getContentEntryIdAndSlug in withastro/astro
 * packages/astro/src/content/utils.ts). So `../dont-panic` from `/blog/other/` is the entry in
 * `src/content/blog/don't-panic/index.mdx` (the slugger drops the apostrophe), though no file of
 * that spelling exists. A URL no entry has stays for the plain reading (missing); a collection
 * whose URLs the routes do not say is not read here.
 */
import {collectionOf, entryId, type AstroCollection} from './astro-collections.js';
import {isPageUrl} from '../files.js';
import {oncePerRun} from './url-map.js';
import type {LinkRequest, Resolution, ResolveContext, SiteInfo} from './types.js';

export function resolveEntryLink(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site;
  if (!site || request.siteRoot || !isPageUrl(request.path) || !Array.isArray(site.config.collections)) return undefined;
  const served = (site.config.collections as AstroCollection[]).filter((collection) => collection.rendered && collection.urlPrefix !== undefined);
  const own = entryUrl(context.from, served, context);
  if (own === undefined) return undefined;
  const path = entriesByUrl(site, served, context).get(withoutSlash(new URL(request.path, `http://site${own}`).pathname));
  return path === undefined ? undefined : {status: 'found', path};
}

/**
 * The served entries by URL, built once per site and run (url-map.ts's oncePerRun), so a link costs a
 * lookup, not a walk over every file of the run.
 */
const maps = new WeakMap<object, Map<string, Map<string, string>>>();

function entriesByUrl(site: SiteInfo, served: readonly AstroCollection[], context: ResolveContext): Map<string, string> {
  return oncePerRun(maps, context, site.root, () => {
    const entries = new Map<string, string>();
    for (const path of context.files()) {
      const url = entryUrl(path, served, context);
      if (url !== undefined && !entries.has(withoutSlash(url))) entries.set(withoutSlash(url), path);
    }
    return entries;
  });
}

/** The URL the routes serve an entry at (`/blog/dont-panic/`), if the file is an entry of a served collection. */
function entryUrl(path: string, served: readonly AstroCollection[], context: ResolveContext): string | undefined {
  const collection = collectionOf(path, served);
  if (!collection) return undefined;
  return `${collection.urlPrefix}${entryId(path, collection, context.frontMatterOf(path)?.data?.slug)}/`.replace(/\/{2,}/g, '/');
}

function withoutSlash(url: string): string {
  return url.length > 1 ? url.replace(/\/+$/, '') : url;
}
