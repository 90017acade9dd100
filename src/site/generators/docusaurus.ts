/**
 * Docusaurus (facebook/docusaurus). Docs from `docs/` (or the `path` each docs plugin names, also
 * a folder outside the site folder in monorepos), blog from `blog/` (or the preset blog's literal `path`), static files from `static/`. A Markdown link
 * to a `.md` file is resolved from the file's folder, then from the docs folder and the site
 * folder (`/x.md` from the docs folder, not `static/`); a doc is served at its folder plus its
 * `slug`, `id` or file name (number prefixes dropped). `draft: true` leaves a doc or post out of
 * production builds; there are no scheduled posts. Titles come from front matter, then the first `#` heading.
 *
 * Versioned docs: `versioned_docs/version-<name>/` is built only for the names `versions.json`
 * lists (none with `disableVersioning: true`; only those `onlyIncludeVersions` names); other version folders and `versioned_docs_archived/`
 * are kept, never built, and not checked. Inside a version a `.md` link is read from that
 * version's folder, not the current docs (getVersionDocsDirPath, readVersionNames in
 * facebook/docusaurus packages/docusaurus-plugin-content-docs/src/versions/files.ts @
 * 0559a6b6708e71af2bbf60c358550cd41c3fbc51; `sourceDirsToTry` in docusaurus-utils markdownLinks).
 * A translation (`i18n/<locale>/docusaurus-plugin-content-docs[-<id>]/<current | version-<name>>/`) reads its
 * `.md` links from its own folder, then its version's base folder (`docs/`, the plugin's path, `versioned_docs/version-<name>/`):
 * a target is a doc when the base folder has it, and the page reached is its translation where there is one.
 * A translation's relative URLs are read from its base doc's URL (the locale's prefix is common to both ends).
 * A URL whose last part has a dot may be a doc's route (`0.12.x`, a version-like id); sidebar categories'
 * generated indexes are routes too (docusaurus-categories.ts).
 */
import {literalOf, objectOf} from './config-text.js';
import {grayMatterEngines} from '../../front-matter-language.js';
import {readdirSync, type Dirent} from 'node:fs';
import {basename, dirname, join, relative, resolve, sep} from 'node:path';
import {isPageUrl} from '../files.js';
import {caseOrMissing, defaults, perSite, titleFieldType, readsYamlTimestamp, draftFlags, isBelow, isDir, isFile, lookInRoots, pageBelow, readText, languageTag, stringList} from './common.js';
import {toPosix} from '../../paths.js';
import {configNames, docsReading, forgetConfigs, seenConfig, walkedFolder} from './docusaurus-configs.js';
import {belowComputedBase, computedBaseUrls} from './docusaurus-base-url.js';
import {docusaurusBefore, docusaurusMajor} from './docusaurus-version.js';
import {blogSlug, docSlug, joinUrl, readDocsPlugins, readPluginSettings, stripNumberPrefix} from './docusaurus-urls.js';
import {normalizeUrl, urlMap} from './url-map.js';
import type {Detection, FieldType, Generator, LinkRequest, PageFrontMatter, ResolveContext, Resolution, SiteInfo, TemplatePage} from './types.js';
import {categoryPages, readsCategoryFiles, sidebarCategoryPatterns, sidebarPathSetting} from './docusaurus-categories.js';
import {onlyIncludeVersions} from './docusaurus-only-versions.js';
import {listedVersions, versionsBindings, versionsItem} from './docusaurus-versions-json.js';
import {withoutComments} from './js-source.js';
import {linkBases, resolveFrom, trailingSlashSetting, withTrailingSlash, type TrailingSlash} from './docusaurus-trailing-slash.js';
import {mayBeBuilt} from '../../left-out.js';
import {docusaurusBuiltFolders} from './docusaurus-built.js';


/** Settings read from the JS config as text (postlint never runs a site's code). */
function readJsConfig(text: string, configFile: string): Record<string, unknown> {
  const pick = (key: string): string | undefined => new RegExp(`(?:^|[\\s,{])${key}\\s*:\\s*['"\`]([^'"\`]+)['"\`]`, 'm').exec(text)?.[1];
  const config: Record<string, unknown> = {};
  const url = pick('url');
  const baseUrl = pick('baseUrl');
  if (url) config.url = url;
  if (baseUrl) config.baseUrl = baseUrl;
  // A baseUrl the config computes: the literal values it may take (docusaurus-base-url.ts).
  const candidates = baseUrl ? undefined : computedBaseUrls(text);
  if (candidates) config.baseUrlCandidates = candidates;
  if (/\bdisableVersioning\s*:\s*true\b/.test(text)) config.disableVersioning = true;
  // `trailingSlash` (docusaurus-trailing-slash.ts): true, false (a string too: Joi converts it), or a value not read.
  const trailingSlash = trailingSlashSetting(text);
  if (trailingSlash !== undefined) config.trailingSlash = trailingSlash;
  // `onlyIncludeVersions` (filterVersions): only these of versions.json are built; a literal list or the common computed
  // shape read (docusaurus-only-versions.ts). A value postlint cannot read leaves every listed version unknown: not checked.
  const only = onlyIncludeVersions(text, configFile, join(dirname(configFile), 'versions.json'));
  if (only?.kind === 'list') config.onlyIncludeVersions = only.names;
  else if (only?.kind === 'computed') {
    config.onlyIncludeVersionsComputed = only.expression;
    // The versions the computed list surely holds are built: checked as such.
    if (only.known) config.onlyIncludeVersionsKnown = only.known;
  }
  // `markdown: {format: 'md' | 'detect'}`: `.md` files are CommonMark; the default, 'mdx', reads them as MDX.
  const format = /\bformat\s*:\s*['"`](md|mdx|detect)['"`]/.exec(text)?.[1];
  if (format) config.markdownFormat = format;
  // The docs' sidebars file wherever `sidebarPath` puts it (out of the site folder too), or none (`false`).
  const sidebarPath = sidebarPathSetting(text, configFile);
  if (sidebarPath !== undefined) config.sidebarPath = sidebarPath;
  // Every docs plugin with a literal path (links by URL into another plugin's docs are read from its URLs).
  config.docsPlugins = readDocsPlugins(text).filter((plugin) => plugin.path !== undefined).map(({path, route, id}) => ({path, route, ...(id !== undefined ? {id} : {})}));
  // The pages plugin's folder is `src/pages` unless the config sets one (the preset's `pages: {path}`, a plugin of its own) or
  // none (`pages: false`): then which translations of pages are built is not read (unbuiltPageTranslation).
  const pages = objectOf(text, 'pages');
  if (/plugin-content-pages/.test(text) || /(?:^|[\s,{])['"]?pages['"]?\s*:\s*false\b/m.test(text) || (pages !== undefined && /(?:^|[\s,{])['"]?path['"]?\s*:/m.test(pages))) config.pagesPathSet = true;
  // `i18n.defaultLocale`: the language of the pages outside `i18n/` (docs/, blog/, src/pages/), served without a locale in their URL.
  const defaultLocale = literalOf(objectOf(text, 'i18n'), 'defaultLocale');
  if (defaultLocale) config.defaultLocale = defaultLocale;
  // routeBasePath, path, lastVersion and version paths of the preset's docs plugin, the blog's routeBasePath.
  // `lastVersion: versions[0]` of the imported versions.json names a version (docusaurus-versions-json.ts).
  const versionsFile = join(dirname(configFile), 'versions.json');
  const bindings = versionsBindings(withoutComments(text), configFile, versionsFile);
  const versionOfCode = (expression: string): string | undefined => (bindings.size > 0 ? versionsItem(expression, bindings, listedVersions(versionsFile)) : undefined);
  return {...config, ...readPluginSettings(text, versionOfCode)};
}

function withVersions(root: string, config: Record<string, unknown>): Record<string, unknown> {
  const major = docusaurusMajor(root);
  // No package.json, lockfile or installed core says the version: MDX 1 or MDX 3, which the pages' differences leave open.
  const mdx = major === undefined ? {mdxUnknown: 'no package.json, lockfile or installed @docusaurus/core says which Docusaurus (MDX 1 in version 2, MDX 3 in version 3) builds it'} : major < 3 ? {mdx1: true} : {};
  // Docusaurus before 2.0.0-beta.19 also tries a `./`/`../` Markdown link from the content paths (facebook/docusaurus#7248).
  const contentRootLinks = docusaurusBefore(root, firstFileRelativeOnly);
  return {...config, ...mdx, contentRootLinks, versions: readVersions(root, config.disableVersioning === true, Array.isArray(config.onlyIncludeVersions) ? (config.onlyIncludeVersions as string[]) : undefined)};
}

async function detect(dir: string): Promise<Detection | undefined> {
  for (const name of configNames) {
    const file = join(dir, name);
    if (!isFile(file)) continue;
    const text = readText(file) ?? '';
    const config = withVersions(dir, readJsConfig(text, file));
    const notes = [...(computedNotes(text).notes ?? []), ...(typeof config.onlyIncludeVersionsComputed === 'string' ? [computedVersionsNote(config.onlyIncludeVersionsComputed, config.onlyIncludeVersionsKnown)] : [])];
    return {site: {root: dir, generator: 'docusaurus', configFile: file, config, ...(notes.length > 0 ? {notes} : {})}, strength: 'marker'};
  }
  return sibling(dir);
}

/**
 * A docs folder that a Docusaurus site elsewhere reads: every docs plugin (the preset's `docs`,
 * each `@docusaurus/plugin-content-docs`) reads its `path` relative to the site folder, wherever
 * that is (`packages/website` with `path: '../../docs'`, `path: '../eslint-plugin/docs/rules'`).
 * Which configs are known, and how they are found without listing folders: docusaurus-configs.ts.
 * The folder is that plugin's: its `path` and `routeBasePath`.
 */
function sibling(dir: string): Detection | undefined {
  const found = docsReading(dir);
  if (!found) return undefined;
  const {configFile, text, plugin} = found;
  const root = dirname(configFile);
  const config = readJsConfig(text, configFile);
  // The preset's versions and lastVersion are its own; another plugin's are not read.
  const own = plugin.preset ? config : {...config, docsRoute: undefined, lastVersion: undefined, versionPaths: undefined, versionPathsUnknown: undefined, docsOwnMarkdownPlugins: undefined};
  return {site: {root, generator: 'docusaurus', configFile, config: withVersions(root, {...own, docsAmbiguous: undefined, docsPathUnknown: undefined, docsPath: plugin.path, ...(plugin.route !== undefined ? {docsRoute: plugin.route} : {})})}, strength: 'marker'};
}

/** A docs plugin whose `path` the config computes: its files are not known to be the site's, and stay as they were. */
function computedNotes(text: string): {notes?: string[]} {
  const notes = readDocsPlugins(text).filter((plugin) => plugin.path === undefined).map((plugin) => `a docs plugin's path is computed (path: ${plugin.computed}), not a literal string: files there are checked as if outside this site`);
  return notes.length > 0 ? {notes} : {};
}

/** The docs folder: the docs plugin's `path` (one detection found elsewhere, `../docs`, or the preset's), else `docs`. */
function docsDir(site: SiteInfo): string {
  return resolve(site.root, typeof site.config.docsPath === 'string' ? site.config.docsPath : 'docs');
}

/** The blog's folder: the preset blog's literal `path` (plugin-content-blog's default `blog`), relative to the site folder. */
function blogDir(site: SiteInfo): string {
  return resolve(site.root, typeof site.config.blogPath === 'string' ? site.config.blogPath : 'blog');
}

/**
 * The folder that holds the docs' pages: the docs folder, or the one folder it holds when it holds
 * nothing else (`docs/latest/`, a copy of another repository's docs kept as one folder), and so on down.
 */
const pagesFolder = perSite((site: SiteInfo): string => {
  let folder = docsDir(site);
  for (let depth = 0; depth < 8; depth++) {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, {withFileTypes: true}).filter((entry) => !entry.name.startsWith('.'));
    } catch {
      break;
    }
    if (entries.length !== 1 || !entries[0]!.isDirectory()) break;
    folder = join(folder, entries[0]!.name);
  }
  return folder;
});

/**
 * A relative link out of the docs' pages folder that names no file, from a doc the site's own
 * remark/rehype plugin processes (own-markdown-plugins.ts): that plugin may rewrite it (to the
 * repository on GitHub, commonly), which only running it tells: unverifiable, naming the plugins.
 * A link that stays inside the folder is still Docusaurus's to resolve, and checked.
 */
function ownPluginRewrite(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  const plugins = site.config.docsOwnMarkdownPlugins;
  if (!Array.isArray(plugins) || plugins.length === 0 || request.siteRoot) return undefined;
  const folder = pagesFolder(site);
  if (!isBelow(context.from, folder) || isBelow(resolve(dirname(context.from), request.path), folder)) return undefined;
  return {status: 'unverifiable', reason: `it leads out of ${toPosix(relative(site.root, folder))}/, and the docs plugin runs the site's own Markdown plugin ${plugins.join(', ')}, which may rewrite such a link (postlint does not run it)`};
}

/** A docs plugin's versions folder (`versioned_docs`, `community_versioned_docs`) and the versions file beside it. */
const versionedFolder = /^(?:([\w-]+)_)?versioned_docs$/;

/**
 * The versions each docs plugin builds, read once at detection from `versions.json` and
 * `<pluginId>_versions.json` (`''` is the default plugin); none with `disableVersioning: true`.
 */
function readVersions(root: string, disabled: boolean, only: string[] | undefined): Record<string, string[]> {
  const versions: Record<string, string[]> = {};
  let names: string[];
  try {
    names = readdirSync(root).filter((name) => /^(?:[\w-]+_)?versions\.json$/.test(name));
  } catch {
    return versions;
  }
  for (const name of names) {
    let data: unknown;
    try {
      data = JSON.parse(readText(join(root, name)) ?? 'null');
    } catch {
      continue;
    }
    if (Array.isArray(data)) versions[name.replace(/_?versions\.json$/, '')] = disabled ? [] : data.filter((version): version is string => typeof version === 'string' && (!only || name !== 'versions.json' || only.includes(version)));
  }
  return versions;
}

function builtVersions(site: SiteInfo, pluginId: string | undefined): string[] {
  const versions = site.config.versions;
  const list = typeof versions === 'object' && versions !== null ? (versions as Record<string, unknown>)[pluginId ?? ''] : undefined;
  return Array.isArray(list) ? (list as string[]) : [];
}

/** The version folder a file lives in (`versioned_docs/version-2.x`), and whether the site builds that version. */
function versionOf(path: string, site: SiteInfo): {dir: string; name: string; built: boolean} | undefined {
  const [top, folder] = relative(site.root, path).split(sep);
  const plugin = top === undefined ? undefined : versionedFolder.exec(top);
  if (!plugin || !folder?.startsWith('version-')) return undefined;
  const name = folder.slice('version-'.length);
  return {dir: join(site.root, top!, folder), name, built: builtVersions(site, plugin[1]).includes(name)};
}

/**
 * A version of versions.json whose building postlint cannot know: the config computes `onlyIncludeVersions` in a
 * way not read. Its docs are left unchecked (abstain) rather than reported as if built; the reason names the setting.
 */
function unknownVersion(name: string, site: SiteInfo): string | undefined {
  const computed = site.config.onlyIncludeVersionsComputed;
  const known = site.config.onlyIncludeVersionsKnown;
  if (Array.isArray(known) && known.includes(name)) return undefined;
  return typeof computed === 'string' ? `${mayBeBuilt}the config computes onlyIncludeVersions (${computed}), so whether Docusaurus builds version "${name}" is not known; not checked` : undefined;
}

/** The site note on a computed onlyIncludeVersions: which versions are checked, and that the others may be built (never "not built"). */
function computedVersionsNote(expression: string, known: unknown): string {
  const names = Array.isArray(known) ? (known as string[]).filter((name) => name !== 'current') : [];
  return names.length > 0
    ? `onlyIncludeVersions is computed (${expression}) and only partly read: it surely holds ${names.map((name) => `"${name}"`).join(', ')}, whose docs are checked; the config may add other versions of versions.json, whose docs are not checked (they may be built)`
    : `onlyIncludeVersions is computed (${expression}), not read: docs of the versions in versions.json are not checked (they may be built)`;
}

/** The folder site-root paths are served from: `static/`, copied into the build as it is. */
const staticDir = (site: SiteInfo): string => resolve(site.root, 'static');

/**
 * Markdown in `static/`: Docusaurus copies the static folders into the build folder as they are
 * (facebook/docusaurus packages/docusaurus/src/webpack/plugins/StaticDirectoriesCopyPlugin.ts; docusaurus.io
 * "Static Assets": "copied into the root of the generated build folder"), and only its content plugins'
 * folders make pages: such a file is served raw at its path, never rendered, so it is not checked. A link to
 * it still names an existing file (`staticRoots`). A static folder that is also a content folder holds pages.
 */
function staticCopy(path: string, site: SiteInfo): string | undefined {
  if (!/\.(?:md|mdx|markdown)$/i.test(path) || !isBelow(path, staticDir(site))) return undefined;
  if (docusaurus.contentRoots(site).some((root) => isBelow(path, root))) return undefined;
  return 'it is in static/, which Docusaurus copies to the site as it is, not as a page';
}

/** Folders of docs the site keeps but never builds: `versioned_docs_archived/`, a version `versions.json` does not list. */
function unbuilt(path: string, site: SiteInfo): string | undefined {
  const translation = unbuiltTranslation(path, site) ?? unbuiltPageTranslation(path, site);
  if (translation !== undefined) return translation;
  const copied = staticCopy(path, site);
  if (copied !== undefined) return copied;
  const [top] = relative(site.root, path).split(sep);
  if (top === undefined || !/^(?:[\w-]+_)?versioned_(?:docs|sidebars)/.test(top)) return undefined;
  const version = versionOf(path, site);
  if (version?.built) return top === 'versioned_docs' ? unknownVersion(version.name, site) : undefined;
  return version ? `Docusaurus builds only the versions versions.json lists (and onlyIncludeVersions keeps), and not "${version.name}"` : `Docusaurus does not read ${top}/ (only versioned_docs/version-<name>/ for the versions in versions.json)`;
}

/**
 * A translated doc's folder: `i18n/<locale>/docusaurus-plugin-content-docs[-<pluginId>]/<current | version-<name>>/`
 * (getDocsDirPathLocalized, getPluginI18nPath in facebook/docusaurus packages/docusaurus-plugin-content-docs/src/versions/files.ts).
 */
const localizedDocs = /^i18n[/\\]([^/\\]+)[/\\]docusaurus-plugin-content-docs(?:-([^/\\]+))?[/\\](current|version-[^/\\]+)(?=[/\\])/;

/**
 * The content paths of the docs version `from` belongs to, as Docusaurus's version metadata has them: the
 * localized one (`contentPathLocalized`, a translation's folder) and the base one (`contentPath`: `docs/`, the
 * plugin's `path`, or `versioned_docs/version-<name>/`). `base` is undefined for a translation of a docs plugin
 * whose `path` is not read (its id not given as a literal).
 */
function contentPathsOf(from: string, site: SiteInfo): {localized?: string; base: string | undefined} {
  const localized = localizedDocs.exec(toPosix(relative(site.root, from)));
  if (!localized) return {base: versionOf(from, site)?.dir ?? docsDir(site)};
  const [folder, , pluginId, version] = localized as unknown as [string, string, string | undefined, string];
  const localizedDir = join(site.root, folder);
  if (version !== 'current') return {localized: localizedDir, base: join(site.root, pluginId === undefined || pluginId === 'default' ? 'versioned_docs' : `${pluginId}_versioned_docs`, version)};
  if (pluginId === undefined || pluginId === 'default') return {localized: localizedDir, base: docsDir(site)};
  const plugins = Array.isArray(site.config.docsPlugins) ? (site.config.docsPlugins as Array<{path: string; id?: string}>) : [];
  const plugin = plugins.find((candidate) => candidate.id === pluginId);
  return {localized: localizedDir, base: plugin ? resolve(site.root, plugin.path) : undefined};
}

/**
 * A translated doc Docusaurus never builds: one of a version versions.json does not list, or one with no doc at
 * the same path in its version's base folder. A version's docs are listed from the base folder (readVersionDocs
 * globs `contentPath`) and each read from its translation where there is one, so a file only in the translation's
 * folder is no doc (facebook/docusaurus packages/docusaurus-plugin-content-docs/src/docs.ts).
 */
function unbuiltTranslation(path: string, site: SiteInfo): string | undefined {
  const match = localizedDocs.exec(toPosix(relative(site.root, path)));
  if (!match || !/\.mdx?$/i.test(path)) return undefined;
  const [, , pluginId, folder] = match as unknown as [string, string, string | undefined, string];
  const plugin = pluginId === 'default' ? undefined : pluginId;
  if (folder !== 'current' && plugin === undefined && unknownVersion(folder.slice('version-'.length), site) !== undefined) return unknownVersion(folder.slice('version-'.length), site);
  if (folder !== 'current' && !builtVersions(site, plugin).includes(folder.slice('version-'.length))) return `Docusaurus builds only the versions versions.json lists, and not "${folder.slice('version-'.length)}"`;
  const {localized, base} = contentPathsOf(path, site);
  // A base folder not known (the preset's docs `path` computed, or no such folder): abstain.
  if (localized === undefined || base === undefined || !isDir(base) || (base === docsDir(site) && (site.config.docsPathUnknown === true || site.config.docsAmbiguous === true))) return undefined;
  const rel = relative(localized, path);
  // `_` files and folders are partials docs import (the default `exclude`: `**/_*.{md,mdx}`, `**/_*/**`): no doc, yet read.
  if (rel.split(sep).some((part) => part.startsWith('_'))) return undefined;
  if (isFile(join(base, rel))) return undefined;
  return `Docusaurus builds a translation only of a doc in ${toPosix(relative(site.root, base)) || '.'}/, which has no ${toPosix(rel)}`;
}

/** A translated page's folder: `i18n/<locale>/docusaurus-plugin-content-pages/` (the default pages plugin's: getPluginI18nPath). */
const localizedPages = /^i18n[/\\]([^/\\]+)[/\\]docusaurus-plugin-content-pages[/\\]/;

/** A translated page's locale and its page in `src/pages/` (the file it translates, which may not exist). */
function pageTranslation(path: string, site: SiteInfo): {locale: string; counterpart: string} | undefined {
  const match = localizedPages.exec(toPosix(relative(site.root, path)));
  if (!match || site.config.pagesPathSet === true) return undefined;
  return {locale: match[1]!, counterpart: join(site.root, 'src', 'pages', relative(join(site.root, match[0]), path))};
}

/**
 * A translated page Docusaurus never builds: one with no page at the same path in `src/pages/`. The pages plugin
 * lists its pages from `src/pages/` (loadPagesContent globs `contentPath`) and reads each from the translation's
 * folder where that has the same file (getFolderContainingFile, localized folder first), so a file only in the
 * translation's folder is no page: `i18n/ja/docusaurus-plugin-content-pages/index.mdx` beside a `src/pages/index.tsx`
 * is never built (facebook/docusaurus packages/docusaurus-plugin-content-pages/src/content.ts).
 */
function unbuiltPageTranslation(path: string, site: SiteInfo): string | undefined {
  const translation = pageTranslation(path, site);
  const pages = resolve(site.root, 'src', 'pages');
  if (translation === undefined || !/\.mdx?$/i.test(path) || !isDir(pages)) return undefined;
  const rel = relative(pages, translation.counterpart);
  // `_` files and folders are partials pages import (the default `exclude`): no page, yet read.
  if (rel.split(sep).some((part) => part.startsWith('_'))) return undefined;
  if (isFile(translation.counterpart)) return undefined;
  return `Docusaurus builds a translation only of a page in src/pages/, which has no ${toPosix(rel)}`;
}

/**
 * A `.md` link read from the content paths of the linking doc's version (docusaurus-utils markdownLinks,
 * resolveMarkdownLinkPathname: `sourceDirsToTry` is the localized content path, the base one, then the site folder;
 * a link to a file that exists only in another version does not resolve). A version's docs are listed from its
 * base path and each read from its translation where there is one (readVersionDocs), so a target is a doc when the
 * base path has it, and the page the link reaches is the translation: the one whose headings count. A file only in
 * the translation's folder is no doc. Then the site folder. The folders a target must be in are returned for the message.
 */
function markdownLinkTarget(path: string, from: string, site: SiteInfo, context: ResolveContext): {file?: string; tried: string[]} {
  const {localized, base} = contentPathsOf(from, site);
  const root = join(site.root, path);
  if (base === undefined) {
    const file = context.firstExisting([...(localized ? [join(localized, path)] : []), root]);
    return {...(file ? {file} : {}), tried: [...(localized ? [localized] : []), site.root]};
  }
  // Where a target must be to be a doc: the base path (a file only in the translation's folder is none), then the site folder.
  const tried = [base, site.root];
  if (context.firstExisting([join(base, path)])) return {file: (localized ? context.firstExisting([join(localized, path)]) : undefined) ?? join(base, path), tried};
  const file = context.firstExisting([root]);
  return {...(file ? {file} : {}), tried};
}

/**
 * The first release where a `./` or `../` Markdown link is resolved from the linking file's folder
 * only: facebook/docusaurus#7248 (CHANGELOG 2.0.0-beta.19, 2022-05-04). Before it
 * replaceMarkdownLinks (docusaurus-utils src/markdownLinks.ts) tried every link against the file's
 * folder, then `${contentPathLocalized}/${link}` and `${contentPath}/${link}`: joined as text, so
 * `../../docs/x.md` from `versioned_docs/version-1/` climbs out of the version's folder to `docs/x.md`.
 * A source so found counts only when it is a doc of the plugin (its sourceToPermalink: every version's docs).
 */
const firstFileRelativeOnly = '2.0.0-beta.19';

/** A doc of the site's docs plugin, as its sourceToPermalink has them: built, Markdown, not a `_` partial. */
function isBuiltDoc(path: string, site: SiteInfo): boolean {
  if (!/\.mdx?$/i.test(path) || unbuilt(path, site) !== undefined) return false;
  const inDocs = isBelow(path, docsDir(site)) || versionOf(path, site)?.built === true || localizedDocs.test(toPosix(relative(site.root, path)));
  return inDocs && !relative(site.root, path).split(sep).some((part) => part.startsWith('_'));
}

/**
 * The site as the docs plugin `from` is a doc of sees it, or undefined for a file of no docs plugin. Only a docs
 * plugin linkified with its content paths: the blog used its own paths and posts only, and pages had no linkify
 * (plugin-content-blog blogUtils linkify, before 2.0.0-beta.19), so a blog post or a `src/pages` file gets no
 * content-folder lookup. A second docs plugin's doc gets that plugin's own folder.
 */
function docsPluginOf(from: string, site: SiteInfo): SiteInfo | undefined {
  if (isBelow(from, docsDir(site)) || versionOf(from, site) !== undefined || localizedDocs.test(toPosix(relative(site.root, from)))) return site;
  return otherPlugins(site).find((plugin) => isBelow(from, docsDir(plugin)));
}

/** A `./`/`../` Markdown link's doc as Docusaurus before 2.0.0-beta.19 found it from the content paths. */
function contentRootDoc(path: string, from: string, site: SiteInfo, context: ResolveContext): string | undefined {
  const plugin = docsPluginOf(from, site);
  if (plugin === undefined) return undefined;
  const {localized, base} = contentPathsOf(from, plugin);
  if (base === undefined) return undefined;
  const candidates = [...(localized ? [localized] : []), base].map((dir) => resolve(dir, path));
  return context.firstExisting(candidates.filter((candidate) => isBuiltDoc(candidate, plugin)));
}

/**
 * A doc served at `../reducing-boilerplate` from a doc in `usage/structuring-reducers/`: the doc of
 * `usage/` whose slug, id or file name (number prefix dropped) is `reducing-boilerplate`.
 */
function docByUrl(request: LinkRequest, context: ResolveContext): string | undefined {
  // A dotted name is no file type here: `0.12.x` is the id of `0.12.x.md` (a `.md` link names a source file, read elsewhere).
  if (/\.mdx?$/i.test(request.path)) return undefined;
  const url = resolve(dirname(context.from), request.path.replace(/\/+$/, ''));
  const name = basename(url);
  for (const path of context.files()) {
    if (dirname(path) !== dirname(url) || !/\.mdx?$/i.test(path)) continue;
    const data = context.facts(path)?.frontMatter?.data;
    const slug = typeof data?.slug === 'string' ? data.slug.replace(/^\.?\/?/, '') : undefined;
    const id = typeof data?.id === 'string' ? data.id : undefined;
    const fileName = stripNumberPrefix(basename(path).replace(/\.mdx?$/i, ''));
    if ((slug ?? id ?? fileName) === name || (slug === undefined && id === undefined && fileName.toLowerCase() === name.toLowerCase())) return path;
  }
  return undefined;
}

/** The version served without a version segment: the config's `lastVersion`, else the newest of versions.json, else the current docs. */
function lastVersion(site: SiteInfo): string {
  return typeof site.config.lastVersion === 'string' ? site.config.lastVersion : builtVersions(site, undefined)[0] ?? 'current';
}

/** The URL segment of a version: a `path` the config gives, none for the last version, `next` for the current docs otherwise, else its name. */
function versionPath(site: SiteInfo, name: string): string {
  const paths = site.config.versionPaths as Record<string, string> | undefined;
  const given = paths?.[name];
  if (given !== undefined) return given;
  // Paths the config computes: a version's own name stands in (the default for all but the last), so that versions do
  // not share URLs; only links that stay below the version's path are read (versionPathKnown).
  if (site.config.versionPathsUnknown === true) return name === 'current' ? 'next' : name;
  return name === lastVersion(site) ? '' : name === 'current' ? 'next' : name;
}

/** Whether a version's URL segment is read from the config (not computed: `lastVersion: latest`, `[latest]: {path: …}`). */
function versionPathKnown(site: SiteInfo, name: string): boolean {
  const paths = site.config.versionPaths as Record<string, string> | undefined;
  return site.config.versionPathsUnknown !== true || paths?.[name] !== undefined;
}

/**
 * The docs plugin reads `draft` from 2.0.0-beta.15 (facebook/docusaurus#6457, "draft docs excluded from build &
 * sidebars", January 2022, "to reach parity with the blog plugin"); before it a doc marked `draft: true` was built
 * and listed like any other. The blog's `draft` is older (in plugin-content-blog's blogUtils by August 2020,
 * facebook/docusaurus#3305), so a post's flag counts on every Docusaurus 2.
 */
const docsDraftsSince = '2.0.0-beta.15';
/** Read once a site: each draft page would read package.json and the lockfile (megabytes) again. */
const docsDraftsUnread = perSite((site) => docusaurusBefore(site.root, docsDraftsSince) === true);

/**
 * The keys Docusaurus types, as its content plugins' Joi schemas validate the front matter before the build goes
 * on (@docusaurus/utils-validation: a value the schema refuses stops the build): `title` text (a number is turned
 * into its text: JoiFrontMatter), `draft` a boolean, and on a doc or a blog post `tags` an array of tags
 * (FrontMatterTagsSchema: `Joi.array()`, which takes neither one tag as a string nor an empty `tags:`, YAML null).
 * A `src/pages` page's schema has no tags; `categories` is no key of any.
 */
function docusaurusFieldTypes(path: string, site: SiteInfo | undefined): Record<string, readonly FieldType[]> {
  return {...titleFieldType, draft: ['boolean'], ...(site !== undefined && taggedContent(path, site) ? {tags: ['array']} : {})};
}

/**
 * Is this a file a docs or blog plugin builds, whose front matter its Joi schema validates: below the preset's docs,
 * the blog, a docs plugin's literal `path` or a version's folder (not a `_` partial there, left out by `exclude`),
 * or their translations. A README beside the site, or notes in a folder no plugin reads, is validated by nothing.
 */
function taggedContent(path: string, site: SiteInfo): boolean {
  if (/^i18n[/\\][^/\\]+[/\\]docusaurus-plugin-content-(?:docs|blog)/.test(relative(site.root, path))) return true;
  const plugins = Array.isArray(site.config.docsPlugins) ? (site.config.docsPlugins as Array<{path: string}>).map((plugin) => resolve(site.root, plugin.path)) : [];
  const version = versionOf(path, site);
  const folders = [docsDir(site), resolve(site.root, 'blog'), ...plugins, ...(version ? [version.dir] : [])];
  return folders.some((folder) => isBelow(path, folder) && !excludedByDefault(relative(folder, path)));
}

/** A page of a docs plugin: not the blog's, nor a `src/pages` page (nor their translations). */
function isDocsPage(path: string, site: SiteInfo): boolean {
  if (/^i18n[/\\][^/\\]+[/\\]docusaurus-plugin-content-(?:blog|pages)/.test(relative(site.root, path))) return false;
  return !isBelow(path, blogDir(site)) && !isBelow(path, resolve(site.root, 'src', 'pages'));
}

/** Docusaurus leaves out of its docs and blog files and folders starting with `_` and tests (its `exclude` default). */
function excludedByDefault(rel: string): boolean {
  return rel.split(sep).some((part) => part.startsWith('_')) || /(?:^|[/\\])__tests__[/\\]|\.test\.[^/\\]+$/.test(rel);
}

/** The URL path a doc, post or page is served at (docusaurus-urls.ts); undefined where the config is not read with certainty. */
function pageUrl(path: string, site: SiteInfo, frontMatter: PageFrontMatter): string | undefined {
  // Front matter in code (`---js`) may set `slug`, `id` or `permalink`: only running it knows.
  if (!/\.mdx?$/i.test(path) || frontMatter?.unread !== undefined) return undefined;
  const data = frontMatter?.data ?? {};
  const version = versionOf(path, site);
  const docs = docsDir(site);
  if (version || isBelow(path, docs)) {
    if (site.config.docsAmbiguous === true || (version && !version.built)) return undefined;
    const dir = version?.dir ?? docs;
    const rel = relative(dir, path);
    if (excludedByDefault(rel)) return undefined;
    const route = typeof site.config.docsRoute === 'string' ? site.config.docsRoute : 'docs';
    return joinUrl(route, versionPath(site, version?.name ?? 'current'), docSlug(toPosix(rel), data));
  }
  const blog = blogDir(site);
  if (isBelow(path, blog)) {
    const rel = relative(blog, path);
    if (excludedByDefault(rel)) return undefined;
    return joinUrl(typeof site.config.blogRoute === 'string' ? site.config.blogRoute : 'blog', blogSlug(toPosix(rel), data));
  }
  const pages = resolve(site.root, 'src', 'pages');
  if (isBelow(path, pages)) {
    const rel = toPosix(relative(pages, path));
    if (excludedByDefault(rel)) return undefined;
    return joinUrl(rel.replace(/\.mdx?$/i, '').replace(/(^|\/)index$/i, ''));
  }
  return undefined;
}

/**
 * The generated-index pages of the site's sidebar categories (docusaurus-categories.ts), for the
 * current docs and each version the site builds, at the docs route and the version's path.
 */
function categoryIndexPages(site: SiteInfo): TemplatePage[] {
  if (site.config.docsAmbiguous === true || site.config.docsPathUnknown === true) return [];
  const route = typeof site.config.docsRoute === 'string' ? site.config.docsRoute : 'docs';
  const versions = [{dir: docsDir(site), name: 'current'}, ...builtVersions(site, undefined).map((name) => ({dir: join(site.root, 'versioned_docs', `version-${name}`), name}))];
  const prefixes = versions.map(({name}) => joinUrl(route, versionPath(site, name)));
  const sidebarPath = typeof site.config.sidebarPath === 'string' || site.config.sidebarPath === false ? site.config.sidebarPath : undefined;
  return [...versions.flatMap(({dir, name}, index) => (readsCategoryFiles(site.root, name, sidebarPath) ? categoryPages(dir, prefixes[index]!) : [])), ...sidebarCategoryPatterns(site.root, prefixes, sidebarPath)];
}

/** The page a URL path names, by the URLs its docs, posts and pages are served at; then by the URLs of the site's other docs plugins. */
function pageByUrl(site: SiteInfo, url: string, context: ResolveContext, anyCase = false): string | undefined {
  return pageByOwnUrl(site, url, context, anyCase) ?? otherPlugins(site).reduce<string | undefined>((found, other) => found ?? pageByOwnUrl(other, url, context, anyCase), undefined);
}

/** The URL map of one docs plugin's site: its docs, blog, pages and versions. */
function ownMap(site: SiteInfo, context: ResolveContext): ReturnType<typeof urlMap> {
  return urlMap(docusaurus, site, [docsDir(site), blogDir(site), resolve(site.root, 'src', 'pages'), ...versionDirs(site)], context);
}

function pageByOwnUrl(site: SiteInfo, url: string, context: ResolveContext, anyCase: boolean): string | undefined {
  const map = ownMap(site, context);
  const key = normalizeUrl(url);
  const folded = anyCase ? map.folded.get(key.toLowerCase()) : undefined;
  return map.pages.get(anyCase && folded !== undefined ? folded : key);
}

/**
 * A URL a pattern of the site's template pages may be (a sidebars file writing generated-index
 * categories in code, docusaurus-categories.ts): unverifiable, as no page's URL says it is or is not one.
 */
function patternRoute(site: SiteInfo, urls: string[], context: ResolveContext): Resolution | undefined {
  const {patterns} = ownMap(site, context);
  for (const url of urls) {
    const key = normalizeUrl(url).toLowerCase();
    const pattern = patterns.find((candidate) => candidate.test.test(key));
    if (pattern) return {status: 'unverifiable', reason: `no doc has that URL, but ${pattern.why}`};
  }
  return undefined;
}

/**
 * A page whose URL is this one in other letter case: Docusaurus's router matches routes without
 * regard to case (react-router's default; facebook/docusaurus#2235), so the link works from the
 * site's own pages, while a fresh load is the host's call (facebook/docusaurus#6758): unverifiable.
 */
function caseOnlyRoute(site: SiteInfo, urls: string[], context: ResolveContext): Resolution | undefined {
  for (const url of urls) {
    const page = pageByUrl(site, url, context, true);
    if (page) return {status: 'unverifiable', reason: `Docusaurus's router serves ${toPosix(relative(site.root, page))} here without regard to letter case; loaded fresh, whether the host does depends on the host`};
  }
  return undefined;
}

/**
 * The site as each of its other docs plugins (a literal `path`) sees it: that plugin's folder and
 * `routeBasePath`, unversioned (another plugin's versions are not read, so its URLs are its current docs').
 */
function otherPlugins(site: SiteInfo): SiteInfo[] {
  const plugins = Array.isArray(site.config.docsPlugins) ? (site.config.docsPlugins as Array<{path: string; route?: string}>) : [];
  const own = docsDir(site);
  return plugins
    .filter((plugin) => resolve(site.root, plugin.path) !== own)
    .map((plugin) => ({...site, config: {...site.config, docsPath: plugin.path, docsRoute: plugin.route, docsAmbiguous: undefined, docsPathUnknown: undefined, lastVersion: undefined, versionPaths: undefined, versionPathsUnknown: undefined, docsOwnMarkdownPlugins: undefined, versions: {}}}));
}

/** The folders of the versions the site builds. */
function versionDirs(site: SiteInfo): string[] {
  const versions = site.config.versions;
  if (typeof versions !== 'object' || versions === null) return [];
  return Object.entries(versions as Record<string, string[]>).flatMap(([plugin, names]) => names.map((name) => join(site.root, plugin === '' ? 'versioned_docs' : `${plugin}_versioned_docs`, `version-${name}`)));
}

/**
 * A relative page URL (`../setup`, `./install#x`) read from the linking page's own URL, as the
 * browser and the build's broken-links check do (docusaurus-trailing-slash.ts): found when the URL the
 * build reads it from names a page; when only the other form does (`trailingSlash` unset, a host
 * that adds the slash), unverifiable. From a version whose path the config computes, a link that
 * leads out of that version's path is unverifiable: where it lands depends on that path.
 */
function docByPageUrl(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  const targets = pageUrlTargets(request, context);
  if (targets.own === undefined) return undefined;
  const {version} = targets;
  const below = (url: string): boolean => url === version!.prefix || url.startsWith(`${version!.prefix.replace(/\/+$/, '')}/`);
  if (version && [...targets.build, ...targets.host].some((target) => !below(target))) {
    return {status: 'unverifiable', reason: `it leads out of ${version.prefix}/, the URL of docs version "${version.name}", which the config computes (lastVersion or versions not literal)`};
  }
  for (const target of targets.build) {
    const page = pageByUrl(site, target, context);
    if (page) return {status: 'found', path: translationOf(page, context.from, site, context) ?? page};
  }
  for (const target of targets.host) {
    const page = pageByUrl(site, target, context);
    if (page) return {status: 'unverifiable', reason: `Docusaurus serves this page at ${targets.own} (trailingSlash is not set) and reads the link from there, where no page is; from ${withTrailingSlash(targets.own, !targets.own.endsWith('/'))}, the URL a host that adds or drops the slash serves it at, it is ${toPosix(relative(site.root, page))}`};
  }
  const elsewhere = docAtComputedVersionPath(site, [...targets.build, ...targets.host], context);
  if (elsewhere) return {status: 'unverifiable', reason: `it is ${toPosix(relative(site.root, elsewhere.page))} if the config serves docs version "${elsewhere.version}" at ${elsewhere.prefix}, which it computes (lastVersion or versions not literal)`};
  return undefined;
}

/**
 * A URL below the docs' route (`/docs/guide/setup`, read from a blog post's permalink) that a built version's doc has when
 * that version is served where only running the config tells (`lastVersion: pickLatest()`): any version may then be the
 * one served at `/docs/`. The version, the doc, and the prefix the URL assumes for it; undefined when no version's doc fits.
 */
function docAtComputedVersionPath(site: SiteInfo, urls: string[], context: ResolveContext): {version: string; page: string; prefix: string} | undefined {
  if (site.config.versionPathsUnknown !== true) return undefined;
  const route = joinUrl(typeof site.config.docsRoute === 'string' ? site.config.docsRoute : 'docs');
  for (const url of urls) {
    const key = normalizeUrl(url);
    if (route !== '/' && key !== route && !key.startsWith(`${route}/`)) continue;
    const rest = route === '/' ? key : key.slice(route.length);
    for (const name of [...builtVersions(site, undefined), 'current']) {
      if (versionPathKnown(site, name)) continue;
      const page = pageByOwnUrl(site, joinUrl(route, versionPath(site, name), rest), context, false);
      if (page) return {version: name, page, prefix: `${route.replace(/\/$/, '')}/`};
    }
  }
  return undefined;
}

/**
 * A translated doc's own URL below its locale is its base doc's (the same file of the version's base
 * folder, read with the translation's front matter): relative links are read from it, as the locale's
 * prefix (`/zh/`) is common to both ends. Undefined for any other file.
 */
function translatedPageUrl(from: string, site: SiteInfo, context: ResolveContext): string | undefined {
  // A translated page's is its `src/pages/` page's (loadPagesContent: the permalink is made from the base's relative path).
  const page = pageTranslation(from, site);
  if (page) return isFile(page.counterpart) ? pageUrl(page.counterpart, site, context.frontMatterOf(from)) : undefined;
  const {localized, base} = contentPathsOf(from, site);
  if (localized === undefined || base === undefined) return undefined;
  const counterpart = join(base, relative(localized, from));
  return isFile(counterpart) ? pageUrl(counterpart, site, context.frontMatterOf(from)) : undefined;
}

/** The translation of a doc found by URL, when the linking file is a translation and its locale has one: the page the reader gets. */
function translationOf(page: string, from: string, site: SiteInfo, context: ResolveContext): string | undefined {
  // From a translated page, a doc of the preset's docs is read in that page's locale (its current or version folder).
  const locale = pageTranslation(from, site)?.locale;
  if (locale !== undefined) {
    const version = versionOf(page, site);
    const base = version?.dir ?? docsDir(site);
    const folder = version ? basename(version.dir) : 'current';
    const preset = version ? basename(dirname(version.dir)) === 'versioned_docs' : true;
    return preset && isBelow(page, base) ? context.firstExisting([join(site.root, 'i18n', locale, 'docusaurus-plugin-content-docs', folder, relative(base, page))]) : undefined;
  }
  const {localized, base} = contentPathsOf(from, site);
  if (localized === undefined || base === undefined || !isBelow(page, base)) return undefined;
  return context.firstExisting([join(localized, relative(base, page))]);
}

/**
 * The linking page's own URL (a doc of another docs plugin at that plugin's), and the URLs a relative page link names
 * from it: from the URLs the build reads it from, and those a host may serve the page at too (linkBases). With the
 * page's version, when its path is computed: the URL prefix every target must stay below to be read.
 */
function pageUrlTargets(request: LinkRequest, context: ResolveContext): {own?: string; build: string[]; host: string[]; version?: {name: string; prefix: string}} {
  const site = context.site!;
  // Any path but a source file's may be a route: a doc id keeps a version-like dot (`0.12.x`), which is no extension.
  if (/\.mdx?$/i.test(request.path)) return {build: [], host: []};
  const plugin = docsPluginServing(context.from, site);
  const own = pageUrl(context.from, plugin, context.frontMatterOf(context.from)) ?? translatedPageUrl(context.from, site, context);
  if (own === undefined) return {build: [], host: []};
  const {build, host} = linkBases(own, site.config.trailingSlash as TrailingSlash);
  const resolveAll = (bases: string[]): string[] => bases.map((base) => resolveFrom(base, request.path));
  const name = plugin === site ? (versionOf(context.from, site)?.name ?? (isBelow(context.from, docsDir(site)) ? 'current' : undefined)) : undefined;
  const version = name !== undefined && !versionPathKnown(site, name) ? {name, prefix: joinUrl(typeof site.config.docsRoute === 'string' ? site.config.docsRoute : 'docs', versionPath(site, name))} : undefined;
  return {own, build: resolveAll(build), host: resolveAll(host), ...(version ? {version} : {})};
}

/**
 * A page URL that names no page from the page's URL, while a doc beside the linking file has the name (`./sibling` on a
 * doc served at `/docs/guide/page/` with `trailingSlash: true`, next to `guide/sibling.md`, served at `/docs/guide/sibling/`):
 * the browser asks for the URL, not the file, and the build's broken-links check reports it. Only where `trailingSlash`
 * is set, so that the URL is the one the build reads; unset, the file beside is left to decide as before.
 */
function besideButNotServed(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  if (typeof site.config.trailingSlash !== 'boolean' || request.siteRoot) return undefined;
  const targets = pageUrlTargets(request, context);
  if (targets.own === undefined || targets.build.length !== 1) return undefined;
  const absolute = resolve(dirname(context.from), request.path.replace(/\/+$/, ''));
  const beside = context.firstExisting(['.md', '.mdx'].map((extension) => `${absolute}${extension}`));
  if (beside === undefined || pageUrl(beside, docsPluginServing(beside, site), context.frontMatterOf(beside)) === undefined) return undefined;
  if (caseOnlyRoute(site, targets.build, context) ?? patternRoute(site, targets.build, context) ?? ownPluginRewrite(request, context)) return undefined;
  return {status: 'missing', path: absolute, pageUrl: {looked: targets.build[0]!, page: withTrailingSlash(targets.own, site.config.trailingSlash)}};
}

/** The docs plugin whose doc a file is (the one with the deepest folder holding it), else the site (versions, blog, pages). */
function docsPluginServing(from: string, site: SiteInfo): SiteInfo {
  const holding = [site, ...otherPlugins(site)].filter((plugin) => isBelow(from, docsDir(plugin)));
  return holding.sort((a, b) => docsDir(b).length - docsDir(a).length)[0] ?? site;
}

function resolveSiteRoot(request: LinkRequest, context: ResolveContext): Resolution {
  const served = servedAt(request, context);
  if (served.status !== 'missing' && served.status !== 'no-index') return served;
  return underComputedBase(request, context) ?? served;
}

/**
 * A path that starts with a value the config's computed baseUrl may take (docusaurus-base-url.ts)
 * and that the site serves below it: unverifiable, naming the readings.
 */
function underComputedBase(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const bases = context.site!.config.baseUrlCandidates;
  if (!Array.isArray(bases)) return undefined;
  for (const {base, path} of belowComputedBase(request.path, bases as string[])) {
    const found = servedAt({...request, path}, context);
    if (found.status !== 'found') continue;
    const shown = toPosix(relative(context.site!.root, found.path));
    return {status: 'unverifiable', reason: `the config computes baseUrl (one of ${bases.map((value) => `'${value}'`).join(', ')}): where it is '${base}' this is ${shown}, otherwise no file`};
  }
  return undefined;
}

/** What the build serves at a site-root path (the base path removed). */
function servedAt(request: LinkRequest, context: ResolveContext): Resolution {
  const site = context.site!;
  // `/x.md` names a source file: from the content paths of the linking page's version and locale, then the site folder.
  if (/\.mdx?$/i.test(request.path)) {
    const {file, tried} = markdownLinkTarget(request.path, context.from, site, context);
    return file ? {status: 'found', path: file} : {status: 'missing', path: join(tried[0]!, request.path), roots: tried};
  }
  const found = lookInRoots(request, context);
  // A `static/` folder without an index (a doc's images) and a doc routed at the same path share one
  // output folder: the route writes its index.html there, so the page is what the link reaches.
  if (found && found.status !== 'no-index') return found;
  if (isPageUrl(request.path)) {
    // A doc's URL is made from its slug, id, folders and version, not from its file's path.
    const page = pageByUrl(site, request.path, context) ?? pageBelow([docsDir(site), dirname(site.root)], request.path, context);
    if (page) return {status: 'found', path: page};
    return found ?? caseOnlyRoute(site, [request.path], context) ?? {status: 'unverifiable', reason: 'a page URL that routes, slugs or plugins may make'};
  }
  if (found) return found;
  // A doc whose id has a dot (`reference/0.12.x`): its route looks like a file name, and is the doc's.
  const page = pageByUrl(site, request.path, context);
  if (page) return {status: 'found', path: page};
  return caseOrMissing(request, context);
}

export const docusaurus: Generator = {
  ...defaults,
  // gray-matter reads YAML with js-yaml, whose readFlowCollection skips tabs as separation space.
  readsTabsInFlow: () => 'js-yaml (gray-matter) skips it as white space',
  // gray-matter: front matter never closed runs to the end of the file.
  frontMatterToEnd: true,
  // gray-matter's engines: `---json` blocks are JSON, `---js` code.
  frontMatterEngines: () => grayMatterEngines,
  name: 'docusaurus',
  title: 'Docusaurus',
  // The docs plugin's front matter: `sidebar_label` is the doc's text in the sidebar, `pagination_label`
  // its text in the previous/next buttons (docusaurus.io/docs/api/plugins/@docusaurus/plugin-content-docs).
  shownFields: ['sidebar_label', 'pagination_label'],
  buildOutput: () => ['build', '.docusaurus'],
  words: ['docusaurus'],
  detect,
  configsElsewhere: {names: configNames, walked: walkedFolder, seen: seenConfig, forget: forgetConfigs},
  contentRoots: (site) => [docsDir(site), blogDir(site), resolve(site.root, 'src', 'pages')],
  staticRoots: (site) => [staticDir(site)],
  // Its content plugins' folders, versions and translations (docusaurus-built.ts); unknown when the config computes one.
  builtFolders: (site) => docusaurusBuiltFolders(site, docsDir(site), blogDir(site)),
  pageUrl,
  templatePages: categoryIndexPages,
  // Translations in `i18n/<locale>/docusaurus-plugin-content-docs/…` (-blog, -pages) are built too.
  // A `_` partial (or a file in a `_` folder) of the docs, blog or pages: read into the pages that import it.
  importedOnly: (path, site) => [docsDir(site), ...(versionOf(path, site) ? [versionOf(path, site)!.dir] : []), blogDir(site), resolve(site.root, 'src', 'pages')].some((dir) => isBelow(path, dir) && excludedByDefault(relative(dir, path))),
  isPage: (path, site) => !site || docusaurus.contentRoots(site).some((root) => isBelow(path, root)) || versionOf(path, site)?.built === true || /^i18n[/\\][^/\\]+[/\\]docusaurus-plugin-content-(?:docs|blog|pages)[^/\\]*[/\\]/.test(relative(site.root, path)),
  unbuilt,
  // Translations live in `i18n/<locale>/` (docusaurus-plugin-content-docs/current/, …-blog/, …-pages/): their locale is their language.
  // The site's own pages are in `i18n.defaultLocale` (docusaurus.io/docs/api/docusaurus-config#i18n).
  language: (path, site) => {
    const [top, locale] = relative(site.root, path).split(sep);
    return top === 'i18n' && locale !== undefined && isBelow(path, join(site.root, 'i18n', locale)) ? languageTag(locale) : languageTag(site.config.defaultLocale);
  },
  // `url` + `baseUrl`; baseUrl alone when the config computes `url` (the site is served below baseUrl either way).
  baseUrl: (site) => {
    const base = typeof site.config.baseUrl === 'string' ? site.config.baseUrl : undefined;
    return typeof site.config.url === 'string' ? `${site.config.url.replace(/\/+$/, '')}${base ?? '/'}` : base;
  },
  // Docusaurus's own `{#id}` ending the heading's last text: the id runs to the final brace, dots and all (`{#i18n.load}`).
  headingAttributes: () => 'docusaurus',
  // Admonitions are remark-directive containers (`:::note`, any name read as a directive): their closing fence is tried first.
  containers: () => ({}),
  ownMarkdownPlugins: (site) => stringList(site.config.ownMarkdownPlugins, []),
  slugFlavor: (site) => ({name: 'github', options: {}, reason: 'Docusaurus uses GitHub-style ids', ...(site?.configFile ? {from: site.configFile} : {})}),
  inserts: ['mdx', 'component'],
  // `@site/…` is Docusaurus' webpack alias for the site folder (its `@site` alias is siteDir): a partial kept outside the
  // content plugins' folders (`@site/snippets/note.md`) is reached from the page that imports it; other imports are relative.
  resolveInclude: (include, context) => context.firstExisting([include.path.startsWith('@site/') && context.site ? join(context.site.root, include.path.slice('@site/'.length)) : resolve(dirname(context.from), include.path)]),
  // Docusaurus 3 (MDX 3, remark-gfm): mdast-util-to-hast's footer writes only the definitions a reference calls.
  // Docusaurus 2's MDX 1 and a site whose version is unknown are not modelled: the definition counts as shown.
  dropsUnreferencedFootnotes: (site) => site.config.mdx1 !== true && site.config.mdxUnknown === undefined,
  commentHeadingIds: true,
  readsMdAsMdx: (site) => site.config.markdownFormat === undefined || site.config.markdownFormat === 'mdx',
  mdx1: (site) => site.config.mdx1 === true,
  mdxUnknown: (site) => (typeof site.config.mdxUnknown === 'string' ? site.config.mdxUnknown : undefined),
  resolveSiteRoot,
  // A link without `.md` is a URL the browser reads from the page's URL: read so before the file beside the page.
  resolvePageUrl: (request, context) => (/\.mdx?$/i.test(context.from) ? (docByPageUrl(request, context) ?? besideButNotServed(request, context)) : undefined),
  resolveRelative(request, context) {
    const site = context.site!;
    if (!/\.mdx?$/i.test(context.from)) return undefined;
    // A `.md` link not found beside the file: from the content paths of its version and locale, then the site folder.
    if (/\.mdx?$/i.test(request.path) && !request.path.startsWith('./') && !request.path.startsWith('../')) {
      const {file} = markdownLinkTarget(request.path, context.from, site, context);
      if (file) return {status: 'found', path: file};
    }
    if (/\.mdx?$/i.test(request.path) && (request.path.startsWith('./') || request.path.startsWith('../'))) {
      const before = site.config.contentRootLinks;
      const doc = before === false ? undefined : contentRootDoc(request.path, context.from, site, context);
      if (doc && before === true) return {status: 'found', path: doc};
      if (doc && typeof before === 'string') return {status: 'unverifiable', reason: `Docusaurus before ${firstFileRelativeOnly} also looks for it from the content folder, where ${toPosix(relative(site.root, doc))} is; ${before}`};
    }
    const byPageUrl = docByPageUrl(request, context);
    if (byPageUrl) return byPageUrl;
    const targets = pageUrlTargets(request, context);
    // A doc beside the linking one by slug or id, read from its folder: the page's URL without its slash. With `trailingSlash: true`
    // a known page URL has one, and says where the link leads.
    const doc = targets.own !== undefined && site.config.trailingSlash === true ? undefined : docByUrl(request, context);
    if (doc) return {status: 'found', path: doc};
    const urls = [...targets.build, ...targets.host];
    return caseOnlyRoute(site, urls, context) ?? patternRoute(site, urls, context) ?? ownPluginRewrite(request, context);
  },
  // mdx-loader's transformImage resolves a Markdown image from the source file's folder (a site-root one from
  // the static folders) and turns it into a bundler require; one it cannot find goes to
  // `markdown.hooks.onBrokenMarkdownImages`, `throw` by default.
  imagesAtBuild: {reason: 'Docusaurus resolves Markdown images from the source files when it builds', siteRoot: true},
  publishState: (path, frontMatter, site) => {
    const flags = draftFlags(frontMatter, {draft: true});
    return flags.length > 0 && site !== undefined && isDocsPage(path, site) && docsDraftsUnread(site) ? [] : flags;
  },
  // Front matter is read with js-yaml (YAML 1.1 timestamps: `2019-07-02 0:00:00`).
  readsDate: readsYamlTimestamp,
  titleSources: ['front-matter', 'first-heading', 'file-name'],
  // JoiFrontMatter (@docusaurus/utils-validation) prepares a number for `Joi.string()` with toString ("tag: 2021",
  // facebook/docusaurus#4642); a boolean is refused, and the build stops.
  fieldTypes: docusaurusFieldTypes,
  // Joi refuses null where it wants an array: an empty `tags:` stops the build.
  emptyList: () => undefined,
  printsScalarAsText: (_field, value) => (typeof value === 'number' ? 'Docusaurus reads a number as its text' : undefined),
  fieldFrom: (field, page) => {
    if (field === 'title') return page.hasTopHeading ? 'the first heading' : 'the file name';
    if (field === 'date') return 'the file name or the file\'s history';
    return undefined;
  },
};
