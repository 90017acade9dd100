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
 * - the filter is `getCollection`'s second argument, or an array `.filter(…)` on what it returned
 *   (`(await getCollection('blog')).filter(…)`, `posts.filter(…)` after `const posts = await
 *   getCollection('blog')`): Astro returns a plain array, so the site's own filter decides the same;
 * - the collection is loaded in the route, or in a helper the route imports one relative import
 *   away (`const posts = await getBlogPosts()` from `../utils/blogPosts`) whose body loads and
 *   filters it; a function the filter calls (`(post) => isPublic(post)`) is read where the filter
 *   is written. A helper that keeps drafts only in a draft build (`import.meta.env.DEV`, an
 *   environment switch) is read for the production build, as Hugo's drafts are without
 *   `--buildDrafts`. The import may go through a tsconfig alias (`@lib/posts`); a helper taking the
 *   collection's name (`getAllPosts('blog')`) has its parameter bound to the literal its route passes;
 *   a `let` reassigned with its own filter (`posts = posts.filter(f)`) filters what follows, when it
 *   runs in production (unconditioned, or under an `if` astro-production-switch.ts reads as true there);
 * - a filter that keeps an entry unless `draft` is true (`!data.draft`, `data.draft !== true`, a
 *   first statement `if (data.draft === true) return false`) drops `draft: true`; one that keeps it while `published` is not false (`data.published !==
 *   false`, `data.published`) drops `published: false`.
 * An entry is a draft when every such route drops it. A route without a filter writes every
 * entry; a filter postlint cannot read leaves drafts unknown (none are reported).
 */
import {readText} from './common.js';
import {balanced, ownImports, topLevelParts} from './js-source.js';
import {escapeRegExp} from '../../links/patterns.js';
import {holdsInProduction} from './astro-production-switch.js';
import {moduleFile, type Alias} from './tsconfig-paths.js';

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
  /** The project's tsconfig aliases (`@components/*`), through which its imports are followed too. */
  aliases?: readonly Alias[];
}

/** The flags a filter's code drops entries by. */
export function keysOfFilter(source: string): DraftKeys {
  // A comment that says "published" filters nothing.
  const code = source.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/[^\n]*/g, '$1');
  const keys: DraftKeys = {};
  if (/!\s*(?:[\w$]+\??\.\s*)*draft\b(?!\s*[=!]=)/.test(code) || /\bdraft\s*!==?\s*true\b/.test(code) || /\bdraft\s*===?\s*false\b/.test(code) || rejectsDraftFirst(code)) keys.draft = true;
  if (/\bpublished\s*!==?\s*false\b/.test(code) || /\bpublished\s*===?\s*true\b/.test(code) || /(?<!!\s*(?:[\w$]+\??\.\s*)*)\bpublished\b(?!\s*[=!]=|\s*:)/.test(code)) keys.published = true;
  return keys;
}

/** A test that `draft` is true: `data.draft`, `data.draft === true` (`==` too), `Boolean(data.draft)`. */
const draftTrue = /^\(?\s*(?:Boolean\s*\(\s*)?(?:[\w$]+\??\.\s*)*draft\s*\)?(?:\s*===?\s*true)?\s*\)?$/;

/**
 * Does the filter's first statement return false (or nothing kept: `return null`, `undefined`) when
 * `draft` is true? `if (data.draft && data.draft === true) { return false; }`: each `||` alternative
 * of the condition that is only `&&` of draft-true tests drops every `draft: true` entry, whatever
 * the code after it keeps. A return before it, or any other condition, says nothing.
 */
function rejectsDraftFirst(code: string): boolean {
  // Only the parameters (and `=> {`) before it: no statement, no default value. Found, then its prefix
  // tested, so that a long run of spaces is not rescanned once per character.
  const first = /\bif\s*\(/.exec(code);
  if (!first) return false;
  const end = first.index + first[0].length;
  const prefix = code.slice(0, first.index).trimEnd().replace(/\{$/, '');
  if (/[;{}]|\breturn\b|=(?!>)/.test(prefix)) return false;
  const condition = balanced(code, end - 1);
  const rest = code.slice(end + condition.length + 1);
  // The returned value is the whole expression: `return false || showDrafts` may keep the entry.
  if (!/^\s*(?:\{\s*)?return\s+(?:false|null|undefined|0|'')(?=\s*(?:[;}]|$)|[ \t]*\n\s*[A-Za-z_$])/.test(rest)) return false;
  return condition.split('||').some((alternative) => alternative.split('&&').every((term) => draftTrue.test(term.trim())));
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
  for (const match of route.text.matchAll(ownImports)) {
    for (const item of match[1]!.split(',')) {
      const [exported, alias] = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/);
      if ((alias ?? exported)?.trim() !== name || !exported) continue;
      const file = moduleFile(route.path, match[3]!, route.aliases ?? []);
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

/** Code that loads the collection (`getCollection('blog'`). */
function collectionCall(collection: string, flags = ''): RegExp {
  return new RegExp(String.raw`\bgetCollection\s*\(\s*(["'\`])${escapeRegExp(collection)}\1`, flags);
}

/** Code that loads the collection, with the module it is written in (where the names its filter calls are defined). */
interface CollectionLoad {
  code: string;
  module: RouteSource;
}

/**
 * Where a route loads the collection: in its own code (getStaticPaths when it loads it there), or
 * in the functions it imports one relative import away and calls, whose bodies load it.
 */
function collectionLoads(route: RouteSource, collection: string): CollectionLoad[] {
  // Module code of the route runs at build time too: a collection loaded outside getStaticPaths is read there.
  const inStaticPaths = staticPaths(route.text);
  if (collectionCall(collection).test(inStaticPaths)) return [{code: inStaticPaths, module: route}];
  if (collectionCall(collection).test(route.text)) return [{code: route.text, module: route}];
  const loads: CollectionLoad[] = [];
  for (const match of route.text.matchAll(ownImports)) {
    const file = moduleFile(route.path, match[3]!, route.aliases ?? []);
    const text = file ? readText(file) : undefined;
    if (file === undefined || text === undefined) continue;
    for (const item of match[1]!.split(',')) {
      const [exported, alias] = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/).map((part) => part.trim());
      const call = exported ? helperCall(alias ?? exported, inStaticPaths) : undefined;
      if (!exported || !call) continue;
      const body = definitionOf(text, exported);
      const code = body === undefined ? undefined : boundCollection(body, call.argument);
      if (code !== undefined && collectionCall(collection).test(code)) loads.push({code, module: {path: file, rel: route.rel, text, ...(route.aliases ? {aliases: route.aliases} : {})}});
    }
  }
  return loads;
}

/** The first call of `name` in `code`, with its first argument when that is a string literal (`getAllPosts("blog")`). */
export function helperCall(name: string, code: string): {argument?: string} | undefined {
  const call = new RegExp(String.raw`(?<![\w$.])${escapeRegExp(name)}\s*\(\s*(?:(["'\`])([^"'\`]*)\1)?`).exec(code);
  return call ? (call[2] !== undefined ? {argument: call[2]} : {}) : undefined;
}

/**
 * A helper's code with the collection its caller names bound: `getAllPosts("blog")` calling
 * `const getAllPosts = async (collection) => … getCollection(collection)` loads "blog". Only a first
 * parameter the body never assigns is bound; the helper's code unchanged otherwise.
 */
export function boundCollection(definition: string, argument: string | undefined): string {
  const param = /^\s*(?:async\s*)?\(?\s*([A-Za-z_$][\w$]*)/.exec(definition)?.[1];
  if (argument === undefined || param === undefined || !/^[\w-]+$/.test(argument)) return definition;
  const name = escapeRegExp(param);
  if (new RegExp(String.raw`(?<![\w$.])${name}\s*=(?!=)`).test(definition)) return definition;
  return definition.replace(new RegExp(String.raw`\bgetCollection\s*\(\s*${name}(?![\w$])`, 'g'), `getCollection('${argument}'`);
}

/** A filter's code with the bodies of the functions it calls that its module defines or imports one relative import away (`(post) => isPublic(post)`), one level deep. */
function withCalledFunctions(filter: string, module: RouteSource): string {
  const bodies = [...filter.matchAll(/(?<![.\w$])([A-Za-z_$][\w$]*)\s*\(/g)].map((call) => namedFilter(module, call[1]!)).filter((body) => body !== undefined);
  return [filter, ...bodies].join('\n');
}

/** Calls loading one collection in one module beyond which its filters are not read. */
const maxCollectionCalls = 50;

/** The filters a load applies to the collection: `getCollection`'s second argument, else `.filter(…)` on its result; undefined when one cannot be read. */
function loadFilters(load: CollectionLoad, collection: string): (string | undefined)[] {
  const filters: (string | undefined)[] = [];
  const calls = [...load.code.matchAll(collectionCall(collection, 'g'))];
  // Each call's filter is looked for in the code after it: more calls than any route writes is no code to read (linear, not quadratic).
  if (calls.length > maxCollectionCalls) return [undefined];
  for (const match of calls) {
    const open = load.code.lastIndexOf('(', match.index + match[0].length);
    const args = topLevelParts(balanced(load.code, open));
    if (args.length >= 2) {
      const filter = args[1]!;
      filters.push(/^[A-Za-z_$][\w$]*$/.test(filter) ? namedFilter(load.module, filter) : withCalledFunctions(filter, load.module));
      continue;
    }
    filters.push(chainedFilter(load, open));
  }
  return filters;
}

/**
 * The `.filter(…)` applied to the array a `getCollection` call (its `(` at `open`) returns: chained
 * on the awaited call, or on the variable it is assigned to; an empty string when there is none.
 */
function chainedFilter(load: CollectionLoad, open: number): string | undefined {
  const {code} = load;
  const after = code.slice(open + balanced(code, open).length + 2);
  let callback: string | undefined;
  const chained = /^\s*\)\s*\.\s*filter\s*\(/.exec(after);
  if (chained) {
    const at = open + balanced(code, open).length + 2 + chained[0].length - 1;
    callback = balanced(code, at);
  } else {
    const assigned = /(?:\b(?:const|let|var)\s+|(?:^|[;{}\n])\s*)([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:await\s+)?$/.exec(code.slice(Math.max(0, open - 200), open).replace(/getCollection\s*$/, ''));
    if (!assigned) return '';
    const name = escapeRegExp(assigned[1]!);
    const reassigned = selfFilter(after, name, load.module);
    if (reassigned !== undefined) callback = reassigned;
    else {
      const use = new RegExp(String.raw`(?<![\w$.])${name}\s*\.\s*filter\s*\(`).exec(after);
      if (!use) return '';
      callback = balanced(after, use.index + use[0].length - 1);
      if (!onlyFilteredUse(after, name, use.index, use.index + use[0].length + callback.length + 1)) return '';
    }
  }
  const parts = topLevelParts(callback);
  const filter = parts[0] ?? '';
  return /^[A-Za-z_$][\w$]*$/.test(filter) ? namedFilter(load.module, filter) : withCalledFunctions(filter, load.module);
}

/**
 * The callback of the first `name = name.filter(…)` after a load, when that reassignment decides what
 * the rest of the code reads: nothing reads `name` before it, and it runs in the production build:
 * unconditioned, or the one statement block of an `if` whose condition holds in production
 * (`if (import.meta.env.PROD)`, `if (isProduction)`: astro-production-switch.ts). From there on every use
 * reads the filtered entries. Undefined when there is no such reassignment.
 */
function selfFilter(after: string, name: string, module: RouteSource): string | undefined {
  const use = new RegExp(String.raw`(?<![\w$.])${name}\s*=\s*${name}\s*\.\s*filter\s*\(`).exec(after);
  if (!use) return undefined;
  const before = after.slice(0, use.index);
  const firstUse = new RegExp(String.raw`(?<![\w$.])${name}(?![\w$])`).exec(before);
  if (firstUse) return undefined;
  const depth = [...before].reduce((level, char) => level + (char === '{' ? 1 : char === '}' ? -1 : 0), 0);
  // The reassignment is a statement of its own (not a braceless `if (…)`'s, nor part of an expression).
  if (depth === 0 && !/(?:^|[;{}])\s*$/.test(before)) return undefined;
  if (depth !== 0) {
    // The innermost block opened before the reassignment: it must be an `if (production) {` at depth 1.
    const guard = [...before.matchAll(/\bif\s*\(/g)].at(-1);
    if (depth !== 1 || guard === undefined) return undefined;
    const condition = balanced(after, guard.index + guard[0].length - 1);
    const between = before.slice(guard.index + guard[0].length + condition.length + 1);
    if (!/^\s*\{[^{}]*$/.test(between) || !holdsInProduction(condition, module.path, module.text, module.aliases ?? [])) return undefined;
  }
  return balanced(after, use.index + use[0].length - 1);
}

/** A condition that holds only in a draft build (`import.meta.env.DEV`, `includeDrafts`, `isDraftBuild()`), negated when it starts with `!`. */
const draftBuildSwitch = /^\s*(!?)\s*\(?\s*(?:[\w$.]*draft[\w$.]*(?:\s*\(\s*\))?|import\.meta\.env\.DEV)\s*\)?\s*$/i;

/**
 * Is the variable `name` (its `.filter(` at `filterAt`, the call's end at `filterEnd`) used only
 * filtered? Every other use hands the build the unfiltered entries (a neighbours list filtered, all
 * posts written: `posts.map(…)`), so the filter decides nothing, unless that use is the branch a
 * draft-build switch takes (`includeDrafts ? posts : posts.filter(…)`): the production build reads it
 * filtered, as Hugo's drafts are read without `--buildDrafts`.
 */
function onlyFilteredUse(after: string, name: string, filterAt: number, filterEnd: number): boolean {
  const start = Math.max(0, filterAt - 200);
  const before = after.slice(start, filterAt);
  let allowed = -1;
  // `switch ? posts : posts.filter(…)`: the bare use is the draft build's.
  const whenTrue = new RegExp(String.raw`([^;{}=?:]+)\?(\s*)${name}\s*:\s*$`).exec(before);
  // `!switch ? posts.filter(…) : posts`.
  const whenFalse = new RegExp(String.raw`^(\s*:\s*)${name}(?![\w$])`).exec(after.slice(filterEnd));
  const condition = /([^;{}=?:]+)\?\s*$/.exec(before);
  if (whenTrue && draftBuildSwitch.exec(whenTrue[1]!)?.[1] === '') allowed = start + whenTrue.index + whenTrue[1]!.length + 1 + whenTrue[2]!.length;
  else if (whenFalse && condition && draftBuildSwitch.exec(condition[1]!)?.[1] === '!') allowed = filterEnd + whenFalse[1]!.length;
  for (const reference of after.matchAll(new RegExp(String.raw`(?<![\w$.])${name}(?![\w$])`, 'g'))) {
    if (reference.index !== filterAt && reference.index !== allowed) return false;
  }
  return true;
}

/** The flags one route drops the collection's entries by: `{}` when it writes every entry, undefined when its filter cannot be read. */
function routeKeys(route: RouteSource, collection: string): DraftKeys | undefined {
  let keys: DraftKeys | undefined;
  for (const load of collectionLoads(route, collection)) {
    for (const filter of loadFilters(load, collection)) {
      if (filter === undefined) return undefined;
      const found = keysOfFilter(filter);
      keys = keys ? {...(keys.draft && found.draft ? {draft: true} : {}), ...(keys.published && found.published ? {published: true} : {})} : found;
    }
  }
  return keys;
}

/**
 * The flags that make an entry of `collection` a draft: those every route writing its entries
 * drops entries by; undefined when none does, no route writes them, or a filter cannot be read.
 */
export function routeDraftKeys(collection: string, routes: readonly RouteSource[]): DraftKeys | undefined {
  const writing = routes.filter((route) => /\[[^\]]+\]/.test(route.rel) && /\bgetStaticPaths\b/.test(route.text) && collectionLoads(route, collection).length > 0);
  if (writing.length === 0) return undefined;
  let keys: DraftKeys | undefined;
  for (const route of writing) {
    const found = routeKeys(route, collection);
    if (found === undefined) return undefined;
    keys = keys ? {...(keys.draft && found.draft ? {draft: true} : {}), ...(keys.published && found.published ? {published: true} : {})} : found;
  }
  return keys && (keys.draft || keys.published) ? keys : undefined;
}
