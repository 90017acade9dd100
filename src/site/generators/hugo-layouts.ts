/**
 * The Hugo templates that render a page (for the ids they write: src/site/template-ids.ts): in
 * each layout folder (the site's, its themes'), the templates of the page's type (front-matter
 * `type`, its own or a section's `cascade`, else its section), of its section and `_default/`, the root-level ones (baseof, single,
 * list: Hugo 0.146's layout folder), the shortcodes and render hooks (a page may use any of them),
 * and the partials those call (`partial "signup.html" .`, `partialCached`), followed through
 * `partials/` and `_partials/`. A superset of Hugo's lookup order, which picks one of them: ids a
 * page's own kind of layout writes are not mistaken for another section's. A theme or module whose
 * folder is not in the checkout leaves the page's other ids unknown (hugo-themes.ts).
 */
import {readdirSync} from 'node:fs';
import {basename, extname, join, relative, sep} from 'node:path';
import {isFile, perSite} from './common.js';
import {walkFiles} from './walk-files.js';
import {hugoContentRootOf, hugoLayoutDirs} from './hugo-site.js';
import {hugoThemeElsewhere} from './hugo-themes.js';
import {hugoPageValue} from './hugo-cascade.js';
import type {PageFrontMatter, SiteInfo, TemplateModel} from './types.js';

const template = /\.(html?|svg)$/i;

/**
 * Folder listings, once a site and run (its layout folders do not change meanwhile): every page of a
 * section asks for the same folders, and a docs site has thousands of pages.
 */
const listings = perSite((): Map<string, string[]> => new Map());

function listed(site: SiteInfo, kind: 'in' | 'below', folder: string, list: (folder: string) => string[]): string[] {
  const cache = listings(site);
  const key = `${kind}\0${folder}`;
  let files = cache.get(key);
  if (!files) cache.set(key, (files = list(folder)));
  return files;
}

/** The template files directly in a folder. */
function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder, {withFileTypes: true}).filter((entry) => entry.isFile() && template.test(entry.name)).map((entry) => join(folder, entry.name)).sort();
  } catch {
    return [];
  }
}

function below(folder: string): string[] {
  return walkFiles(folder, {enter: () => true, keep: (entry) => template.test(entry.name), maxEntries: 5_000, maxFiles: 1_000}).files.sort();
}

/** A partial a template calls: `partial "name" .`, `partialCached "name" .`, `template "partials/name"` (global: use with matchAll). */
export const partialCall = /\b(?:partial|partialCached)\s+"([^"]+)"|\btemplate\s+"(?:_?partials\/)([^"]+)"/g;

export function hugoTemplates(path: string, site: SiteInfo, frontMatter: PageFrontMatter): TemplateModel {
  const dirs = hugoLayoutDirs(site);
  const data = frontMatter?.data ?? {};
  const root = hugoContentRootOf(path, site);
  const parts = root ? relative(root, path).split(sep) : [];
  const section = parts.length > 1 ? parts[0]! : '';
  // The page's `type`, its own or cascaded from a section above it (hugo-cascade.ts), else its section.
  const typed = hugoPageValue(path, site, data, 'type');
  const type = typeof typed === 'string' && typed !== '' ? typed : section;
  const home = parts.length === 1 && /^_index\./.test(parts[0]!);
  const folders = [...new Set([type, section, '_default'].filter((name) => name !== ''))];
  const layouts = dirs.flatMap((dir) => [
    // The home page's template and the 404 page are no other page's.
    ...listed(site, 'in', dir, filesIn).filter((file) => home || !/^(?:index|home|404)\./i.test(basename(file))),
    ...folders.flatMap((folder) => listed(site, 'in', join(dir, folder), filesIn)),
    ...['shortcodes', '_shortcodes', '_markup', join('_default', '_markup')].flatMap((folder) => listed(site, 'below', join(dir, folder), below)),
  ]);
  return {
    folders: [...dirs],
    layouts,
    // A theme or module not in the checkout renders the page too (hugo-themes.ts).
    ...hugoThemeElsewhere(site),
    references(text) {
      const found: string[] = [];
      for (const match of text.matchAll(partialCall)) {
        const name = match[1] ?? match[2]!;
        if (name.includes('{{')) continue;
        const file = extname(name) ? name : `${name}.html`;
        const hit = dirs.flatMap((dir) => [join(dir, 'partials', file), join(dir, '_partials', file)]).find(isFile);
        if (hit) found.push(hit);
      }
      return found;
    },
  };
}
