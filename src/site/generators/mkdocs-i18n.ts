/**
 * mkdocs-static-i18n (ultrabug/mkdocs-static-i18n): MkDocs builds the site once per language, each
 * build with its own set of files, and a link or image in a page is looked up in the files of the
 * build that renders it. Read from mkdocs_static_i18n/{config,reconfigure,suffix,folder}.py @ 1.3.1
 * (a821458); v0.x (0.56 suffix_structure.py) looks links up in the same order.
 *
 * - A file's language: `docs_structure: suffix` (the default) takes the last suffix of its stem
 *   (`page.de.md`, `image.de.png`) when it is a configured locale or looks like one (`RE_LOCALE`);
 *   `folder` takes the first folder (`de/page.md`). Any other file is the default language's.
 * - The build for language L holds the files of L, and, with `fallback_to_default` (on by default),
 *   the default language's files that L has no version of (`reconfigure_files`).
 * - `I18nFiles.get_file_from_path`: a link to `x.md` (src_uri relative to the page's src_uri) is
 *   looked up as `x.<L>.md`, then `x.<default>.md`, then `x.md` (suffix); `L/x`, then (fallback)
 *   `<default>/x`, then `x` (folder). A link no file of the build answers is left as written.
 * - A language with `build: false` (or not `build_only_locale`) is never built: its pages are not served.
 */
import {posix} from 'node:path';
import {isObject} from './common.js';
import {pluginSettings} from './mkdocs-plugins.js';

export interface I18nSetup {
  structure: 'suffix' | 'folder';
  /** The configured locales. */
  languages: string[];
  defaultLanguage: string;
  /** The locales MkDocs builds a site for. */
  built: Set<string>;
  fallbackToDefault: boolean;
}

// mkdocs_static_i18n/config.py RE_LOCALE.
const localeLike = /(^[a-z]{2}(-[A-Za-z]{4})?(-[A-Z]{2})?$)|(^[a-z]{2}_[A-Z]{2}$)/;

const setups = new WeakMap<Record<string, unknown>, I18nSetup | null>();

/** The plugin's settings from the config (`plugins: [{i18n: {…}}]`), when it is on and names a default language. */
export function i18nSetup(config: Record<string, unknown>): I18nSetup | undefined {
  let setup = setups.get(config);
  if (setup === undefined) setups.set(config, (setup = readSetup(config) ?? null));
  return setup ?? undefined;
}

function readSetup(config: Record<string, unknown>): I18nSetup | undefined {
  const settings = pluginSettings(config, ['i18n']);
  if (!settings) return undefined;
  const structure = settings.docs_structure === 'folder' ? 'folder' : 'suffix';
  const fallbackToDefault = settings.fallback_to_default !== false;
  if (isObject(settings.languages)) {
    // v0.x: `default_language: en` and `languages: {fr: Français}`; every language is built.
    const defaultLanguage = settings.default_language;
    if (typeof defaultLanguage !== 'string') return undefined;
    const languages = [...new Set([defaultLanguage, ...Object.keys(settings.languages)])];
    return {structure, languages, defaultLanguage, built: new Set(languages), fallbackToDefault};
  }
  if (!Array.isArray(settings.languages)) return undefined;
  const entries = settings.languages.filter(isObject).filter((entry): entry is Record<string, unknown> & {locale: string} => typeof entry.locale === 'string');
  const only = typeof settings.build_only_locale === 'string' ? settings.build_only_locale : undefined;
  // `build_only_locale` makes that locale the default and the only one built (I18nPluginConfig.validate).
  const defaultLanguage = only ?? entries.find((entry) => entry.default === true)?.locale;
  if (defaultLanguage === undefined) return undefined;
  const built = new Set(entries.filter((entry) => (only ? entry.locale === only : entry.build !== false && entry.locale !== 'null')).map((entry) => entry.locale));
  return {structure, languages: entries.map((entry) => entry.locale), defaultLanguage, built, fallbackToDefault};
}

function isLocale(code: string, setup: I18nSetup): boolean {
  return setup.languages.includes(code) || localeLike.test(code);
}

/** Python's PurePath.suffix of a name: from its last dot, not a leading one. */
function suffixOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/** A file's language and its place with the language taken out (`norm_src_uri`), from its path below docs_dir. */
export function fileLanguage(rel: string, setup: I18nSetup): {locale: string; localized: boolean; norm: string} {
  if (setup.structure === 'folder') {
    const [top, ...rest] = rel.split('/');
    if (rest.length > 0 && isLocale(top!, setup)) return {locale: top!, localized: true, norm: rest.join('/')};
    return {locale: setup.defaultLanguage, localized: false, norm: rel};
  }
  // suffix.py: `Path(file.name).suffixes.pop(-1)`, where a File's name is its stem.
  const name = posix.basename(rel);
  const ext = suffixOf(name);
  const stem = name.slice(0, name.length - ext.length);
  const code = suffixOf(stem).slice(1);
  if (code !== '' && isLocale(code, setup)) return {locale: code, localized: true, norm: posix.join(posix.dirname(rel), stem.slice(0, -code.length - 1) + ext)};
  return {locale: setup.defaultLanguage, localized: false, norm: rel};
}

/** Where language `locale`'s version of a file with this `norm_src_uri` would be. */
function versionIn(norm: string, locale: string, setup: I18nSetup): string {
  if (setup.structure === 'folder') return `${locale}/${norm}`;
  const ext = suffixOf(posix.basename(norm));
  return `${norm.slice(0, norm.length - ext.length)}.${locale}${ext}`;
}

/**
 * Whether the build for `build` holds the file at `rel` (below docs_dir): its own language's, or with
 * the fallback a default-language file the language has no version of (`reconfigure_files`).
 */
export function inBuild(rel: string, build: string, setup: I18nSetup, exists: (rel: string) => boolean): boolean {
  const {locale, norm} = fileLanguage(rel, setup);
  if (locale === build) return true;
  return setup.fallbackToDefault && locale === setup.defaultLanguage && !exists(versionIn(norm, build, setup));
}

/** The src_uris `get_file_from_path` tries, in order, for a link's target `target` (below docs_dir) in the build for `build`. */
export function lookupOrder(target: string, build: string, setup: I18nSetup): string[] {
  const uri = target === '.' || target === '' ? 'index.md' : target;
  if (setup.structure === 'suffix') {
    // PurePath.with_suffix: `r_p.md` → `r_p.de.md`, `logo.png` → `logo.de.png`.
    const ext = suffixOf(posix.basename(uri));
    const stem = uri.slice(0, uri.length - ext.length);
    return [...new Set([`${stem}.${build}${ext}`, `${stem}.${setup.defaultLanguage}${ext}`, uri])];
  }
  const fallback = setup.fallbackToDefault;
  const [top, ...rest] = uri.split('/');
  const below = rest.join('/');
  if (rest.length > 0 && top === build) return [...new Set([uri, ...(fallback ? [`${setup.defaultLanguage}/${below}`] : []), below])];
  if (rest.length > 0 && top === setup.defaultLanguage) return [...new Set([uri, ...(fallback ? [`${build}/${below}`] : []), below])];
  return [...new Set([`${build}/${uri}`, ...(fallback ? [`${setup.defaultLanguage}/${uri}`] : []), uri])];
}

export type I18nLookup =
  /** The file the build links to (below docs_dir). */
  | {found: string}
  /** The file is there but only another language's build holds it: MkDocs leaves the link as written. */
  | {otherBuild: string; locale: string; build: string};

/**
 * A relative link from the page at `fromRel` (below docs_dir) to `path`, as the build that renders the
 * page reads it (the page's own language's: a default page another build falls back to reads the same
 * targets there, or that language's versions of them). Undefined when the plugin finds nothing.
 */
export function lookUpLink(fromRel: string, path: string, setup: I18nSetup, exists: (rel: string) => boolean): I18nLookup | undefined {
  const target = posix.normalize(posix.join(posix.dirname(fromRel), path)).replace(/^\/+/, '');
  if (target.startsWith('..')) return undefined;
  const build = fileLanguage(fromRel, setup).locale;
  for (const candidate of lookupOrder(target, build, setup)) {
    if (exists(candidate) && inBuild(candidate, build, setup, exists)) return {found: candidate};
  }
  if (exists(target)) return {otherBuild: target, locale: fileLanguage(target, setup).locale, build};
  return undefined;
}

/** Why a page is never built: its language has no build (`build: false`, another `build_only_locale`). */
export function unbuiltLanguage(rel: string, setup: I18nSetup): string | undefined {
  const {locale} = fileLanguage(rel, setup);
  if (setup.built.has(locale)) return undefined;
  return setup.languages.includes(locale)
    ? `mkdocs-static-i18n builds no site for its language \`${locale}\` (\`build: false\`)`
    : `mkdocs-static-i18n reads \`${locale}\` as the page's language, which the plugin's languages do not list: no build holds it`;
}
