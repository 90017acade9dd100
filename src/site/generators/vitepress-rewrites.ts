/**
 * VitePress `rewrites` (vuejs/vitepress src/node/plugins/rewritesPlugin.ts resolveRewrites): each
 * entry `from: to` is a path-to-regexp 6 pattern (`from` a RegExp when it starts with `^`) matched
 * against every page's path below the source folder (`en/guide/a.md`); the first entry that matches
 * moves the page to `to` with the matched parameters filled in (`"en/:rest*": ":rest*"` serves
 * `en/guide/a.md` at `/guide/a`). A link names the moved place: VitePress's dead-link check
 * (markdownToVue.ts) looks the link's path up among the moved pages first (`rewrites.inv`), and a
 * link to a moved page's old path is dead. Read only when every entry is a pair of string literals;
 * a function or an entry of code leaves the rewrites unread (the caller abstains as before).
 */
import {compile, match} from 'path-to-regexp';
import {relative, resolve} from 'node:path';
import {toPosix} from '../../paths.js';
import {balanced, topLevelParts} from './js-source.js';
import {walkFiles} from './walk-files.js';
import {perSite} from './common.js';
import type {SiteInfo} from './types.js';

/**
 * The string-literal entries of a `rewrites` object literal and how many of its parts are code (a spread of
 * `Object.fromEntries(…)`, a computed key), which may move other pages; undefined when it is no object literal.
 */
export function literalRewriteEntries(setting: string): {entries: Array<[string, string]>; code: number} | undefined {
  const text = setting.trim();
  if (!text.startsWith('{')) return undefined;
  const entries: Array<[string, string]> = [];
  let code = 0;
  for (const part of topLevelParts(balanced(text, 0))) {
    const pair = /^(['"`])([^'"`$]*)\1\s*:\s*(['"`])([^'"`$]*)\3$/.exec(part) ?? /^([\w$]+)\s*:\s*(['"`])([^'"`$]*)\2$/.exec(part);
    if (!pair) {
      code++;
      continue;
    }
    entries.push(pair.length === 5 ? [pair[2]!, pair[4]!] : [pair[1]!, pair[3]!]);
  }
  return {entries, code};
}

/** Where a moved page is served (below the source folder, `.md`) → the page (VitePress's `rewrites.inv`), and back (`rewrites.map`). */
interface Moves {
  inv: Map<string, string>;
  map: Map<string, string>;
  /** Page → the value of the rule's `:locale` (or `:lang`) parameter when it is the moved path's top folder. */
  localeParams: Map<string, string>;
}

/** The parameter names that say a rewrite's segment is a locale (`translated/:locale/(.*)` → `:locale/(.*)`). */
const localeParamNames = ['locale', 'lang', 'language'];

/** VitePress's source folder (as vitepress.ts reads it). */
function sourceOf(site: SiteInfo): string {
  return resolve(site.root, typeof site.config.srcDir === 'string' ? site.config.srcDir : '.');
}

/** How many Markdown files are looked at for the moves: a site's pages are far fewer. */
const maxPages = 20000;

const movesOf = perSite((site: SiteInfo): Moves | undefined => {
  const entries = site.config.rewriteEntries;
  if (!Array.isArray(entries)) return undefined;
  const source = sourceOf(site);
  let rules: Array<{matches: (page: string) => Record<string, unknown> | undefined; to: (params: Record<string, unknown>) => string}>;
  try {
    rules = (entries as Array<[string, string]>).map(([from, to]) => {
      const matcher = match<Record<string, unknown>>(from.startsWith('^') ? new RegExp(from) : from);
      const path = compile(`/${to}`, {validate: false});
      return {matches: (page) => (matcher(page) || undefined)?.params, to: (params) => path(params).slice(1)};
    });
  } catch {
    return undefined;
  }
  // VitePress's pages: every `**.md` below the source folder but node_modules (srcExclude is not read here).
  const {files, cut} = walkFiles(source, {enter: (entry) => entry.name !== 'node_modules' && !entry.name.startsWith('.'), keep: (entry) => entry.name.endsWith('.md'), maxFiles: maxPages});
  if (cut) return undefined;
  const moves: Moves = {inv: new Map(), map: new Map(), localeParams: new Map()};
  for (const file of files) {
    const page = toPosix(relative(source, file));
    for (const rule of rules) {
      const params = rule.matches(page);
      if (params === undefined) continue;
      const to = rule.to(params);
      moves.inv.set(to, page);
      moves.map.set(page, to);
      const locale = localeParamNames.map((name) => params[name]).find((value): value is string => typeof value === 'string');
      if (locale !== undefined && to.split('/')[0] === locale) moves.localeParams.set(page, locale);
      break;
    }
  }
  return moves;
});

/**
 * The page file a site-root page link reaches through the rewrites (`/development/intro.md`,
 * `/development/intro`, `/development/` for `en/development/index.md`), as VitePress's dead-link
 * check reads it; undefined when no page moved there or the rewrites are unread. (A link to a moved
 * page's old path, which VitePress calls dead, is not judged here: the file is there.)
 */
export function throughRewrites(path: string, site: SiteInfo): string | undefined {
  const moves = movesOf(site);
  if (!moves) return undefined;
  let resolved = path.replace(/[?#].*$/, '').replace(/\.(html|md)$/, '');
  if (resolved.endsWith('/')) resolved += 'index';
  resolved = resolved.replace(/^\/+/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(resolved);
  } catch {
    return undefined;
  }
  const source = sourceOf(site);
  const page = moves.inv.get(`${decoded}.md`);
  return page === undefined ? undefined : resolve(source, page);
}

/**
 * Where the literal rewrites serve this page, below the source folder (`translated/ru/guide/a.md` →
 * `ru/guide/a.md`); undefined when no entry moves it, or the rewrites are unread or have code beside
 * them (code may move it first). VitePress compiles a moved page as if it sat there (markdownToVue.ts:
 * `file = rewrites.get(file) || file`): its relative links, its dead-link check and its locale
 * (getLocaleForPath of the moved relativePath) are read from that place, as the browser reads links
 * from the page's moved URL (docs/en/guide/routing.md: "relative links should be based on the rewritten paths").
 */
export function movedPage(page: string, site: SiteInfo): string | undefined {
  if (site.config.rewritesCode === true) return undefined;
  const moves = movesOf(site);
  const source = sourceOf(site);
  return moves?.map.get(toPosix(relative(source, page)));
}

/**
 * The locale folder a rewrite serves this page in when the rule names it by a `:locale` (or `:lang`)
 * parameter that becomes the moved path's top folder (`translated/vi_vn/a.md` → `vi_vn/a.md`): the
 * config's own word that the segment is a locale, for when its `locales` are code postlint cannot read.
 */
export function rewriteLocale(page: string, site: SiteInfo): string | undefined {
  if (movedPage(page, site) === undefined) return undefined;
  return movesOf(site)?.localeParams.get(toPosix(relative(sourceOf(site), page)));
}
