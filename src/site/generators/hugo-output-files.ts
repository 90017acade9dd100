/**
 * Host files a Hugo site writes with a template: an output format of the home page whose
 * `baseName` is a host's file (`[outputFormats.REDIRECTS] baseName = "_redirects"`, `[outputs]
 * home = ["HTML", "REDIRECTS"]`) is rendered from the home page's template for that format
 * (`layouts/index.redirects`, `layouts/home.redirects.txt`, `_default/list.redirects`: Hugo's layout
 * lookup for the home page tries the `index`, `home` and `list` layouts, with the format's name
 * before the suffix, in the layout folder and `_default/`). Netlify then reads the written
 * `_redirects` from the publish folder.
 *
 * The template's text is given with what postlint can work out in it filled in: a variable bound to
 * a site parameter (`{{ $current := site.Params.versions.current }}`, `.Site.Params`, `$.Site.Params`)
 * or to a quoted string is written where the template writes it (`{{ $current }}`), as Hugo writes it.
 * Anything else stays template code, which hosting-redirects.ts reads as unknown text.
 */
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {get, isObject, perSite, readText} from './common.js';
import {hugoLayoutDirs} from './hugo-site.js';
import type {SiteInfo} from './types.js';

/** The host files a template may write (Netlify's `_redirects`). */
const hostFiles = new Set(['_redirects']);

/** The templates that write a host file as an output format of the home page, with the file's name. */
export const hugoHostFileTemplates: (site: SiteInfo) => Array<{name: string; path: string; text: string}> = perSite(findTemplates);

function findTemplates(site: SiteInfo): Array<{name: string; path: string; text: string}> {
  const home = get(get(site.config, 'outputs'), 'home');
  const formats = get(site.config, 'outputFormats');
  if (!Array.isArray(home) || !isObject(formats)) return [];
  const found: Array<{name: string; path: string; text: string}> = [];
  for (const format of home) {
    if (typeof format !== 'string') continue;
    const baseName = get(get(formats, format), 'baseName');
    if (typeof baseName !== 'string' || !hostFiles.has(baseName)) continue;
    const path = homeTemplate(format.toLowerCase(), site);
    const text = path === undefined ? undefined : readText(path);
    if (path !== undefined && text !== undefined) found.push({name: baseName, path, text: withKnownValues(text, site)});
  }
  return found;
}

/** The first template of the home page for this output format in the site's (and its themes') layout folders. */
function homeTemplate(format: string, site: SiteInfo): string | undefined {
  const name = new RegExp(`^(?:index|home|list)\\.${format.replace(/[^a-z0-9_-]/g, '\\$&')}(?:\\.[^.]+)?$`);
  for (const dir of hugoLayoutDirs(site)) {
    for (const folder of [dir, join(dir, '_default')]) {
      let entries: string[];
      try {
        entries = readdirSync(folder);
      } catch {
        continue;
      }
      const match = entries.sort().find((entry) => name.test(entry));
      if (match !== undefined) return join(folder, match);
    }
  }
  return undefined;
}

/** `{{ $name := site.Params.a.b }}` (or `.Site.Params`, `$.Site.Params`, a quoted string), trimming marks allowed. */
const binding = /\{\{-?\s*\$(\w+)\s*:?=\s*(?:(?:\$?\.Site|site)\.Params((?:\.\w+)+)|"([^"\\]*)"|`([^`]*)`)\s*-?\}\}/g;

/**
 * The template with each variable bound once to a site parameter or a string written out where it
 * is used (`{{ $current }}`), and its binding removed. A variable bound twice, or to a parameter the
 * config lacks or that is no string or number, is left as template code.
 */
function withKnownValues(text: string, site: SiteInfo): string {
  const values = new Map<string, string | undefined>();
  for (const match of text.matchAll(binding)) {
    const [, name, params, quoted, raw] = match;
    const value = params !== undefined ? get(get(site.config, 'params'), ...params.slice(1).split('.')) : (quoted ?? raw);
    const known = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    values.set(name!, values.has(name!) ? undefined : known);
  }
  let out = text;
  for (const [name, value] of values) {
    if (value === undefined) continue;
    out = out.replace(new RegExp(`\\{\\{-?\\s*\\$${name}\\s*-?\\}\\}`, 'g'), () => value);
  }
  // A binding whose value is known writes nothing.
  return out.replace(binding, (whole, name: string) => (values.get(name) !== undefined ? '' : whole));
}
