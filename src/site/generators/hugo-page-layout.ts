/**
 * The template Hugo renders a regular page with, and whether it shows the page's title. Hugo's
 * lookup for a single page (gohugoio/hugo, "Template lookup order"): in each layout folder (the
 * site's before its themes', one union file system), `<type>/<layout>.html`, `<type>/single.html`,
 * Hugo 0.146's `<type>/page.html`, then `_default/<layout>.html`, `_default/single.html`, then Hugo
 * 0.146's root-level `<layout>.html`, `single.html`, `page.html`; `type` is the front-matter `type`, else the section.
 * A template that `define`s blocks is rendered through its `baseof.html`; partials it calls are
 * part of it. A redirect stub's layout (`<meta http-equiv="refresh">`) or a note's that shows the
 * title only `with .Title` needs no `title`: the page is built as meant without one.
 */
import {basename, join, relative, sep} from 'node:path';
import {isFile, perSite} from './common.js';
import {hugoContentRootOf, hugoLayoutDirs} from './hugo-site.js';
import {hugoPageValue} from './hugo-cascade.js';
import {readSmallFile} from '../../read-text.js';
import type {PageKinds} from './hugo-page-condition.js';
import {readTitleUse} from './hugo-title-shown.js';
import type {PageInput, SiteInfo} from './types.js';

/**
 * The layout of a regular page when it does not show the page's title (hugo-title-shown.ts: no
 * unguarded `.Title`, nor `.LinkTitle` on a page without `linkTitle`, in a branch Hugo renders for
 * the page): that layout's path, relative to the site. Undefined when it shows one, or when postlint
 * cannot tell (no template found, a partial it cannot read). An empty `title: ''` is no title to
 * Hugo either (`.Title` is "" both ways), so the answer holds for both.
 */
export function hugoLayoutWithoutTitle(page: PageInput): string | undefined {
  const site = page.site;
  if (!site) return undefined;
  const chosen = hugoSingleLayout(page.path, site, page.data);
  if (!chosen) return undefined;
  const kinds = pageKinds(page.path, site, page.data);
  if (!kinds) return undefined;
  const hasLinkTitle = frontMatterField(page.data, 'linktitle') !== undefined;
  const key = [...chosen.files, kinds.section ?? '\u0001', kinds.type ?? '\u0001', String(hasLinkTitle)].join('\0');
  const cache = shownCache(site);
  let shown = cache.get(key);
  if (shown === undefined) cache.set(key, (shown = layoutShowsTitle(chosen.files, site, kinds, hasLinkTitle)));
  return shown === false ? relative(site.root, chosen.template) || basename(chosen.template) : undefined;
}

const shownCache = perSite((): Map<string, boolean | 'unknown'> => new Map());

/** Do the layout's files, and the partials they render for the page, write its title? 'unknown' when a call cannot be followed. */
function layoutShowsTitle(files: readonly string[], site: SiteInfo, kinds: PageKinds, hasLinkTitle: boolean): boolean | 'unknown' {
  const dirs = hugoLayoutDirs(site);
  // Each file once per way it is called (inside a title guard or not, the dict keys that hold the page): a
  // template calling one icon partial a hundred times queues it once, and the cap counts files read.
  const queue: Array<{file: string; guarded: boolean; pageKeys: string[]}> = [];
  const queued = new Set<string>();
  const enqueue = (file: string, guarded: boolean, pageKeys: string[]): void => {
    const key = `${file}\0${guarded}\0${pageKeys.join(' ')}`;
    if (queued.has(key)) return;
    queued.add(key);
    queue.push({file, guarded, pageKeys});
  };
  const found = new Map<string, string | undefined>();
  for (const file of files) enqueue(file, false, []);
  for (let i = 0; i < queue.length; i++) {
    // Hugo renders every partial called; past the files postlint reads, one may write the title.
    if (i === 200) return 'unknown';
    const {file, guarded, pageKeys} = queue[i]!;
    const source = read(file);
    if (source === undefined) return 'unknown';
    const reading = readTitleUse(source, kinds, hasLinkTitle, guarded, pageKeys);
    if (reading.shows) return true;
    if (reading.unknown) return 'unknown';
    for (const {name, guarded: inside, pageKeys: given} of reading.partials) {
      if (name === '' || name.includes('{{')) return 'unknown';
      const wanted = /\.[a-z]+$/i.test(name) ? name : `${name}.html`;
      if (!found.has(wanted)) found.set(wanted, dirs.flatMap((dir) => [join(dir, 'partials', wanted), join(dir, '_partials', wanted)]).find(isFile));
      const partial = found.get(wanted);
      // A partial postlint cannot find (a theme module not vendored) may show the title.
      if (!partial) return 'unknown';
      enqueue(partial, inside, given);
    }
  }
  return false;
}

/**
 * The page's top section ('' at the content root), its type (front matter or cascaded `type`, else the section, else `page`) and kind.
 * Hugo 0.123+ reads `.Section` from the normalised path (lower case, spaces as hyphens: common/paths Path.Section), older Hugo
 * as the folder is written: a folder the two read differently (`content/Notes/`) leaves conditions on it undecided.
 */
function pageKinds(path: string, site: SiteInfo, data: Record<string, unknown>): PageKinds | undefined {
  const root = hugoContentRootOf(path, site);
  if (!root) return undefined;
  const parts = relative(root, path).split(sep);
  const folder = parts.length > 1 ? parts[0]! : '';
  const section = folder === folder.toLowerCase().replace(/ /g, '-') ? folder : undefined;
  const type = cascadedField(path, site, data, 'type') ?? (folder === '' ? 'page' : section);
  return {section, type, kind: 'page'};
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
  // Hugo 0.146 names a section's page template `<type>/page.html` (templates/types: `books/page.html`), as it does the root's.
  const candidates = [
    ...[...names, 'page'].map((name) => join(type, `${name}.html`)),
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
