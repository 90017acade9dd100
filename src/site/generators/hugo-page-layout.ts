/**
 * The template Hugo renders a regular page with, and whether it shows the page's title. Hugo's
 * lookup for a single page (gohugoio/hugo, "Template lookup order"): in each layout folder (the
 * site's before its themes', one union file system), `<type>/<layout>.html`, `<type>/single.html`,
 * then `_default/<layout>.html`, `_default/single.html`, then Hugo 0.146's root-level
 * `<layout>.html`, `single.html`, `page.html`; `type` is the front-matter `type`, else the section.
 * A template that `define`s blocks is rendered through its `baseof.html`; partials it calls are
 * part of it. A redirect stub's layout (`<meta http-equiv="refresh">`) or a note's that shows the
 * title only `with .Title` needs no `title`: the page is built as meant without one.
 */
import {basename, join, relative, sep} from 'node:path';
import {isFile} from './common.js';
import {hugoContentRootOf, hugoLayoutDirs} from './hugo-site.js';
import {hugoPageValue} from './hugo-cascade.js';
import {readSmallFile} from '../../read-text.js';
import type {PageInput, SiteInfo} from './types.js';

/** A partial call: `partial "name" .`, `partialCached "name" .`, `template "partials/name"`. */
const partialCall = /\b(?:partial|partialCached)\s+"([^"]*)"|\btemplate\s+"(?:_?partials\/)([^"]*)"/g;
/**
 * Calls whose target postlint cannot follow: a partial named by an expression, another view of
 * the page, Hugo's embedded templates (`template "_internal/opengraph.html"` writes the title).
 */
const unknownCall = /\b(?:partial|partialCached)\s+[^"\s]|\.Render\b|\btemplate\s+"_internal\//;
/** The page's title, as a template writes it (`.Title`, `$.Title`, `.Page.Title`; not `.Site.Title`). */
const titleUse = /(?:^|[^\w.])\$?(?:\.Page)?\.(Title|LinkTitle)\b/g;
/**
 * Uses that leave a page without a title untitled and unbroken: `with .Title`, `if .Title`,
 * `.Title | default …`, `default … .Title`, `or .Title …`.
 */
const guardedTitleUse = /\b(?:with|if|or|default\s+(?:"[^"]*"|`[^`]*`|\S+))\s+\$?(?:\.Page)?\.(?:Title|LinkTitle)\b|\$?(?:\.Page)?\.(?:Title|LinkTitle)\s*\|\s*default\b/g;

/**
 * The layout of a regular page when it does not show the page's title (unguarded `.Title`, or
 * `.LinkTitle` on a page without `linkTitle`): that layout's path, relative to the site. Undefined
 * when it shows one, or when postlint cannot tell (no template found, a partial it cannot read).
 */
export function hugoLayoutWithoutTitle(page: PageInput): string | undefined {
  const site = page.site;
  if (!site) return undefined;
  const field = (name: string): string | undefined => frontMatterField(page.data, name);
  const chosen = hugoSingleLayout(page.path, site, page.data);
  if (!chosen) return undefined;
  const {template, files} = chosen;
  const dirs = hugoLayoutDirs(site);
  const hasLinkTitle = field('linktitle') !== undefined;
  const seen = new Set<string>();
  for (let i = 0; i < files.length && i < 200; i++) {
    const file = files[i]!;
    if (seen.has(file)) continue;
    seen.add(file);
    // A template comment (`{{/* The hero partial … */}}`) calls nothing.
    const source = read(file)?.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '');
    if (source === undefined || unknownCall.test(source)) return undefined;
    for (const match of source.replace(guardedTitleUse, '').matchAll(titleUse)) {
      if (match[1] === 'Title' || !hasLinkTitle) return undefined;
    }
    for (const match of source.matchAll(partialCall)) {
      const name = match[1] ?? match[2]!;
      if (name === '' || name.includes('{{')) return undefined;
      const wanted = /\.[a-z]+$/i.test(name) ? name : `${name}.html`;
      const partial = dirs.flatMap((dir) => [join(dir, 'partials', wanted), join(dir, '_partials', wanted)]).find(isFile);
      // A partial postlint cannot find (a theme module not vendored) may show the title.
      if (!partial) return undefined;
      files.push(partial);
    }
  }
  return relative(site.root, template) || basename(template);
}

/** A front-matter field as Hugo reads it (keys without regard to case), when it is a non-empty string. */
function frontMatterField(data: Record<string, unknown>, name: string): string | undefined {
  const value = Object.entries(data).find(([key]) => key.toLowerCase() === name)?.[1];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A string field of the page's own or cascaded front matter. */
function cascadedField(path: string, site: SiteInfo, data: Record<string, unknown>, name: string): string | undefined {
  const value = hugoPageValue(path, site, data, name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The template Hugo renders a regular page of the site with, by its lookup order, and the files
 * that make it (the template, then its `baseof.html` when it `define`s blocks); undefined when
 * the page is no regular page of a content folder or no template is in the checkout.
 */
export function hugoSingleLayout(path: string, site: SiteInfo, data: Record<string, unknown>): {template: string; files: string[]} | undefined {
  const root = hugoContentRootOf(path, site);
  if (!root) return undefined;
  const parts = relative(root, path).split(sep);
  // `type` and `layout` may come from a section's `cascade` (hugo-cascade.ts).
  const type = cascadedField(path, site, data, 'type') ?? (parts.length > 1 ? parts[0]! : 'page');
  const layout = cascadedField(path, site, data, 'layout');
  const dirs = hugoLayoutDirs(site);
  const names = [...(layout ? [layout] : []), 'single'];
  const candidates = [
    ...names.map((name) => join(type, `${name}.html`)),
    ...names.map((name) => join('_default', `${name}.html`)),
    ...[...names, 'page'].map((name) => `${name}.html`),
  ];
  const find = (candidate: string): string | undefined => dirs.map((dir) => join(dir, candidate)).find(isFile);
  const template = candidates.map(find).find((file) => file !== undefined);
  if (!template) return undefined;
  const files = [template];
  const text = read(template);
  if (text === undefined) return undefined;
  if (/\{\{-?\s*define\s/.test(text)) {
    const base = [join(type, 'baseof.html'), join('_default', 'baseof.html'), 'baseof.html'].map(find).find((file) => file !== undefined);
    if (!base) return undefined;
    files.push(base);
  }
  return {template, files};
}

function read(path: string): string | undefined {
  try {
    return readSmallFile(path);
  } catch {
    return undefined;
  }
}
