/**
 * Locale folders, shared by the generators that keep each language in a top-level folder of
 * their source (VitePress, Astro Starlight): read from the config's `locales` object as text
 * (JS configs are never run) or from the JSON file or JS/TS module it imports them from, or, when
 * that cannot be read, recognised as language-code folders that mirror the default locale's pages
 * (the root's, or a named default's folder: Starlight `defaultLocale: 'en'` keeps English in `en/`).
 * A page's language is its locale folder's, else the root's.
 */
import {readdirSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {isBelow, isDir, isObject} from './common.js';
import {importedValue} from './imported-value.js';

/** The text between the `{` at `open` and its matching `}` (strings are not parsed: configs rarely hold braces in them). */
function braced(text: string, open: number): string | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  return undefined;
}

/** `body` with every nested `{…}` blanked out, so that only its own top-level keys remain. */
function topLevel(body: string): string {
  let depth = 0;
  let out = '';
  for (const char of body) {
    if (char === '{') depth++;
    if (depth === 0) out += char;
    if (char === '}') depth = Math.max(0, depth - 1);
  }
  return out;
}

/** A locale key a config may use: `root`, or a language code (`es`, `pt-BR`, `zh_cn`). */
export const localeKey = /^(?:root|[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)$/;

/**
 * Locale key → language tag from the body of a `locales` object literal (`root: {lang: 'en-US'},
 * es: {lang: 'es'}, 'pt-br': {lang: 'pt-BR'}`). A key without `lang` is its own tag (`es`; Starlight
 * and VitePress both say so); `root` without `lang` is left out. Undefined when an entry is not
 * an object literal postlint can read (a spread, `es: shared`, `es,`): it hides a locale.
 */
function localesFromBody(body: string): Record<string, string> | undefined {
  const locales: Record<string, string> = {};
  // Keys at the top level of the block: `root: {…}`, `'pt-BR': {…}`, `"es": {…}`; each entry is skipped whole.
  const key = /(?:^|[\s,])(['"]?)([A-Za-z][\w-]*)\1\s*:\s*\{/g;
  let rest = '';
  let from = 0;
  for (let match = key.exec(body); match; match = key.exec(body)) {
    const open = match.index + match[0].length - 1;
    const entry = braced(body, open);
    if (entry === undefined || !localeKey.test(match[2]!)) return undefined;
    rest += body.slice(from, match.index);
    from = key.lastIndex = open + entry.length + 2;
    const name = match[2]!;
    const lang = /(?:^|[\s,])lang\s*:\s*['"]([^'"]+)['"]/.exec(topLevel(entry))?.[1];
    if (lang !== undefined) locales[name] = lang.toLowerCase().replace(/_/g, '-');
    else if (name !== 'root') locales[name] = name.toLowerCase().replace(/_/g, '-');
  }
  rest += body.slice(from);
  if (rest.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').replace(/[\s,]/g, '') !== '') return undefined;
  return locales;
}

/**
 * Locale folder → language tag from a VitePress config's `locales: {root: {lang: 'en-US'}, es: {lang: 'es'}}`,
 * read from the text. Undefined when the config names `locales` but not as an object literal
 * postlint can read (`locales: shared.locales`, `locales,`): then nobody knows the folders' languages.
 * `root` without `lang` takes the config's top-level `lang` (VitePress; not Starlight: `siteLang: false`).
 */
function readLocales(text: string, options: {siteLang?: boolean} = {}): Record<string, string> | undefined {
  if (!/\blocales\b/.test(text)) return {};
  const start = /\blocales\s*:\s*\{/.exec(text);
  const body = start ? braced(text, start.index + start[0].length - 1) : undefined;
  if (body === undefined) return undefined;
  const locales = localesFromBody(body);
  if (locales === undefined) return undefined;
  if (!('root' in locales) && options.siteLang !== false) {
    // The site's own `lang` (outside the `locales` block) is the root's (VitePress).
    const lang = /(?:^|[\s,{])lang\s*:\s*['"]([^'"]+)['"]/.exec(text.slice(0, start!.index) + text.slice(start!.index + start![0].length + body.length + 1))?.[1];
    if (lang) locales['root'] = lang.toLowerCase();
  }
  return Object.keys(locales).length > 0 ? locales : undefined;
}

/** A folder name that is a language code: `es`, `zh`, `pt-BR`, `zh-cn`. */
const languageFolder = /^[a-z]{2}(?:-[A-Za-z]{2})?$/;

/** Markdown pages below `dir`, as paths relative to it (`guide/a.md`); skips dot folders, node_modules and public. */
function pagesBelow(dir: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), {withFileTypes: true});
  } catch {
    return [];
  }
  const pages: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'public') continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) pages.push(...pagesBelow(dir, rel));
    else if (/\.(md|mdx|mdoc)$/i.test(entry.name)) pages.push(rel);
  }
  return pages;
}

/** The top-level folders of the source named by a language code. */
function languageFolders(src: string): string[] {
  try {
    return readdirSync(src, {withFileTypes: true}).filter((entry) => entry.isDirectory() && languageFolder.test(entry.name)).map((entry) => entry.name);
  } catch {
    return [];
  }
}

/**
 * Top-level folders of the source named by a language code whose pages mirror the default
 * locale's (at least half of them, and one besides the index, exist at the same path in the
 * default locale, in any Markdown extension). The default locale is the root's pages, or the
 * folder `defaultLocale` names when the site keeps its default language in a folder of its own
 * (Starlight `defaultLocale: 'en'` with `en/`); that folder is then a locale too. Their language is their name.
 */
function mirroredLocaleFolders(src: string, defaultLocale?: string): Record<string, string> {
  const found: Record<string, string> = {};
  const candidates = languageFolders(src);
  if (candidates.length === 0) return found;
  const stem = (page: string): string => page.replace(/\.(md|mdx|mdoc)$/i, '');
  const defaultFolder = defaultLocale === undefined || defaultLocale === 'root' ? undefined : candidates.find((folder) => folder.toLowerCase() === defaultLocale.toLowerCase());
  const reference = defaultFolder !== undefined ? pagesBelow(join(src, defaultFolder)) : pagesBelow(src).filter((page) => !candidates.some((folder) => page.startsWith(`${folder}/`)));
  const referencePages = new Set(reference.map(stem));
  for (const folder of candidates) {
    if (folder === defaultFolder) continue;
    const pages = pagesBelow(join(src, folder)).map(stem);
    const shared = pages.filter((page) => referencePages.has(page));
    if (shared.length > 0 && shared.length * 2 >= pages.length && shared.some((page) => page !== 'index')) found[folder] = folder.toLowerCase();
  }
  // The default folder is a locale when another folder mirrors it.
  if (defaultFolder !== undefined && Object.keys(found).length > 0) found[defaultFolder] = defaultFolder.toLowerCase();
  return found;
}

/**
 * The language of a page below `source` from its locale folders: the folder's tag, matched without
 * regard to case (Astro slugs `pt-BR/` as `pt-br`), else the root's (undefined when unknown).
 */
export function localeOf(path: string, source: string, locales: Record<string, string>, options: {served?: boolean} = {}): string | undefined {
  if (!isBelow(path, source)) return undefined;
  const [top] = relative(source, path).split(sep);
  const key = top === undefined || top.toLowerCase() === 'root' ? undefined : Object.keys(locales).find((name) => name !== 'root' && name.toLowerCase() === top.toLowerCase());
  // `served`: the path is where a page is served (VitePress rewrites), so its locale folder need not exist on disk.
  if (key !== undefined && isBelow(path, join(source, top!)) && (options.served === true || isDir(join(source, top!)))) return locales[key];
  return locales['root'];
}

/**
 * Locales a config imports from a relative module (`import locales from './locales.json'`,
 * `import {localesConfig} from './config/locales'`, then `locales,` or `locales: localesConfig`):
 * key → its `lang` (or the key), lower-case, from a JSON file or an object literal the module
 * exports (imported-value.ts). Undefined when the config does not take its locales that way or the
 * value cannot be read (a module that computes it).
 */
function importedLocales(text: string, configFile: string): Record<string, string> | undefined {
  const name = /\blocales\s*:\s*([A-Za-z_$][\w$]*)\s*[,}\n]/.exec(text)?.[1] ?? (/[{,]\s*locales\s*[,}]/.test(text) ? 'locales' : undefined);
  if (!name) return undefined;
  const value = importedValue(text, name, configFile);
  if (value?.kind === 'literal') return localesFromBody(value.body);
  if (value?.kind !== 'json' || !isObject(value.data)) return undefined;
  const locales: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value.data)) {
    const lang = isObject(entry) && typeof entry.lang === 'string' ? entry.lang : key === 'root' ? undefined : key;
    if (lang !== undefined) locales[key] = lang.toLowerCase().replace(/_/g, '-');
  }
  return locales;
}

/** What the config's `locales` says, or undefined when it names them in a way postlint cannot read. */
function configuredLocales(text: string, configFile: string, options: {siteLang?: boolean}): Record<string, string> | undefined {
  return readLocales(text, options) ?? importedLocales(text, configFile);
}

export interface LocaleOptions {
  /** The root's language may come from the config's own `lang` (VitePress), not Starlight. */
  siteLang?: boolean;
  /** The config's default locale when it is a named folder (Starlight `defaultLocale: 'en'`): other locales mirror its pages, not the root's. */
  defaultLocale?: string;
}

/**
 * The locale folders of a site: what its config says (read, or imported from a JSON file or a
 * module), plus any language-code folder that mirrors the root's (or the named default locale's)
 * pages and the config does not name (a locale the config dropped whose pages are still there);
 * only the mirrored folders when the config cannot be read. With what it could not read, for
 * --verbose: when the config names `locales` that postlint cannot read, the language-named top
 * folders it could not tell a language for (their pages are then read as the site's default
 * language, English for spelling).
 */
export function siteLocaleReading(text: string | undefined, configFile: string, source: string, options: LocaleOptions = {}): {locales: Record<string, string>; note?: string; unread?: true} {
  const configured = text === undefined ? undefined : configuredLocales(text, configFile, options);
  const mirrored = mirroredLocaleFolders(source, options.defaultLocale);
  const named = new Set(Object.keys(configured ?? {}).map((key) => key.toLowerCase()));
  const extra = Object.fromEntries(Object.entries(mirrored).filter(([folder]) => !named.has(folder.toLowerCase())));
  const locales = {...extra, ...configured};
  if (configured !== undefined || text === undefined) return {locales};
  // The config names `locales` in a way postlint cannot read (code that computes them).
  const unread = {unread: true as const};
  const known = new Set(Object.keys(locales).map((key) => key.toLowerCase()));
  const unknown = languageFolders(source).filter((folder) => !known.has(folder.toLowerCase()));
  if (unknown.length === 0) return {locales, ...unread};
  const shown = unknown.slice(0, 6).map((folder) => `${folder}/`).join(', ') + (unknown.length > 6 ? `, … (${unknown.length})` : '');
  return {locales, ...unread, note: `the config's \`locales\` could not be read (not an object literal postlint can read, in the config or a module it imports); the language-named folders ${shown} are read as the default language (declare a page's \`lang\` in front matter to say otherwise)`};
}
