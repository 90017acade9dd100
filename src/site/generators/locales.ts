/**
 * Locale folders, shared by the generators that keep each language in a top-level folder of
 * their source (VitePress, Astro Starlight): read from the config's `locales` object as text
 * (JS configs are never run), or, when that cannot be read, recognised as language-code folders
 * that mirror the root's pages. A page's language is its locale folder's, else the root's.
 */
import {readdirSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {isBelow, isDir, isObject, readText} from './common.js';

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

const localeKey = /^(?:root|[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)$/;

/**
 * Locale folder → language tag from a VitePress config's `locales: {root: {lang: 'en-US'}, es: {lang: 'es'}}`,
 * read from the text. Undefined when the config names `locales` but not as an object literal
 * postlint can read (`locales: shared.locales`, `locales,`): then nobody knows the folders' languages.
 * A key without `lang` is its own tag (`es`); `root` without `lang` takes the config's top-level `lang`.
 */
function readLocales(text: string, options: {siteLang?: boolean} = {}): Record<string, string> | undefined {
  if (!/\blocales\b/.test(text)) return {};
  const start = /\blocales\s*:\s*\{/.exec(text);
  const body = start ? braced(text, start.index + start[0].length - 1) : undefined;
  if (body === undefined) return undefined;
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
  // Anything else at the top level (a spread, `es: shared`, `es,`) hides a locale postlint cannot read.
  if (rest.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').replace(/[\s,]/g, '') !== '') return undefined;
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

/**
 * Top-level folders of the source named by a language code whose pages mirror the root's (at
 * least half of them, and one besides the index, exist at the same path outside the folder, in
 * any Markdown extension). Their language is their name.
 */
function mirroredLocaleFolders(src: string): Record<string, string> {
  const found: Record<string, string> = {};
  let entries;
  try {
    entries = readdirSync(src, {withFileTypes: true});
  } catch {
    return found;
  }
  const candidates = entries.filter((entry) => entry.isDirectory() && languageFolder.test(entry.name)).map((entry) => entry.name);
  if (candidates.length === 0) return found;
  const stem = (page: string): string => page.replace(/\.(md|mdx|mdoc)$/i, '');
  const rootPages = new Set(pagesBelow(src).filter((page) => !candidates.some((folder) => page.startsWith(`${folder}/`))).map(stem));
  for (const folder of candidates) {
    const pages = pagesBelow(join(src, folder)).map(stem);
    const shared = pages.filter((page) => rootPages.has(page));
    if (shared.length > 0 && shared.length * 2 >= pages.length && shared.some((page) => page !== 'index')) found[folder] = folder.toLowerCase();
  }
  return found;
}


/**
 * The language of a page below `source` from its locale folders: the folder's tag, matched without
 * regard to case (Astro slugs `pt-BR/` as `pt-br`), else the root's (undefined when unknown).
 */
export function localeOf(path: string, source: string, locales: Record<string, string>): string | undefined {
  if (!isBelow(path, source)) return undefined;
  const [top] = relative(source, path).split(sep);
  const key = top === undefined || top.toLowerCase() === 'root' ? undefined : Object.keys(locales).find((name) => name !== 'root' && name.toLowerCase() === top.toLowerCase());
  if (key !== undefined && isBelow(path, join(source, top!)) && isDir(join(source, top!))) return locales[key];
  return locales['root'];
}

/**
 * Locales a config imports from a JSON file (`import locales from './locales.json'` and then
 * `locales,` or `locales: locales`): key → its `lang` (or the key), lower-case. Undefined when the
 * config does not take its locales that way or the file does not read.
 */
function importedLocales(text: string, configFile: string): Record<string, string> | undefined {
  const name = /\blocales\s*:\s*([A-Za-z_$][\w$]*)\s*[,}\n]/.exec(text)?.[1] ?? (/[{,]\s*locales\s*[,}]/.test(text) ? 'locales' : undefined);
  if (!name) return undefined;
  const source = new RegExp(`\\bimport\\s+${name.replace(/\$/g, '\\$')}\\s+from\\s+['"](\\.{1,2}/[^'"]+\\.json)['"]`).exec(text)?.[1];
  if (!source) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readText(resolve(dirname(configFile), source)) ?? 'null');
  } catch {
    return undefined;
  }
  if (!isObject(data)) return undefined;
  const locales: Record<string, string> = {};
  for (const [key, entry] of Object.entries(data)) {
    const lang = isObject(entry) && typeof entry.lang === 'string' ? entry.lang : key === 'root' ? undefined : key;
    if (lang !== undefined) locales[key] = lang.toLowerCase().replace(/_/g, '-');
  }
  return locales;
}

/**
 * The locale folders of a site: what its config says (read, or imported from JSON), plus any
 * language-code folder that mirrors the root's pages and the config does not name (a locale the
 * config dropped whose pages are still there); only the mirrored folders when the config cannot be read.
 */
export function siteLocales(text: string | undefined, configFile: string, source: string, options: {siteLang?: boolean} = {}): Record<string, string> {
  const configured = text === undefined ? undefined : readLocales(text, options) ?? importedLocales(text, configFile);
  const mirrored = mirroredLocaleFolders(source);
  const named = new Set(Object.keys(configured ?? {}).map((key) => key.toLowerCase()));
  const extra = Object.fromEntries(Object.entries(mirrored).filter(([folder]) => !named.has(folder.toLowerCase())));
  return {...extra, ...configured};
}
