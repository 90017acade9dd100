/**
 * Zola (getzola/zola). `config.toml` (or `zola.toml`) with a `base_url` marks the site: that key
 * is Zola's, so the file is never read as Hugo's. Pages come from `content/` (`_index.md` is a
 * section), static files from `static/`, and files beside a page in its folder are served with it.
 * A page is served at its section's path plus its `slug` (or its file or folder name, less a date
 * prefix, slugified); a front-matter `path` wins. The date comes from front matter or from a
 * `YYYY-MM-DD-` / `YYYY-MM-DD_` prefix of the file or folder name; the title is optional.
 * `@/path.md#frag` names a page by its source file and fails the build when it is missing.
 * `draft = true` leaves a page out of the build. Heading ids follow `slugify.anchors`.
 */
import {basename, dirname, join, relative, resolve, sep} from 'node:path';
import {isPageUrl} from '../files.js';
import {zolaSlug} from '../slug/zola.js';
import {caseOrMissing, defaults, draftFlags, get, isBelow, isDir, isFile, isObject, languageTag, lookInRoots, readConfig, configFolder} from './common.js';
import {caseOnlyPage, normalizeUrl, pageUrlFirst, urlMap} from './url-map.js';
import type {Detection, Generator, LinkRequest, ResolveContext, Resolution, SiteInfo} from './types.js';

async function detect(dir: string): Promise<Detection | undefined> {
  for (const name of ['zola.toml', 'config.toml']) {
    const file = join(dir, name);
    if (!isFile(file)) continue;
    const config = await readConfig(file);
    // `base_url` is required by Zola and unknown to Hugo (`baseURL`).
    if ('base_url' in config && (isDir(join(dir, 'content')) || isDir(join(dir, 'templates')))) return {site: {root: dir, generator: 'zola', configFile: file, config}, strength: 'marker'};
  }
  return undefined;
}

const content = (site: SiteInfo): string => join(site.root, 'content');

/** A date at the start of a file or folder name, as Zola reads it (`2024-05-01-hello`, `2024-05-01_hello`). */
export const datePrefix = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?\s?[_-]/;

/** A configured language's code at the end of a file stem (`hello.fr.md`), if any. */
function languageOf(path: string, site: SiteInfo): string | undefined {
  const code = /\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\.md$/i.exec(basename(path))?.[1];
  const languages = site.config.languages;
  return code && typeof languages === 'object' && languages !== null && code in languages ? code : undefined;
}

/** The name Zola slugs for a page: its file stem (less a language code), or its folder for `index.md`, less a date prefix. */
function pageName(path: string, site: SiteInfo): string {
  const language = languageOf(path, site);
  const file = basename(path).replace(/\.md$/i, '').replace(language ? new RegExp(`\\.${language}$`) : /$^/, '');
  const name = /^index$/i.test(file) ? basename(dirname(path)) : file;
  return name.replace(datePrefix, '');
}

function slugPaths(site: SiteInfo): (text: string) => string {
  const strategy = get(site.config, 'slugify', 'paths');
  // `safe` and `off` keep the name (safe drops characters no file system allows).
  return strategy === 'safe' || strategy === 'off' ? (text) => text : zolaSlug;
}

/** Taxonomy names from `taxonomies = [{name = "tags"}]`: their lists are served at `/<name>/`. */
function taxonomies(site: SiteInfo): string[] {
  const list = site.config.taxonomies;
  return Array.isArray(list) ? list.flatMap((entry) => (typeof entry === 'object' && entry !== null && typeof (entry as {name?: unknown}).name === 'string' ? [(entry as {name: string}).name] : [])) : [];
}

/** A file in a page bundle's folder, served beside the page (`/blog/post/photo.png` from `content/blog/2024-01-01-post/photo.png`). */
function besidePage(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  const slash = request.path.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const page = urlMap(zola, site, [content(site)], context).pages.get(normalizeUrl(request.path.slice(0, slash + 1)));
  if (!page || !/^index\.md$/i.test(basename(page))) return undefined;
  const file = context.firstExisting([join(dirname(page), request.path.slice(slash + 1))]);
  return file ? {status: 'found', path: file} : undefined;
}

/**
 * The page at a URL: a content file, or the index section Zola makes itself for the site root
 * (and each language's root) when `content/_index.md` is missing (`create_default_index_sections`
 * in getzola/zola components/site/src/lib.rs @ 779a15a5009aa13528eef7fb6d88bf1a3f1127f0). That page
 * has no file: it is found at the content folder, and its ids are the templates' (not judged).
 */
function pageAt(url: string, site: SiteInfo, context: ResolveContext): string | undefined {
  const key = normalizeUrl(url);
  const page = urlMap(zola, site, [content(site)], context).pages.get(key);
  if (page) return page;
  const languages = isObject(site.config.languages) ? Object.keys(site.config.languages).map((code) => code.toLowerCase()) : [];
  return key === '/' || languages.some((code) => key === `/${code}`) ? content(site) : undefined;
}

export const zola: Generator = {
  ...defaults,
  name: 'zola',
  title: 'Zola',
  buildOutput: (site) => [configFolder(site.config, 'output_dir', 'public')],
  words: ['zola', 'tera'],
  // A configured language's suffix (`hello.fr.md`), else the site's `default_language`.
  language: (path, site) => languageOf(path, site)?.toLowerCase() ?? languageTag(site.config.default_language),
  detect,
  contentRoots: (site) => [content(site)],
  // Zola builds pages from content/ only.
  builtFolders: (site) => [content(site)],
  staticRoots: (site) => [join(site.root, 'static'), content(site)],
  isPage: (path, site) => site !== undefined && isBelow(path, content(site)) && /\.md$/i.test(path),
  pageUrl(path, site, frontMatter) {
    const data = frontMatter?.data ?? {};
    if (typeof data.path === 'string') return `/${data.path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
    const rel = relative(content(site), path).split(sep);
    const file = rel.at(-1)!;
    const slug = slugPaths(site);
    const sections = rel.slice(0, /^(_index|index)(\.[\w-]+)?\.md$/i.test(file) ? -2 : -1).map(slug);
    const language = languageOf(path, site);
    if (language) sections.unshift(language);
    if (/^_index\.md$/i.test(file)) return `/${[...sections, ...(rel.length > 1 ? [slug(rel.at(-2)!)] : [])].map((part) => `${part}/`).join('')}`;
    const own = slug(typeof data.slug === 'string' ? data.slug : pageName(path, site));
    return `/${[...sections, own].map((part) => `${part}/`).join('')}`;
  },
  baseUrl: (site) => (typeof site.config.base_url === 'string' ? site.config.base_url : undefined),
  slugFlavor: (site) => {
    const anchors = get(site?.config, 'slugify', 'anchors');
    return {name: 'zola', options: {anchors: typeof anchors === 'string' ? anchors : 'on'}, reason: `Zola slugify.anchors = "${typeof anchors === 'string' ? anchors : 'on'}"`, ...(site?.configFile ? {from: site.configFile} : {})};
  },
  resolveSiteRoot(request: LinkRequest, context: ResolveContext): Resolution {
    const site = context.site!;
    const found = lookInRoots(request, context, [join(site.root, 'static')]);
    // A static folder without an index (a page's images) and a page at that path share one output
    // folder: static/ is copied as-is to the output and the page writes its index.html there
    // (getzola.org documentation/getting-started/directory-structure, content/overview).
    const sharing = found?.status === 'no-index' && isPageUrl(request.path) ? pageAt(request.path, site, context) : undefined;
    if (sharing) return {status: 'found', path: sharing};
    if (found) return found;
    if (!isPageUrl(request.path)) return lookInRoots(request, context, [content(site)]) ?? besidePage(request, context) ?? caseOrMissing(request, context, [join(site.root, 'static')]);
    const page = pageAt(request.path, site, context);
    if (page) return {status: 'found', path: page};
    const other = caseOnlyPage(urlMap(zola, site, [content(site)], context), request.path);
    if (other) return other;
    // Taxonomy lists, feeds, the sitemap and the 404 page come from templates, not content files.
    const first = request.path.replace(/^\/+/, '').split('/')[0] ?? '';
    if (taxonomies(site).includes(first) || /\.(xml|txt)$/i.test(request.path) || /^404(\.html)?$/.test(first)) return {status: 'unverifiable', reason: 'a page Zola\'s templates make (a taxonomy, a feed)'};
    return {status: 'missing', path: join(content(site), request.path), roots: [content(site)]};
  },
  resolvePageUrl: (request, context) => pageUrlFirst(zola, request, context),
  resolveRelative(request: LinkRequest, context: ResolveContext): Resolution | undefined {
    const site = context.site!;
    // `@/blog/post.md`: a page by its source file below content/; a missing one stops `zola build`.
    if (request.path.startsWith('@/')) {
      const target = resolve(content(site), request.path.slice(2));
      const file = context.firstExisting([target]);
      return file ? {status: 'found', path: file} : {status: 'missing', path: target, failsBuild: true};
    }
    if (!isPageUrl(request.path)) return undefined;
    const own = zola.pageUrl(context.from, site, context.frontMatterOf(context.from))!;
    const url = new URL(request.path, `http://site${own}`).pathname;
    const page = pageAt(url, site, context);
    return page ? {status: 'found', path: page} : caseOnlyPage(urlMap(zola, site, [content(site)], context), url);
  },
  publishState: (_path, frontMatter) => draftFlags(frontMatter, {draft: true}),
  titleSources: ['front-matter'],
  requiredFields: () => [],
  fieldFrom(field, page) {
    if (field === 'title') return 'nothing: Zola pages need no title';
    if (field !== 'date') return undefined;
    const file = basename(page.path);
    return datePrefix.test(file) || (/^index\.md$/i.test(file) && datePrefix.test(basename(dirname(page.path)))) ? 'the file or folder name' : 'nothing: Zola pages need no date';
  },
};
