/**
 * The Hugo themes and modules whose templates are not in the checkout. A site's templates are the
 * union of its own `layouts/` and those of the modules it imports: `theme` (a name or a list) and
 * `module.imports` (each `path`, unless `disable: true`). Hugo finds an import in `_vendor/` when
 * vendored, at its `module.replacements` target (a path relative to `themesDir` unless absolute),
 * else in `themesDir` (`themes/`) by its path, else as a Go module in the module cache
 * (gohugoio/hugo modules/collect.go `add`; gohugo.io configuration/module). An empty folder there
 * is a git submodule not checked out. Such a theme's layouts, partials and shortcodes render the
 * site's pages with ids postlint cannot read; Docsy's, learned from its source, are known. A module
 * that can hold no templates (by its mounts, or learned) renders nothing.
 */
import {readdirSync} from 'node:fs';
import {isAbsolute, join, resolve} from 'node:path';
import {configFolder, get, isObject, perSite} from './common.js';
import type {SiteInfo, TemplateModel} from './types.js';

/** `module.replacements`: `"a -> b, c -> d"` or a list of such entries; module path → folder. */
function replacements(site: SiteInfo, themesDir: string): Map<string, string> {
  const value = get(get(site.config, 'module'), 'replacements');
  const entries = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  const found = new Map<string, string>();
  for (const entry of entries) {
    const [from, to] = entry.split('->').map((part) => part.trim());
    if (from && to) found.set(from, isAbsolute(to) ? to : resolve(themesDir, to));
  }
  return found;
}

function hasEntries(folder: string): boolean {
  try {
    return readdirSync(folder).length > 0;
  } catch {
    return false;
  }
}

/** One theme or imported module: its path as the config writes it, and its folder when in the checkout. */
export interface HugoModule {
  path: string;
  /** The folder Hugo reads it from, when it is in the checkout with files in it. */
  folder?: string;
  /** Why it is not in the checkout, in words, when it is not. */
  absent?: string;
  /** The import's own `mounts` in the site's config (which replace the module's), if it has any. */
  mounts?: unknown[];
}

/** The site's `themesDir` (`themes` unless set). */
export function hugoThemesDir(site: SiteInfo): string {
  return resolve(site.root, configFolder(site.config, 'themesDir', 'themes'));
}

/**
 * The site's themes and imported modules, in order, each found where Hugo looks (resolved once a
 * site): every reader of `theme` and `module.imports` goes through this, so the layouts read and
 * the "not in the checkout" decision agree.
 */
export const hugoModules: (site: SiteInfo) => HugoModule[] = perSite(resolveModules);

/** The folders of the site's themes and modules that are in the checkout. */
export function hugoModuleFolders(site: SiteInfo): string[] {
  return hugoModules(site).flatMap((module) => (module.folder === undefined ? [] : [module.folder]));
}

function resolveModules(site: SiteInfo): HugoModule[] {
  const theme = get(site.config, 'theme');
  const themes: Array<{path: unknown; mounts?: unknown}> = (typeof theme === 'string' ? [theme] : Array.isArray(theme) ? theme : []).map((path) => ({path}));
  const imports = get(get(site.config, 'module'), 'imports');
  const imported = (Array.isArray(imports) ? imports : [imports])
    .filter((entry) => isObject(entry) && get(entry, 'disable') !== true)
    .map((entry) => ({path: get(entry, 'path'), mounts: get(entry, 'mounts')}));
  const themesDir = hugoThemesDir(site);
  const replaced = replacements(site, themesDir);
  const seen = new Set<string>();
  const modules: HugoModule[] = [];
  for (const entry of [...themes, ...imported]) {
    const path = typeof entry.path === 'string' ? entry.path.trim() : '';
    if (path === '' || seen.has(path)) continue;
    seen.add(path);
    const mounts = Array.isArray(entry.mounts) ? {mounts: entry.mounts} : isObject(entry.mounts) ? {mounts: [entry.mounts]} : {};
    const places = [join(site.root, '_vendor', path), ...(replaced.has(path) ? [replaced.get(path)!] : []), join(themesDir, path)];
    const folder = places.find(hasEntries);
    if (folder !== undefined) modules.push({path, folder, ...mounts});
    else modules.push({path, absent: hasEntries(themesDir) || replaced.has(path) ? 'its folder is empty or missing: a git submodule not checked out?' : 'a Go module, not vendored', ...mounts});
  }
  return modules;
}

/**
 * Modules learned to hold no templates, from their own source: Docsy's `dependencies` (only its
 * config, which mounts Bootstrap and Font Awesome into `assets/`, go.mod and go.sum: google/docsy
 * dependencies/), and gohugoio/hugo-mod-jslibs-dist's JavaScript libraries (each mounts its
 * package into `assets/` only: alpinejs/config.toml, popperjs/config.toml).
 */
const templateless = /^(?:github\.com\/google\/docsy\/dependencies|github\.com\/gohugoio\/hugo-mod-jslibs-dist\/.+)$/i;

/**
 * Can the module give the site templates? Not when the import's own `mounts` in the site's config
 * (which replace the module's: gohugo.io configuration/module, mounts) put nothing into `layouts`,
 * nor when it is a module learned to have none.
 */
function mayHaveTemplates(module: HugoModule): boolean {
  if (module.mounts !== undefined) return module.mounts.some((mount) => /^\/?layouts(?:\/|$)/.test(String(get(mount, 'target') ?? '').trim()));
  return !templateless.test(module.path);
}

/** The site's themes and imported modules that are not in the checkout and may hold templates. */
function absentTemplates(site: SiteInfo): HugoModule[] {
  return hugoModules(site).filter((module) => module.absent !== undefined && mayHaveTemplates(module));
}

/** Is the site built on the Docsy theme (`theme: docsy`, or a module import of `docsy` / `github.com/google/docsy`)? */
export function usesDocsy(site: SiteInfo): boolean {
  return hugoModules(site).some((module) => /(?:^|\/)docsy$/i.test(module.path));
}

/**
 * The ids Docsy's layouts and partials write besides the headings' (the `id="…"` attributes of its
 * `layouts/` from v0.2.0 to v0.16.0: the navbar, sidebar, table of contents, theme toggler, print
 * and comment blocks); and those its shortcodes write from a counter (`blocks/cover`,
 * `blocks/section`, `tabpane`). Ids written wholly from data (the sidebar's `{{ $mid }}`) say nothing.
 */
const docsyIds: readonly string[] = [
  'main_navbar', 'navbarDropdown', 'td-sidebar-menu', 'td-section-nav', 'content-desktop', 'content-mobile', 'TableOfContents',
  'print', 'disqus_thread', 'docsearch', 'title', 'main', 'bd-theme', 'bd-theme-text', 'check2', 'circle-half', 'moon-stars-fill',
  'sun-fill', 'myBtn', 'redoc-container', 'docsy_swagger_ui',
];
const docsyPatterns: ReadonlyArray<{test: RegExp; written: string}> = [
  {test: /^.+-check$/i, written: '{{ $mid }}-check'},
  {test: /^docsearch-.+$/i, written: 'docsearch-{{ … }}'},
  {test: /^td-block-.+$/i, written: 'td-block-{{ .Ordinal }}'},
  {test: /^td-cover-block-.+$/i, written: 'td-cover-block-{{ .Ordinal }}'},
  {test: /^tabs-.+$/i, written: 'tabs-{{ $tabPaneOrdinal }}'},
];

/** What the site's absent themes mean for a page's ids: unknown, or Docsy's known ones. */
export function hugoThemeElsewhere(site: SiteInfo): Pick<TemplateModel, 'elsewhere' | 'themeIds'> {
  const absent = absentTemplates(site);
  if (absent.length === 0) return {};
  const named = absent.map((module) => `"${module.path}" (${module.absent})`).join(', ');
  const elsewhere = `is rendered with the templates of ${absent.length === 1 ? 'the theme' : 'the themes'} ${named}, not in the checkout: only the build knows the ids they write`;
  // Only Docsy (modules without templates aside): its ids are known.
  if (absent.every((module) => /(?:^|\/)docsy$/i.test(module.path))) return {elsewhere, themeIds: {ids: docsyIds, patterns: docsyPatterns, from: 'the Docsy theme'}};
  return {elsewhere};
}
