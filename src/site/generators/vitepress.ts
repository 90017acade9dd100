/**
 * VitePress (vuejs/vitepress). The folder holding `.vitepress/` (or its `srcDir`) is the source;
 * `public/` in it is served at the site root; every page is served at its file's path
 * (`guide/a.md` → `/guide/a.html`, or `/guide/a` with `cleanUrls`) unless `rewrites` changes
 * URLs. VitePress has no drafts. Titles come from front matter, then the first `#` heading.
 * The config's `locales` keys are folders of the source written in their locale's `lang`
 * (`es: {lang: 'es'}` → `es/` is Spanish; `root` is the rest of the site).
 */
import {readdirSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';
import {isPageUrl} from '../files.js';
import {caseOrMissing, defaults, isBelow, isDir, isFile, lookInRoots, pageBelow, readText} from './common.js';
import type {Detection, Generator, SiteInfo} from './types.js';

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
export function readLocales(text: string): Record<string, string> | undefined {
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
  if (!('root' in locales)) {
    // The site's own `lang` (outside the `locales` block) is the root's.
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
    else if (/\.md$/i.test(entry.name)) pages.push(rel);
  }
  return pages;
}

/**
 * With no readable `locales`: top-level folders of the source named by a language code whose pages
 * mirror the root's (at least half of them, and one besides `index.md`, exist at the same path
 * outside the folder). Their language is their name; the root's stays unknown.
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
  const rootPages = new Set(pagesBelow(src).filter((page) => !candidates.some((folder) => page.startsWith(`${folder}/`))));
  for (const folder of candidates) {
    const pages = pagesBelow(join(src, folder));
    const shared = pages.filter((page) => rootPages.has(page));
    if (shared.length > 0 && shared.length * 2 >= pages.length && shared.some((page) => page !== 'index.md')) found[folder] = folder.toLowerCase();
  }
  return found;
}

async function detect(dir: string): Promise<Detection | undefined> {
  for (const name of ['config.ts', 'config.mts', 'config.js', 'config.mjs']) {
    const file = join(dir, '.vitepress', name);
    if (!isFile(file)) continue;
    // JS configs are not run: `srcDir`, `rewrites`, `cleanUrls`, `base` and `locales` are read from the text.
    const read = readText(file);
    const text = read ?? '';
    const config: Record<string, unknown> = {
      srcDir: /\bsrcDir\s*:\s*['"`]([^'"`]+)['"`]/.exec(text)?.[1],
      rewrites: /\brewrites\s*:/.test(text),
      cleanUrls: /\bcleanUrls\s*:\s*true/.test(text),
      base: /\bbase\s*:\s*['"`]([^'"`]+)['"`]/.exec(text)?.[1],
      hostname: /\bhostname\s*:\s*['"`]([^'"`]+)['"`]/.exec(text)?.[1],
    };
    const locales = read === undefined ? undefined : readLocales(text);
    const site: SiteInfo = {root: dir, generator: 'vitepress', configFile: file, config};
    // An unreadable config or `locales`: folders named by a language code that mirror the root's pages are that language.
    config.locales = locales ?? mirroredLocaleFolders(source(site));
    return {site, strength: 'marker'};
  }
  return undefined;
}

function locales(site: SiteInfo): Record<string, string> {
  const value = site.config.locales;
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

/** VitePress's source folder: `srcDir` from its config, else the folder that holds `.vitepress/`. */
function source(site: SiteInfo): string {
  return resolve(site.root, typeof site.config.srcDir === 'string' ? site.config.srcDir : '.');
}

export const vitepress: Generator = {
  ...defaults,
  name: 'vitepress',
  title: 'VitePress',
  buildOutput: () => ['.vitepress/dist', '.vitepress/cache'],
  words: ['vitepress'],
  detect,
  contentRoots: (site) => [source(site)],
  // `public/` in the source folder is served at the site root; the source folder holds the pages and their assets.
  staticRoots: (site) => [resolve(source(site), 'public'), source(site)],
  isPage: (path, site) => !site || (isBelow(path, source(site)) && !relative(source(site), path).split(sep).some((part) => part === 'node_modules' || part === 'public' || part.startsWith('.'))),
  pageUrl: (path, site) => {
    if (site.config.rewrites === true) return undefined;
    const rel = relative(source(site), path).split(sep).join('/');
    const stem = rel.replace(/\.md$/i, '');
    if (/(^|\/)index$/.test(stem)) return `/${stem.replace(/index$/, '')}`;
    return site.config.cleanUrls === true ? `/${stem}` : `/${stem}.html`;
  },
  baseUrl: (site) => (typeof site.config.hostname === 'string' ? `${site.config.hostname.replace(/\/+$/, '')}${typeof site.config.base === 'string' ? site.config.base : '/'}` : undefined),
  // VitePress 1 slugs text and code only (no image alt, no inline HTML such as `<Badge>`).
  slugFlavor: (site) => ({name: 'vitepress', options: {imageAlt: false}, reason: 'VitePress slugify (@mdit-vue/shared); {#id} ids read as written', ...(site?.configFile ? {from: site.configFile} : {})}),
  resolveSiteRoot(request, context) {
    const site = context.site!;
    const found = lookInRoots(request, context);
    if (found) return found;
    if (isPageUrl(request.path)) {
      const page = pageBelow([source(site)], request.path, context);
      if (page) return {status: 'found', path: page};
      // Every page is served at its file's path unless the config rewrites URLs: no page, no file.
      if (site.config.rewrites === true) return {status: 'unverifiable', reason: 'the config rewrites page URLs'};
    }
    return caseOrMissing(request, context);
  },
  titleSources: ['front-matter', 'first-heading'],
  // With neither, the page has only the site's title (VitePress has no file-name fallback).
  requiredFields: () => ['title'],
  fieldFrom: (field, page) => {
    if (field !== 'title') return undefined;
    if (page.hasTopHeading) return 'the first heading';
    // A page drawn by a Vue component (`page: true`, a `layout`) takes the site's title.
    if (page.data.page === true || typeof page.data.layout === 'string') return 'the site title (a layout page)';
    return undefined;
  },
  language(path, site) {
    const all = locales(site);
    const [top] = relative(source(site), path).split(sep);
    if (top && top !== 'root' && Object.hasOwn(all, top) && isBelow(path, join(source(site), top)) && isDir(join(source(site), top))) return all[top];
    return isBelow(path, source(site)) ? all['root'] : undefined;
  },
};
