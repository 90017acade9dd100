/**
 * VitePress pages whose content is not the Markdown postlint reads.
 *
 * Dynamic routes: a page file with a `[param]` in its path (`packages/[pkg].md`, `[...rest].md`)
 * and a paths loader beside it (`[pkg].paths.js`, `.ts`, `.mjs`, `.mts`) is a template: VitePress
 * makes one page per set of params the loader's `paths()` returns, each at the template's path with
 * the params filled in, and the loader may give each its own content for `<!-- @content -->`
 * (VitePress guide, Routing: "Dynamic Routes"; dynamicRoutesPlugin in vuejs/vitepress
 * src/node/plugins/dynamicRoutesPlugin.ts). postlint does not run the loader: which pages exist
 * below the pattern, and what each is titled, are unknown.
 *
 * Component pages: a page whose body is only Vue components (`<Sponsors />`) is drawn by them; the
 * title VitePress gives the document is the front matter's, else the first `#` heading's, else
 * the site's (createTitle in src/shared/shared.ts), as for a layout page.
 */
import {basename, dirname, join, relative} from 'node:path';
import {toPosix} from '../../paths.js';
import {isFile} from './common.js';
import {walkFiles} from './walk-files.js';

const loaderExtensions = ['js', 'ts', 'mjs', 'mts'];

/** A dynamic route: its template (relative to the source folder), its loader, and the URL paths it matches. */
export interface DynamicRoute {
  template: string;
  loader: string;
  /** The route as a RegExp source over a URL path without its leading slash and `.html` (`routes/[^/]+`). */
  pattern: string;
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
    routes.push({template, loader: toPosix(relative(source, loader)), pattern: routePattern(template)});
  }
  return routes;
}

/** The dynamic route that may make the page a URL path names (`/routes/social-media`), if any. */
export function dynamicRouteAt(urlPath: string, routes: readonly DynamicRoute[]): DynamicRoute | undefined {
  const path = urlPath.replace(/^\/+/, '').replace(/\.html$/i, '').replace(/\/+$/, '');
  return routes.find((route) => new RegExp(`^${route.pattern.replace(/\/$/, '')}$`).test(path) || new RegExp(`^${route.pattern}$`).test(`${path}/`));
}

/** Does the page's body hold only Vue components (and script/style blocks, comments), at least one? */
export function componentOnlyBody(text: string): boolean {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
  // The name ends where a space, `/` or `>` follows (no backtracking into `a-b-c-…`), and the tag's
  // text holds no `<`, so a tag left open is not rescanned from every `<` after it: linear.
  const component = /<\/?(?:[A-Z][\w.]*|[a-z]\w*-[\w-]*)(?=[\s/>])(?:[^<>"']|"[^"]*"|'[^']*')*>/g;
  if (!component.test(body)) return false;
  const rest = body
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(component, '');
  return rest.trim() === '';
}
