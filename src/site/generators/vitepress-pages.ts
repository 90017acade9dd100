/**
 * VitePress pages whose content is not the Markdown postlint reads.
 *
 * Dynamic routes: a page file with a `[param]` in its path (`packages/[pkg].md`, `[...rest].md`)
 * and a paths loader beside it (`[pkg].paths.js`, `.ts`, `.mjs`, `.mts`) is a template: VitePress
 * makes one page per set of params the loader's `paths()` returns, each at the template's path with
 * the params filled in, and the loader may give each its own content for `<!-- @content -->`
 * (VitePress guide, Routing: "Dynamic Routes"; dynamicRoutesPlugin in vuejs/vitepress
 * src/node/plugins/dynamicRoutesPlugin.ts). postlint does not run the loader: which pages exist
 * below the pattern, and what each is titled, are unknown, unless `paths()` returns a literal list
 * (`[{params: {pkg: 'hammer'}}]`): then the URLs its params make are the route's pages, and a link
 * the pattern matches that is none of them is missing.
 *
 * Component pages: a page whose body is only Vue components (`<Sponsors />`) is drawn by them; the
 * title VitePress gives the document is the front matter's, else the first `#` heading's, else
 * the site's (createTitle in src/shared/shared.ts), as for a layout page.
 */
import {basename, dirname, join, relative} from 'node:path';
import {toPosix} from '../../paths.js';
import {isFile, readText} from './common.js';
import {replaceClosed} from '../../text/closed-spans.js';
import {balanced, topLevelParts, withoutComments} from './js-source.js';
import {walkFiles} from './walk-files.js';

const loaderExtensions = ['js', 'ts', 'mjs', 'mts'];

/** A dynamic route: its template (relative to the source folder), its loader, and the URL paths it matches. */
export interface DynamicRoute {
  template: string;
  loader: string;
  /** The route as a RegExp source over a URL path without its leading slash and `.html` (`routes/[^/]+`). */
  pattern: string;
  /** The URL paths (no leading slash) of its pages, when the loader's `paths()` returns a literal list. */
  urls?: string[];
}

/** A literal string or number (`'hammer'`, `3`); undefined for anything computed. */
function literalValue(expression: string): string | undefined {
  const string = /^(['"`])([^'"`$\\]*)\1$/.exec(expression.trim())?.[2];
  return string ?? /^\d+$/.exec(expression.trim())?.[0];
}

/**
 * The params of each page a loader's `paths()` returns, when it returns one array literal of
 * `{params: {name: 'literal'}}` (a `content` beside them allowed); undefined for anything computed.
 */
function listedParams(loaderText: string): Record<string, string>[] | undefined {
  const text = withoutComments(loaderText);
  const at = /\bpaths\s*(?::\s*(?:async\s*)?function\s*)?(?:\(\s*\)|:\s*(?:async\s*)?\(\s*\)\s*=>)\s*/.exec(text);
  if (!at) return undefined;
  let rest = text.slice(at.index + at[0].length);
  // A body `{ return [...] }` with that one return, or an arrow's array itself.
  if (rest.startsWith('{')) {
    const body = balanced(rest, 0);
    const returns = body.match(/\breturn\b/g) ?? [];
    const returned = /^\s*return\s*/.exec(body.replace(/^[\s\S]*?(?=\breturn\b)/, ''));
    if (returns.length !== 1 || !returned) return undefined;
    rest = body.replace(/^[\s\S]*?(?=\breturn\b)/, '').slice(returned[0].length);
  }
  if (!rest.startsWith('[')) return undefined;
  const pages: Record<string, string>[] = [];
  for (const element of topLevelParts(balanced(rest, 0))) {
    if (!element.startsWith('{')) return undefined;
    const params = topLevelParts(balanced(element, 0)).find((part) => /^['"]?params['"]?\s*:/.test(part));
    const object = params?.replace(/^['"]?params['"]?\s*:\s*/, '');
    if (!object?.startsWith('{')) return undefined;
    const values: Record<string, string> = {};
    for (const part of topLevelParts(balanced(object, 0))) {
      const match = /^['"]?([A-Za-z_$][\w$]*)['"]?\s*:\s*([\s\S]+)$/.exec(part);
      const value = match ? literalValue(match[2]!) : undefined;
      if (!match || value === undefined) return undefined;
      values[match[1]!] = value;
    }
    pages.push(values);
  }
  return pages;
}

/** The URL path (no leading slash) a template makes with the given params; undefined when one is missing. */
function filledRoute(template: string, params: Record<string, string>): string | undefined {
  const route = template.replace(/\.md$/i, '').replace(/(^|\/)index$/, '$1');
  let complete = true;
  const filled = route.replace(/\[(?:\.\.\.)?([^\]/]+)\]/g, (_, name: string) => {
    if (params[name] === undefined) complete = false;
    return params[name] ?? '';
  });
  return complete ? filled.replace(/\/+$/, '') : undefined;
}

/** The paths loader beside a template (`[pkg].md` → `[pkg].paths.ts`), when the file is one. */
export function pathsLoaderOf(page: string): string | undefined {
  if (!/\[[^\]/]+\]/.test(basename(page)) || !/\.md$/i.test(page)) return undefined;
  const stem = join(dirname(page), basename(page).replace(/\.md$/i, ''));
  return loaderExtensions.map((ext) => `${stem}.paths.${ext}`).find((file) => isFile(file));
}

/** The URL-path pattern of a template's route: `[param]` one segment, `[...rest]` any number. */
function routePattern(template: string): string {
  const route = template.replace(/\.md$/i, '').replace(/(^|\/)index$/, '$1');
  return route
    .split(/(\[\.\.\.[^\]/]+\]|\[[^\]/]+\])/)
    .map((part) => (part.startsWith('[...') ? '.*' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
}

/** The dynamic routes below a source folder (a bounded walk, as VitePress's page glob skips node_modules, dot folders and public/). */
export function dynamicRoutes(source: string): DynamicRoute[] {
  const {files} = walkFiles(source, {
    enter: (entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules' && entry.name !== 'public',
    keep: (entry, path) => entry.name.endsWith('.md') && path.includes('['),
    maxEntries: 20000,
  });
  const routes: DynamicRoute[] = [];
  for (const file of files) {
    const loader = pathsLoaderOf(file);
    if (!loader) continue;
    const template = toPosix(relative(source, file));
    const listed = listedParams(readText(loader) ?? '');
    const urls = listed?.map((params) => filledRoute(template, params));
    const route: DynamicRoute = {template, loader: toPosix(relative(source, loader)), pattern: routePattern(template)};
    if (urls && urls.every((url): url is string => url !== undefined)) route.urls = urls;
    routes.push(route);
  }
  return routes;
}

/** Each route's two RegExps (its pattern with and without a trailing slash), compiled once. */
const compiled = new WeakMap<DynamicRoute, [RegExp, RegExp]>();

function matchers(route: DynamicRoute): [RegExp, RegExp] {
  let pair = compiled.get(route);
  if (!pair) {
    pair = [new RegExp(`^${route.pattern.replace(/\/$/, '')}$`), new RegExp(`^${route.pattern}$`)];
    compiled.set(route, pair);
  }
  return pair;
}

/**
 * The dynamic route that may make the page a URL path names (`/routes/social-media`), if any. A
 * route whose pages are listed (`urls`) makes only those: a path it matches that is none of them
 * is no page of it.
 */
export function dynamicRouteAt(urlPath: string, routes: readonly DynamicRoute[]): DynamicRoute | undefined {
  const path = urlPath.replace(/^\/+/, '').replace(/\.(?:html|md)$/i, '').replace(/\/+$/, '');
  return routes.find((route) => {
    const [bare, slashed] = matchers(route);
    if (!bare.test(path) && !slashed.test(`${path}/`)) return false;
    return route.urls === undefined || route.urls.includes(path);
  });
}

/**
 * `text` without its `<script>` and `<style>` elements (closing tag in any case), in one pass. A
 * lazy `<(script|style)\b[\s\S]*?<\/\1\s*>` pattern scans to the end from every unclosed
 * opening; here a name none of whose closing tags follows an opening is not searched for again.
 */
function withoutScriptsAndStyles(text: string): string {
  const opening = /<(script|style)\b/gi;
  const unclosed = new Set<string>();
  let out = '';
  let at = 0;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    const name = match[1]!.toLowerCase();
    if (unclosed.has(name)) continue;
    const closing = new RegExp(`</${name}\\s*>`, 'gi');
    closing.lastIndex = opening.lastIndex;
    const closed = closing.exec(text);
    if (!closed) {
      unclosed.add(name);
      continue;
    }
    out += text.slice(at, match.index);
    at = opening.lastIndex = closed.index + closed[0].length;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** Does the page's body hold only Vue components (and script/style blocks, comments), at least one? */
export function componentOnlyBody(text: string): boolean {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
  // The name ends where a space, `/` or `>` follows (no backtracking into `a-b-c-…`), and the tag's
  // text holds no `<`, so a tag left open is not rescanned from every `<` after it: linear.
  const component = /<\/?(?:[A-Z][\w.]*|[a-z]\w*-[\w-]*)(?=[\s/>])(?:[^<>"']|"[^"]*"|'[^']*')*>/g;
  if (!component.test(body)) return false;
  const rest = replaceClosed(withoutScriptsAndStyles(body), '<!--', '-->', () => '').replace(component, '');
  return rest.trim() === '';
}
