/**
 * Drafts in an Astro content collection are whatever the site's routes leave out: Astro has no
 * draft flag of its own for collections; a route's `getStaticPaths` loads the entries it writes
 * with `getCollection(name, filter)` (withastro/astro packages/astro/src/content/runtime.ts: the
 * filter runs on each entry, and only those it keeps are returned), so an entry the filter drops
 * gets no page. Read as text, never run:
 * - the routes that write the collection's entries are the dynamic routes (`[slug].astro`,
 *   `[...slug].astro`) whose `getStaticPaths` calls `getCollection` with its name;
 * - the filter is written inline (`({data}) => !data.draft`) or named: a function of the route
 *   file itself, or one imported from a module one relative import away
 *   (`import {isPublished} from '../utils/posts'`); nothing further is followed;
 * - a filter that keeps an entry unless `draft` is true (`!data.draft`, `data.draft !== true`)
 *   drops `draft: true`; one that keeps it while `published` is not false (`data.published !==
 *   false`, `data.published`) drops `published: false`.
 * An entry is a draft when every such route drops it. A route without a filter writes every
 * entry; a filter postlint cannot read leaves drafts unknown (none are reported).
 */
import {readText} from './common.js';
import {balanced, relativeModuleFile, topLevelParts} from './js-source.js';
import {escapeRegExp} from '../../links/patterns.js';

/** The front-matter flags that make an entry a draft. */
export interface DraftKeys {
  draft?: boolean;
  published?: boolean;
}

export interface RouteSource {
  /** Absolute path of the route file. */
  path: string;
  /** Its path below src/pages/, `/`-separated. */
  rel: string;
  text: string;
}

/** The flags a filter's code drops entries by. */
export function keysOfFilter(source: string): DraftKeys {
  // A comment that says "published" filters nothing.
  const code = source.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/[^\n]*/g, '$1');
  const keys: DraftKeys = {};
  if (/!\s*(?:[\w$]+\??\.\s*)*draft\b(?!\s*[=!]=)/.test(code) || /\bdraft\s*!==?\s*true\b/.test(code) || /\bdraft\s*===?\s*false\b/.test(code)) keys.draft = true;
  if (/\bpublished\s*!==?\s*false\b/.test(code) || /\bpublished\s*===?\s*true\b/.test(code) || /(?<!!\s*(?:[\w$]+\??\.\s*)*)\bpublished\b(?!\s*[=!]=|\s*:)/.test(code)) keys.published = true;
  return keys;
}

/** The text of a function named `name` defined in `text` (`function name(…) {…}` or `const name = (…) => …`). */
export function definitionOf(text: string, name: string): string | undefined {
  const declared = new RegExp(String.raw`\bfunction\s+${escapeRegExp(name)}\s*\(`).exec(text);
  if (declared) {
    const params = declared.index + declared[0].length - 1;
    const afterParams = params + balanced(text, params).length + 2;
    const open = text.indexOf('{', afterParams);
    return open === -1 ? undefined : `${balanced(text, params)} ${balanced(text, open)}`;
  }
  const bound = new RegExp(String.raw`\b(?:const|let|var)\s+${escapeRegExp(name)}\s*(?::[^=]+)?=\s*(?:async\s*)?`).exec(text);
  if (!bound) return undefined;
  const rest = text.slice(bound.index + bound[0].length);
  const arrow = rest.indexOf('=>');
  if (arrow === -1 || arrow > 400) return undefined;
  const after = rest.slice(arrow + 2).replace(/^\s+/, '');
  const body = after.startsWith('{') ? balanced(after, 0) : after.split(/;|\n\s*\n/)[0]!;
  return `${rest.slice(0, arrow)} ${body}`;
}

/** The code of a filter named in a route: defined in the route, or imported one relative import away. */
function namedFilter(route: RouteSource, name: string): string | undefined {
  const local = definitionOf(route.text, name);
  if (local !== undefined) return local;
  for (const match of route.text.matchAll(/\bimport\s+(?:type\s+)?\{([^}]*)\}\s*from\s*(["'])(\.{1,2}\/[^"']+)\2/g)) {
    for (const item of match[1]!.split(',')) {
      const [exported, alias] = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/);
      if ((alias ?? exported)?.trim() !== name || !exported) continue;
      const file = relativeModuleFile(route.path, match[3]!);
      const text = file ? readText(file) : undefined;
      return text === undefined ? undefined : definitionOf(text, exported.trim());
    }
  }
  return undefined;
}

/** `getStaticPaths`' own code in a route, else the whole route. */
function staticPaths(text: string): string {
  const match = /\bgetStaticPaths\b[^(=]*(?:=\s*(?:async\s*)?)?(?:function\s*)?\(/.exec(text);
  if (!match) return text;
  const params = match.index + match[0].length - 1;
  const open = text.indexOf('{', params + balanced(text, params).length + 2);
  return open === -1 ? text : balanced(text, open);
}

/** The flags one route drops the collection's entries by: `{}` when it writes every entry, undefined when its filter cannot be read. */
function routeKeys(route: RouteSource, collection: string): DraftKeys | undefined {
  const call = new RegExp(String.raw`\bgetCollection\s*\(\s*(["'\`])${escapeRegExp(collection)}\1`, 'g');
  // Module code of the route runs at build time too: a collection loaded outside getStaticPaths is read there.
  const inStaticPaths = staticPaths(route.text);
  const code = call.test(inStaticPaths) ? inStaticPaths : route.text;
  call.lastIndex = 0;
  let keys: DraftKeys | undefined;
  for (const match of code.matchAll(call)) {
    const open = code.lastIndexOf('(', match.index + match[0].length);
    const args = topLevelParts(balanced(code, open));
    let found: DraftKeys;
    if (args.length < 2) {
      found = {};
    } else {
      const filter = args[1]!;
      const named = /^[A-Za-z_$][\w$]*$/.test(filter) ? namedFilter(route, filter) : filter;
      if (named === undefined) return undefined;
      found = keysOfFilter(named);
    }
    keys = keys ? {...(keys.draft && found.draft ? {draft: true} : {}), ...(keys.published && found.published ? {published: true} : {})} : found;
  }
  return keys;
}

/**
 * The flags that make an entry of `collection` a draft: those every route writing its entries
 * drops entries by; undefined when none does, no route writes them, or a filter cannot be read.
 */
export function routeDraftKeys(collection: string, routes: readonly RouteSource[]): DraftKeys | undefined {
  const writing = routes.filter((route) => /\[[^\]]+\]/.test(route.rel) && /\bgetStaticPaths\b/.test(route.text) && new RegExp(String.raw`\bgetCollection\s*\(\s*(["'\`])${escapeRegExp(collection)}\1`).test(route.text));
  if (writing.length === 0) return undefined;
  let keys: DraftKeys | undefined;
  for (const route of writing) {
    const found = routeKeys(route, collection);
    if (found === undefined) return undefined;
    keys = keys ? {...(keys.draft && found.draft ? {draft: true} : {}), ...(keys.published && found.published ? {published: true} : {})} : found;
  }
  return keys && (keys.draft || keys.published) ? keys : undefined;
}
