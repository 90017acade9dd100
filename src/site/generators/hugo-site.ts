import {existsSync, readdirSync} from 'node:fs';
import {readSmallFile} from '../../read-text.js';
import {basename, dirname, join, relative, resolve, sep} from 'node:path';
// `get` reads config keys without regard to case, as Hugo does.
import {get, isObject, languageSuffix, languageTag, perSite, readFrontMatterDataSync} from './common.js';
import {hugoBool} from './hugo-cast.js';
import type {SiteInfo} from './types.js';
import {isBelow, toPosix} from '../../paths.js';
import {destinationPrefixes, hookFor, hookLooksBesidePage, readHook, type HookReading} from './hugo-hooks.js';
import {shadowingIndexFile} from './hugo-bundle-index.js';
import {hugoModuleFolders, hugoModules, hugoThemesDir} from './hugo-themes.js';

/**
 * Every folder Hugo reads pages from: `contentDir`, each language's `contentDir`, and module
 * mounts whose target is `content` (a site mounting `content/en` as its content).
 */
export const hugoContentRoots: (site: SiteInfo) => string[] = perSite(findContentRoots);

function findContentRoots(site: SiteInfo): string[] {
  const roots = new Set<string>();
  const contentDir = get(site.config, 'contentDir');
  roots.add(resolve(site.root, typeof contentDir === 'string' ? contentDir : 'content'));
  const languages = get(site.config, 'languages');
  if (languages && typeof languages === 'object') {
    for (const language of Object.values(languages as Record<string, unknown>)) {
      const dir = get(language, 'contentDir');
      if (typeof dir === 'string') roots.add(resolve(site.root, dir));
    }
  }
  for (const mount of mounts(site)) if (mount.target === 'content') roots.add(resolve(site.root, mount.source));
  return [...roots];
}

/**
 * Why a file below the global `contentDir` is never built, when Hugo does not mount that folder:
 * Hugo mounts one content folder per language, the language's own `contentDir` or, for a language
 * without one, the global folder (gohugoio/hugo modules/config.go ApplyProjectConfigDefaults: `dir =
 * dirs.ContentDir` per language). When every configured language names a folder of its own, the
 * global one is no mount: a file there in none of them (a `content/xx/` of a language not configured)
 * is never read. Not decided (undefined) when the project mounts content itself (`module.mounts`).
 */
export function unmountedContentReason(file: string, site: SiteInfo): string | undefined {
  const languages = get(site.config, 'languages');
  if (!isObject(languages) || Object.keys(languages).length === 0) return undefined;
  if (mounts(site).some((mount) => mount.target === 'content' || mount.target.startsWith('content/'))) return undefined;
  const contentDir = get(site.config, 'contentDir');
  const global = resolve(site.root, typeof contentDir === 'string' ? contentDir : 'content');
  const own: string[] = [];
  for (const language of Object.values(languages)) {
    const dir = get(language, 'contentDir');
    if (typeof dir !== 'string') return undefined;
    own.push(resolve(site.root, dir));
  }
  const path = resolve(file);
  if (own.includes(global) || !isBelow(path, global) || own.some((dir) => isBelow(path, dir))) return undefined;
  const folder = toPosix(relative(site.root, global)) || '.';
  return `it is in ${folder}/, but in none of the configured languages' contentDir folders (${own.map((dir) => toPosix(relative(site.root, dir))).sort().slice(0, 3).join(', ')}${own.length > 3 ? ', …' : ''}); Hugo mounts only those, so it never builds this file`;
}

/**
 * Single files mounted into the content tree (`source: ../README.md`, `target:
 * content/project/repo/README.md`): their path below `content`, with the file behind it.
 */
const fileMountsCache = new WeakMap<SiteInfo, Map<string, string>>();

export function hugoContentFileMounts(site: SiteInfo): Map<string, string> {
  const cached = fileMountsCache.get(site);
  if (cached) return cached;
  const files = new Map<string, string>();
  fileMountsCache.set(site, files);
  for (const mount of mounts(site)) {
    if (!mount.target.startsWith('content/') || !/\.[A-Za-z0-9]+$/.test(mount.target)) continue;
    files.set(mount.target.slice('content/'.length), resolve(site.root, mount.source));
  }
  return files;
}

/** The content root a file is in, if any. */
export function hugoContentRootOf(file: string, site: SiteInfo): string | undefined {
  const path = resolve(file);
  return hugoContentRoots(site).filter((dir) => path.startsWith(dir + sep)).sort((a, b) => b.length - a.length)[0];
}

/**
 * Output formats the home page is rendered in besides HTML (`outputs.home: [HTML, LLMS]`): each
 * writes a file at the site root named after it (`/llms.txt`), which no source file stands for.
 */
export function hugoHomeOutputs(site: SiteInfo): string[] {
  const home = get(get(site.config, 'outputs'), 'home');
  return Array.isArray(home) ? home.filter((name): name is string => typeof name === 'string').map((name) => name.toLowerCase()) : [];
}

/** Folders behind `resources.Get`: assetDir and mounts targeting assets. */
export function hugoAssetRoots(site: SiteInfo): string[] {
  const assetDir = get(site.config, 'assetDir');
  const roots = new Set([resolve(site.root, typeof assetDir === 'string' ? assetDir : 'assets')]);
  for (const mount of mounts(site)) if (mount.target === 'assets') roots.add(resolve(site.root, mount.source));
  return [...roots];
}

/**
 * Folders that are the content tree of the site's root URL besides `contentDir`: mounts (`source:
 * content/en`, `target: content`, with no `lang` or the default language's) and the default
 * language's own `contentDir` (`languages.ja.contentDir: content/ja`), while that language is not
 * served from a subfolder. Their files are served from `/` as the content folder's are: Hugo
 * publishes a file of a language's content tree that is no page (`entry/2017/test.json`) at its
 * path below the language's root, as the page resources of the section or bundle holding it
 * (gohugo.io content-management/multilingual, "Translation by content directory"; page-bundles).
 * Another language's tree is served below that language's path and is no root for `/x` links.
 */
export function hugoRootContentMounts(site: SiteInfo): string[] {
  const configured = get(site.config, 'defaultContentLanguage');
  const language = (typeof configured === 'string' ? configured : 'en').toLowerCase();
  if (get(site.config, 'defaultContentLanguageInSubdir') === true) {
    return mounts(site).filter((mount) => mount.target === 'content' && mount.lang === undefined).map((mount) => resolve(site.root, mount.source));
  }
  const fromMounts = mounts(site)
    .filter((mount) => mount.target === 'content' && (mount.lang === undefined || mount.lang.toLowerCase() === language))
    .map((mount) => resolve(site.root, mount.source));
  const languages = get(site.config, 'languages');
  // Hugo lower-cases language keys: `languages.JA` is the language `ja`.
  const own = isObject(languages) ? Object.entries(languages).find(([key]) => key.toLowerCase() === language)?.[1] : undefined;
  const dir = get(own, 'contentDir');
  return [...fromMounts, ...(typeof dir === 'string' && dir.trim() !== '' ? [resolve(site.root, dir)] : [])];
}

/**
 * Module mounts into the folders Hugo publishes from (`source: images`, `target: static/img`): the
 * folder mounted, and the path below the component's root it lands at (`img`).
 */
export function hugoPublishedMounts(site: SiteInfo): Array<{source: string; below: string}> {
  return mounts(site).flatMap((mount) => {
    const match = /^(?:static|assets|content)(?:\/(.*))?$/.exec(mount.target);
    return match ? [{source: resolve(site.root, mount.source), below: match[1] ?? ''}] : [];
  });
}

function mounts(site: SiteInfo): Array<{source: string; target: string; lang?: string; files?: string[]}> {
  const list = get(get(site.config, 'module'), 'mounts');
  if (!Array.isArray(list)) return [];
  return list.flatMap((mount) => {
    const source = get(mount, 'source');
    const target = get(mount, 'target');
    const lang = get(mount, 'lang');
    // The older `includeFiles`/`excludeFiles` join `files` as Hugo's Mount.FilesToFilter adds them (modules/config.go): inclusions, then each exclusion with `! `.
    const list = (value: unknown): string[] | undefined => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((file): file is string => typeof file === 'string') : undefined);
    const [files, included, excluded] = [list(get(mount, 'files')), list(get(mount, 'includeFiles')), list(get(mount, 'excludeFiles'))];
    const patterns = files || included || excluded ? [...(files ?? []), ...(included ?? []), ...(excluded ?? []).map((pattern) => `! ${pattern}`)] : undefined;
    return typeof source === 'string' && typeof target === 'string'
      ? [{source: source.replace(/\/+$/, ''), target: target.replace(/\/+$/, ''), ...(typeof lang === 'string' ? {lang} : {}), ...(patterns ? {files: patterns} : {})}]
      : [];
  });
}

/**
 * A Hugo glob (gobwas/glob with `/` as separator, matched without regard to case): `*` and `?`
 * stay within a path segment, `**` crosses them, `{a,b}` is either.
 */
function globRegExp(glob: string): RegExp {
  let out = '';
  const text = glob.trim().replace(/^\/+/, '');
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '*' && text[i + 1] === '*') {
      out += '.*';
      i++;
    } else if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else if (char === '{') out += '(?:';
    else if (char === '}') out += ')';
    else if (char === ',') out += '|';
    else if (char === '[') {
      const end = text.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${text.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += char.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'i');
}

/**
 * Does a mount's `files` filter let a path (relative to the mount's source) through? Patterns
 * starting with `!` exclude; a folder excluded (`! docs/v?`) excludes what is below it; with
 * inclusions, only what one of them (or a folder above) matches is in.
 */
function mountFilterPasses(files: string[] | undefined, rel: string): boolean {
  if (!files || files.length === 0) return true;
  const parts = rel.split('/');
  const paths = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
  const exclusions = files.filter((file) => file.trim().startsWith('!')).map((file) => globRegExp(file.trim().slice(1)));
  const inclusions = files.filter((file) => !file.trim().startsWith('!')).map(globRegExp);
  if (paths.some((path) => exclusions.some((pattern) => pattern.test(path)))) return false;
  return inclusions.length === 0 || paths.some((path) => inclusions.some((pattern) => pattern.test(path)));
}

/**
 * Where a content file sits in the content tree Hugo assembles, when a mount from one content
 * folder onto another puts it elsewhere (`source: content/docs/v2`, `target: content/docs`, its
 * `files` filter letting it through): that place decides its URL and the folder its relative links
 * are read from. Undefined when the file is where it is (no such mount takes it).
 */
export function hugoContentPlace(file: string, site: SiteInfo): string | undefined {
  let best: {source: string; place: string} | undefined;
  for (const mount of mounts(site)) {
    if (mount.target !== 'content' && !mount.target.startsWith('content/')) continue;
    // Only a folder has files below it (a target such as `content/docs/2.dev` is a folder too).
    const source = resolve(site.root, mount.source);
    if (!isBelow(file, source)) continue;
    const rel = toPosix(relative(source, file));
    if (!mountFilterPasses(mount.files, rel)) continue;
    // The most specific mount that takes the file decides (content → content with its own exclusions is the usual rest).
    if (best && best.source.length >= source.length) continue;
    best = {source, place: resolve(site.root, mount.target, rel)};
  }
  return best && best.place !== resolve(file) ? best.place : undefined;
}

/**
 * Why a content file is no page though a content mount's folder holds it: every content mount
 * whose source folder holds it filters it out (`files`, or the older `includeFiles`/`excludeFiles`),
 * so Hugo never reads it. Undefined when no mount holds it (other readings decide) or one lets it in.
 */
export function hugoMountFilteredReason(file: string, site: SiteInfo): string | undefined {
  const holding = mounts(site).filter((mount) => (mount.target === 'content' || mount.target.startsWith('content/')) && isBelow(file, resolve(site.root, mount.source)));
  if (holding.length === 0) return undefined;
  if (holding.some((mount) => mountFilterPasses(mount.files, toPosix(relative(resolve(site.root, mount.source), file))))) return undefined;
  return `the content mount${holding.length > 1 ? 's' : ''} of ${holding.map((mount) => `${mount.source}/`).join(', ')} leave${holding.length > 1 ? '' : 's'} it out (files: ${holding.flatMap((mount) => mount.files ?? []).map((pattern) => `"${pattern}"`).join(', ')}); Hugo never reads it`;
}

/** The files behind a place in the assembled content tree: each content mount whose target holds it and whose filter lets it through. */
export function hugoMountedFiles(place: string, site: SiteInfo): string[] {
  const files: string[] = [];
  for (const mount of mounts(site)) {
    if (mount.target !== 'content' && !mount.target.startsWith('content/')) continue;
    const target = resolve(site.root, mount.target);
    if (place !== target && !isBelow(place, target)) continue;
    const rel = toPosix(relative(target, place));
    if (rel !== '' && !mountFilterPasses(mount.files, rel)) continue;
    files.push(resolve(site.root, mount.source, rel));
  }
  return files;
}

/**
 * What a site's render hooks are and do, worked out once a site, as they are asked of every link. Kept with the
 * site's SiteInfo, not its root: the language server detects a site again after a layout or config changes
 * (forgetSites), and the hooks are read afresh then.
 */
const hookMemos = perSite(() => ({
  /** The hook file of each kind (null: none in the checkout). */
  files: new Map<HookKind, string | null>(),
  /** What the hook does, by kind and the prefixes a destination starts with (null: no hook). */
  readings: new Map<string, HookReading | null>(),
  /** Does it look destinations up among the page's resources? */
  resources: new Map<HookKind, boolean>(),
  /** Does it look destinations up below `assets/` from the page's folder? */
  besidePage: new Map<HookKind, boolean>(),
}));

export type HookKind = 'link' | 'image';

/** Is the embedded hook of this kind on (`enableDefault`, `useEmbedded: always`)? */
function embeddedHook(site: SiteInfo, kind: HookKind): boolean {
  const renderHooks = get(get(get(site.config, 'markup'), 'goldmark'), 'renderHooks');
  return get(get(renderHooks, kind), 'enableDefault') === true || get(get(renderHooks, kind), 'useEmbedded') === 'always';
}

/**
 * Does the site's hook of this kind look a destination up among the page's resources (Hugo's
 * embedded hooks: `.PageInner.Resources.Get $u.Path`; a hook of the site's with `.Resources.Get`
 * or `.GetMatch`)? Hugo's Resources.Get adds a leading slash to the name and to each resource's
 * name before comparing (resources/resource/resources.go `Get`: `paths.AddLeadingSlash`), so
 * `/shot.png` finds a bundle's `shot.png`. A hook that rewrites destinations is not asked.
 */
export function hookFindsPageResources(site: SiteInfo, kind: HookKind): boolean {
  const {resources} = hookMemos(site);
  let found = resources.get(kind);
  if (found === undefined) {
    const file = renderHookFile(site, kind);
    found = renderHookReading(site, kind) === 'lookup' && (file ? /\.Resources\.(?:Get|GetMatch)\b/.test(readText(file)) : embeddedHook(site, kind));
    resources.set(kind, found);
  }
  return found;
}

/**
 * What the site's link or image render hook (its own `render-link.html`, a theme's, or Hugo's
 * embedded one) does with destinations (see hugo-hooks.ts); undefined when Markdown links and
 * images are rendered without a hook. The site's own layouts win over its themes'.
 */
export function renderHookReading(site: SiteInfo, kind: HookKind = 'link', destination?: string): HookReading | undefined {
  const file = renderHookFile(site, kind);
  const template = file ? readText(file) : '';
  // A hook that changes only destinations with some start (`if hasPrefix $dst "../static/"`) reads each
  // destination by the branches it takes (hugo-hooks.ts hookFor); keyed by which tested prefixes it has.
  const prefixes = destination === undefined || !file ? [] : destinationPrefixes(template);
  const own = prefixes.length > 0 && prefixes.every((prefix) => readsAsWritten(prefix, destination!));
  const key = `${kind}${own ? `\0${prefixes.map((prefix) => (destination!.startsWith(prefix) ? 1 : 0)).join('')}` : ''}`;
  const {readings} = hookMemos(site);
  let found = readings.get(key);
  if (found === undefined) {
    found = file ? readHook(own ? hookFor(template, destination!) : template, kind) : null;
    // Hugo's embedded hooks look a destination up as a page resource, a global resource (and a page), else keep it as written.
    if (found === null && embeddedHook(site, kind)) found = 'lookup';
    readings.set(key, found);
  }
  return found ?? undefined;
}

/**
 * Can a prefix be compared with the decoded path postlint has of a destination? Not one with a query,
 * a fragment or an escape (the path has none), nor a site-root one (`/blog/`: the path has the base
 * path taken off): such a hook is read as one for every destination.
 */
function readsAsWritten(prefix: string, destination: string): boolean {
  return !/[?#%]/.test(prefix) && !(prefix.startsWith('/') && destination.startsWith('/'));
}

/** The site's own render hook template of this kind, else its themes' (undefined: none in the checkout). */
function renderHookFile(site: SiteInfo, kind: HookKind): string | undefined {
  const known = hookMemos(site).files;
  let found = known.get(kind);
  if (found === undefined) {
    found = null;
    for (const layouts of hugoLayoutDirs(site)) {
      found = ['_markup', join('_default', '_markup')].map((dir) => join(layouts, dir, `render-${kind}.html`)).find((candidate) => existsSync(candidate)) ?? null;
      if (found) break;
    }
    known.set(kind, found);
  }
  return found ?? undefined;
}

/** Does the site's render hook also look a destination up below `assets/` from the page's folder (hugo-hooks.ts)? */
export function renderHookLooksBesidePage(site: SiteInfo, kind: HookKind): boolean {
  const {besidePage} = hookMemos(site);
  let found = besidePage.get(kind);
  if (found === undefined) {
    const file = renderHookFile(site, kind);
    found = file !== undefined && hookLooksBesidePage(readText(file));
    besidePage.set(kind, found);
  }
  return found;
}

/**
 * The site's layout folders: its own, its themes' and modules' in the checkout (wherever Hugo finds
 * them: hugo-themes.ts), and, for a theme's example site (`exampleSite/` inside a theme, built
 * with `--themesDir ../..`), the theme around it. Worked out once a site: asked for every link and page.
 */
export const hugoLayoutDirs = perSite((site: SiteInfo): readonly string[] => {
  const dirs = [join(site.root, 'layouts'), ...hugoModuleFolders(site).map((folder) => join(folder, 'layouts'))];
  const parent = dirname(site.root);
  if (existsSync(join(parent, 'theme.toml')) || existsSync(join(parent, 'theme.yaml'))) dirs.push(join(parent, 'layouts'));
  return [...new Set(dirs)];
});

/**
 * Does a title template of the site or its theme fall back on the file name when a page has no
 * title (hugo-book's `docs/title.html`: `.File.BaseFileName | humanize | title`)? Then a page
 * without a `title` still shows one. Once a site (read again when the site is detected again).
 */
export const hugoTitleFallback = perSite((site: SiteInfo): boolean =>
  hugoLayoutDirs(site).some((dir) => {
    let names: string[];
    try {
      names = readdirSync(dir, {recursive: true}).map(String);
    } catch {
      return false;
    }
    return names.some((name) => /title[^/\\]*\.html$/i.test(name) && /\.File\.(?:BaseFileName|ContentBaseName|TranslationBaseName)/.test(readText(join(dir, name))));
  }),
);

function readText(path: string): string {
  try {
    return readSmallFile(path);
  } catch {
    return '';
  }
}

/**
 * A file in a Hugo site that is not under any of its content roots (an archetype, a GitHub
 * template), when the site has a content root at all: Hugo makes no page of it.
 */
// Asked for every site-root link: the folders are looked for once a site, like the roots themselves.
const existingContentRoots = perSite((site) => hugoContentRoots(site).filter((dir) => existsSync(dir)));

export function outsideContent(file: string, site: SiteInfo): boolean {
  const path = resolve(file);
  const roots = existingContentRoots(site);
  return roots.length > 0 && !roots.some((dir) => path.startsWith(dir + sep));
}

/** Each folder's bundle front matter, read once while the site's files stay as they are (cleared by forgetBundleFrontMatter). */
const bundleCache = new Map<string, Record<string, unknown> | undefined>();

/** Read the sections' front matter again (the Hugo generator's forgetFileReads: a `cascade` or `headless` may have changed). */
export function forgetBundleFrontMatter(): void {
  bundleCache.clear();
}

/** A bundle's front matter (`_index.md` / `index.md` in `dir`), read once; YAML or TOML. */
export function bundleFrontMatter(dir: string): Record<string, unknown> | undefined {
  if (bundleCache.has(dir)) return bundleCache.get(dir);
  let data: Record<string, unknown> | undefined;
  for (const name of ['_index.md', 'index.md']) {
    let text: string;
    try {
      // Only its front matter keys the caches: the section page's text is its own (src/side-reads.ts).
      text = readSmallFile(join(dir, name), undefined, 'front-matter');
    } catch {
      continue;
    }
    // Unreadable front matter is the front-matter rule's finding on that file.
    data = readFrontMatterDataSync(text, true);
    break;
  }
  bundleCache.set(dir, data);
  return data;
}

/** `headless: true` (read with cast.ToBool, so `"true"` too) or `build.render: never` (also the older `_build`). */
function neverRendered(data: unknown): boolean {
  if (hugoBool(get(data, 'headless'))) return true;
  return ['build', '_build'].some((key) => {
    const render = get(get(data, key), 'render');
    return render === 'never' || render === false;
  });
}

/**
 * Is this file a page Hugo renders? Files outside the content roots (archetypes, .github) are
 * not pages; nor are files Hugo never renders: `headless`/`build.render: never` on the file or
 * cascaded from a section above it (snippet folders read only through include shortcodes); nor
 * an index file another index file of its folder wins over (hugo-bundle-index.ts).
 */
export function isRenderedHugoPage(file: string, site: SiteInfo, own: Record<string, unknown>): boolean {
  const path = resolve(file);
  if (outsideContent(path, site)) return false;
  const root = hugoContentRoots(site).find((dir) => path.startsWith(dir + sep));
  if (!root) return true;
  if (neverRendered(own)) return false;
  // A second index file in one folder (`index.md` beside `_index.md`) is no page of its own.
  if (shadowingIndexFile(path)) return false;
  for (let dir = dirname(path); dir.startsWith(root); dir = dirname(dir)) {
    const data = bundleFrontMatter(dir);
    // A bundle's own settings hold for itself; its cascade for the pages below it.
    if (dir !== dirname(path) || !/^_?index\./.test(basename(path))) {
      if (neverRendered(get(data, 'cascade'))) return false;
    }
    if (dir === root) break;
  }
  return true;
}

/**
 * The path a page's language puts before its URL (`/fr`), or '' for none. Hugo serves each language
 * but the default one below `/<language key>/`, and the default one too with
 * `defaultContentLanguageInSubdir: true`; a language with a `baseURL` of its own is served from that
 * host's root (gohugo.io content-management/multilingual; resources/page/page_paths.go adds the
 * prefix to every page path). Only on a site that configures `languages` and for one of them.
 */
export function hugoLanguagePrefix(path: string, site: SiteInfo): string {
  const languages = get(site.config, 'languages');
  if (!isObject(languages)) return '';
  const language = hugoPageLanguage(path, site);
  // Hugo lower-cases language keys (`languages.pt-BR` is served at `/pt-br/`).
  const settings = language === undefined ? undefined : Object.entries(languages).find(([key]) => key.toLowerCase() === language)?.[1];
  if (language === undefined || settings === undefined) return '';
  if (typeof get(settings, 'baseURL') === 'string') return '';
  // One language is no multilingual site: no prefix (config/allconfig/configlanguage.go LanguagePrefix).
  const disabled = new Set((Array.isArray(get(site.config, 'disableLanguages')) ? (get(site.config, 'disableLanguages') as unknown[]) : []).map((code) => String(code).toLowerCase()));
  const enabled = Object.entries(languages).filter(([key, value]) => get(value, 'disabled') !== true && !disabled.has(key.toLowerCase()));
  if (enabled.length <= 1) return '';
  if (language === hugoDefaultLanguage(site, enabled) && get(site.config, 'defaultContentLanguageInSubdir') !== true) return '';
  return `/${language}`;
}

/**
 * Hugo's default content language (langs/config.go init): `defaultContentLanguage`, else `en`
 * when configured, else the first language by weight (unset weights last), then name.
 */
function hugoDefaultLanguage(site: SiteInfo, languages: Array<[string, unknown]>): string {
  const configured = get(site.config, 'defaultContentLanguage');
  if (typeof configured === 'string' && configured.trim() !== '') return configured.toLowerCase();
  const keys = languages.map(([key]) => key.toLowerCase());
  if (keys.includes('en')) return 'en';
  // A weight of 0 (none set) sorts after every weight that is set.
  const weight = (value: unknown): number => (typeof get(value, 'weight') === 'number' && get(value, 'weight') !== 0 ? (get(value, 'weight') as number) : Infinity);
  const first = [...languages].sort(([a, left], [b, right]) => (weight(left) === weight(right) ? (a.toLowerCase() < b.toLowerCase() ? -1 : 1) : weight(left) < weight(right) ? -1 : 1))[0];
  return first ? first[0].toLowerCase() : 'en';
}

/**
 * The language of a Hugo page: its translation suffix (`index.fr.md`, one of `languages` when the
 * site names them), its language's `contentDir`, a module mount with `lang`, `content/<code>/` for
 * a configured language, else the site's `defaultContentLanguage` or `languageCode`.
 */
export function hugoPageLanguage(path: string, site: SiteInfo): string | undefined {
  const config = site.config;
  const languages = isObject(config.languages) ? config.languages : undefined;
  const suffix = languageSuffix(basename(path), languages);
  if (suffix) return suffix;
  if (languages) {
    const rel = toPosix(relative(site.root, path));
    for (const [code, settings] of Object.entries(languages)) {
      const dir = isObject(settings) && typeof settings.contentDir === 'string' ? settings.contentDir.replace(/\/+$/, '') : undefined;
      if (dir && rel.startsWith(`${dir}/`)) return code.toLowerCase();
    }
    // Module mounts that name their language, and the common layout content/<code>/ for a configured language.
    const mounts = isObject(config.module) && Array.isArray(config.module.mounts) ? config.module.mounts : [];
    for (const mount of mounts) {
      if (isObject(mount) && typeof mount.lang === 'string' && typeof mount.source === 'string' && rel.startsWith(`${mount.source.replace(/\/+$/, '')}/`)) return mount.lang.toLowerCase();
    }
    const [top, second] = rel.split('/');
    if (top?.startsWith('content') && second && Object.keys(languages).some((code) => code.toLowerCase() === second.toLowerCase())) return second.toLowerCase();
  }
  return languageTag(config.defaultContentLanguage) ?? languageTag(config.languageCode);
}

/**
 * Folders mounted onto a path inside the content tree (`source: ../sdk/docs`, `target:
 * content/sdks/python`): the path below `content` and the folder behind it, which may be absent
 * (a git submodule not checked out).
 */
type FolderMount = {prefix: string; source: string; present: boolean};

// Asked for every ref not found directly: the mounts are looked for once a site, like the content roots.
export const hugoFolderMounts: (site: SiteInfo) => FolderMount[] = perSite(findFolderMounts);

function findFolderMounts(site: SiteInfo): FolderMount[] {
  const own = mounts(site).map((mount) => ({...mount, source: resolve(site.root, mount.source)}));
  // An import's own mounts read from the module's folder: a local path (`path = "../_output"`) from themesDir, as Hugo
  // finds it (modules/client.go), which may be a folder the build fills first (a generated reference); a Go module
  // not vendored is not in the checkout at all.
  const imported = hugoModules(site).flatMap((module) => {
    const folder = module.folder ?? join(hugoThemesDir(site), module.path);
    return (module.mounts ?? []).flatMap((mount) => {
      const source = get(mount, 'source');
      const target = get(mount, 'target');
      return typeof source === 'string' && typeof target === 'string' ? [{source: resolve(folder, source), target: target.replace(/\/+$/, '')}] : [];
    });
  });
  return [...own, ...imported]
    .filter((mount) => mount.target.startsWith('content/') && !/\.[A-Za-z0-9]+$/.test(mount.target))
    .map((mount) => ({prefix: mount.target.slice('content/'.length), source: mount.source, present: existsSync(mount.source)}));
}

/**
 * Why a page path below the content tree (`docs/reference/limactl_create`) that no file answers may still be a page:
 * it lies below a mount whose folder is not in the checkout (a generated reference the build writes first, a
 * submodule not checked out). Hugo lower-cases the mount's path in the URL (`content/docs/Reference` is
 * `/docs/reference/`), so the prefix is compared without regard to case.
 */
export function absentMountReason(site: SiteInfo, contentPath: string): string | undefined {
  const path = contentPath.replace(/^\/+|\/+$/g, '').toLowerCase();
  for (const mount of hugoFolderMounts(site)) {
    if (mount.present) continue;
    const prefix = mount.prefix.toLowerCase();
    if (path === prefix || path.startsWith(`${prefix}/`)) return `it is below ${mount.prefix}/, which Hugo mounts from ${toPosix(relative(site.root, mount.source))}, a folder not in the checkout (the build writes it, or a submodule is not checked out)`;
  }
  return undefined;
}
