/**
 * VitePress (vuejs/vitepress). The folder holding `.vitepress/` (or its `srcDir`) is the source;
 * `public/` in it is served at the site root; every page is served at its file's path
 * (`guide/a.md` → `/guide/a.html`, or `/guide/a` with `cleanUrls`) unless `rewrites` changes
 * URLs. VitePress has no drafts. Titles come from front matter, then the first `#` heading.
 * The config's `locales` keys are folders of the source written in their locale's `lang`
 * (`es: {lang: 'es'}` → `es/` is Spanish; `root` is the rest of the site).
 */
import {grayMatterEngines} from '../../front-matter-language.js';
import {dirname, extname, join, posix, relative, resolve, sep} from 'node:path';
import {isPageUrl} from '../files.js';
import {caseOrMissing, defaults, titleFieldType, isBelow, isFile, lookInRoots, pageBelow, readText, stringList} from './common.js';
import {toPosix} from '../../paths.js';
import {localeKey, localeOf, siteLocaleReading} from './locales.js';
import {configObjectOf, literalOf, localModules, withLocalImports} from './config-text.js';
import {configSettings, settingOf, stringSetting} from './config-settings.js';
import {llmsOutput, llmsPageCopy, readLlmsPlugin, type LlmsPlugin} from './vitepress-llms.js';
import {readIdOptions, type VitepressIdOptions} from './vitepress-markdown.js';
import {configPackage} from './vitepress-config-package.js';
import {markdownTransformPlugins} from './vite-plugins.js';
import {markdownItOwnPlugins} from './own-markdown-plugins.js';
import {emittedFileAt, emittedFiles, type EmittedFile} from './vite-emitted-files.js';
import {dottedNamesArePages, headingIdRelease, slugifiesLinkFragments, type HeadingIdRelease} from './vitepress-version.js';
import {dottedPageName, extraExtensions, leftForBrowser} from './vitepress-page-links.js';
import {componentOnlyBody, dynamicRouteAt, dynamicRoutes, pathsLoaderOf, type DynamicRoute} from './vitepress-pages.js';
import {literalRewriteEntries, movedPage, rewriteLocale, throughRewrites} from './vitepress-rewrites.js';
import {readSrcExclude, srcExcluded} from './vitepress-src-exclude.js';
import {unservedTarget} from './vitepress-unserved.js';
import {modulePathOf} from './module-path.js';
import {isForgeDocument} from '../forge-documents.js';
import {projectTop} from '../project-top.js';
import type {Detection, Generator, LinkRequest, ResolveContext, Resolution, SiteInfo} from './types.js';

/**
 * The config files VitePress looks for in `.vitepress/`, in its order: for each extension the
 * folder form `config/index.<ext>` before `config.<ext>` (`resolveUserConfig` in vuejs/vitepress
 * src/node/config.ts @ 00abac611664e12710e5152d0259390b22c0e8ca).
 */
const configNames = ['js', 'ts', 'cjs', 'mjs', 'cts', 'mts'].flatMap((ext) => [join('config', `index.${ext}`), `config.${ext}`]);

async function detect(dir: string): Promise<Detection | undefined> {
  for (const name of configNames) {
    const file = join(dir, '.vitepress', name);
    if (!isFile(file)) continue;
    // JS configs are not run: `srcDir`, `rewrites`, `cleanUrls`, `base` and `locales` are read from the text.
    const read = readText(file);
    const text = read ?? '';
    // The exported object's own settings, followed through spreads of imported objects, defineConfig/mergeConfig and `extends`
    // (config-settings.ts); a config that exports nothing readable is read from its text as before.
    const parts = configSettings(file, text, {within: dir, baseKey: 'extends'});
    // `srcDir` is a top-level option: the same key inside a plugin's options (`pwa: {srcDir: '.vitepress'}`) is not the site's.
    const own = configObjectOf(text);
    const readString = (key: string, fallback: () => string | undefined): string | {unknown: string} | undefined => (parts ? stringSetting(settingOf(parts, key)) : fallback()) || undefined;
    const srcDirSetting = parts ? settingOf(parts, 'srcDir') : undefined;
    // A path from the config module's own place (`fileURLToPath(new URL('../..', import.meta.url))`): absolute, and
    // VitePress's `path.resolve(root, srcDir)` keeps it, so the source may be above the folder run (module-path.ts).
    const fromModule = srcDirSetting && 'value' in srcDirSetting ? modulePathOf(srcDirSetting.value, srcDirSetting.file) : undefined;
    const srcDir = fromModule ?? readString('srcDir', () => (own !== undefined ? literalOf(own, 'srcDir') : /\bsrcDir\s*:\s*['"`]([^'"`]+)['"`]/.exec(text)?.[1]));
    const cleanUrls = parts ? settingOf(parts, 'cleanUrls') : undefined;
    // `base` is top-level too: a sidebar item's `base` (DefaultTheme.SidebarItem: `{base: '/reference', items}`) prefixes only its items' links.
    const base = readString('base', () => (own !== undefined ? literalOf(own, 'base') : /\bbase\s*:\s*['"`]([^'"`]+)['"`]/.exec(text)?.[1]));
    const hostname = /\bhostname\s*:\s*['"`]([^'"`]+)['"`]/.exec(text)?.[1];
    const config: Record<string, unknown> = {
      srcDir: typeof srcDir === 'string' ? srcDir : undefined,
      // A srcDir postlint cannot read (computed, or in a part it cannot read): the source folder is unknown, never guessed.
      ...(typeof srcDir === 'object' ? {srcDirUnknown: `its srcDir is unknown: ${srcDir.unknown}`} : {}),
      rewrites: /\brewrites\s*:/.test(text) || (parts !== undefined && 'value' in (settingOf(parts, 'rewrites') ?? {})),
      // The entries of a `rewrites` object of string literals, followed through the config's parts (vitepress-rewrites.ts).
      ...rewritesRead(parts ? settingOf(parts, 'rewrites') : undefined),
      cleanUrls: cleanUrls !== undefined && 'value' in cleanUrls ? cleanUrls.value === 'true' : /\bcleanUrls\s*:\s*true/.test(text),
      base: typeof base === 'string' ? base : undefined,
      hostname,
    };
    // Heading-id options of `markdown` (attrs delimiters, anchor.slugify), also from the modules a split config imports.
    // srcExclude's literal globs: the files they leave out are no pages (vitepress-src-exclude.ts).
    const excludeSetting = parts ? settingOf(parts, 'srcExclude') : undefined;
    const exclude = excludeSetting && 'value' in excludeSetting ? readSrcExclude(excludeSetting.value) : undefined;
    if (exclude && exclude.patterns.length > 0) config.srcExcludePatterns = exclude.patterns;
    const excludeUnread = excludeSetting && 'unknown' in excludeSetting ? excludeSetting.unknown : exclude && exclude.code.length > 0 ? `\`${exclude.code.join(', ').slice(0, 80)}\`` : undefined;
    const excludeNote = excludeUnread === undefined ? [] : [`its srcExclude has code postlint does not evaluate (${excludeUnread}): the pages it may leave out of the build are checked as pages`];
    const idOptions = readIdOptions(withLocalImports(file, text));
    // A config made by another package's function may carry that package's markdown.anchor: unless the site sets its own
    // slugify, automatic ids are unknown (vitepress-config-package.ts).
    const fromPackage = configPackage(text);
    if (fromPackage !== undefined && idOptions.slugify === undefined && idOptions.slugifySteps === undefined) idOptions.configPackage = fromPackage;
    if (Object.keys(idOptions).length > 0) config.idOptions = idOptions;
    // The site's own Vite plugins that rewrite a page's Markdown (appending sections) before VitePress reads it.
    const transforms = markdownTransformPlugins(file, text, dir);
    if (transforms.length > 0) config.markdownTransforms = transforms;
    // markdown-it plugins of the site's own (`markdown.config(md)`), and those Vite plugins: template tokens (template-token.ts).
    const ownPlugins = [...markdownItOwnPlugins(withLocalImports(file, text)), ...transforms];
    if (ownPlugins.length > 0) config.ownMarkdownPlugins = ownPlugins;
    // vitepress-plugin-llms: the llms.txt files the build writes.
    const modules = localModules(file, text);
    const llms = readLlmsPlugin(modules, dir);
    if (llms) config.llmsPlugin = llms;
    // Files the site's own Vite plugins emit into the build output (`this.emitFile({fileName})`).
    const emitted = emittedFiles(modules, dir);
    if (emitted.length > 0) config.emittedFiles = emitted;
    // Whether its VitePress slugifies a link's fragment as it does headings (2.0.0-alpha.5 and later).
    config.linkFragmentsSlugified = slugifiesLinkFragments(dir);
    // Which slugify its VitePress ids headings with (its own before 1.0.0-alpha.27, @mdit-vue/shared's since).
    config.headingIdRelease = headingIdRelease(dir);
    // Whether a dotted link without an asset extension (`/api/dex.sell`) is a page (1.0.0-rc.35 and later).
    config.dottedNamesArePages = dottedNamesArePages(dir);
    // The asset extensions the site adds to VitePress's list (VITE_EXTRA_EXTENSIONS), from its config or `.env` files.
    const extra = extraExtensions([text, ...['.env', '.env.production'].map((name) => readText(join(dir, name)) ?? '')]);
    config.extraExtensions = extra ?? 'VITE_EXTRA_EXTENSIONS is set to a value postlint cannot read from the text';
    // The site's own Vue asset-URL options (`vue: {template: {transformAssetUrls}}`) decide which HTML attributes are imports.
    config.transformAssetUrls = /\btransformAssetUrls\b/.test(withLocalImports(file, text));
    const site: SiteInfo = {root: dir, generator: 'vitepress', configFile: file, config, ...(excludeNote.length > 0 ? {notes: excludeNote} : {})};
    Object.assign(config, publicDirOf(modules, source(site)));
    // The config's locales (or a JSON file or module it imports), and folders named by a language code that mirror the root's pages.
    // Dynamic routes: templates whose pages a paths loader makes (vitepress-pages.ts).
    const routes = dynamicRoutes(source(site));
    if (routes.length > 0) config.dynamicRoutes = routes;
    const locales = parts ? settingOf(parts, 'locales') : undefined;
    const localesFile = locales && 'file' in locales ? locales.file : file;
    const reading = siteLocaleReading(localesFile === file ? read : readText(localesFile), localesFile, source(site));
    if (typeof config.srcDirUnknown === 'string') site.notes = [...(site.notes ?? []), `${config.srcDirUnknown}; a site-root link that names no file below the site folder is left unverifiable`];
    config.locales = reading.locales;
    if (reading.unread) config.localesUnread = true;
    if (reading.note) site.notes = [...(site.notes ?? []), reading.note];
    return {site, strength: 'marker'};
  }
  return undefined;
}

function idOptions(site: SiteInfo): VitepressIdOptions {
  const value = site.config.idOptions;
  return typeof value === 'object' && value !== null ? (value as VitepressIdOptions) : {};
}

/** The VitePress release facts detect read (vitepress-version.ts), or why they are unknown. */
function releaseOf(site: SiteInfo): HeadingIdRelease | string | undefined {
  const value = site.config.headingIdRelease;
  return typeof value === 'string' || (typeof value === 'object' && value !== null) ? (value as HeadingIdRelease | string) : undefined;
}

/** Does the site's VitePress read `layout: home` only (1.0's default theme; `home: true` was 0.x's)? Unknown: no. */
function homeIsLayoutOnly(site: SiteInfo | undefined): boolean {
  const release = site ? releaseOf(site) : undefined;
  return typeof release === 'object' && !release.before1;
}

function locales(site: SiteInfo): Record<string, string> {
  const value = site.config.locales;
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

/**
 * `/x` where `public/x/` is a folder without an index (the page's images) and the page `x.md` exists.
 * VitePress checks a link against its pages before public files (the dead-link check of
 * markdownToVue in vuejs/vitepress src/node/markdownToVue.ts @ ed2bfb266ef788e86d1a73fe3cd7708a4cd5e260)
 * and writes the page as `x.html` beside the copied folder. A Markdown link is written `/x.html`
 * unless cleanUrls (normalizeHref in src/node/markdown/plugins/link.ts), so it reaches the page;
 * with cleanUrls, or in HTML, the host is asked for `/x` while it holds both `x.html` and `x/`.
 */
function pageBesidePublicFolder(request: LinkRequest, folder: Resolution & {status: 'no-index'}, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  if (request.folder || !isBelow(folder.path, resolve(source(site), 'public'))) return undefined;
  const page = context.firstExisting([resolve(source(site), `${request.path.replace(/^\/+/, '')}.md`)]);
  if (!page) return undefined;
  if (site.config.cleanUrls !== true && (request.kind === 'link' || request.kind === 'definition')) return {status: 'found', path: page};
  const shown = toPosix(relative(source(site), page));
  return {status: 'unverifiable', reason: `VitePress serves the page ${shown} at ${request.path} beside a public/ folder of that name without an index: which of them the host answers a fresh load with depends on the host (${site.config.cleanUrls === true ? 'cleanUrls keeps the link as written' : 'a link in HTML is not rewritten to .html'})`};
}

/**
 * A link whose last segment has a dot but no asset extension VitePress knows (`/api/dex.sell`,
 * `./dex.sell`): the page `dex.sell.md` when its VitePress takes it for a page (vitepress-page-links.ts);
 * unverifiable when the page exists but its VitePress (before 1.0.0-rc.35, or unknown) leaves the
 * link as written for the host to answer. Undefined when it is not such a link or no page has the name.
 */
function dottedPage(request: LinkRequest, target: string, context: ResolveContext): Resolution | undefined {
  // An image is imported by Vite as an asset, never taken for a page.
  if (request.kind === 'image') return undefined;
  const site = context.site!;
  const extra = site.config.extraExtensions;
  if (!dottedPageName(request.path, Array.isArray(extra) ? (extra as string[]) : [])) return undefined;
  const page = context.firstExisting([`${target.replace(/[\\/]+$/, '')}.md`]);
  if (!page) return undefined;
  const pages = site.config.dottedNamesArePages;
  if (pages === true && typeof extra !== 'string') return {status: 'found', path: page};
  const why = typeof extra === 'string' ? extra : pages === false ? 'its VitePress (before 1.0.0-rc.35) takes a dotted link for a file and leaves it as written' : String(pages);
  return {status: 'unverifiable', reason: `${toPosix(relative(source(site), page))} exists, but whether the link reaches it depends on the host: ${why}`};
}

/** A URL path a dynamic route makes: found-like when its loader lists it (unverifiable: its content is the loader's), unverifiable when the loader is code postlint does not run. */
function dynamicRoutePage(urlPath: string, site: SiteInfo): Resolution | undefined {
  const route = Array.isArray(site.config.dynamicRoutes) ? dynamicRouteAt(urlPath, site.config.dynamicRoutes as DynamicRoute[]) : undefined;
  if (!route) return undefined;
  if (route.urls) return {status: 'unverifiable', reason: `a page of the dynamic route ${route.template}: ${route.loader} lists it, and its content comes from there`};
  return {status: 'unverifiable', reason: `it may be a page of the dynamic route ${route.template}, whose pages come from ${route.loader}, code postlint does not run`};
}

/**
 * Vite's `publicDir` (`vite: {publicDir}` in the config or a local module it imports): VitePress serves
 * `path.resolve(srcDir, publicDir || 'public')` (vuejs/vitepress src/node/config.ts), so a path from a
 * module's own place (module-path.ts) or a literal from the source folder moves it; other code leaves it unknown.
 */
function publicDirOf(modules: Array<{file: string; text: string}>, srcDir: string): {publicDir?: string; publicDirUnknown?: string} {
  for (const module of modules) {
    const rest = /\bpublicDir\s*:\s*([^\n]+)/.exec(module.text)?.[1];
    if (rest === undefined) continue;
    // The rest of its line, or (`{publicDir: 'x'}`) up to the first comma or brace.
    const value = [rest.replace(/[\s,]*$/, ''), rest.split(/[,}]/)[0]!.trim()].find((text) => /^(['"`]).*\1$|^false$/.test(text) || modulePathOf(text, module.file)) ?? rest.trim();
    const literal = /^(['"`])([^'"`$]*)\1$/.exec(value)?.[2];
    if (value === 'false' || literal === '') return {publicDir: ''};
    const path = literal !== undefined ? resolve(srcDir, literal) : modulePathOf(value, module.file);
    return path !== undefined ? {publicDir: path} : {publicDirUnknown: `its Vite publicDir is \`${value.slice(0, 60)}\` in ${module.file}, which postlint does not evaluate`};
  }
  return {};
}

/** The string-literal entries of the config's `rewrites` object (vitepress-rewrites.ts). */
// With code beside them (`...Object.fromEntries(…)`), the literal entries are still read and `rewritesCode` says why
// a link that reaches no page through them is unknown: code may move any page, this one included.
function rewritesRead(setting: ReturnType<typeof settingOf>): {rewriteEntries?: Array<[string, string]>; rewritesCode?: true} {
  const read = setting && 'value' in setting ? literalRewriteEntries(setting.value) : undefined;
  return {...(read && read.entries.length > 0 ? {rewriteEntries: read.entries} : {}), ...(read && read.code > 0 ? {rewritesCode: true} : {})};
}

/** Why srcExclude leaves this file out of the build, unless it is a README or another file a forge shows by itself. */
function excludedPage(path: string, site: SiteInfo): string | undefined {
  return isForgeDocument(path, projectTop(site.root) ?? site.root) ? undefined : srcExcluded(path, site);
}

/** Why a page URL no page serves is not called missing where the config has rewrites (a plugin may add more). */
const rewritesAbstain = 'the config rewrites page URLs';

/** The URL of a page served at `rel` below the source folder (`guide/a.md` → `/guide/a.html`, or `/guide/a` with cleanUrls). */
function servedAt(rel: string, site: SiteInfo): string {
  const stem = rel.replace(/\.md$/i, '');
  if (/(^|\/)index$/.test(stem)) return `/${stem.replace(/index$/, '')}`;
  return site.config.cleanUrls === true ? `/${stem}` : `/${stem}.html`;
}

/** A link from `context.from` reaching `file` at a URL the built site serves nothing at (vitepress-unserved.ts), else undefined. */
function unserved(file: string, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  // Only a built page's link is read at a URL of the built site: a file that is no page (a README srcExclude leaves out,
  // which a forge shows) links the repository's files, where a moved page's source path is that file.
  if (!vitepress.isPage(context.from, site, context.frontMatterOf(context.from))) return undefined;
  // Another excluded file reaches no page through its publish state (no-unpublished-links); a README a forge shows has
  // none, as it stays a repository file: a built page's link to it is judged here.
  const excludedReadme = excludedPage(file, site) === undefined;
  return unservedTarget(file, site, source(site), (rel) => servedAt(rel, site), excludedReadme);
}

/**
 * A relative page link from a page the rewrites leave in place, read as VitePress's dead-link check does (markdownToVue.ts:
 * `.md`/`.html` dropped, a trailing `/` read as `index`, from the page's folder): the Markdown file it names, when the built
 * site serves nothing at that URL (a moved page's source path, an excluded README); undefined to read it as before.
 */
function sourcePathLink(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  if (site.config.rewriteEntries === undefined && site.config.srcExcludePatterns === undefined) return undefined;
  let url = request.path.replace(/[?#].*$/, '').replace(/\.(html|md)$/i, '');
  if (url === '' || url.endsWith('/')) url += 'index';
  let file: string;
  try {
    file = resolve(dirname(context.from), `${decodeURIComponent(url)}.md`);
  } catch {
    return undefined;
  }
  const rel = toPosix(relative(source(site), file));
  if (rel.startsWith('..')) return undefined;
  // A URL the rewrites serve a page at is that page (VitePress reads `rewrites.inv` first).
  const moved = throughRewrites(`/${rel}`, site);
  if (moved !== undefined) return {status: 'found', path: moved};
  return context.firstExisting([file]) === undefined ? undefined : unserved(file, context);
}

/** VitePress's source folder: `srcDir` from its config, else the folder that holds `.vitepress/`. */
function source(site: SiteInfo): string {
  return resolve(site.root, typeof site.config.srcDir === 'string' ? site.config.srcDir : '.');
}

/** The containers VitePress's Markdown reads: its custom containers, `v-pre` and `raw`, and code groups. */
const vitepressContainers = {names: ['tip', 'info', 'warning', 'danger', 'details', 'v-pre', 'raw', 'code-group']} as const;

export const vitepress: Generator = {
  ...defaults,
  // gray-matter reads YAML with js-yaml, whose readFlowCollection skips tabs as separation space.
  readsTabsInFlow: () => 'js-yaml (gray-matter) skips it as white space',
  // gray-matter: front matter never closed runs to the end of the file.
  frontMatterToEnd: true,
  // gray-matter's engines: `---json` blocks are JSON, `---js` code.
  frontMatterEngines: () => grayMatterEngines,
  name: 'vitepress',
  title: 'VitePress',
  // A page is a Vue component: `{{ glaze }}` in its text is Vue's interpolation, filled at build ("Using Vue in Markdown").
  interpolatesText: true,
  buildOutput: () => ['.vitepress/dist', '.vitepress/cache'],
  words: ['vitepress'],
  detect,
  contentRoots: (site) => [source(site)],
  // VitePress builds srcDir only (its other Markdown reaches a page through `<!--@include:-->`, which the index follows).
  builtFolders: (site) => [source(site)],
  // `public/` in the source folder is served at the site root; the source folder holds the pages and their assets.
  staticRoots: (site) => [...(typeof site.config.publicDir === 'string' ? (site.config.publicDir === '' ? [] : [site.config.publicDir]) : [resolve(source(site), 'public')]), source(site)],
  isPage: (path, site) => !site || (isBelow(path, source(site)) && !relative(source(site), path).split(sep).some((part) => part === 'node_modules' || part === 'public' || part.startsWith('.')) && srcExcluded(path, site) === undefined),
  // A file srcExclude leaves out is never built: not checked (as an unlisted Docusaurus version), and a link to it
  // reaches no page (no-unpublished-links). A README GitHub shows by itself stays a repository file (never-built.ts).
  unbuilt: (path, site) => excludedPage(path, site),
  excludedFromBuild: (path, site) => srcExcluded(path, site),
  publishState: (path, frontMatter, site) => {
    const excluded = site ? excludedPage(path, site) : undefined;
    return excluded === undefined ? [] : [{kind: 'draft', reason: `is no page: ${excluded}`, span: frontMatter?.start ?? {line: 1, column: 1}, warning: false, notAPage: true}];
  },
  // The path (and `rewrites`) alone makes the URL: no front-matter field moves a page, so code front matter (`---js`) leaves it known.
  pageUrl: (path, site) => (site.config.rewrites === true ? undefined : servedAt(toPosix(relative(source(site), path)), site)),
  baseUrl: (site) => (typeof site.config.hostname === 'string' ? `${site.config.hostname.replace(/\/+$/, '')}${typeof site.config.base === 'string' ? site.config.base : '/'}` : undefined),
  // VitePress slugs text and code only (no image alt, no inline HTML such as `<Badge>`). A slugify of the
  // site's own makes automatic ids unknown (idsUnknown says so); explicit `{#id}` ids are still known.
  // Before 1.0.0-alpha.27 its own slugify (no NFKD) made the ids: the `vitepress-0` flavor; when the
  // version is unknown, either release's id is taken.
  slugFlavor: (site) => {
    const own = site ? idOptions(site) : {};
    const delimiters = own.delimiters ? `${own.delimiters.left}#id${own.delimiters.right}` : '{#id}';
    const release = site ? releaseOf(site) : undefined;
    const ownSlugify = own.slugify !== undefined || own.slugifySteps !== undefined || own.configPackage !== undefined;
    const before1 = typeof release === 'object' && release.before1 && !ownSlugify;
    const noAttrs = own.attrsDisabled === true || (typeof release === 'object' && release.noAttrs);
    const slugifyReason = own.slugify
      ? `the config's markdown.anchor.slugify is ${own.slugify}, which postlint does not run`
      : own.configPackage
        ? `whatever markdown.anchor the package "${own.configPackage}" sets (its function makes the config), which postlint does not read`
        : own.slugifySteps
          ? "the config's own markdown.anchor.slugify, read as its string-method steps"
          : before1
            ? `VitePress's own slugify before 1.0.0-alpha.27 (${(release as HeadingIdRelease).from})`
            : typeof release === 'string'
              ? `VitePress slugify (@mdit-vue/shared), or the one before 1.0.0-alpha.27: ${release}`
              : 'VitePress slugify (@mdit-vue/shared)';
    return {
      name: before1 ? 'vitepress-0' : 'vitepress',
      // markdown-it-emoji's shortcodes are emoji tokens, which the anchor's getTokensText leaves out (slug/emoji-shortcodes.ts).
      options: {
        imageAlt: false,
        emojiShortcodes: 'markdown-it-emoji',
        ...(own.slugify || own.configPackage ? {autoIds: false} : {}),
        ...(own.slugifySteps ? {slugifySteps: own.slugifySteps} : {}),
        ...(noAttrs ? {customIds: false} : {}),
        ...(before1 && (release as HeadingIdRelease).anchor5 ? {uniqueSlugStartIndex: 2} : {}),
        ...(typeof release === 'string' && !ownSlugify ? {before1Ids: true} : {}),
      },
      reason: `${slugifyReason}; ${own.attrsDisabled ? 'attribute blocks off (markdown.attrs.disable)' : noAttrs ? 'no attribute blocks before VitePress 0.19.0' : `${delimiters} ids read as written`}`,
      ...(site?.configFile ? {from: site.configFile} : {}),
    };
  },
  idsUnknown: (site) => {
    const slugify = idOptions(site).slugify;
    if (slugify) return `is built with the site's own heading slugify (markdown.anchor.slugify: ${slugify}), which postlint does not run, so only explicit ids are known`;
    const pkg = idOptions(site).configPackage;
    if (pkg) return `gets its config from the package "${pkg}", which may set its own markdown.anchor (slugify, heading text) and is not installed for postlint to read, so only explicit ids are known`;
    const transforms = Array.isArray(site.config.markdownTransforms) ? (site.config.markdownTransforms as string[]) : [];
    return transforms.length > 0 ? `may get headings from the site's Vite plugin ${transforms.join(', ')}, which rewrites Markdown pages before VitePress reads them` : undefined;
  },
  linkFragmentsSlugified: (site) => {
    const value = site.config.linkFragmentsSlugified;
    return value === true || typeof value === 'string' ? value : undefined;
  },
  attrsGrammar: () => true,
  // markdown-it-container with the names VitePress registers (src/node/markdown/plugins/containers.ts, codeGroup.ts).
  containers: () => vitepressContainers,
  // markdown-it-attrs gives a link the block right after it (`[x](#){.class}`).
  spanAttributes: () => 'brace',
  // Attribute blocks are off by the config, or (before 0.19.0, no markdown-it-attrs) not read at all: `{#id}` is heading text.
  ownMarkdownPlugins: (site) => stringList(site.config.ownMarkdownPlugins, []),
  headingAttributes: (site) => {
    const release = releaseOf(site);
    return idOptions(site).attrsDisabled || (typeof release === 'object' && release.noAttrs) ? false : idOptions(site).delimiters;
  },
  // `<!--@include: ./part.md-->` from the page's folder, `@/part.md` (or `@part.md`) from the source folder
  // (processIncludes in vuejs/vitepress src/node/utils/processIncludes.ts @ 00777a467f92ce0509690278ffadd0cef84534cb).
  inserts: ['vitepress', 'component'],
  // The include plugin joins the path (`path.join`, not `resolve`): `/parts/x.inc` is below the page's folder, `@/x` and
  // `@\x` below `srcDir` (vuejs/vitepress src/node/markdown/plugins/include.ts, processIncludes).
  resolveInclude: (include, context) =>
    context.firstExisting([include.path.startsWith('@') ? join(source(context.site!), include.path.slice(/[\\/]/.test(include.path[1] ?? '') ? 2 : 1)) : join(dirname(context.from), include.path)]),
  // The include plugin pastes any file's text (`.inc`, `.txt`, not only `.md`), a `.md` file's without its front
  // matter (gray-matter's `content`; vuejs/vitepress src/node/markdown/plugins/include.ts, processIncludes).
  pastedText: (included, text) => (extname(included) === '.md' ? text.replace(/^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/, '') : text),
  resolveSiteRoot(request, context) {
    const site = context.site!;
    // A page link through the config's rewrites: the page moved there (`/guide/a.md` and `/guide/a` are `en/guide/a.md`).
    const moved = isPageUrl(request.path) || /\.md$/i.test(request.path) ? throughRewrites(request.path, site) : undefined;
    if (moved) return {status: 'found', path: moved};
    const found = lookInRoots(request, context);
    if (found?.status === 'no-index') return pageBesidePublicFolder(request, found, context) ?? found;
    if (found?.status === 'found' && request.kind !== 'image') return unserved(found.path, context) ?? found;
    if (found) return found;
    const emitted = Array.isArray(site.config.emittedFiles) ? emittedFileAt(request.path, site.config.emittedFiles as EmittedFile[]) : undefined;
    if (emitted) return emitted;
    const llms = site.config.llmsPlugin as LlmsPlugin | undefined;
    // A link in HTML is not rewritten to .html: it may reach the plugin's Markdown copy of a page.
    const written = llms ? (llmsOutput(request.path, llms) ?? (request.kind === 'html' && site.config.rewrites !== true ? llmsPageCopy(request.path, llms, source(site), context.firstExisting) : undefined)) : undefined;
    if (written) return written;
    const dotted = dottedPage(request, resolve(source(site), request.path.replace(/^\/+/, '')), context);
    if (dotted) return dotted;
    if (isPageUrl(request.path)) {
      const page = pageBelow([source(site)], request.path, context);
      if (page) return unserved(page, context) ?? {status: 'found', path: page};
      // Every page is served at its file's path unless the config rewrites URLs: no page, no file.
      if (site.config.rewrites === true) return {status: 'unverifiable', reason: rewritesAbstain};
    }
    const route = isPageUrl(request.path) ? dynamicRoutePage(request.path, site) : undefined;
    if (route) return route;
    const missing = caseOrMissing(request, context);
    // With the source folder unknown, a link that names no file below the site folder may name one below it.
    if (missing.status === 'missing' && typeof site.config.srcDirUnknown === 'string') return {status: 'unverifiable', reason: `the site's ${site.config.srcDirUnknown}`};
    // The public folder unknown: a site-root file may be in it.
    if (missing.status === 'missing' && typeof site.config.publicDirUnknown === 'string') return {status: 'unverifiable', reason: `the site's ${site.config.publicDirUnknown}`};
    return missing;
  },
  // A page the rewrites move is compiled at its moved place: a relative page link (`../../guide/a`, `./b.md`) is read from
  // there as the site-root URL the browser asks for (`translated/ru/x/a.md` served at `/ru/x/a`: `../../guide/` is `/guide/`).
  // An image is not: Vite imports it from the source file.
  resolveFileLink: (request, context) => {
    const site = context.site;
    if (!site || request.kind === 'image' || !(isPageUrl(request.path) || /\.md$/i.test(request.path))) return undefined;
    const moved = movedPage(context.from, site);
    if (moved === undefined) return sourcePathLink(request, context);
    // VitePress's dead-link check reads the link as a path from the moved file's folder (markdownToVue.ts:
    // `path.relative(srcDir, path.resolve(dir, url))`), not as a URL: a link that climbs above the source folder names no
    // page and fails the build, though a browser would stop at the host's root.
    const climbed = posix.join(posix.dirname(moved), request.path);
    if (climbed === '..' || climbed.startsWith('../')) return {status: 'missing', path: resolve(source(site), climbed)};
    let path: string;
    try {
      path = decodeURI(new URL(request.path, `http://site.invalid/${moved}`).pathname);
    } catch {
      return undefined;
    }
    const found = vitepress.resolveSiteRoot({path, siteRoot: true, folder: request.folder, kind: request.kind}, context);
    const beside = resolve(dirname(context.from), request.path);
    // Rewrites a plugin adds may serve a page at that URL (the abstention at the site root); but when the file beside the
    // source names nothing either, neither reading reaches a page: missing, as it was read before.
    // A folder link reads only the folder's index there, as VitePress's dead-link check does.
    const besideNothing = (): boolean => context.firstExisting(request.folder ? [join(beside, 'index.md')] : [beside, `${beside.replace(/[\\/]+$/, '')}.md`, join(beside, 'index.md')]) === undefined;
    // `./codecs/` is `codecs/index` to VitePress's dead-link check (markdownToVue.ts: a link ending in `/` gets `index`), as
    // to the relative reading beside the source: `codecs.md` does not answer it.
    // (A page the rewrites serve there, `reference/README.md` at `reference/index.md`, does.)
    const folderAsPage = request.folder && found.status === 'found' && !/(^|[\\/])index\.md$/i.test(found.path) && throughRewrites(path, site) === undefined;
    if (found.status === 'missing' || folderAsPage || (found.status === 'unverifiable' && found.reason === rewritesAbstain && besideNothing())) {
      // The message names the URL looked for and the moved page's URL it was read from.
      return {status: 'missing', path: beside, pageUrl: {looked: path, page: servedAt(moved, site)}};
    }
    return found;
  },
  // `./dex.sell` beside dex.sell.md: a page, as at the site root.
  // A relative link into a dynamic route's pattern (`./hello` beside `[...slug].md`) is read as its URL below the source folder.
  resolveRelative: (request, context) => {
    const target = resolve(dirname(context.from), request.path);
    const dotted = dottedPage(request, target, context);
    if (dotted) return dotted;
    const below = toPosix(relative(source(context.site!), target));
    if (below.startsWith('..') || !(isPageUrl(request.path) || /\.md$/i.test(request.path))) return undefined;
    const route = dynamicRoutePage(`/${below}`, context.site!);
    if (route) return route;
    // Rewrites postlint cannot read (code, a function) may move this page and others: a relative page link is read
    // from the page's moved URL and may reach a moved page, so one that names no file is unknown, not missing.
    if (context.site!.config.rewrites === true && (context.site!.config.rewritesCode === true || !Array.isArray(context.site!.config.rewriteEntries))) return {status: 'unverifiable', reason: "the config rewrites page URLs with code postlint does not run, which may move this page or the one it names"};
    return undefined;
  },
  // A link to a file (Markdown, or an HTML attribute Vue does not import) is the browser's to resolve from
  // the page's URL, which is its file's folder below the source: `./d3.js` is `public/d3.js` there.
  // A site's own `transformAssetUrls` changes which attributes are imports, and an unknown srcDir the page's URL: such a site is left as before.
  readFromPageUrl: (request, site) => {
    const extra = site.config.extraExtensions;
    return site.config.transformAssetUrls !== true && site.config.srcDirUnknown === undefined && leftForBrowser(request.kind, request.path, request.element, Array.isArray(extra) ? (extra as string[]) : []);
  },
  // Its image plugin (src/node/markdown/plugins/image.ts) writes a relative `src` as `./x.png`, which Vue's
  // template compiler turns into an import that Vite resolves from the page's folder: a missing file stops
  // the build. A `/x.png` stays a URL (the public folder's, or the host's).
  imagesAtBuild: {reason: 'VitePress imports a relative Markdown image from the source files when it builds', siteRoot: false},
  titleSources: ['front-matter', 'first-heading'],
  // With neither, the page has only the site's title (VitePress has no file-name fallback).
  // Of the page keys, VitePress' default theme reads the title (the `<title>`, the sidebar); no `draft`, `tags` or
  // `categories` (its DefaultTheme front matter: layout, hero, features, sidebar, outline, aside, …): a custom theme that
  // reads them is the site's own code, not modelled, so they are left alone.
  fieldTypes: () => titleFieldType,
  requiredFields: () => ['title'],
  fieldFrom: (field, page) => {
    if (field !== 'title') return undefined;
    if (page.hasTopHeading) return 'the first heading';
    // A page drawn by a Vue component (`page: true`, a `layout`) takes the site's title.
    if (page.data.page === true || typeof page.data.layout === 'string') return 'the site title (a layout page)';
    // VitePress 0.x's default theme draws a `home: true` page with its Home component (theme-default
    // Layout.vue `enableHome`); the document's title falls back to the site's (createTitle), as `layout: home` does since 1.0.
    // 1.0's theme reads `layout: home` only ("Migration from VitePress 0.x"): on a release known to be 1.0.0-alpha.27 or later, a doc page.
    if (page.data.home === true && !homeIsLayoutOnly(page.site)) return 'the site title (a `home: true` page)';
    // A dynamic route's template: its paths loader may give each page it makes content of its own (vitepress-pages.ts).
    if (pathsLoaderOf(page.path)) return 'the pages its paths loader makes (a dynamic route)';
    // A page only Vue components draw: VitePress titles the document with the site's title, as a layout page.
    if (componentOnlyBody(readText(page.path) ?? '')) return 'the site title (a page its Vue components draw)';
    return undefined;
  },
  // VitePress finds a page's locale from its moved path (getLocaleForPath of the rewritten relativePath).
  language: (path, site) => {
    const moved = movedPage(path, site);
    if (moved === undefined) return localeOf(path, source(site), locales(site));
    const known = locales(site);
    // Locales the config computes (`locales: getLocales()`): the rewrite's `:locale` parameter names the page's locale folder,
    // and a locale key that is a language code (`vi_vn`) is its own tag, as a key without `lang` is.
    const named = site.config.localesUnread === true ? rewriteLocale(path, site) : undefined;
    if (named !== undefined && named !== 'root' && localeKey.test(named) && !Object.keys(known).some((key) => key.toLowerCase() === named.toLowerCase())) return named.toLowerCase().replace(/_/g, '-');
    return localeOf(resolve(source(site), moved), source(site), known, {served: true});
  },
};
