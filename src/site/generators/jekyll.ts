/**
 * Jekyll (jekyll/jekyll). The site root is the source; folders starting with `_` (but
 * collections) and dot-folders (`.github/`) are not pages; posts `_posts/YYYY-MM-DD-title.md`
 * take date and title from the file name; `published: false`, `_drafts/` and future dates
 * (without `future: true`) keep a post out. `{% link path %}` and `{% post_url name %}` name
 * source files and fail the build when they find none; `{{ site.baseurl }}/x` and
 * `'/x' | relative_url` are page URLs. Pretty permalinks serve `a.md` at `/a/`. A collection
 * renders only files with front matter, and only with `output: true` (without it, a page that
 * loops over the documents may show them: jekyll-shown.ts); a Markdown file pulled in with
 * `{% include %}` / `{% include_relative %}` is pasted into the page before conversion. Any file
 * read with front matter is a page (jekyll-pages.ts); jekyll-redirect-from adds URLs to pages.
 */
import {psychBoolean} from '../../front-matter-yaml11.js';
import {scholarInputs, scholarTagIds} from './jekyll-scholar.js';
import {postCategoriesUrl} from './jekyll-categories.js';
import {jekyllOwnMarkdownBlocks, jekyllPluginInputs} from './jekyll-block-tags.js';
import {jekyllFileTags} from './jekyll-file-tags.js';
import {jekyllLanguageNames} from './jekyll-languages.js';
import {readdirSync} from 'node:fs';
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path';
import {fieldsOnly} from '../../frontmatter.js';
import {isPageUrl, pageCandidates, pageUrlFolder} from '../files.js';
import {pageUrlPlace} from './page-url-place.js';
import {jekyllTemplates} from './jekyll-layouts.js';
import {layoutSectionIncludes} from './jekyll-layout-sections.js';
import {themeSourceReason} from './jekyll-theme-source.js';
import {themeAsset} from './jekyll-theme-assets.js';
import {justTheDocsAfterContent} from './jekyll-just-the-docs.js';
import {readsRubyTime, rubyTimeAsIso} from './jekyll-dates.js';
import {parseFrontMatterDate} from '../../dates.js';
import {caseOrMissing, configFolder, defaults, titleFieldType, readsYamlTimestamp, draftFlags, get, isDir, isFile, isObject, languageSuffix, languageTag, lookInRoots, pageBelow, readConfig, readText, scheduleProblems, nonDocumentUrl, readFrontMatterDataSync} from './common.js';
import {belowCollections, collectionsDir, jekyllLeavesOut} from './jekyll-entries.js';
import {configlessJekyll} from './jekyll-inferred.js';
import {hasYamlHeader, jekyllSourceFiles, type JekyllFile, type JekyllSourceFiles} from './jekyll-pages.js';
import {usesPlugin} from './jekyll-plugins.js';
import {staticMarkdownReason} from './jekyll-static-markdown.js';
import {staticFileOverwrites} from './jekyll-output-collisions.js';
import {jekyllConverter, jekyllMarkdownDialect} from './jekyll-markdown.js';
import {slugPlaceholder, titlePlaceholder} from './jekyll-slugify.js';
import {collectionShownIn} from './jekyll-shown.js';
import {partialReason, pulledByTemplates} from './jekyll-partials.js';
import {caseOnlyPage, normalizeUrl, oncePerRun, pageAtUrl, urlMap} from './url-map.js';
import type {Detection, FieldType, FlavorChoice, Generator, LinkRequest, PageFrontMatter, ResolveContext, Resolution, ShownIn, SiteInfo, TemplatePage} from './types.js';
import {escapeRegExp} from '../../links/patterns.js';
import {toPosix} from '../../paths.js';
import {isForgeDocument} from '../forge-documents.js';

/** Hexo keeps its config in `_config.yml` too; its scaffolds/ folder or settings tell it apart. */
export function looksLikeHexo(dir: string, config: Record<string, unknown>): boolean {
  if ('new_post_name' in config || 'source_dir' in config || 'public_dir' in config || isDir(join(dir, 'scaffolds'))) return true;
  return /"hexo"\s*:/.test(readText(join(dir, 'package.json')) ?? '');
}

async function detect(dir: string): Promise<Detection | undefined> {
  for (const name of ['_config.yml', '_config.yaml']) {
    const file = join(dir, name);
    if (!isFile(file)) continue;
    const config = await readConfig(file);
    if (looksLikeHexo(dir, config)) return undefined;
    return {site: {root: dir, generator: 'jekyll', configFile: file, config}, strength: 'marker'};
  }
  // No config file: Jekyll's defaults, when Jekyll's own folders say it is a Jekyll site (GitHub Pages).
  const signals = configlessJekyll(dir);
  return signals ? {site: {root: dir, generator: 'jekyll', config: {}, inferredFrom: signals}, strength: 'inferred'} : undefined;
}

/** The site's `markdown:` engine is kramdown, Jekyll's default (its GFM input parser keeps kramdown's extensions). */
function convertsWithKramdown(site: SiteInfo): boolean {
  const engine = site.config['markdown'];
  return engine === undefined || (typeof engine === 'string' && engine.toLowerCase() === 'kramdown');
}

function slugFlavor(site: SiteInfo | undefined): FlavorChoice {
  const config = site?.config ?? {};
  const from = site?.configFile ? {from: site.configFile} : {};
  const engine = config['markdown'];
  if (typeof engine === 'string' && engine.toLowerCase() !== 'kramdown') return {name: 'github', options: {}, reason: `markdown: ${engine} (GitHub-style ids)`, ...from};
  const kramdown = get(config, 'kramdown');
  const input = get(kramdown, 'input');
  // kramdown's HTML converter renders every footnote, whatever the input parser, as `fn:<prefix><name>`
  // and `fnref:<prefix><name>` (convert_footnote in gettalong/kramdown lib/kramdown/converter/html.rb
  // @ 0f4d1ffade77eda7c0597f4f2535f0ab81f6235c).
  const prefix = get(kramdown, 'footnote_prefix');
  const footnotes = {footnotes: 'kramdown', ...(typeof prefix === 'string' && prefix !== '' ? {footnotePrefix: prefix} : {})};
  // Jekyll's default input is GFM, whose parser makes GitHub-style heading ids.
  if (typeof input !== 'string' || input.toLowerCase() !== 'kramdown') {
    return {name: 'github', options: footnotes, reason: `kramdown input ${typeof input === 'string' ? `"${input}"` : 'GFM (the Jekyll default)'} makes GitHub-style ids; footnotes are kramdown's`, ...from};
  }
  const options: Record<string, unknown> = {};
  const autoIdPrefix = get(kramdown, 'auto_id_prefix');
  if (typeof autoIdPrefix === 'string') options['auto_id_prefix'] = autoIdPrefix;
  if (get(kramdown, 'auto_id_stripping') === true) options['auto_id_stripping'] = true;
  if (get(kramdown, 'auto_ids') === false) options['autoIds'] = false;
  const settings = Object.keys(options).map((key) => (key === 'autoIds' ? 'auto_ids: false' : key));
  return {name: 'kramdown', options: {...options, ...footnotes}, reason: `kramdown.input: kramdown${settings.length > 0 ? `; ${settings.join(', ')}` : ''}`, ...from};
}

const postName = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)\.(md|markdown|mkd|mkdn|mdown|html)$/i;

/** Jekyll's built-in permalink styles (`permalink: pretty`, …), for posts. */
const styles: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

function pretty(site: SiteInfo): boolean {
  const permalink = site.config.permalink;
  return typeof permalink === 'string' && (permalink === 'pretty' || permalink.endsWith('/'));
}

/** Collections from `_config.yml` (`collections: {docs: {output: true}}` or a list). */
function collections(site: SiteInfo): string[] {
  const value = site.config.collections;
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : isObject(value) ? Object.keys(value) : [];
}

/** The collection (other than posts) whose `_name/` folder holds the file (`rel` below `collections_dir`), if any. */
function collectionOf(rel: string, site: SiteInfo): string | undefined {
  const first = rel.split('/')[0] ?? '';
  const name = first.slice(1);
  return first.startsWith('_') && name !== 'posts' && rel.includes('/') && collections(site).includes(name) ? name : undefined;
}

/** Does the collection write its documents as pages (`output: true`; a list of names writes none)? */
function collectionOutputs(site: SiteInfo, name: string): boolean {
  const value = site.config.collections;
  const settings = isObject(value) ? value[name] : undefined;
  return isObject(settings) && settings.output === true;
}

/** Does Jekyll build this file of the site into a page or document, given whether it opens with front matter? */
function builds(path: string, site: SiteInfo, hasFrontMatter: boolean): boolean {
  const rel = relative(jekyll.contentRoots(site)[0]!, path);
  if (rel.startsWith('..')) return false;
  // Dot-folders (`.github/`), `_` folders other than posts and collections, and what `exclude` lists are never built.
  const ownReaders = new Set(['_posts', '_drafts', ...collections(site).map((name) => `_${name}`)]);
  const posix = toPosix(rel);
  if (jekyllLeavesOut(posix, site, ownReaders) !== undefined) return false;
  // With `collections_dir`, posts, drafts and collections outside it are read by no reader.
  const below = belowCollections(posix, site);
  if (below === undefined && posix.split('/').slice(0, -1).some((part) => ownReaders.has(part))) return false;
  // A collection reads a file without front matter as a static file (copied, never rendered: Collection#read,
  // `Utils.has_yaml_header?`), and writes its documents only with `output: true` (the default is false).
  if (below !== undefined && undatedPost(below) !== undefined) return false;
  const collection = below === undefined ? undefined : collectionOf(below, site);
  if (collection !== undefined) return hasFrontMatter && collectionOutputs(site, collection);
  // Posts and drafts are read without front matter; elsewhere a Markdown file without it may be a static file, copied unrendered.
  const postOrDraft = posix.split('/').slice(0, -1).some((part) => part === '_posts' || part === '_drafts');
  return hasFrontMatter || postOrDraft || !convertsExtension(path, site) || staticMarkdownReason(path, jekyll.contentRoots(site)[0]!, site) === undefined;
}

/** Is the file named with an extension of `markdown_ext` (Configuration::DEFAULTS "markdown,mkdown,mkdn,mkd,md"; compared case aside)? */
function convertsExtension(path: string, site: SiteInfo): boolean {
  const setting = typeof site.config.markdown_ext === 'string' ? site.config.markdown_ext : 'markdown,mkdown,mkdn,mkd,md';
  return setting.split(',').map((extension) => `.${extension.trim().toLowerCase()}`).includes(extname(path).toLowerCase());
}

/**
 * Jekyll's PostReader reads from a `_posts` folder (at any depth, with its subfolders) only files
 * named as posts, `YYYY-MM-DD-title.ext` (lib/jekyll/readers/post_reader.rb `read_posts` with
 * `Document::DATE_FILENAME_MATCHER`); any other file there (a `tip-template.md` to copy) is read by
 * no reader: never built, no page to link to. `_drafts` takes names without a date
 * (`DATELESS_FILENAME_MATCHER`), and a collection reads every file, so neither is concerned.
 */
function undatedPost(rel: string): string | undefined {
  const parts = rel.split('/');
  if (!parts.slice(0, -1).includes('_posts')) return undefined;
  const name = parts[parts.length - 1]!;
  return postFileName.test(name) ? undefined : `Jekyll reads only files named YYYY-MM-DD-title.ext in _posts (PostReader, DATE_FILENAME_MATCHER): ${name} is no post`;
}

/** DATE_FILENAME_MATCHER's shape of a post's file name. */
const postFileName = /^\d{2,4}-\d{1,2}-\d{1,2}-[^/]*\.[^.]+$/;

/**
 * A name that starts with a date (`2019-1-5_title.md`) yet fails DATE_FILENAME_MATCHER: a post the
 * author meant, which Jekyll drops without a word; its content is still checked, not left out.
 */
const meantAsPost = /^\d{2,4}[-_. ]\d{1,2}[-_. ]\d{1,2}/;

/**
 * Where a file of the site lies below its collections folder, and whether its name starts with a date
 * (meantAsPost); undefined outside the source folder and for a README (or another document the forge shows).
 */
function postPlace(path: string, site: SiteInfo): {below: string; meant: boolean} | undefined {
  const below = belowCollections(toPosix(relative(jekyll.contentRoots(site)[0]!, path)), site);
  if (below === undefined || below.startsWith('..') || isForgeDocument(path, site.root)) return undefined;
  return {below, meant: meantAsPost.test(basename(path))};
}

/** A file in `_posts` named with a date (meantAsPost) that DATE_FILENAME_MATCHER fails: Jekyll drops it without a word. */
function dropsMeantPage(path: string, site: SiteInfo): string | undefined {
  const place = postPlace(path, site);
  if (!place?.meant) return undefined;
  return undatedPost(place.below) === undefined ? undefined : 'Jekyll never builds this file: a post is named YYYY-MM-DD-title.ext';
}

/**
 * Why Jekyll never builds this file (a folder no reader takes, a file in `_posts` without a post's
 * name), if so. A README (or another document the forge shows) in `_posts` is read there: checked.
 */
function unbuilt(path: string, site: SiteInfo): string | undefined {
  const theme = themeSourceReason(site);
  if (theme !== undefined) return theme;
  const place = postPlace(path, site);
  return neverRead(path, site) ?? (place && !place.meant ? undatedPost(place.below) : undefined) ?? overwrittenPage(path, site);
}

/**
 * Why a Markdown page (not a post or collection document, which are written after the static files)
 * never reaches the reader: a static file of the site is copied to its output path after it
 * (jekyll-output-collisions.ts).
 */
function overwrittenPage(path: string, site: SiteInfo): string | undefined {
  if (!jekyllConverts(path, site)) return undefined;
  const source = jekyll.contentRoots(site)[0]!;
  const ownReaders = new Set(['_posts', '_drafts', ...collections(site).map((name) => `_${name}`)]);
  if (toPosix(relative(source, path)).split('/').slice(0, -1).some((part) => ownReaders.has(part))) return undefined;
  const url = pageUrl(path, site, fieldsOnly(readFrontMatterDataSync(readText(path) ?? '') ?? {}));
  return url === undefined ? undefined : staticFileOverwrites(path, url, source, site, ownReaders);
}

/**
 * Does Jekyll's Markdown converter render this file: one it builds, named with an extension of
 * `markdown_ext` (Configuration::DEFAULTS "markdown,mkdown,mkdn,mkd,md"; Converters::Markdown#matches
 * compares it case aside)? Front matter as Jekyll sees it on disk (`Utils.has_yaml_header?`).
 */
function jekyllConverts(path: string, site: SiteInfo): boolean {
  return convertsExtension(path, site) && builds(path, site, hasYamlHeader(path));
}

/**
 * Why Jekyll never reads a file in a top-level `_` folder that no reader of its own takes (not
 * `_posts`, `_drafts`, a collection, nor the includes, layouts, data, plugins or Sass folder): its
 * EntryFilter skips names starting with `_` (jekyll/jekyll lib/jekyll/entry_filter.rb `special?`),
 * so it is no page and pastes into none. `include_relative` can reach it only from a page at the
 * source's top (its path may not hold `..`: IncludeRelativeTag's `INVALID_SEQUENCES`); a top-level
 * file whose `include_relative` names that folder or a computed path keeps it read.
 */
function neverRead(path: string, site: SiteInfo): string | undefined {
  const source = jekyll.contentRoots(site)[0]!;
  const posix = toPosix(relative(source, path));
  const parts = posix.split('/');
  const first = parts[0]!;
  if (posix.startsWith('..') || parts.length < 2 || !first.startsWith('_') || collectionsDir(site) !== '') return undefined;
  const readers = new Set(['_posts', '_drafts', ...collections(site).map((name) => `_${name}`)]);
  for (const [key, fallback] of [['includes_dir', '_includes'], ['layouts_dir', '_layouts'], ['data_dir', '_data'], ['plugins_dir', '_plugins']] as const) {
    const value = site.config[key];
    readers.add(typeof value === 'string' ? value.replace(/^\.?\/+|\/+$/g, '') : fallback);
  }
  const sass = get(site.config, 'sass', 'sass_dir');
  readers.add(typeof sass === 'string' ? sass.replace(/^\.?\/+|\/+$/g, '') : '_sass');
  if (readers.has(first)) return undefined;
  const reason = jekyllLeavesOut(posix, site, readers);
  if (reason === undefined || !reason.endsWith(`(${first})`)) return undefined;
  if (topIncludesRelative(source).some((argument) => argument.includes('{{') || argument.replace(/^\.\//, '').startsWith(`${first}/`))) return undefined;
  return reason;
}

const topIncludes = new Map<string, string[]>();

/** The `include_relative` arguments of the files at the top of the source folder (read once). */
function topIncludesRelative(source: string): string[] {
  let found = topIncludes.get(source);
  if (found) return found;
  found = [];
  topIncludes.set(source, found);
  let names: string[] = [];
  try {
    names = readdirSync(source).filter((name) => /\.(md|markdown|html?|liquid)$/i.test(name));
  } catch {
    return found;
  }
  for (const name of names.slice(0, 500)) {
    for (const match of (readText(join(source, name)) ?? '').matchAll(/\{%-?\s*include_relative\s+([^%]*?)\s*-?%\}/g)) found.push(match[1]!);
  }
  return found;
}

function pageUrl(path: string, site: SiteInfo, frontMatter: Parameters<Generator['pageUrl']>[2]): string | undefined {
  const data = frontMatter?.data ?? {};
  if (typeof data.permalink === 'string') return data.permalink.includes(':') ? undefined : data.permalink;
  const sourceRel = toPosix(relative(sourceFolder(site), path));
  // A file outside the `source` folder is no page of the site (a README beside `src/`).
  if (sourceRel.startsWith('../')) return undefined;
  // Posts and collection documents are read below `collections_dir`; a page outside it is a page.
  const rel = collectionsDir(site) !== '' && /(^|\/)_/.test(sourceRel) ? belowCollections(sourceRel, site) : sourceRel;
  if (rel === undefined) return undefined;
  const post = postName.exec(basename(rel));
  if (post && rel.split('/').includes('_posts')) {
    const style = typeof site.config.permalink === 'string' ? styles[site.config.permalink] ?? site.config.permalink : styles.date!;
    const [, y, m, d, title] = post as unknown as [string, string, string, string, string];
    const slug = typeof data.slug === 'string' ? data.slug : title;
    const url = style
      .replace(':categories', postCategoriesUrl(rel, data))
      .replace(':year', y).replace(':month', m.padStart(2, '0')).replace(':day', d.padStart(2, '0'))
      .replace(/:title/g, titlePlaceholder(slug)).replace(/:slug/g, slugPlaceholder(slug))
      .replace(':output_ext', '.html');
    return /:[a-z_]+/.test(url) ? undefined : url.replace(/\/{2,}/g, '/');
  }
  const collection = collectionOf(rel, site);
  if (collection !== undefined) return collectionOutputs(site, collection) ? documentUrl(rel, collection, site, data) : undefined;
  // `_posts`, `_drafts` and the folders Jekyll does not read (`include:` may make it read one) have no pages.
  const first = rel.split('/')[0]!;
  if (first === '_posts' || first === '_drafts' || (rel.startsWith('_') && jekyllLeavesOut(rel, site, new Set()) !== undefined)) return undefined;
  // Page#template: Markdown and HTML pages are `.html` (pretty: a folder); other files keep their
  // extension unless a converter gives its own (Renderer#output_ext).
  if (!/\.(md|markdown|html?)$/i.test(rel)) return convertedPath(rel, site);
  const stem = rel.replace(/\.(md|markdown|html?)$/i, '');
  if (/(^|\/)index$/.test(stem)) return `/${stem.replace(/index$/, '')}`;
  return pretty(site) ? `/${stem}/` : `/${stem}.html`;
}

/**
 * A page that is not Markdown or HTML, at its converter's output extension: jekyll-sass-converter
 * (a dependency of Jekyll itself) writes `.scss`/`.sass` as `.css`; jekyll-coffeescript writes
 * `.coffee` as `.js` when the site turns it on or builds with the github-pages gem (a default
 * plugin of GitHub Pages). A Gemfile naming neither leaves the file as it is; with no Gemfile the
 * site may be built by GitHub Pages: undefined, not known.
 */
function convertedPath(rel: string, site: SiteInfo): string | undefined {
  if (/\.s[ac]ss$/i.test(rel)) return `/${rel.replace(/\.s[ac]ss$/i, '.css')}`;
  if (!/\.coffee$/i.test(rel)) return `/${rel}`;
  const gemfile = readText(join(site.root, 'Gemfile'));
  if (usesPlugin(site, 'jekyll-coffeescript') || (gemfile !== undefined && /^\s*gem\s+["']github-pages["']/m.test(gemfile))) return `/${rel.replace(/\.coffee$/i, '.js')}`;
  return gemfile === undefined ? undefined : `/${rel}`;
}

/** Collection#url_template without a `permalink`: `/:collection/:path` ended as the site's permalink style ends. */
function defaultDocumentPermalink(style: string): string {
  if (style === 'pretty') return '/:collection/:path/';
  if (style in styles) return '/:collection/:path:output_ext';
  return `/:collection/:path${style.endsWith('/') ? '/' : ''}${style.endsWith(':output_ext') ? ':output_ext' : ''}`;
}

/**
 * A written collection document's URL: its collection's `permalink` (else `/:collection/:path`
 * with the site's permalink style's ending, Utils.add_permalink_suffix) filled in with
 * `:collection`, `:path` (below the collection folder, no extension), `:name`, `:title`/`:slug`
 * (the `slug` field or the file name) and `:output_ext` (lib/jekyll/document.rb `url`,
 * lib/jekyll/drops/url_drop.rb); undefined with any other placeholder.
 */
function documentUrl(rel: string, collection: string, site: SiteInfo, data: Record<string, unknown>): string | undefined {
  const settings = site.config.collections;
  const own = isObject(settings) ? settings[collection] : undefined;
  const style = typeof site.config.permalink === 'string' ? site.config.permalink : 'date';
  const template = isObject(own) && typeof own.permalink === 'string' ? own.permalink : defaultDocumentPermalink(style);
  const path = rel.split('/').slice(1).join('/').replace(/\.[^./]+$/, '');
  const name = basename(path);
  const slug = typeof data.slug === 'string' ? data.slug : name;
  const extension = /\.(md|markdown|html?)$/i.test(rel) ? '.html' : extname(rel);
  const url = template
    .replace(/:collection/g, collection).replace(/:path/g, path).replace(/:name/g, name)
    .replace(/:title/g, titlePlaceholder(slug)).replace(/:slug/g, slugPlaceholder(slug)).replace(/:output_ext/g, extension);
  return /:[a-z_]+/.test(url) ? undefined : `/${url}`.replace(/\/{2,}/g, '/');
}

/**
 * `{% post_url 2010-07-21-name %}`: the post of that name in the site's `_posts`; with a folder
 * (`movies/2010-07-21-name`), the post in that folder's `_posts` (features/post_url_tag.feature).
 */
/** The folder Jekyll reads (`source`, the site's folder by default). */
function sourceFolder(site: SiteInfo): string {
  return resolve(site.root, typeof site.config.source === 'string' ? site.config.source : '.');
}

function postFile(name: string, context: ResolveContext): string | undefined {
  const site = context.site!;
  const tail = name.replace(/\.(md|markdown)$/i, '');
  const cut = tail.lastIndexOf('/');
  const folder = cut === -1 ? '' : tail.slice(0, cut);
  const wanted = tail.slice(cut + 1);
  // PostComparer reads only a post's name (a date first): an undated file in `_posts` is no post.
  if (!postFileName.test(`${wanted}.md`)) return undefined;
  const direct = ['.md', '.markdown'].map((ext) => join(sourceFolder(site), collectionsDir(site), folder, '_posts', `${wanted}${ext}`));
  const found = context.firstExisting(direct);
  if (found) return found;
  // Posts may sit in subfolders of `_posts`.
  const posts = join(sourceFolder(site), collectionsDir(site), folder, '_posts') + sep;
  for (const file of context.files()) {
    if (file.startsWith(posts) && basename(file).replace(/\.[^.]+$/, '') === wanted) return file;
  }
  return undefined;
}

/**
 * A collection document served at `url` under its collection's `permalink` (`/:path/` serves
 * `_articles/legal.md` at `/legal/`): `:collection`, `:path` (below the collection folder, no
 * extension), `:name`, `:output_ext` (Jekyll's Document#url_placeholders; "Collections" in
 * jekyll/jekyll docs/_docs/permalinks.md @ 18044286ffb3251f6d8cbd0f84602c508ac2b4d2).
 */
function collectionDoc(url: string, context: ResolveContext): string | undefined {
  const site = context.site!;
  const settings = site.config.collections;
  for (const name of collections(site)) {
    const own = isObject(settings) ? settings[name] : undefined;
    const template = isObject(own) && typeof own.permalink === 'string' ? own.permalink : undefined;
    if (!template || !template.includes(':path')) continue;
    const pattern = escapeRegExp(template)
      .replace(/:collection/g, name)
      .replace(/:path/g, '(?<path>.+?)')
      .replace(/:name/g, '[^/]+')
      .replace(/:output_ext/g, '(?:\\.html)?')
      .replace(/\/$/, '');
    const match = new RegExp(`^${pattern}/?$`, 'i').exec(url.replace(/\/index\.html$/, '/'));
    const path = match?.groups?.path;
    if (path === undefined || /:[a-z_]+/.test(pattern)) continue;
    const doc = context.firstExisting(['.md', '.markdown', '.html'].map((ext) => join(sourceFolder(site), collectionsDir(site), `_${name}`, `${path}${ext}`)));
    if (doc) return doc;
  }
  return undefined;
}

/**
 * What Jekyll serves at a folder's URL: the folder's own index page (any converter's `index.*`);
 * a README only when there is none (GitHub Pages' jekyll-readme-index: `should_be_index?` →
 * `dir_has_index?`); without that plugin a README is served at /README.html.
 */
const folderIndexNames = ['index.md', 'index.markdown', 'index.html', 'index.htm', 'README.md', 'readme.md'];

/** The files a page URL below the site root (`about/`, ``) is served from: `about.md`, `about.markdown`, then the folder's index. */
function servedFrom(absolute: string): string[] {
  const stem = absolute.replace(/[\\/]+$/, '').replace(/\.html?$/i, '');
  return [`${stem}.md`, `${stem}.markdown`, ...folderIndexNames.map((name) => join(stem, name))];
}

function resolveSiteRoot(request: LinkRequest, context: ResolveContext): Resolution {
  const site = context.site!;
  const found = lookInRoots(request, context);
  // A source folder without an index file may still get one: the page whose `permalink:` is the
  // folder's URL, which Jekyll writes into it as index.html. Such a URL is read as a page URL.
  const permalinked = found?.status === 'no-index' && isPageUrl(request.path) && pageAtUrl(urlMap(jekyll, site, jekyll.contentRoots(site), context), request.path) !== undefined;
  if (found && !permalinked) return found;
  if (isPageUrl(request.path)) {
    // Collections (`/docs/x/` from `_docs/x.md`) and pages at their path.
    const clean = request.path.replace(/^\/+/, '');
    const [collection, ...rest] = clean.split('/');
    const page = context.firstExisting(servedFrom(join(sourceFolder(site), clean)))
      ?? (collection ? context.firstExisting(pageCandidates(join(sourceFolder(site), collectionsDir(site), `_${collection}`, rest.join('/')))) : undefined)
      ?? postByUrl(request.path, context)
      ?? collectionDoc(`/${clean}`, context)
      ?? servedAt(request.path, context);
    if (page) return {status: 'found', path: page};
    // A page whose permalink is this URL in other letter case: Jekyll writes it as cased, the host decides.
    return caseOnlyPage(urlMap(jekyll, site, jekyll.contentRoots(site), context), request.path) ?? {status: 'unverifiable', reason: 'a page URL that matches no file; a permalink may make it'};
  }
  // A page of any extension at its permalink (`/feed.json`), or a redirect to a page.
  const served = servedAt(request.path, context) ?? folderWithoutSlash(request.path, context);
  if (served !== undefined) return {status: 'found', path: served};
  // Not the site's: a file below /assets/ may be the theme's (jekyll-theme-assets.ts).
  const missing = caseOrMissing(request, context);
  return missing.status === 'missing' ? themeAsset(request, context) ?? missing : missing;
}

/**
 * A URL that looks like a file (`/archive/2006/08/26/name.aspx`) but is a folder Jekyll writes as
 * `…/name.aspx/index.html`: a post under a permalink ending in `/` (`:title` keeps `.aspx`), or a
 * jekyll-redirect-from URL ending in `/`. Asked for without the slash, GitHub Pages (like
 * `jekyll serve`, nginx and Apache) answers with a redirect to the folder, which serves the page.
 * Letter case counts: the host's paths are case-sensitive.
 */
function folderWithoutSlash(url: string, context: ResolveContext): string | undefined {
  if (url.endsWith('/')) return undefined;
  return folderUrls(context).get(`/${url.replace(/^\/+/, '')}/`);
}

/** Per run (url-map.ts oncePerRun) and site: the folder URLs of posts and redirects, as written, to their files. */
const folderMaps = new WeakMap<object, Map<string, Map<string, string>>>();

function folderUrls(context: ResolveContext): Map<string, string> {
  const site = context.site!;
  return oncePerRun(folderMaps, context, site.root, () => {
    const folders = new Map<string, string>();
    for (const file of context.files()) {
      if (!/\.(md|markdown|html?)$/i.test(file)) continue;
      const frontMatter = context.frontMatterOf(file);
      const own = relative(site.root, file).split(sep).includes('_posts') ? pageUrl(file, site, frontMatter) : undefined;
      for (const folder of [own, ...redirectsFrom(site, frontMatter?.data ?? {})]) {
        if (folder?.endsWith('/') && !folders.has(folder)) folders.set(folder, file);
      }
    }
    return folders;
  });
}

/**
 * A page postlint does not parse (`feed.json`, an HTML page) that Jekyll serves at this URL, or the
 * page a redirect there leads to. A Markdown page at its own permalink is left out: from the site
 * root such a URL stays unverifiable as before, since the ids of pages whose body or includes
 * write content from data (`{{ content }}`, `id="{{ _id }}"`) are not all modelled.
 */
function servedAt(url: string, context: ResolveContext): string | undefined {
  const site = context.site!;
  const map = urlMap(jekyll, site, jekyll.contentRoots(site), context);
  const found = pageAtUrl(map, url);
  if (found?.status !== 'found') return undefined;
  return context.facts(found.path) === undefined || map.aliases.has(normalizeUrl(url)) ? found.path : undefined;
}

/** A post served at this URL under the site's permalink style. */
function postByUrl(url: string, context: ResolveContext): string | undefined {
  const site = context.site!;
  const wanted = url.replace(/\/+$/, '').replace(/\.html$/, '');
  for (const file of context.files()) {
    if (!relative(site.root, file).split(sep).includes('_posts')) continue;
    const own = pageUrl(file, site, context.frontMatterOf(file));
    if (own && own.replace(/\/+$/, '').replace(/\.html$/, '') === wanted) return file;
  }
  return undefined;
}

/** Folders read by their own readers (posts, drafts, collections). */
function ownReaders(site: SiteInfo): Set<string> {
  return new Set(['_posts', '_drafts', ...collections(site).map((name) => `_${name}`)]);
}

/** The files Jekyll renders that postlint does not parse, and the site's templates (jekyll-pages.ts). */
function sourceFiles(site: SiteInfo): JekyllSourceFiles {
  return jekyllSourceFiles(site, jekyll.contentRoots(site)[0]!, ownReaders(site));
}

/** jekyll-redirect-from, when the site turns it on, serves a page at each of its `redirect_from` URLs too. */
function redirectsFrom(site: SiteInfo, data: Record<string, unknown>): string[] {
  const from = data.redirect_from;
  const urls = typeof from === 'string' ? [from] : Array.isArray(from) ? from.filter((url): url is string => typeof url === 'string') : [];
  return urls.length > 0 && usesPlugin(site, 'jekyll-redirect-from') ? urls.map((url) => `/${url.replace(/^\/+/, '')}`) : [];
}

/** Pages Jekyll renders from files that are not Markdown (`feed.json`, `faq.html`): their URLs and redirects. */
function templatePages(site: SiteInfo): TemplatePage[] {
  const pages: TemplatePage[] = [];
  for (const file of sourceFiles(site).withHeader) {
    if (/\.(md|markdown)$/i.test(file.path) || !jekyll.isPage(file.path, site, fieldsOnly(file.data))) continue;
    const url = pageUrl(file.path, site, fieldsOnly(file.data));
    // A permalink with placeholders, or a page of an unread folder: only the build knows.
    if (url === undefined) continue;
    pages.push({path: file.path, url, why: `the URL of ${file.rel}`});
    for (const alias of redirectsFrom(site, file.data)) pages.push({path: file.path, url: alias, why: `redirect_from of ${file.rel} (jekyll-redirect-from)`});
  }
  return pages;
}

/**
 * Why Jekyll renders this file only inside the pages that include it (a `_` partial, a file of
 * `_includes/`), or never reads it (what `exclude:` lists, with Jekyll's default excludes: its
 * EntryFilter), when no HTML page or template postlint does not parse names it (jekyll-partials.ts):
 * the site index then follows the includes of the Markdown files the site builds.
 */
function excludedFromBuild(path: string, site: SiteInfo): string | undefined {
  const source = jekyll.contentRoots(site)[0]!;
  const rel = toPosix(relative(source, path));
  if (rel.startsWith('..')) return undefined;
  const readers = ownReaders(site);
  for (const [key, fallback] of [['includes_dir', '_includes'], ['layouts_dir', '_layouts'], ['data_dir', '_data']] as const) readers.add(configFolder(site.config, key, fallback));
  const leavesOut = jekyllLeavesOut(rel, site, readers);
  // A file the exclude list (the site's, or Jekyll's defaults) keeps out is never built, like a file outside
  // the source folder: a forge shows its READMEs and community files all the same (never-built.ts).
  const reason = partialReason(rel, site, leavesOut) ?? (leavesOut?.startsWith("the site's exclude list") ? leavesOut : undefined);
  return reason === undefined || pulledByTemplates(path, site, source, sourceFiles(site)) ? undefined : reason;
}

/** Where a document of a collection that writes no pages is shown (jekyll-shown.ts). */
function shownIn(path: string, site: SiteInfo, frontMatter: PageFrontMatter): ShownIn | undefined {
  const source = jekyll.contentRoots(site)[0]!;
  const below = belowCollections(toPosix(relative(source, path)), site);
  const collection = below === undefined ? undefined : collectionOf(below, site);
  // A file without front matter is a static file of the collection, no document.
  if (collection === undefined || collectionOutputs(site, collection) || frontMatter === undefined) return undefined;
  const files = sourceFiles(site);
  const folder = `${collectionsDir(site) === '' ? '' : `${collectionsDir(site)}/`}_${collection}/`;
  return collectionShownIn(collection, {
    site,
    files,
    documents: files.withHeader.filter((file) => file.rel.startsWith(folder)),
    isPage: (file: JekyllFile) => jekyll.isPage(file.path, site, fieldsOnly(file.data)),
    pageUrl: (file: JekyllFile) => pageUrl(file.path, site, fieldsOnly(file.data)),
    templates: (file: JekyllFile) => jekyllTemplates(file.path, site, fieldsOnly(file.data), source),
  });
}

/** Front-matter keys Jekyll reads itself, each as its own type (a slug is slugified, a permalink filled in): not mere text for Liquid. */
const jekyllOwnKeys = new Set(['layout', 'permalink', 'published', 'date', 'category', 'categories', 'tag', 'tags', 'slug', 'excerpt_separator', 'render_with_liquid', 'sitemap']);

/**
 * The keys Jekyll reads and types itself: the title its layouts and plugins (jekyll-seo-tag, jekyll-feed) print,
 * `published` (a boolean: a string is true to Ruby), and a post's `tags` and `categories`, a list or one
 * space-separated string (Utils.pluralized_array_from_hash). Jekyll reads no `draft` key: a draft is a file in `_drafts/`.
 */
const jekyllFieldTypes: Readonly<Record<string, readonly FieldType[]>> = {...titleFieldType, published: ['boolean'], tags: ['array', 'string'], categories: ['array', 'string']};

export const jekyll: Generator = {
  ...defaults,
  name: 'jekyll',
  liquid: true,
  // A plugin's block tag that converts its body as Markdown of its own (`{% tab %}`: jekyll-block-tags.ts).
  ownMarkdownBlocks: jekyllOwnMarkdownBlocks,
  fileTags: jekyllFileTags,
  // The site's plugins say which tags write Markdown of their own or another file's text: editing one reads every page again.
  readingInputs: jekyllPluginInputs,
  // `_data/languages.yml`: the language each of the site's codes names (`ba: {name: Bosanski}`).
  languageNames: jekyllLanguageNames,
  title: 'Jekyll',
  keepsLastRepeatedKey: () => "Jekyll's YAML reader (Ruby's Psych) keeps the last one",
  yamlBoolean: () => psychBoolean,
  buildsDespiteFrontMatterError: (site) => (site && get(site.config, 'strict_front_matter') === true ? undefined : 'Jekyll warns ("YAML Exception reading …") and builds the page without its fields'),
  readsTabsInFlow: () => "Ruby's Psych (libyaml) skips it as white space",
  readsFlowAtAnyIndent: () => "Ruby's Psych (libyaml) reads a flow collection's lines at any indent",
  buildOutput: (site) => [configFolder(site.config, 'destination', '_site'), '.jekyll-cache', 'vendor'],
  words: ['jekyll'],
  // A translation suffix (`about.fr.md`), else the site's `lang`.
  language: (path, site) => languageSuffix(basename(path), undefined) ?? languageTag(site.config.lang),
  detect,
  contentRoots: (site) => [sourceFolder(site)],
  // Jekyll reads its `source` folder only.
  builtFolders: (site) => [sourceFolder(site)],
  staticRoots: (site) => [sourceFolder(site)],
  isPage: (path, site, frontMatter) => !site || builds(path, site, frontMatter !== undefined),
  unbuilt,
  excludedFromBuild,
  dropsMeantPage,
  pageUrl,
  // `permalink: /feed.xml`: Jekyll writes the page to that file, served by its suffix's media type.
  writesNoDocument: (path, site, frontMatter) => (typeof frontMatter?.data?.permalink === 'string' ? nonDocumentUrl(pageUrl(path, site, frontMatter)) : undefined),
  templatePages,
  alsoServedAt: (_path, site, frontMatter) => redirectsFrom(site, frontMatter?.data ?? {}),
  shownIn,
  // A layout's loop that includes each file a front-matter list names (jekyll-layout-sections.ts).
  layoutIncludes: (path, site, frontMatter) => layoutSectionIncludes(path, site, frontMatter, sourceFolder(site)),
  baseUrl: (site) => {
    const url = typeof site.config.url === 'string' ? site.config.url.replace(/\/+$/, '') : undefined;
    const base = typeof site.config.baseurl === 'string' ? site.config.baseurl : '';
    return url ? `${url}${base}` : base || undefined;
  },
  // jekyll-github-metadata's RepositoryFinder#nwo_from_config: a string with a `/`.
  githubRepository: (site) => {
    const repository = site.config.repository;
    return typeof repository === 'string' && repository.includes('/') ? {repository, from: `repository: in ${site.configFile ? basename(site.configFile) : '_config.yml'}`} : undefined;
  },
  slugFlavor,
  linkSyntaxes: [
    {name: 'link', pattern: /(?<!\{)\{%-?\s*link\s+(?:"([^"]+)"|'([^']+)'|([^\s%]+))\s*-?%\}/g, names: 'source', failsBuild: true},
    {name: 'post_url', pattern: /(?<!\{)\{%-?\s*post_url\s+(?:"([^"]+)"|'([^']+)'|([^\s%]+))\s*-?%\}/g, names: 'post', failsBuild: true},
    {name: 'baseurl', pattern: /\{\{-?\s*site\.baseurl\s*-?\}\}((?:\/[^\s)"'<>{}]*)?)()()/g, names: 'url', failsBuild: false},
    {name: 'relative_url', pattern: /\{\{-?\s*(?:"([^"]*)"|'([^']*)')\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}()/g, names: 'url', failsBuild: false},
  ],
  inserts: ['liquid', 'liquid-relative', 'bibliography'],
  // jekyll-scholar's `{% bibliography %}`: a span for each BibTeX entry, its key the id (jekyll-scholar.ts).
  tagIds: (include, _page, site, frontMatter) => scholarTagIds(include, site, frontMatter, sourceFolder(site)),
  // The BibTeX files those tags read: editing one changes the ids of the pages that show it.
  modelInputs: (site) => scholarInputs(site, sourceFolder(site)),
  // kramdown (the default `markdown:`, whatever its input parser) lists only the footnotes a marker used.
  dropsUnreferencedFootnotes: (site) => convertsWithKramdown(site),
  convertsWithKramdown,
  // Liquid runs before the converter: an included Markdown file's text is part of the page's Markdown.
  pastes: ['liquid', 'liquid-relative'],
  // `{% include %}` from `includes_dir` (`_includes/`), `{% include_relative %}` from the page's folder.
  resolveInclude: (include, context) =>
    context.firstExisting([include.kind === 'liquid' ? join(context.site!.root, configFolder(context.site!.config, 'includes_dir', '_includes'), include.path) : resolve(dirname(context.from), include.path)]),
  spanIds: true,
  // kramdown's span IAL (`[x](#){: .class}`), the colon required.
  spanAttributes: (site) => (convertsWithKramdown(site) ? 'colon' : undefined),
  // The page's layout chain and the includes it names (jekyll-layouts.ts).
  templates: (path, site, frontMatter) => jekyllTemplates(path, site, frontMatter, jekyll.contentRoots(site)[0]!),
  // A theme's layout that writes after the content (Just the Docs: a parent page's list of its children).
  writesAfterContent: (path, site, frontMatter) => (site ? justTheDocsAfterContent(path, site, frontMatter, jekyll.contentRoots(site)[0]!) : undefined),
  // kramdown (Jekyll's default converter, whatever its input parser) reads `{: .class}` alone on a line as a block.
  blockAttributeLines: (site) => jekyllConverter(site) === 'kramdown',
  // The converter's dialect only where it runs: a `.github/` file or an excluded folder is GFM on the forge.
  markdownDialect: (site, path) => (jekyllConverts(path, site) ? jekyllMarkdownDialect(site) : {}),
  folderIndexNames,
  resolveSiteRoot,
  // Pretty permalinks serve `about.md` at `/about/`: a page link the browser resolves from there (`(.)` is the page itself).
  resolvePageUrl(request, context) {
    const site = context.site!;
    const from = context.from;
    if (!pretty(site) || !/\.(md|markdown)$/i.test(from)) return undefined;
    const place = pageUrlPlace(from, request.path, jekyll.contentRoots(site)[0]!);
    if (!place) return undefined;
    if (place.self) return {status: 'found', path: from};
    const page = context.firstExisting(pageCandidates(place.path)) ?? collectionDoc(`${place.url.replace(/\/+$/, '')}/`, context);
    return page ? {status: 'found', path: page} : undefined;
  },
  resolveRelative(request, context) {
    const from = context.from;
    // A page postlint does not parse (an HTML page showing a collection's documents) is read by its URL alone.
    if (!/\.(md|markdown|html?)$/i.test(from)) return undefined;
    if (/\.(md|markdown)$/i.test(from)) {
      // Pretty permalinks (`/:collection/:path/`, `permalink: pretty`) serve `_docs/a/b.md` at `/docs/a/b/`: links written
      // relative to that URL (raw HTML, which Jekyll does not rewrite) resolve from the page's own folder.
      const fromUrl = resolve(pageUrlFolder(from), request.path);
      const found = context.findExact(fromUrl, request.folder);
      if (found?.status === 'found') return found;
      const page = isPageUrl(request.path) ? context.firstExisting(pageCandidates(fromUrl)) : undefined;
      if (page) return {status: 'found', path: page};
    }
    // A browser reads a relative link from the page's URL, which its `permalink:` may set anywhere
    // (`jona/` in a page at `/writing/` reaches the page whose permalink is `/writing/jona/`).
    const site = context.site;
    const written = site ? pageUrl(from, site, context.frontMatterOf(from)) : undefined;
    // Jekyll's URL#sanitize_url starts every URL with `/` (`permalink: about/` is `/about/`).
    const own = written === undefined ? undefined : `/${written.replace(/^\/+/, '')}`;
    if (!site || own === undefined) return undefined;
    let url: string;
    try {
      url = new URL(request.path, `http://site${own.endsWith('/') ? own : own.replace(/[^/]*$/, '')}`).pathname;
    } catch {
      return undefined;
    }
    const byUrl = pageAtUrl(urlMap(jekyll, site, jekyll.contentRoots(site), context), url);
    if (byUrl?.status === 'found' || byUrl?.status === 'case') return byUrl;
    // A static file (an image, in Markdown or raw HTML alike: kramdown rewrites neither) is copied to its
    // source path, so the browser finds `images/x.svg` in a page at `/a.html` at `/images/x.svg`.
    let path: string;
    try {
      path = decodeURIComponent(url);
    } catch {
      return undefined;
    }
    const file = lookInRoots({...request, path, siteRoot: true}, context);
    if (file?.status !== 'found') return undefined;
    // A name that reads as a page URL (no extension: `assets/images/posts/ZZ4K…`) is a static file only
    // as that very file, which Jekyll copies as it is (StaticFile); not a page source or a folder's index.
    if (isPageUrl(request.path) && (request.folder || file.path !== join(jekyll.contentRoots(site)[0]!, path) || context.isDirectory(file.path))) return undefined;
    // Only a file Jekyll copies is there: not one of `_data/`, an excluded folder, node_modules/ or a dot-folder.
    const rel = relative(jekyll.contentRoots(site)[0]!, file.path);
    return !rel.startsWith('..') && jekyllLeavesOut(toPosix(rel), site, ownReaders(site)) !== undefined ? undefined : file;
  },
  resolveSyntax(request, context) {
    const site = context.site!;
    if (request.syntax === 'post_url') {
      const post = postFile(request.path, context);
      return post ? {status: 'found', path: post} : {status: 'missing', path: request.path, failsBuild: true};
    }
    // `{% link %}` names a source file from the site root (with its extension); Jekyll fails the build without one.
    const path = join(sourceFolder(site), request.path.replace(/^\/+/, ''));
    const file = context.firstExisting([path]);
    if (file) return {status: 'found', path: file};
    const real = context.realPath(path);
    if (real && real !== path && !context.isDirectory(real)) return {status: 'case', path, real};
    return {status: 'missing', path, failsBuild: true};
  },
  publishState(path, frontMatter, site, now) {
    const data = frontMatter?.data ?? {};
    // `unpublished: true` (`jekyll build --unpublished`) builds `published: false` pages, `show_drafts: true`
    // (`--drafts`) the `_drafts` folder (Publisher#can_be_published? and Reader in jekyll/jekyll lib/jekyll).
    const problems = site?.config.unpublished === true ? [] : draftFlags(frontMatter, {published: true});
    if (site?.config.show_drafts !== true && path.split(sep).includes('_drafts')) problems.push({kind: 'draft', reason: 'it is in a `_drafts` folder', span: frontMatter?.start ?? {line: 1, column: 1}, warning: false});
    // A post without a date field is dated by its file name (2024-05-01-title.md).
    const fileDate = /(?:^|[\\/])(\d{4}-\d{2}-\d{2})-[^\\/]+$/.exec(path)?.[1];
    // A date YAML left a string is the one Ruby's Time.parse reads (`2030-3-5 10:00`).
    const rubyDate = parseFrontMatterDate(data.date, undefined) === undefined ? rubyTimeAsIso(data.date) : undefined;
    const dated = fileDate && !('date' in data) ? {...data, date: fileDate} : rubyDate !== undefined ? {...data, date: rubyDate} : data;
    return [...problems, ...scheduleProblems(frontMatter, dated, jekyll.timeZone(site), now, {dates: ['date'], expiry: [], future: site?.config.future === true, expired: true})];
  },
  // An empty `tags:`/`categories:` is no tags: Utils.pluralized_array_from_hash puts the nil in an array and
  // compacts it away (Document#populate_tags; populate_categories adds `Array(nil)`, also empty).
  emptyList: (field) => (['tags', 'tag', 'categories', 'category'].includes(field) ? `Jekyll reads an empty \`${field}\` as none` : undefined),
  titleSources: ['front-matter', 'file-name'],
  // A field Jekyll does not read itself is data for Liquid, which prints a number or a boolean as its text (to_s),
  // as jekyll-seo-tag (markdownify's `input.to_s`) and jekyll-feed (smartify) do with `title`.
  printsScalarAsText: (field) => (jekyllOwnKeys.has(field) ? undefined : 'Liquid prints it as text'),
  // Psych reads `title:` as nil, and Liquid's `page.title` is nil whether the key holds nil or is not there (a
  // layout's `{% if page.title %}` and jekyll-seo-tag's fallback to `site.title` take both alike; Document#populate_title's
  // `data["title"] ||= titleize_slug` fills both). An empty string is not nil: `''` is truthy to Liquid.
  readsNullAsAbsent: (field) => (jekyllOwnKeys.has(field) ? undefined : 'Liquid reads a key with no value as nil, as if it were not there'),
  requiredFields: () => [],
  fieldFrom: (field, page) => {
    const post = postName.test(basename(page.path));
    if (field === 'date' && (post || page.path.split(sep).includes('_drafts'))) return 'the file name (drafts are dated when published)';
    if (field === 'title' && (post || page.path.split(sep).includes('_drafts'))) return 'the file name';
    return undefined;
  },
  // `published: false` keeps a page unbuilt (Publisher#publish?: the value of `thing.data.fetch("published", …)`
  // decides by its truth): a boolean; any string, `"false"` too, is true to Ruby and publishes the page.
  fieldTypes: () => jekyllFieldTypes,
  // YAML 1.1 (Ruby's Psych) reads one-digit months, days and hours (`2015-6-8 9:00:00`); what it
  // leaves a string Jekyll reads with Ruby's Time.parse (`2019-3-5 10:00`, a named zone).
  readsDate: (value) => readsYamlTimestamp(value) || readsRubyTime(value),
};
