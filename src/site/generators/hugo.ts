/**
 * Hugo (gohugoio/hugo). Content from `contentDir` and module mounts; static files from
 * `staticDir`, `assetDir` and the content tree; pages at their section path (`posts/a.md` →
 * `/posts/a/`, lower-cased); `ref`/`relref` find a page by path or by a base name unique under
 * content and fail the build (REF_NOT_FOUND) when none matches; drafts, publishDate, expiryDate.
 */
import {hugoIdsFromSourceLine, hugoKeepsLastRepeatedKey, hugoVersionInputs, hugoYamlBoolean} from './hugo-version.js';
import {blackfridayMasks, hugoDropsUnreferencedFootnotes, hugoMarkdownHandler, hugoRawHtmlOmitted} from './hugo-markdown-handler.js';
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path';
import {pageCandidates, pageUrlFolder, isPageUrl} from '../files.js';
import {hugoContentName, isHugoBundleIndex, withLanguageSuffix} from './hugo-file-language.js';
import {caseOrMissing, defaults, draftFlags, titleFieldType, lookInRoots, get, inPostFolder, isBelow, isDir, isFile, isObject, readConfig, scheduleProblems, stringList, configFolder, nonDocumentUrl, perSite, readFrontMatterDataSync, readText} from './common.js';
import {forgetBundleIndexFiles, shadowingIndexFile} from './hugo-bundle-index.js';
import {hugoIgnoredFileReason} from './hugo-ignore-files.js';
import {forgetLeafIndexes, leafResourceReason} from './hugo-leaf-resources.js';
import {hugoCodeShortcodes} from './hugo-code-shortcodes.js';
import {hugoBool, hugoBoolE, hugoCastsToBoolean, hugoCastsToString} from './hugo-cast.js';
import {disabledLanguageReason} from './hugo-languages.js';
import {hugoDateFrom, hugoReadsAsDate, hugoReadsDate} from './hugo-dates.js';
import {headingHookReason} from './hugo-heading-hook.js';
import {forgetBundleFrontMatter, renderHookReading, renderHookLooksBesidePage, hookFindsPageResources, hugoContentPlace, hugoMountedFiles, hugoRootContentMounts, hugoAssetRoots, hugoContentFileMounts, hugoContentRootOf, hugoContentRoots, hugoFolderMounts, hugoMountFilteredReason, hugoPublishedMounts, absentMountReason, hugoLayoutDirs, hugoHomeOutputs, hugoLanguagePrefix, hugoPageLanguage, hugoTitleFallback, isRenderedHugoPage, outsideContent, unmountedContentReason} from './hugo-site.js';
import {hugoModuleFolders, hugoModules, hugoThemeElsewhere, hugoThemesDir, usesDocsy} from './hugo-themes.js';
import {readHugoConfigDir, readHugoEnvironments} from './hugo-config-dir.js';
import {hugoPageDay, permalinkPattern, permalinkUrl} from './hugo-permalinks.js';
import {caseOnlyPage, normalizeUrl, servedPage, urlMap} from './url-map.js';
import {aliasRedirect, hugoAliasUrls} from './hugo-aliases.js';
import {hugoShortcodeUrl} from './hugo-shortcode-urls.js';
import {hugoFigureResource} from './hugo-figure-resources.js';
import {hugoTitleFromTranslation} from './hugo-translation-title.js';
import {hugoFeedTarget, type ListKind} from './hugo-feeds.js';
import {hugoLayoutWithoutTitle} from './hugo-page-layout.js';
import {hugoLayoutFiles} from './hugo-layout-files.js';
import {toPosix} from '../../paths.js';
import {hugoHostFileTemplates} from './hugo-output-files.js';
import {hugoShortcodeFile} from './hugo-shortcode-files.js';
import {hugoShortcodeInnerReason} from './hugo-shortcode-inner.js';
import {hugoTemplates} from './hugo-layouts.js';
import {walkFiles} from './walk-files.js';
import {hugoPageUrlTarget} from './hugo-page-url.js';
import {hugoPassthroughMath} from './hugo-passthrough.js';
import {hugoContentUrlPath, hugoMakePath, hugoPathStyle, hugoRemoveAccents, hugoUnsanitized} from './hugo-path-sanitize.js';
import {hugoPageByKey} from './hugo-page-keys.js';
import {hugoContentOnDisk, hugoLanguageCascade, hugoPageTerms, hugoTermSources} from './hugo-term-sources.js';
import {contentSuffixes, forgetOtherFormatPages, otherFormatPages, otherFormatCandidates, otherFormatFile, otherFormatWalkCut, isOtherFormatPage, refBases} from './hugo-ref-base.js';
import type {Detection, FieldType, FlavorChoice, Generator, LinkRequest, MarkdownDialect, PageFrontMatter, PublishProblem, ResolveContext, Resolution, SiteInfo, TemplatePage} from './types.js';
import type {Span} from '../../types.js';
import {fieldsOnly} from '../../frontmatter.js';
import type {FlavorName} from '../slug/types.js';

const ownConfigs = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json'];
const genericConfigs = ['config.toml', 'config.yaml', 'config.yml', 'config.json'];

/**
 * Zola's config.toml sits beside content/ too, but spells its keys its own way: `base_url`
 * (Hugo: `baseURL`), `compile_sass`, `build_search_index`, a `[markdown]` table. Hugo reads
 * none of these, so a config that has them is not Hugo's.
 */
function looksLikeZola(config: Record<string, unknown>): boolean {
  return 'base_url' in config || 'compile_sass' in config || 'build_search_index' in config || (typeof config.markdown === 'object' && !('baseURL' in config) && !('baseurl' in config));
}

async function detect(dir: string): Promise<Detection | undefined> {
  for (const name of ownConfigs) {
    const file = join(dir, name);
    if (isFile(file)) return {site: await withEnvironments({root: dir, generator: 'hugo', configFile: file, config: await readConfig(file)}, file), strength: 'marker'};
  }
  const folder = join(dir, 'config', '_default');
  if (isDir(folder) && isDir(join(dir, 'content'))) {
    const root = genericConfigs.map((name) => join(dir, name)).find(isFile);
    return {site: await withEnvironments(await configDirectory(dir, folder), root), strength: 'marker'};
  }
  // A generic `config.*` only counts next to a content/ folder, so a stray config.yml does not make a site.
  if (!isDir(join(dir, 'content'))) return undefined;
  for (const name of genericConfigs) {
    const file = join(dir, name);
    if (!isFile(file)) continue;
    const config = await readConfig(file);
    if (looksLikeZola(config)) return undefined;
    return {site: await withEnvironments({root: dir, generator: 'hugo', configFile: file, config}, file), strength: 'generic'};
  }
  return undefined;
}

/**
 * A site whose raw HTML some build environment renders: Hugo sets `config/_default/` and
 * `config/<environment>/` over the root config file (hugo-config-dir.ts `readHugoEnvironments`),
 * and postlint does not know which environment builds the site, so when any of them sets
 * `markup.goldmark.renderer.unsafe = true` (or renders with Blackfriday) the site's config says
 * unsafe: links in raw HTML are checked rather than left out as omitted.
 */
async function withEnvironments(site: SiteInfo, rootFile: string | undefined): Promise<SiteInfo> {
  if (hugoRawHtmlOmitted(site.config, site) === undefined || !isDir(join(site.root, 'config'))) return site;
  const base = rootFile === undefined ? {} : rootFile === site.configFile ? site.config : await readConfig(rootFile);
  const {configs, files} = await readHugoEnvironments(site.root, base);
  if (!configs.some((config) => hugoRawHtmlOmitted(config) === undefined)) return site;
  const config = structuredClone(site.config);
  setPath(config, ['markup', 'goldmark', 'renderer', 'unsafe'], true);
  const read = [...new Set([...(site.configFile && isFile(site.configFile) ? [site.configFile] : []), ...(site.configFiles ?? []), ...files])];
  const note = 'a build environment\'s config (config/<environment>/ over config/_default/ over the root file) renders raw HTML (markup.goldmark.renderer.unsafe = true): links in raw HTML are checked';
  return {...site, config, configFiles: read, notes: [...(site.notes ?? []), note]};
}

/** Set `value` at `path` in `config`, making the tables on the way (replacing a non-table). */
function setPath(config: Record<string, unknown>, path: string[], value: unknown): void {
  let table = config;
  for (const key of path.slice(0, -1)) {
    const existing = Object.keys(table).find((name) => name.toLowerCase() === key.toLowerCase()) ?? key;
    const next = table[existing];
    const child = isObject(next) ? next : {};
    table[existing] = child;
    table = child;
  }
  const last = path[path.length - 1]!;
  table[Object.keys(table).find((name) => name.toLowerCase() === last.toLowerCase()) ?? last] = value;
}

/**
 * A Hugo site configured by a config directory (`config/_default/hugo.toml` or `config.yaml`,
 * beside `languages.yaml`, `params.toml`, `module/module.yaml`…): read as Hugo reads it
 * (hugo-config-dir.ts); the main file, when there is one, names the config in messages.
 */
async function configDirectory(dir: string, folder: string): Promise<SiteInfo> {
  const main = [...ownConfigs, ...genericConfigs].map((name) => join(folder, name)).find(isFile);
  const {config, files} = await readHugoConfigDir(dir);
  return {root: dir, generator: 'hugo', configFile: main ?? folder, configFiles: files, config};
}

const idTypes: Record<string, FlavorName> = {github: 'hugo', 'github-ascii': 'hugo-ascii', blackfriday: 'hugo-blackfriday'};

function slugFlavor(site: SiteInfo | undefined): FlavorChoice {
  const config = site?.config ?? {};
  const from = site?.configFile ? {from: site.configFile} : {};
  const handler = hugoMarkdownHandler(config, site);
  // Blackfriday's own ids (hugo-markdown-handler.ts): Goldmark's parser settings are not read.
  if (handler.name === 'blackfriday' && 'config' in handler) return {...blackfridayFlavor(handler.reason, handler.config, config), ...from};
  let choice = idType(config);
  if (get(config, 'markup', 'goldmark', 'parser', 'autoDefinitionTermID') === true) {
    choice = {...choice, options: {...choice.options, definitionTermIds: true}, reason: `${choice.reason}; markup.goldmark.parser.autoDefinitionTermID = true`};
  }
  choice = withEmoji(choice, config);
  // Before Hugo 0.144 Goldmark's parser made the id from the heading's source line (raw HTML and link destinations in it).
  if (site !== undefined && choice.name !== 'hugo-blackfriday' && hugoIdsFromSourceLine(site)) {
    choice = {...choice, options: {...choice.options, headingSource: true}, reason: `${choice.reason}; ids from the heading's source line (the site's Hugo is older than 0.144)`};
  }
  if (get(config, 'markup', 'goldmark', 'parser', 'autoHeadingID') === false) {
    choice = {...choice, options: {...choice.options, autoIds: false}, reason: `${choice.reason}; markup.goldmark.parser.autoHeadingID = false`};
  }
  return {...choice, ...from};
}

/** Hugo's `enableEmoji` (either renderer): `:smile:` in a heading is the emoji, in its id too. */
function withEmoji(choice: FlavorChoice, config: Record<string, unknown>): FlavorChoice {
  if (get(config, 'enableEmoji') !== true) return choice;
  return {...choice, options: {...choice.options, emojiShortcodes: true}, reason: `${choice.reason}; enableEmoji = true`};
}

/** The ids Blackfriday writes, automatic ones only while its `autoHeaderIds` extension is on (Hugo's default). */
function blackfridayFlavor(reason: string, section: Record<string, unknown>, config: Record<string, unknown>): FlavorChoice {
  const choice = withEmoji({name: 'hugo-blackfriday', options: {}, reason}, config);
  if (!blackfridayMasks(section, 'autoHeaderIds')) return choice;
  return {...choice, options: {...choice.options, autoIds: false}, reason: `${choice.reason}; its extensionsMask turns off autoHeaderIds`};
}

function idType(config: Record<string, unknown>): FlavorChoice {
  // `autoIDType` since Hugo 0.144; `autoHeadingIDType` before (still read by Hugo).
  for (const key of ['autoIDType', 'autoHeadingIDType']) {
    const value = get(config, 'markup', 'goldmark', 'parser', key);
    if (typeof value === 'string') {
      const name = idTypes[value.toLowerCase()];
      if (name) return {name, options: {}, reason: `markup.goldmark.parser.${key} = "${value}"`};
    }
  }
  return {name: 'hugo', options: {}, reason: 'Hugo default autoIDType "github"'};
}

const markdown = /\.(md|markdown)$/i;

/**
 * Text of a shortcode call outside its closing delimiter, a quoted value read whole (a `src=` inside a caption is no
 * parameter). No unquoted `{`: an unclosed call ends at the next `{{`, so each candidate's scan is bounded by it
 * (without that, a page of unclosed calls made the `src=` lookahead quadratic).
 */
const callText = /(?:[^>%"'`{]|"[^"]*"|'[^']*'|`[^`]*`)/.source;
/** `{{< figure … src="x.jpg" … >}}`, capturing the last `src` the call names (no other `src=` follows it). */
const figureSource = new RegExp(String.raw`\{\{[<%]-?\s*figure\b${callText}*?\ssrc\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s>%"'\x60]+))(?!${callText}*?\ssrc\s*=)${callText}*?[>%]\}\}`, 'g');
/** Content files a ref may name by base name: Markdown, and pages in Hugo's other content formats (hugo-ref-base.ts). */
const contentFile = new RegExp(`\\.${contentSuffixes}$`, 'i');
/** A file named for one language (`x.fr.md`): a ref by base name does not match it. */
const languageFile = new RegExp(`\\.[a-z]{2,3}(?:-[a-z]+)?\\.${contentSuffixes}$`, 'i');

/** The page file a Hugo path names from the content root(s) (`GetPage` with a site path); Hugo lowercases page paths. */
export function hugoPage(site: SiteInfo, path: string, context: ResolveContext, roots = hugoContentRoots(site), getPage = false): string | undefined {
  const clean = path.replace(/^\/+/, '');
  if (clean === '') return undefined;
  const candidates = roots.flatMap((root) => {
    const absolute = join(root, clean);
    return extname(clean) ? [absolute] : withLanguageSuffix(pageCandidates(absolute), site, context.from);
  });
  const found = context.firstExisting(candidates) ?? candidates.map((candidate) => context.realPath(candidate)).find((real) => real !== undefined && !context.isDirectory(real));
  if (found) return found;
  // `getPage`: a lookup by GetPage, in Hugo's page tree, keyed by the normalized path: `Tea-Rooms/kettle` names `Tea Rooms/kettle.md` (hugo-page-keys.ts).
  const keyed = !getPage ? undefined : roots.map((root) => hugoPageByKey(join(root, clean), site, context)).find((page) => page !== undefined);
  if (keyed || extname(clean)) return keyed;
  // A content page written in HTML (front matter first: `_index.html` of a section) or another format is a page GetPage finds too.
  return otherFormatPageAt(roots.flatMap((root) => otherFormatCandidates(join(root, clean))), context);
}

/**
 * The first of these candidates that is a content page in a format postlint does not read (hugo-ref-base.ts),
 * without regard to case as Hugo matches paths (`/docs/reference/api` names `docs/Reference/api.html`).
 */
function otherFormatPageAt(candidates: readonly string[], context: ResolveContext): string | undefined {
  // Each candidate as the site index's listings spell it, matched without regard to case (undefined: absent).
  const reals = candidates.map((candidate) => context.realPath(candidate));
  // A name the listings lack in every letter case is no file there: no `stat` (asked for each link to a page
  // URL that no content file has). A name outside ASCII, which a disk may normalise, still is.
  const exact = candidates.find((candidate, i) => (reals[i] !== undefined || !/^[\x00-\x7f]*$/.test(candidate)) && isFile(candidate) && isOtherFormatPage(candidate));
  if (exact) return exact;
  return reals.find((real) => real !== undefined && !context.isDirectory(real) && isOtherFormatPage(real));
}

/** A translation (`index.fr.md`) links to the page in its own language when there is one. */
function inLanguageOf(from: string, found: string, context: ResolveContext): string {
  const language = /\.([a-z]{2,3}(?:-[a-z]+)?)\.(?:md|markdown)$/i.exec(from)?.[1];
  if (!language || /\.[a-z]{2,3}(?:-[a-z]+)?\.(?:md|markdown)$/i.test(found)) return found;
  const translated = found.replace(/\.(md|markdown)$/i, `.${language}.$1`);
  return context.facts(translated) ? translated : found;
}

/**
 * Every top-level folder of the content tree is a section, listed at its URL without an
 * `_index.md`; deeper folders are sections only with one ("A section is a top-level content
 * directory or any content directory containing an _index.md file": gohugo.io
 * content-management/sections; gohugoio/hugo#6171 "Only auto-create sections for home and first level").
 */
function sectionList(resolution: Resolution, site: SiteInfo): Resolution {
  if (resolution.status !== 'no-index') return resolution;
  const top = hugoContentRoots(site).some((root) => dirname(resolution.path) === root);
  return top ? {status: 'found', path: resolution.path} : resolution;
}

function resolveSiteRoot(request: LinkRequest, context: ResolveContext): Resolution {
  const resolution = sectionList(siteRootTarget(request, context), context.site!);
  if (resolution.status !== 'missing') return resolution;
  const reason = absentMountReason(context.site!, request.path);
  return reason ? {status: 'unverifiable', reason} : resolution;
}

/**
 * A relative link's target below a mount whose folder the checkout lacks, read as the browser reads it: from the
 * page's URL (a path that only the source folder's reading puts there stays a finding: `../../reference/x/` one
 * folder too deep).
 */
function behindAbsentMount(site: SiteInfo, from: string, request: LinkRequest): string | undefined {
  const root = hugoContentRootOf(from, site);
  if (!root) return undefined;
  const below = toPosix(relative(root, resolve(hugoUrlFolder(from, site), request.path)));
  return below.startsWith('..') ? undefined : absentMountReason(site, below);
}

/**
 * The Hugo site around a site kept inside one of its themes (`<site>/themes/<theme>/…`): the theme's example
 * site (`exampleSite/`, Hugo's convention for a theme's demo), its user guide (a site of its own, Docsy's
 * `userguide/`), or the theme's folder itself when it carries a config (a theme module's `hugo.yaml`). The outer
 * site takes the theme's layouts, assets, static files and its `content/`, merged into its own (gohugo.io
 * hugo-modules/theme-components), never the demo's or guide's pages nor the theme's documents (its CHANGELOG).
 * Undefined for any other site, so a theme's own repository checks its example site and guide.
 */
const themeHostOf = perSite((site: SiteInfo): {outer: string; theme: string} | undefined => {
  for (let dir = dirname(site.root); dir !== dirname(dir); dir = dirname(dir)) {
    if (basename(dir) !== 'themes') continue;
    const outer = dirname(dir);
    const configured = [...ownConfigs, ...genericConfigs].some((name) => isFile(join(outer, name))) || isDir(join(outer, 'config', '_default'));
    return configured ? {outer, theme: join(dir, relative(dir, site.root).split(sep)[0]!)} : undefined;
  }
  return undefined;
});

/** Why a file of a site kept inside a theme of another site is no page of that site (themeHostOf), if so. */
function themeCopyReason(path: string, site: SiteInfo): string | undefined {
  const host = themeHostOf(site);
  if (host === undefined) return undefined;
  const theme = basename(host.theme);
  if (basename(site.root) === 'exampleSite' && dirname(site.root) === host.theme) return `it is the example site of the theme "${theme}", which Hugo never builds for the site around it (${toPosix(relative(host.outer, site.root))})`;
  // The theme's own `content/` is merged into the outer site's content tree: its pages are the site's.
  if (site.root === host.theme && isBelow(path, join(host.theme, 'content'))) return undefined;
  const where = `the theme "${theme}" (${toPosix(relative(host.outer, host.theme))}/)`;
  const what = site.root === host.theme ? `a file of ${where}` : `in ${toPosix(relative(host.theme, site.root))}/, a site of its own inside ${where}`;
  return `it is ${what}; the site around it takes the theme's layouts and only its content/ as pages`;
}

function siteRootTarget(request: LinkRequest, context: ResolveContext): Resolution {
  const site = context.site!;
  // A Markdown file outside every content root (a test golden, a template) is not a page Hugo
  // serves: its site-root links point into a site it is not part of.
  if (markdown.test(context.from) && outsideContent(context.from, site)) return notAPage;
  // `/llms.txt` from `outputs.home: [HTML, LLMS]`: written by the build, at the root.
  if (hugoHomeOutputs(site).includes(request.path.replace(/^\/+/, '').replace(/\.[^./]*$/, '').toLowerCase())) return {status: 'unverifiable', reason: 'an output format of the home page writes it'};
  const found = lookInRoots(request, context);
  if (found?.status === 'no-index') return pageInFolder(request, context) ?? found;
  if (found) return found;
  const term = termPage(request, context);
  if (term) return term;
  // A link render hook that looks the destination up (`.Page.GetPage $url.Path`) finds `/section/page.md`
  // from the root of the content tree its mounts make (`content/en` → `content`), as GetPage reads paths.
  // GetPage looks in the linking page's language: for a page of the root's content tree, that tree.
  if ((request.kind === 'link' || request.kind === 'definition') && renderHookReading(site, 'link') === 'lookup') {
    const rootTree = rootContentTree(site);
    const own = hugoContentRootOf(context.from, site);
    // GetPage reads a path as its logical path (Hugo 0.123+): no extension, and a bundle's `index.md` or `_index.md` is its folder.
    const logical = request.path.replace(/(?:\/_?index)?\.(?:md|markdown)$/i, '');
    const page = own && rootTree.includes(own) ? hugoPage(site, logical, context, rootTree, true) : undefined;
    if (page) return {status: 'found', path: page};
  }
  // `/posts/index.xml`: the RSS feed Hugo writes beside a list page (hugo-feeds.ts).
  const feed = hugoFeedTarget(request, site, (folder) => listPageAt(folder, context));
  if (feed) return feed;
  // A page, or a file of a page bundle, at the URL the page is served at (permalinks, `url`, `slug`).
  const served = atServedUrl(request, context);
  if (served) return served;
  // `/tags/<term>/` that no page carries: Hugo writes no page there.
  const unused = unusedTerm(request, context);
  if (unused) return unused;
  if (isPageUrl(request.path)) {
    // Any content root, without regard to case (Hugo lowercases URLs: `Format.md` is `/…/format/`).
    const page = hugoPage(site, request.path, context);
    // `/Tea%20Rooms/kettle/`: the page's content path, which Hugo serves sanitized (`/tea-rooms/kettle/`), never as written.
    if (page && hugoUnsanitized(request.path)) return caseOrMissing(request, context);
    return page ? {status: 'found', path: page} : {status: 'unverifiable', reason: 'a page URL that matches no content file; permalinks, aliases or taxonomies may make it'};
  }
  return bundleResourceViaHook(request, context) ?? bundleResourceViaAbsentHook(request, context) ?? caseOrMissing(request, context);
}

/** The list page at a folder URL (home, a section, a taxonomy or one of its terms) and its kind; undefined for a regular page or nothing. */
function listPageAt(folder: LinkRequest, context: ResolveContext): {resolution: Resolution; kind: ListKind} | undefined {
  const site = context.site!;
  // Hugo writes list pages, and their feeds, at lower-case URLs unless `disablePathToLower`: `/Tags/index.xml`
  // is no feed it writes (a case-sensitive host answers 404), whatever the folder's or taxonomy's own case.
  if (servedCase(folder.path, site) !== folder.path) return undefined;
  const segments = folder.path.split('/').filter((part) => part !== '');
  // Hugo always renders a home page, with or without an `_index.md`.
  if (segments.length === 0) return {resolution: {status: 'found', path: rootContentTree(site)[0]!}, kind: 'home'};
  if (segments.length === 1 && taxonomyPlurals(site).includes(segments[0]!)) return {resolution: {status: 'found', path: hugoContentRoots(site)[0]!}, kind: 'taxonomy'};
  const term = termPage(folder, context);
  if (term) return {resolution: term, kind: 'term'};
  // A top-level folder of the content tree is a section with or without an `_index.md` (sectionList).
  const top = segments.length === 1 ? rootContentTree(site).map((root) => join(root, segments[0]!)).find(isDir) : undefined;
  if (top) return {resolution: {status: 'found', path: top}, kind: 'section'};
  const found = resolveSiteRoot(folder, context);
  if (found.status !== 'found') return undefined;
  const list = /^_index\./.test(basename(found.path)) || isDir(found.path);
  return list ? {resolution: found, kind: hugoContentRoots(site).includes(found.path) ? 'home' : 'section'} : undefined;
}

/** The render hook a destination of this kind goes through. */
function hookKindOf(request: {kind: LinkRequest['kind']}): 'link' | 'image' | undefined {
  return request.kind === 'image' ? 'image' : request.kind === 'link' || request.kind === 'definition' ? 'link' : undefined;
}

/**
 * `/shot.png` written in a page bundle that holds `shot.png`, on a site whose hook looks destinations
 * up among the page's resources (hookFindsPageResources): Resources.Get finds it, as a leading slash
 * is no part of the comparison. A leaf bundle's (`index.md`) resources are the files below its
 * folder; a branch bundle's (`_index.md`) the files in its folder (gohugo.io content-management/page-bundles).
 */
function bundleResourceViaHook(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const kind = hookKindOf(request);
  if (!kind || !hookFindsPageResources(context.site!, kind)) return undefined;
  const index = /^(_?)index\.[^./\\]+$/i.exec(basename(context.from));
  if (!index) return undefined;
  const folder = dirname(context.from);
  const resource = resolve(folder, request.path.replace(/^\/+/, ''));
  if (!isBelow(resource, folder) || markdown.test(resource) || !isFile(resource)) return undefined;
  // A file in a folder below a branch bundle: whether Hugo files it with the branch depends on the folders' own bundles.
  if (index[1] === '_' && dirname(resource) !== folder) return {status: 'unverifiable', reason: 'a file below a branch bundle\'s folder, which the hook may find among its resources'};
  return {status: 'found', path: resource};
}

/**
 * `/notes.txt` written in a page bundle that holds `notes.txt`, on a site whose link render hook
 * is not in the checkout (no hook of its own, a theme that is absent: a submodule not checked out):
 * theme hooks commonly look a destination up among the page's resources (`.Page.Resources.GetMatch`),
 * which finds it, so only the build knows. Without an absent theme the link is read as written.
 */
function bundleResourceViaAbsentHook(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  if ((request.kind !== 'link' && request.kind !== 'definition') || renderHookReading(site, 'link') !== undefined) return undefined;
  if (!/^_?index\.[^./\\]+$/i.test(basename(context.from))) return undefined;
  const resource = resolve(dirname(context.from), request.path.replace(/^\/+/, ''));
  if (!isBelow(resource, dirname(context.from)) || !isFile(resource)) return undefined;
  const elsewhere = hugoThemeElsewhere(site).elsewhere;
  return elsewhere === undefined ? undefined : {status: 'unverifiable', reason: `it names a file of this page's bundle, and the site ${elsewhere.replace(/: only the build knows the ids they write$/, '')}, whose link render hook may find page resources`};
}

/**
 * A page Hugo serves as a folder (`/notes/intro/`, pretty URLs) at the path of a static folder
 * without an index (the page's images): static files are copied to the root of publishDir
 * (gohugo.io content-management/static-files) and the page writes its index.html into that
 * same folder (content-management/urls), so the link reaches the page. Not with an ugly URL (`/notes/intro.html`).
 */
function pageInFolder(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  if (!isPageUrl(request.path)) return undefined;
  const served = atServedUrl(request, context);
  if (served?.status !== 'found') return undefined;
  return hugo.pageUrl(served.path, context.site!, context.frontMatterOf(served.path))?.endsWith('/') ? served : undefined;
}

/**
 * A site-root path read against the URLs Hugo serves pages at rather than their content paths: a
 * page's own URL (`/tinypilot/` for `content/posts/tinypilot/index.md` under `permalinks.posts =
 * "/:contentbasename/"`, or a page's `url`), or a file of a page bundle below it. Hugo publishes a
 * bundle's resources beside the page, at its URL (`/tinypilot/idrac-price.png`: gohugo.io
 * content-management/page-bundles, "page resources … are published relative to the page").
 */
function atServedUrl(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  const map = urlMap(hugo, site, hugoContentRoots(site), context);
  const segments = request.path.replace(/^\/+/, '').split('/');
  if (isPageUrl(request.path)) return servedPage(map, request.path, aliasRedirect) ?? caseOnlyPage(map, request.path);
  // A page whose file name has dots (`kialis.example.io.md`) is served at `/…/kialis.example.io/`: Hugo takes only the
  // content suffix off the name (and a language code it knows). A link without the slash names that folder, which the
  // host redirects to (`/…/kialis.example.io/`), so the `.io` is part of the page's name, not a file type.
  const page = servedPage(map, request.path, aliasRedirect);
  if (page) return page;
  // The longest page URL the path starts with, then the file below that page's bundle folder (not below an alias: a redirect page has no files).
  for (let cut = segments.length - 1; cut >= 1; cut--) {
    const key = normalizeUrl(`/${segments.slice(0, cut).join('/')}/`);
    const page = map.pages.get(key);
    if (!page || map.aliases.has(key) || !markdown.test(page) || !isHugoBundleIndex(page, site)) continue;
    const file = context.firstExisting([join(dirname(page), ...segments.slice(cut))]);
    if (file) return {status: 'found', path: file};
  }
  return undefined;
}

/**
 * The page a relative link whose last segment has a dot names from the page's URL: Hugo serves `kialis.example.io.md`
 * at `/…/kialis.example.io/`, taking only the content suffix (and a language code) off the file name (gohugo.io glossary,
 * "logical path"). Only a page: a file the URL reaches is the browser's reading of a file link, which stays as it was.
 */
function dottedPageAt(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const page = hugoPageUrlTarget(hugo, request, context);
  return page?.status === 'found' && markdown.test(page.path) ? page : undefined;
}

/**
 * The site's taxonomies, by plural (the URL's first segment): `taxonomies` from the config, else
 * Hugo's default `tags` and `categories`; none when `disableKinds` turns term pages off.
 */
function taxonomyPlurals(site: SiteInfo): string[] {
  const disabled = stringList(get(site.config, 'disableKinds'), []).map((kind) => kind.toLowerCase());
  if (disabled.includes('term') || disabled.includes('taxonomyterm')) return [];
  const configured = get(site.config, 'taxonomies');
  if (configured !== undefined && (typeof configured !== 'object' || configured === null)) return [];
  const plurals = configured === undefined ? ['tags', 'categories'] : Object.values(configured as Record<string, unknown>).filter((value): value is string => typeof value === 'string');
  return plurals.map((plural) => plural.toLowerCase());
}

/** A term as Hugo writes it in a URL (urlize: lower case unless `disablePathToLower`, spaces to `-`). */
function termSegment(term: string, site: SiteInfo): string {
  return servedCase(term.trim().replace(/\s+/g, '-'), site);
}

/** `/<plural>/<term>/` of one of the site's taxonomies: the plural and the term as written (decoded); undefined for any other path. */
function termRequest(request: LinkRequest, site: SiteInfo): {plural: string; wanted: string} | undefined {
  const match = /^\/*([^/]+)\/([^/]+)\/?$/.exec(request.path);
  if (!match) return undefined;
  const plural = match[1]!.toLowerCase();
  if (!taxonomyPlurals(site).includes(plural)) return undefined;
  try {
    return {plural, wanted: decodeURIComponent(match[2]!)};
  } catch {
    return undefined;
  }
}

/**
 * `/tags/<term>/`: the term page Hugo writes when some content page carries that term in the
 * taxonomy's front-matter field (gohugo.io content-management/taxonomies: a term page lists every
 * page with the term). The page is Hugo's, made from templates, not any one post: the link resolves to
 * the content tree standing for it, as the taxonomy's own list `/tags/` does; a term with its own
 * `content/tags/<term>/_index.md` is that file, found before this. The term is read as Hugo urlizes
 * it; a link that differs only in letter case reaches it only where the host ignores case
 * (unverifiable). A term only drafts carry makes no page: the link resolves to the draft, which is
 * why nothing is there (no-unpublished-links).
 */
function termPage(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  const asked = termRequest(request, site);
  if (!asked) return undefined;
  const {plural, wanted} = asked;
  let caseOnly: string | undefined;
  let draftOnly: string | undefined;
  for (const file of hugoTermSources(context, site)) {
    if (!markdown.test(file)) continue;
    const frontMatter = context.frontMatterOf(file);
    for (const term of hugoPageTerms(frontMatter?.data ?? {}, plural)) {
      const segment = termSegment(term, site);
      if (segment === wanted) {
        if (!hugo.publishState(file, frontMatter, site, new Date()).some((problem) => problem.kind === 'draft')) return {status: 'found', path: hugoContentRoots(site)[0]!};
        draftOnly ??= file;
      }
      if (segment.toLowerCase() === wanted.toLowerCase()) caseOnly ??= segment;
    }
  }
  if (draftOnly) return {status: 'found', path: draftOnly};
  return caseOnly ? {status: 'unverifiable', reason: `Hugo writes this term page at /${plural}/${caseOnly}/; whether the other letter case finds it depends on the host`} : undefined;
}

/** A term as compared loosely: letters and digits only, lower case (what urlize may do to the rest is not modelled). */
const looseTerm = (term: string): string => term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * `/tags/<term>/` of a term no content page carries (termPage found none, nor a page served there): Hugo
 * writes no such page, so the link is missing. Every content file Hugo reads counts, also those the run
 * does not hold (postlint's `ignore`, a theme's `content/`: hugo-term-sources.ts). Unverifiable where
 * terms may come from what postlint does not read: a `cascade` (config, a language's, or front matter),
 * a content adapter (`_content.gotmpl`), pages in other formats, a mounted content folder not in the
 * checkout, or a term written close to it (urlize's handling of its punctuation is not modelled).
 */
function unusedTerm(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  // `/tags/index.xml` is the taxonomy's feed, not a term: only a folder URL (or a name without a file type) names a term page.
  const asked = /\/$|(?:^|\/)[^/.]+$|\.\d+$/.test(request.path) ? termRequest(request, site) : undefined;
  if (!asked) return undefined;
  const unknown = (why: string): Resolution => ({status: 'unverifiable', reason: `no content page carries the term "${asked.wanted}" of the taxonomy ${asked.plural}, but ${why}`});
  if (get(site.config, 'cascade') !== undefined) return unknown('the config\'s cascade may give it to pages');
  const languageCascade = hugoLanguageCascade(site);
  if (languageCascade) return unknown(languageCascade);
  const onDisk = hugoContentOnDisk(site);
  if (onDisk.absent) return unknown(`${onDisk.absent} (its pages may carry it)`);
  for (const file of hugoTermSources(context, site)) {
    if (basename(file) === '_content.gotmpl') return unknown('a content adapter (_content.gotmpl) may make pages with it');
    if (!markdown.test(file)) {
      if (contentFile.test(file)) return unknown(`pages in other formats (${toPosix(relative(site.root, file))}) are not read for terms`);
      continue;
    }
    const data = context.frontMatterOf(file)?.data ?? {};
    if (Object.keys(data).some((key) => key.toLowerCase() === 'cascade')) return unknown(`${toPosix(relative(site.root, file))} cascades front matter to pages below it`);
    const close = hugoPageTerms(data, asked.plural).find((term) => looseTerm(term) === looseTerm(asked.wanted));
    if (close !== undefined) return unknown(`${toPosix(relative(site.root, file))} carries "${close}", which Hugo may write at this URL`);
  }
  return {status: 'missing', path: join(hugoContentRoots(site)[0]!, asked.plural, asked.wanted), roots: hugoContentRoots(site)};
}

/** The content folders served from the root URL: `contentDir` and mounts of the default language's content. */
function rootContentTree(site: SiteInfo): string[] {
  const contentDir = get(site.config, 'contentDir');
  return [...new Set([resolve(site.root, typeof contentDir === 'string' ? contentDir : 'content'), ...hugoRootContentMounts(site)])];
}

const notAPage: Resolution = {status: 'unverifiable', reason: 'the file is outside Hugo\'s content folders, so it is not a page of the site'};

/** A relative link's target in the content tree Hugo assembles from its mounts (from the file's folder, then from the page URL). */
function mounted(site: SiteInfo, from: string, request: LinkRequest, absolute: string, context: ResolveContext): string | undefined {
  const root = hugoContentRootOf(from, site);
  if (!root) return undefined;
  const files = hugoContentFileMounts(site);
  for (const base of [absolute, resolve(hugoUrlFolder(from, site), request.path)]) {
    const below = toPosix(relative(root, base));
    if (below.startsWith('..')) continue;
    const file = files.get(below);
    if (file && context.firstExisting([file])) return file;
    if (isPageUrl(request.path)) {
      const page = hugoPage(site, below, context) ?? inFolderMount(site, below, context);
      if (page) return page;
    }
  }
  return undefined;
}

/** A page below a folder mounted onto a content sub-path (`target: content/docs/Reference`, lower-cased in URLs) that is in the checkout. */
function inFolderMount(site: SiteInfo, below: string, context: ResolveContext): string | undefined {
  const path = below.replace(/\/+$/, '');
  for (const mount of hugoFolderMounts(site)) {
    const prefix = mount.prefix.toLowerCase();
    if (!mount.present || !(path.toLowerCase() === prefix || path.toLowerCase().startsWith(`${prefix}/`))) continue;
    const found = pageAt(join(mount.source, path.slice(prefix.length)), context);
    if (found) return found;
  }
  return undefined;
}

/**
 * A relative link read from the place a content-to-content mount gives the linking file, from its
 * folder and from its page URL there, mapped back to the files behind that place.
 */
function fromMountedPlace(site: SiteInfo, request: LinkRequest, context: ResolveContext): string | undefined {
  const place = hugoContentPlace(context.from, site);
  if (!place) return undefined;
  const bases = [resolve(dirname(place), request.path), resolve(pageUrlFolder(place), request.path)];
  const candidates = bases.flatMap((base) => (isPageUrl(request.path) ? [base, ...pageCandidates(base)] : [base]));
  const files = candidates.flatMap((candidate) => hugoMountedFiles(candidate, site));
  return context.firstExisting(files.filter((file) => !context.isDirectory(file)));
}

/**
 * A relative file link, read where the browser reads it. Without a render hook Hugo writes a
 * destination as it is, so `../img/x.png` in `content/learning/design-client.md` (served at
 * `/learning/design-client/`) means `/learning/img/x.png`: `content/learning/img/x.png` or
 * `static/learning/img/x.png`, not `content/img/x.png` beside the source. The page's URL follows
 * `uglyURLs`, `url` and `slug`; a bundle (`index.md`, `_index.md`) is served at its own folder,
 * so `images/x.png` on the home page (`/`) is `/images/x.png`, which `static/images/x.png` serves
 * as well as the bundle's own resource; a URL postlint cannot know (permalinks) gives no reading.
 */
function besidePageUrl(site: SiteInfo, request: LinkRequest, context: ResolveContext): string | undefined {
  const from = context.from;
  const url = hugo.pageUrl(from, site, context.frontMatterOf(from));
  if (url === undefined) return undefined;
  const folder = url.endsWith('/') ? url : url.slice(0, url.lastIndexOf('/') + 1);
  let below: string;
  try {
    // The browser's own resolution: `..` stops at the root; percent-escapes name the file.
    below = decodeURIComponent(new URL(request.path, `http://site.invalid${folder.startsWith('/') ? '' : '/'}${folder}`).pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  if (below === '') return undefined;
  const mountedFile = hugoContentFileMounts(site).get(below);
  if (mountedFile && context.firstExisting([mountedFile])) return mountedFile;
  const roots = [...new Set([...hugoContentRoots(site), ...context.roots])];
  return context.firstExisting(roots.map((root) => join(root, below)));
}

/**
 * Whether a file the browser may find at `path` from a page whose URL postlint cannot work out
 * might be published: whatever that URL, what is there comes from a file whose path ends with the
 * link's own path below its last `..` (a static file copied as it is, a file of the content tree
 * published at its place, a bundle's resource by its name), so when no file of the static,
 * asset or content folders ends so (a bounded listing; cut short, it may), nothing is there.
 */
function publishedSomewhere(site: SiteInfo, path: string, context: ResolveContext): boolean {
  const tail = path.split('/').filter((part) => part !== '' && part !== '.');
  const last = tail.lastIndexOf('..');
  const wanted = tail.slice(last + 1);
  // A name an output format may write (`index.xml`, `index.json`, a page's `.html`) is the build's to say.
  if (wanted.length === 0 || /\.(?:html?|xml|json|txt|rss|atom|ics|csv|webmanifest)$|^[^.]*$/i.test(wanted.at(-1)!)) return true;
  const roots = [...new Set([...hugo.staticRoots(site), ...otherStaticDirs(site), ...hugoContentRoots(site), ...context.roots])].map((source) => ({source, below: ''}));
  // A module mount publishes its folder at its target (`images` → `static/img`: `/img/…`).
  const listing = publishedNames(site, [...roots, ...hugoPublishedMounts(site)]);
  if (listing.cut) return true;
  const ending = wanted.join('/').toLowerCase();
  return (listing.byName.get(wanted.at(-1)!.toLowerCase()) ?? []).some((file) => file === ending || file.endsWith(`/${ending}`));
}

/**
 * Static folders besides `staticDir`: `staticDir0` … `staticDir10` and a language's own
 * `staticDir` (Hugo mounts them all as static: modules/config.go, its legacy static dirs).
 */
function otherStaticDirs(site: SiteInfo): string[] {
  const languages = get(site.config, 'languages');
  const tables = [site.config, ...(isObject(languages) ? Object.values(languages) : [])];
  const keys = ['staticDir', ...Array.from({length: 11}, (_, i) => `staticDir${i}`)];
  return tables.flatMap((table) => keys.flatMap((key) => (table === site.config && key === 'staticDir' ? [] : stringList(get(table, key), [])))).map((dir) => resolve(site.root, dir));
}

/** The files below the folders Hugo publishes from, by lower-cased name (their paths below their folder), once a site. */
const publishedListing = perSite((): Map<string, {byName: Map<string, string[]>; cut: boolean}> => new Map());

function publishedNames(site: SiteInfo, roots: Array<{source: string; below: string}>): {byName: Map<string, string[]>; cut: boolean} {
  const cache = publishedListing(site);
  const key = roots.map(({source, below}) => `${source}\u0001${below}`).join('\0');
  const cached = cache.get(key);
  if (cached) return cached;
  const byName = new Map<string, string[]>();
  let cut = false;
  for (const {source: root, below: at} of roots) {
    // A mounted file (`source: LICENSE`, `target: static/license.txt`) is at its target.
    const walked = isFile(root) ? {files: [root], cut: false} : walkFiles(root, {enter: (entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules', keep: () => true, maxEntries: 50_000, maxFiles: 20_000});
    cut ||= walked.cut;
    for (const file of walked.files) {
      const below = (file === root ? at : [at, toPosix(relative(root, file))].filter((part) => part !== '').join('/')).toLowerCase();
      const name = below.slice(below.lastIndexOf('/') + 1);
      const list = byName.get(name) ?? [];
      list.push(below);
      byName.set(name, list);
    }
  }
  const result = {byName, cut};
  cache.set(key, result);
  return result;
}

/** The permalink pattern of a regular (non-bundle) page whose URL postlint cannot expand, if so. */
function unknownPermalink(site: SiteInfo, from: string, context: ResolveContext): string | undefined {
  if (/^_?index(?:\.[a-z]{2,3}(?:-[a-z]+)?)?\.(md|markdown)$/i.test(basename(from))) return undefined;
  const root = hugoContentRootOf(from, site);
  if (!root) return undefined;
  const rel = toPosix(relative(root, from));
  const pattern = rel.includes('/') ? permalinkPattern(site, rel.slice(0, rel.indexOf('/'))) : undefined;
  if (pattern === undefined || hugo.pageUrl(from, site, context.frontMatterOf(from)) !== undefined) return undefined;
  return typeof pattern === 'string' ? pattern : JSON.stringify(pattern);
}

/**
 * `ref`/`relref` as Hugo's `GetPage` reads the argument: a path from the page's folder, then
 * from the content root; then a base name (or tail path) unique under content. Nothing found
 * fails the build (REF_NOT_FOUND); a name that matches more than one page is ambiguous (Hugo
 * also fails, but postlint says only that it cannot tell which).
 */
function resolveRef(request: LinkRequest, context: ResolveContext): Resolution {
  const site = context.site!;
  const path = request.path.replace(/\/+$/, '');
  if (path === '' || path === '.') return {status: 'found', path: path === '' ? context.from : sectionOf(context.from, context) ?? context.from};
  const roots = hugoContentRoots(site);
  // Relative to the page first (`./x`, `../x`, `x`: a leaf bundle from the folder holding it), then from the content root; a leading `/` only from the root.
  const bases = path.startsWith('/') ? roots : [...refBases(context.from, path), ...roots];
  for (const base of bases) {
    const found = pageAt(join(base, path), context);
    if (found) return {status: 'found', path: inLanguageOf(context.from, found, context)};
  }
  // A top-level folder of the content tree is a section Hugo makes a page for without an `_index.md` (sectionList).
  const top = path.replace(/^\/+/, '');
  if (path.startsWith('/') && top !== '' && !top.includes('/')) {
    const folder = roots.map((base) => join(base, top)).find((candidate) => context.isDirectory(candidate));
    if (folder) return {status: 'found', path: folder};
  }
  // Folders mounted onto a content sub-path (`target: content/sdks/python`): the ref's content path below one of them.
  const folderMounts = hugoFolderMounts(site);
  const root = hugoContentRootOf(context.from, site);
  const contentPaths = path.startsWith('/') ? [path.slice(1)] : [...(root ? [toPosix(relative(root, resolve(dirname(context.from), path)))] : []), path];
  for (const mount of folderMounts) {
    const below = contentPaths.find((candidate) => candidate === mount.prefix || candidate.startsWith(`${mount.prefix}/`));
    if (below === undefined) continue;
    if (!mount.present) return {status: 'unverifiable', reason: `it is in ${mount.prefix}/, mounted from ${relative(site.root, mount.source)}, which is not there (a git submodule not checked out?)`};
    const found = pageAt(join(mount.source, below.slice(mount.prefix.length)), context);
    if (found) return {status: 'found', path: found};
  }
  // A short ref: a base name (no slash) unique under content, without regard to case.
  if (!path.includes('/')) {
    const absent = folderMounts.find((mount) => !mount.present);
    const searched = [...roots, ...folderMounts.filter((mount) => mount.present).map((mount) => mount.source)];
    const wanted = path.replace(contentFile, '').toLowerCase();
    // HTML content pages are not in the run: they are read from the content folders.
    const files = [...context.files(), ...searched.flatMap((folder) => otherFormatPages(folder))];
    const matches = files.filter((file) => {
      if (!searched.some((folder) => isBelow(file, folder)) || !contentFile.test(file)) return false;
      const name = basename(file).replace(contentFile, '');
      // A bundle is known by its folder's name.
      const own = name === 'index' || name === '_index' ? basename(dirname(file)) : name.replace(/\.[a-z]{2,3}(?:-[a-z]+)?$/i, '');
      return own.toLowerCase() === wanted && !languageFile.test(file);
    });
    if (matches.length === 1) return {status: 'found', path: inLanguageOf(context.from, matches[0]!, context)};
    if (matches.length > 1) return {status: 'unverifiable', reason: `"${path}" is the base name of ${matches.length} pages; Hugo reports the ref as ambiguous`};
    if (absent) return {status: 'unverifiable', reason: `no page has that name here, but content mounted from ${relative(site.root, absent.source)} is not there (a git submodule not checked out?)`};
    const cut = searched.find((folder) => otherFormatWalkCut(folder));
    if (cut) return {status: 'unverifiable', reason: `no page has that name among those postlint read, but ${relative(site.root, cut) || '.'} holds more files than it reads`};
  }
  return {status: 'missing', path, failsBuild: true};
}

/** The page a content path names (`x.md`, `x` as x.md or a bundle or a section), without regard to case as Hugo matches paths. */
function pageAt(absolute: string, context: ResolveContext): string | undefined {
  // `x/_index.en.md` is the section `x` for a page in English (hugo-file-language.ts).
  const candidates = markdown.test(absolute) ? [absolute] : [absolute, ...(context.site ? withLanguageSuffix(pageCandidates(absolute), context.site, context.from) : pageCandidates(absolute))];
  const found = context.firstExisting(candidates);
  if (found) return found;
  // A content page in HTML (front matter first) or another of Hugo's formats is a page too, in any letter case.
  const other = otherFormatPageAt(otherFormatFile.test(absolute) ? [absolute] : extname(absolute) ? [] : otherFormatCandidates(absolute), context);
  if (other) return other;
  for (const candidate of candidates) {
    const real = context.realPath(candidate);
    if (real && !context.isDirectory(real)) return real;
  }
  // Hugo's page tree is keyed by the normalized path: `Tea-Rooms/kettle` names `Tea Rooms/kettle.md` (hugo-page-keys.ts).
  return context.site ? hugoPageByKey(absolute, context.site, context) : undefined;
}

/** The folder a page's relative links are read from as its URL: a bundle's (`_index.en.md` too), else the page's own. */
function hugoUrlFolder(from: string, site: SiteInfo): string {
  return markdown.test(from) && isHugoBundleIndex(from, site) ? dirname(from) : pageUrlFolder(from);
}

/** A page's section (`_index.md` of its folder, or `_index.en.md` in the page's language), for `ref "."`. */
function sectionOf(from: string, context: ResolveContext): string | undefined {
  const index = [join(dirname(from), '_index.md')];
  return context.firstExisting(context.site ? withLanguageSuffix(index, context.site, from) : index);
}

/**
 * A file in a folder of `themesDir` that neither `theme` nor `module.imports` names: Hugo reads
 * only the themes the site uses (gohugo.io hugo-modules/theme-components), so a leftover theme's
 * README and `.github/` are no part of the site.
 */
function unusedTheme(path: string, site: SiteInfo): string | undefined {
  const {themesDir, used} = unbuiltFolders(site);
  if (!isBelow(path, themesDir)) return undefined;
  const name = relative(themesDir, path).split(sep)[0]!;
  if (used.includes(name)) return undefined;
  return `it is in the theme "${name}", which the site does not use (${used.length > 0 ? `its theme is ${used.map((theme) => `"${theme}"`).join(', ')}` : 'it names no theme'}); Hugo never reads it`;
}

/**
 * What Hugo builds pages from: its content roots (content/, mounts, modules' content) and the
 * assets a template may turn into text (`resources.Get`). Unknown when a template reads files by
 * path (`readFile`, `os.ReadFile`, `os.ReadDir`: a shortcode that markdownifies `CHANGELOG.md`), or
 * the layouts are too many to read.
 */
const builtFolders = perSite((site: SiteInfo): string[] | undefined => {
  for (const dir of hugoLayoutDirs(site)) {
    const {files, cut} = walkFiles(dir, {enter: () => true, keep: (entry) => /\.(html|xml|json|txt|md)$/i.test(entry.name), maxEntries: 20000, maxFiles: 5000});
    if (cut) return undefined;
    for (const file of files) if (/\breadFile\b|\bos\.Read(?:File|Dir)\b|\breadDir\b/.test(readText(file) ?? '')) return undefined;
  }
  return [...hugoContentRoots(site), ...mountedContent(site), ...hugoAssetRoots(site)];
});

/** The folders mounted into a folder of the content tree (`target: content/handbook`): Hugo reads their files as content. */
function mountedContent(site: SiteInfo): string[] {
  return hugoFolderMounts(site).map((mount) => mount.source);
}

/** The folders `neverAPage` looks at, worked out once a site (discovery asks for every file). */
const unbuiltFolders = perSite(findUnbuiltFolders);

function findUnbuiltFolders(site: SiteInfo): {themesDir: string; used: string[]; archetypes: string[]; statics: string[]} {
  // Hugo lays each theme's `static/` and `assets/` under the project's own in one union file system,
  // so a file a theme ships is served as if the site had it (gohugo.io hugo-modules/theme-components).
  const themes = hugoModuleFolders(site);
  const themesDir = hugoThemesDir(site);
  // The top folders of themesDir the site's themes and modules are in (or would be, when empty).
  const used = hugoModules(site).flatMap((module) => [module.folder ?? join(themesDir, module.path)].filter((folder) => isBelow(folder, themesDir)).map((folder) => relative(themesDir, folder).split(sep)[0]!));
  return {
    themesDir,
    used: [...new Set(used)],
    archetypes: [resolve(site.root, configFolder(site.config, 'archetypeDir', 'archetypes')), ...themes.map((folder) => join(folder, 'archetypes'))],
    statics: [...stringList(get(site.config, 'staticDir'), ['static']).map((dir) => resolve(site.root, dir)), ...themes.map((folder) => join(folder, 'static'))],
  };
}

/**
 * Markdown Hugo never renders as a page: archetypes (`archetypeDir`, and a theme's), the templates
 * `hugo new` copies (`TODO` and `draft: true` there are for the writer of the next post), and files
 * in the static folders (`staticDir`, and a theme's `static/`), which Hugo copies as they are,
 * and the pages of a disabled language (`disableLanguages`), and Markdown resources of a leaf bundle no layout renders.
 * Such files are not checked (gohugo.io content-management/archetypes, content-management/static-files).
 */
/** A page's URL within its language's tree: `url`, a permalink pattern, or its path below the content root. */
function languagelessUrl(path: string, site: SiteInfo, frontMatter: PageFrontMatter): string | undefined {
  const data = frontMatter?.data ?? {};
  const root = hugoContentRootOf(path, site);
  if (!root) return undefined;
  const rel = toPosix(relative(root, path));
  // The name without its suffix and language (`_index.en.md` is the section's index: hugo-file-language.ts).
  const name = hugoContentName(basename(rel), site).name;
  // A permalink pattern (`permalinks.blog = "/:section/:year/:slug/"`) makes a regular page's URL from its data (hugo-permalinks.ts).
  const section = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '';
  const pattern = permalinkPattern(site, section);
  if (pattern !== undefined) {
    if (typeof pattern !== 'string' || name === '_index') return undefined;
    const fieldLine = (key: string): string | undefined => {
      const line = frontMatter?.keyLines[key]?.line;
      return line === undefined ? undefined : readText(path)?.split('\n', line)[line - 1];
    };
    const dated = hugoPageDay({path, data, fieldLine, site});
    const style = hugoPathStyle(site, path);
    const url = permalinkUrl(pattern, rel, data, style.lower, dated.known ? dated : {});
    // The expanded pattern goes through MakePathSanitized like any page path (page_paths.go `pb.Sanitize()`), accents included.
    return url !== undefined && style.accents ? hugoRemoveAccents(url) : url;
  }
  // The folders and the file's base name as Hugo sanitizes them (`Useful Utilities/` → `useful-utilities/`), a `slug` as written but sanitized too (hugo-path-sanitize.ts).
  const style = hugoPathStyle(site, path);
  const folder = dirname(rel) === '.' ? '' : `${hugoContentUrlPath(dirname(rel), style)}/`;
  if (name === 'index' || name === '_index') return `/${folder}`;
  const slug = typeof data.slug === 'string' ? hugoMakePath(data.slug, style) : hugoContentUrlPath(name, style);
  const ugly = uglyUrls(site, section);
  return ugly ? `/${folder}${slug}.html` : `/${folder}${slug}/`;
}

/**
 * A page path in the letter case Hugo publishes it: lower case, unless `disablePathToLower` keeps the
 * file's and slug's own (`content/sect2/PaGe3.md` at `/sect2/PaGe3/`: gohugoio/hugo hugolib/page_test.go
 * TestPagePathDisablePathToLower; resources/page/page_paths.go Sanitize → MakePathSanitized).
 */
function servedCase(path: string, site: SiteInfo): string {
  return get(site.config, 'disablePathToLower') === true ? path : path.toLowerCase();
}

/**
 * A draft as Hugo reads one (hugolib/page__meta.go): `draft` through cast.ToBool, so `draft = "true"`
 * is a draft and `draft = "false"` is not; without `draft`, `published` (cast.ToBoolE) false is one.
 * Both given: `draft` wins ("Using draft", Hugo warns).
 */
function hugoDraftFlags(frontMatter: PageFrontMatter): PublishProblem[] {
  const data = frontMatter?.data ?? {};
  const at = (key: string): Span => frontMatter?.keyLines[key] ?? frontMatter?.start ?? {line: 1, column: 1};
  if ('draft' in data) {
    if (!hugoBool(data.draft)) return [];
    const reason = data.draft === true ? 'it is marked `draft: true`' : `it is marked \`draft: ${JSON.stringify(data.draft)}\`, which Hugo reads as true`;
    return [{kind: 'draft', reason, span: at('draft'), warning: false}];
  }
  if ('published' in data && hugoBoolE(data.published) === false) return [{kind: 'draft', reason: 'it is marked `published: false`', span: at('published'), warning: false}];
  return [];
}

function neverAPage(path: string, site: SiteInfo): string | undefined {
  if (!markdown.test(path)) return undefined;
  const unused = unusedTheme(path, site);
  if (unused) return unused;
  const disabledLanguage = disabledLanguageReason(path, site);
  if (disabledLanguage) return disabledLanguage;
  const unmounted = unmountedContentReason(path, site);
  if (unmounted) return unmounted;
  const ignored = hugoIgnoredFileReason(path, site) ?? hugoMountFilteredReason(path, site);
  if (ignored) return ignored;
  const winner = shadowingIndexFile(path);
  if (winner) return `Hugo renders ${basename(winner)} of this folder, not this file (two index files in one folder: "pick one", Hugo warns)`;
  // Markdown beside a leaf bundle's index.md is the bundle's resource, shown only if a template renders it (hugo-leaf-resources.ts).
  const resource = leafResourceReason(path, site);
  if (resource) return resource;
  const {archetypes, statics} = unbuiltFolders(site);
  if (archetypes.some((folder) => isBelow(path, folder))) return 'it is an archetype, the template `hugo new` copies for a new page; Hugo never renders it';
  // A static folder that is also a content folder (rare, but configurable) holds pages.
  const content = hugoContentRoots(site);
  const folder = statics.find((dir) => isBelow(path, dir) && !content.some((root) => isBelow(path, root)));
  return folder ? `it is in ${toPosix(relative(site.root, folder)) || '.'}/, which Hugo copies to the site as it is, not as a page` : undefined;
}

/**
 * Hugo reads front-matter keys without regard to case (`loki := strings.ToLower(k)` over every key
 * in gohugoio/hugo resources/page/pagemeta/page_frontmatter.go @ 9f5a92078a3f388b52d597b5a59af5c933a112d2):
 * `Title:` and `DRAFT:` are `title` and `draft`. The fields postlint reads, by their lower-case form.
 */
const hugoFields = new Map(
  ['title', 'date', 'draft', 'slug', 'url', 'description', 'publishDate', 'pubdate', 'published', 'expiryDate', 'unpublishdate', 'lastmod', 'linkTitle', 'aliases', 'tags', 'categories', 'weight', 'type', 'layout', 'headless', 'summary', 'keywords', 'build', 'cascade', 'outputs', 'translationKey', 'isCJKLanguage', 'markup']
    .map((field) => [field.toLowerCase(), field] as const),
);

/**
 * Hugo's pages in the content formats postlint does not read (HTML with front matter, AsciiDoc, Pandoc,
 * reStructuredText, Org: hugo-ref-base.ts), each at the URL Hugo builds it at (its path, suffix dropped,
 * or its front matter's `url`/`slug`): a page-relative or site-root link to that URL reaches a page.
 */
function otherFormatUrls(site: SiteInfo): TemplatePage[] {
  return hugoContentRoots(site).flatMap((root) => otherFormatPages(root)).map((path) => {
    const data = readFrontMatterDataSync(readText(path) ?? '', true) ?? {};
    const keys = Object.fromEntries(Object.entries(data).map(([key, value]) => [hugoFields.get(key.toLowerCase()) ?? key, value]));
    return {path, url: hugo.pageUrl(path, site, fieldsOnly(keys)), why: 'a Hugo content page in a format postlint does not read'};
  });
}

/** The keys Hugo types itself that the front-matter rule's defaults do not name. */
/**
 * The keys Hugo reads and types itself (hugolib/page__meta.go): the title (cast.ToString), the draft flag (cast.ToBool),
 * `published` (a flag or, as an alias of publishDate, a date), and each of the site's taxonomies, a list of terms or
 * one term (types.ToStringSlicePreserveString). A key no taxonomy names (`tags` on a site whose `taxonomies` leave it out)
 * is a page param Hugo passes on untyped.
 */
function hugoFieldTypes(site: SiteInfo | undefined): Record<string, readonly FieldType[]> {
  const taxonomies = site ? taxonomyPlurals(site) : ['tags', 'categories'];
  return {...titleFieldType, draft: ['boolean'], published: ['boolean', 'date'], ...Object.fromEntries(taxonomies.map((plural) => [plural, ['array', 'string'] as const]))};
}

const passthroughDialect = perSite((site): MarkdownDialect => {
  const math = hugoPassthroughMath(site.config);
  return math ? {math} : {};
});

export const hugo: Generator = {
  ...defaults,
  name: 'hugo',
  lowersPaths: (site) => get(site.config, 'disablePathToLower') !== true,
  templatePages: otherFormatUrls,
  title: 'Hugo',
  // The language server's index after a file changed: an `index.md` added or renamed makes a folder a leaf bundle,
  // or no longer one; a section's front matter may cascade other settings; an HTML page may come or go.
  forgetFileReads: () => {
    forgetLeafIndexes();
    forgetBundleIndexFiles();
    forgetBundleFrontMatter();
    forgetOtherFormatPages();
  },
  // pageparser's lexIntroSection: `{` first opens JSON front matter.
  introFrontMatter: true,
  buildOutput: (site) => [configFolder(site.config, 'publishDir', 'public'), configFolder(site.config, 'resourceDir', 'resources'), configFolder(site.config, 'themesDir', 'themes')],
  words: ['hugo'],
  language: hugoPageLanguage,
  frontMatterKeys: (key) => hugoFields.get(key.toLowerCase()) ?? key,
  // go-yaml v2 (Hugo before v0.152) keeps a repeated key's last value; goccy/go-yaml refuses the block (hugo-version.ts).
  keepsLastRepeatedKey: hugoKeepsLastRepeatedKey,
  yamlBoolean: hugoYamlBoolean,
  // Every Hugo's YAML reader skips a tab inside `[ … ]`: goccy/go-yaml (v0.152 on) in scanTab ("tabs
  // character is allowed in flow mode"; its yaml-test-suite run lists tabs-in-various-contexts/003,
  // `- [\n\tfoo,`, as an error it does not give), go-yaml v2 before it as libyaml does (scanner:
  // tabs are white space while flow_level > 0).
  readsTabsInFlow: () => "Hugo's YAML reader (goccy/go-yaml; go-yaml v2 before v0.152) skips it as white space",
  readingInputs: hugoVersionInputs,
  detect,
  contentRoots: (site) => hugoContentRoots(site),
  builtFolders,
  mountedContent,
  staticRoots: (site) => {
    const config = site.config;
    // Content mounted as the root's content tree (`content/en` → `content`) is served from `/` too.
    const roots = [...stringList(get(config, 'staticDir'), ['static']), ...stringList(get(config, 'assetDir'), ['assets']), ...stringList(get(config, 'contentDir'), ['content'])].map((dir) => resolve(site.root, dir));
    // The project's own folders first: a file of the project's shadows a theme's of the same path.
    const themes = hugoModuleFolders(site).flatMap((folder) => [join(folder, 'static'), join(folder, 'assets')]);
    return [...new Set([...roots, ...hugoRootContentMounts(site), ...themes])];
  },
  isPage: (path, site, frontMatter) => !site || isRenderedHugoPage(path, site, frontMatter?.data ?? {}),
  unbuilt: (path, site) => themeCopyReason(path, site) ?? neverAPage(path, site),
  writesAfterContent: (path, site, frontMatter) => {
    // Docsy's list layouts end a section's `_index` page with the section's pages (docs:
    // partials/section-index.html, unless the page says `no_list: true`; blog: its posts).
    const data = frontMatter?.data ?? {};
    if (!site || !usesDocsy(site) || !/^_index\./.test(basename(path)) || data.no_list === true) return undefined;
    return 'Docsy lists the section\'s pages after the content';
  },
  writesNoDocument: (path, site, frontMatter) => {
    const data = frontMatter?.data ?? {};
    // A page's own `outputs` naming only formats of other media types (`outputs: [json]`): Hugo writes no HTML for it.
    const outputs = get(data, 'outputs');
    if (Array.isArray(outputs) && outputs.length > 0 && outputs.every((format) => typeof format === 'string' && nonHtmlOutputs.has(format.toLowerCase()))) return `its outputs (${outputs.join(', ')}) hold no HTML`;
    // `url: index.json`: Hugo writes the page's output to that file, which is served by its suffix's media type.
    return typeof data.url === 'string' ? nonDocumentUrl(hugo.pageUrl(path, site, frontMatter)) : undefined;
  },
  pageUrl: (path, site, frontMatter) => {
    const data = frontMatter?.data ?? {};
    // A page of another language than the default one is served below its language's path (`/fr/…`);
    // a front-matter `url` from the root (`/about/`) is kept as written, a relative one gets it (page_paths.go ForcePrefix).
    const prefix = hugoLanguagePrefix(path, site);
    if (typeof data.url === 'string') return data.url.startsWith('/') ? data.url : `${prefix}/${data.url}`;
    const url = languagelessUrl(path, site, frontMatter);
    return url === undefined || prefix === '' || !url.startsWith('/') ? url : `${prefix}${url}`;
  },
  // A page's front-matter `aliases`: redirect pages Hugo writes to it (hugo-aliases.ts).
  alsoServedAt: (path, site, frontMatter) => hugoAliasUrls(path, site, frontMatter, hugo.pageUrl(path, site, frontMatter), uglyUrls(site, topSectionOf(path, site))),
  baseUrl: (site) => {
    const value = get(site.config, 'baseURL');
    return typeof value === 'string' ? value : undefined;
  },
  slugFlavor,
  // The layouts of the page's type and section, shortcodes, hooks and the partials they call (hugo-layouts.ts).
  templates: hugoTemplates,
  // A layout that writes files into the page (`readFile "content/x.md" | markdownify`): their ids are the page's (hugo-layout-files.ts).
  layoutFiles: hugoLayoutFiles,
  // A heading render hook that writes ids other than Hugo's `.Anchor` (hugo-heading-hook.ts).
  idsUnknown: headingHookReason,
  rawHtmlOmitted: (site) => hugoRawHtmlOmitted(site.config, site),
  // `$…$`/`$$…$$` kept raw for a math renderer where the passthrough extension lists them (hugo-passthrough.ts).
  markdownDialect: (site) => passthroughDialect(site),
  linkSyntaxes: [
    {name: 'ref', pattern: /\{\{[<%]-?\s*(?:rel)?ref\s+(?:"([^"]+)"|'([^']+)'|([^\s>%]+))\s*-?[>%]\}\}/g, names: 'source', failsBuild: true},
    // The last `src=` of the call: Hugo's shortcode parser keeps named parameters in a map, so a
    // repeated name overwrites the earlier value and `.Get "src"` returns the last one
    // (hugolib/shortcode.go extractShortcode: `params[currItem.ValStr()] = …`).
    {name: 'figure', pattern: figureSource, names: 'file', failsBuild: false},
  ],
  // A site's own `figure` template may write `src` from the site's root (`.Get "src" | relURL`: hugo-shortcode-urls.ts).
  // Hugo's embedded `figure` (no template of the site's own) finds `src` among the global resources too (hugo-figure-resources.ts).
  syntaxUrl: (syntax, value, site, from) => (syntax === 'figure' ? hugoShortcodeUrl('figure', 'src', value, site) ?? hugoFigureResource(value, site, from) : undefined),
  // `html-shortcode`: a `{{< name >}}` call, followed only when its template reads a file (shortcodeFile).
  inserts: ['hugo', 'markdown-shortcode', 'html-shortcode'],
  // Goldmark and Blackfriday leave out a footnote nothing references (hugo-markdown-handler.ts).
  dropsUnreferencedFootnotes: hugoDropsUnreferencedFootnotes,
  // A shortcode whose template writes out a file (`readFile`): that file's ids are the page's.
  shortcodeFile: hugoShortcodeFile,
  // A shortcode whose template edits the text between its tags (`replace .Inner …`): the links inside are not the page's as written.
  shortcodeInnerReason: hugoShortcodeInnerReason,
  // An output format of the home page written as `_redirects` (layouts/index.redirects): the host reads its rules.
  hostFileTemplates: hugoHostFileTemplates,
  // The include shortcode (`GetPage` from the page, then from the content roots); a `{{% shortcode %}}`'s output only its template knows.
  resolveInclude(include, context) {
    const path = include.path;
    const site = context.site!;
    const relativeTo = path.startsWith('/') ? [] : extname(path) ? [resolve(dirname(context.from), path)] : pageCandidates(resolve(dirname(context.from), path));
    const clean = path.replace(/^\/+/, '');
    const fromRoots = clean === '' ? [] : hugoContentRoots(site).flatMap((root) => (extname(clean) ? [join(root, clean)] : pageCandidates(join(root, clean))));
    return context.firstExisting(relativeTo) ?? context.firstExisting(fromRoots) ?? fromRoots.map((candidate) => context.realPath(candidate)).find((real) => real !== undefined && !context.isDirectory(real));
  },
  resolveSiteRoot,
  codeShortcodes: (site) => hugoCodeShortcodes(site),
  // A site-root link is written as it is (Goldmark, no hook), or a hook's `.GetPage` looks it up from the content
  // root (hugolib getContentNode: only a path without a leading `/` is tried from the page first), never read from
  // the page's folder or a folder above it; only a hook that rewrites destinations, an absent theme's hook, or one
  // that looks the destination up among the page's resources (found by bundleResourceViaHook) might.
  readingsNever(site, link) {
    if (!link.siteRoot) return [];
    const hook = hookKindOf(link);
    const reading = hook ? renderHookReading(site, hook) : undefined;
    if (reading === 'rewrites' || (hook && reading === undefined && hugoThemeElsewhere(site).elsewhere !== undefined)) return [];
    if (hook && hookFindsPageResources(site, hook)) return [];
    return ['page-relative', 'source-folder'];
  },
  // `./#x` in `docs/install/airgap.md` (served at `/docs/install/airgap/`) is that page, not the folder's `_index.md` (hugo-page-url.ts).
  resolvePageUrl: (request, context) => hugoPageUrlTarget(hugo, request, context),
  resolveRelative(request, context) {
    const site = context.site!;
    const from = context.from;
    if (!markdown.test(from)) return undefined;
    const absolute = resolve(dirname(from), request.path);
    if (isPageUrl(request.path)) {
      if (outsideContent(from, site)) return {status: 'unverifiable', reason: 'the file is outside Hugo\'s content folders, so it is not a page of the site'};
      // Hugo authors write page links from the file's folder or from the page's URL; both reach a post.
      const candidates = [...pageCandidates(absolute), ...pageCandidates(resolve(hugoUrlFolder(from, site), request.path))];
      const page = context.firstExisting(withLanguageSuffix(candidates, site, from));
      if (page) return {status: 'found', path: inLanguageOf(from, page, context)};
    }
    // `../reference/kialis.example.io`, no file beside the page: a page whose name has dots, at the URL the browser reads it from.
    const dotted = isPageUrl(request.path) ? undefined : dottedPageAt(request, context);
    if (dotted) return dotted;
    // A file a mount puts elsewhere in the content tree (`content/docs/v2` → `content/docs`): its links read from there.
    const placed = fromMountedPlace(site, request, context);
    if (placed) return {status: 'found', path: placed};
    // The same paths below the content tree, which mounts fill from several folders.
    const found = mounted(site, from, request, absolute, context);
    if (found) return {status: 'found', path: found};
    // A file (an image, a PDF) the browser finds from the page's URL rather than from the source folder.
    const fromUrl = isPageUrl(request.path) ? undefined : besidePageUrl(site, request, context);
    if (fromUrl) return {status: 'found', path: fromUrl};
    // A regular page whose URL a permalink pattern makes from tokens postlint does not read: the browser's reading is unknown.
    const pattern = isPageUrl(request.path) ? undefined : unknownPermalink(site, from, context);
    if (pattern && publishedSomewhere(site, request.path, context)) return {status: 'unverifiable', reason: `the page is served at a URL the permalink pattern "${pattern}" makes, which postlint cannot work out, and the browser reads this path from there`};
    // Below a mount of a folder the checkout lacks (`limactl generate-doc` fills `_output/docsy` before the build): the build's.
    const behind = behindAbsentMount(site, from, request);
    if (behind) return {status: 'unverifiable', reason: behind};
    // Only Markdown links and images pass through render hooks; raw HTML does not.
    const hook = request.kind === 'image' ? 'image' : request.kind === 'link' || request.kind === 'definition' ? 'link' : undefined;
    const reading = hook ? renderHookReading(site, hook, request.path) : undefined;
    // A hook that writes the destination as it is (or only through safeURL) changes nothing: a missing file is missing.
    if (reading === undefined || reading === 'as-written') return undefined;
    const real = context.realPath(absolute);
    if (real && real !== absolute) return {status: 'case', path: absolute, real};
    if (reading === 'from-root') {
      // relURL / absURL read `img/x.png` from the site root (below the base path), not from the page.
      if (request.path.startsWith('../') || isPageUrl(request.path)) return {status: 'unverifiable', reason: 'the site\'s render hook reads this path from the site root (relURL or absURL)'};
      const rootRequest = {...request, path: `/${request.path.replace(/^(?:\.\/)+/, '')}`, siteRoot: true};
      return lookInRoots(rootRequest, context) ?? caseOrMissing(rootRequest, context);
    }
    const looked = throughRenderHook(site, request, context, hook!);
    // The hook looks the destination up and otherwise writes it as it is: the browser reads it from the page's URL
    // (an alias's redirect page may be there), and nothing found is missing.
    if (reading === 'lookup' && looked.status === 'unverifiable') return isPageUrl(request.path) ? hugoPageUrlTarget(hugo, request, context, true) : undefined;
    return looked;
  },
  resolveSyntax(request, context) {
    return resolveRef(request, context);
  },
  translationOf: (from, found, context) => inLanguageOf(from, found, context),
  publishState(path, frontMatter, site, now) {
    // Hugo makes pages only from its content roots: an archetype's `draft: true` is a template, not a post.
    if (site && outsideContent(path, site)) return [];
    const data = frontMatter?.data ?? {};
    const config = site?.config ?? {};
    return [
      ...hugoDraftFlags(frontMatter),
      ...draftFlags(frontMatter, {status: true}),
      ...scheduleProblems(frontMatter, data, hugo.timeZone(site), now, {
        // Hugo uses publishDate (aliases pubdate, published) over date.
        dates: ['publishDate', 'pubdate', 'published', 'date'].filter((key) => key !== 'published' || hugoBoolE(data.published) === undefined),
        expiry: ['expiryDate', 'expirydate', 'unpublishdate'],
        future: get(config, 'buildFuture') === true,
        expired: get(config, 'buildExpired') === true,
      }),
    ];
  },
  timeZone: (site) => {
    const zone = get(site?.config, 'timeZone');
    return typeof zone === 'string' && zone !== '' ? zone : undefined;
  },
  titleSources: ['front-matter', 'template'],
  // A section page (`_index.md`) is a list, not a post; docs pages are not dated.
  requiredFields: (page) => (/^_index\./.test(basename(page.path)) ? [] : page.site && inPostFolder(page.path, page.site.root) ? ['title', 'date'] : ['title']),
  fieldFrom: (field, page) => {
    // A theme whose title template falls back on the file name shows a title anyway.
    if (field === 'title' && page.site && hugoTitleFallback(page.site)) return 'the theme\'s title template (file name)';
    // A page whose layout shows no title (a redirect stub, a note titled only `with .Title`) is built as meant without one.
    const layout = field === 'title' ? hugoLayoutWithoutTitle(page) : undefined;
    if (layout !== undefined) return `its layout, ${toPosix(layout)}, which shows no title`;
    // A stub translation (`untranslated: 1`) whose layout shows a translation's title instead (hugo-translation-title.ts).
    const translated = field === 'title' ? hugoTitleFromTranslation(page) : undefined;
    if (translated !== undefined) return translated;
    // Hugo's date falls back on publishdate, pubdate, published, lastmod, modified (or the site's [frontmatter] date).
    if (field === 'date') return hugoDateFrom(page.path, page.data, page.site);
    return undefined;
  },
  // `published` is Hugo's own twice over: a flag (cast.ToBoolE, false is a draft) and an alias of publishDate (resources/page/pagemeta/page_frontmatter.go).
  fieldTypes: (_path, site) => hugoFieldTypes(site),
  readsAsDate: (field, site) => hugoReadsAsDate(field, site),
  castsToBoolean: (field, value) => hugoCastsToBoolean(field, value),
  printsScalarAsText: (field) => hugoCastsToString(field),
  // A section page left without a title is titled from its folder's name (Hugo's section title, `pluralizeListTitles`).
  // A page left `title: ''` is as untitled to Hugo as one without the key (`.Title` is "" both ways): a layout that shows no title then,
  // or writes it only under a guard (`with .Title`, a note's summary in its place), has the page built as meant (hugo-page-layout.ts).
  emptyFieldFrom: (field, page) => {
    if (field !== 'title') return undefined;
    if (/^_index\./.test(basename(page.path))) return 'the section\'s folder name';
    const layout = hugoLayoutWithoutTitle(page);
    return layout === undefined ? undefined : `its layout, ${toPosix(layout)}, which shows no title`;
  },
  // A taxonomy left empty (`categories:`) has no terms: Hugo reads it with types.ToStringSlicePreserveString,
  // which makes nil of nil, and passes the page over for that taxonomy (hugolib/content_map_page_assembler.go).
  emptyList: (field, site) => (site && taxonomyPlurals(site).includes(field.toLowerCase()) ? `Hugo reads an empty taxonomy (${field}) as no terms` : undefined),
  readsDate: (value) => hugoReadsDate(value),
};

/** The page's top-level section (the first folder below its content root), '' for the home folder. */
function topSectionOf(path: string, site: SiteInfo): string {
  const root = hugoContentRootOf(path, site);
  const rel = root ? toPosix(relative(root, path)) : '';
  return rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '';
}

/**
 * `uglyURLs`: true for the whole site, or a map of top-level sections (`[uglyURLs] books = true`)
 * read for the page's section (gohugo.io configuration/ugly-urls; hugolib TestMapUglyURLs).
 */
function uglyUrls(site: SiteInfo, section: string): boolean {
  const value = get(site.config, 'uglyURLs');
  if (typeof value === 'boolean') return value;
  return section !== '' && get(value, section) === true;
}

/** Hugo's built-in output formats whose media type is not text/html (gohugo.io, configuration/output-formats). */
const nonHtmlOutputs = new Set(['calendar', 'css', 'csv', 'json', 'markdown', 'robots', 'rss', 'sitemap', 'sitemapindex', 'webappmanifest']);

/**
 * What a link render hook does with a destination that is no file: it looks it up as a page
 * (from the page's folder, then the content root), then as a resource; what it does with the
 * rest (glossary shorthands, …) only its template knows.
 */
function throughRenderHook(site: SiteInfo, request: LinkRequest, context: ResolveContext, kind: 'link' | 'image'): Resolution {
  // GetPage reads a path as its logical path (Hugo 0.123+): a bundle's `index.md` or `_index.md` is its folder, which a page `x.md` also has.
  const logical = request.path.replace(/\/_?index\.(?:md|markdown)$/i, '');
  const nearby = [...pageCandidates(resolve(dirname(context.from), request.path)), ...(logical !== request.path ? pageCandidates(resolve(dirname(context.from), logical)) : [])];
  const page = (context.firstExisting(nearby) ?? nearby.map((candidate) => context.realPath(candidate)).find((real) => real !== undefined && !context.isDirectory(real)))
    ?? hugoPageByKey(resolve(dirname(context.from), logical), site, context)
    ?? hugoPage(site, request.path, context, hugoContentRoots(site), true)
    ?? context.firstExisting(hugoAssetRoots(site).map((root) => join(root, request.path)))
    ?? besidePageAsset(site, request, context, kind);
  return page ? {status: 'found', path: page} : {status: 'unverifiable', reason: `the site's ${kind} render hook rewrites destinations`};
}

/** `resources.Get (path.Join .Page.File.Dir $file)`: the destination below `assets/` at the page's folder in the content tree. */
function besidePageAsset(site: SiteInfo, request: LinkRequest, context: ResolveContext, kind: 'link' | 'image'): string | undefined {
  const root = renderHookLooksBesidePage(site, kind) ? hugoContentRootOf(context.from, site) : undefined;
  if (!root) return undefined;
  const dir = toPosix(relative(root, dirname(context.from)));
  return context.firstExisting(hugoAssetRoots(site).map((assets) => join(assets, dir, request.path)));
}
