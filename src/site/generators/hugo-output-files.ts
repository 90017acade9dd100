/**
 * Host files a Hugo site writes with a template: an output format of the home page whose
 * `baseName` is a host's file (`[outputFormats.REDIRECTS] baseName = "_redirects"`, `[outputs]
 * home = ["HTML", "REDIRECTS"]`) is rendered from the home page's template for that format
 * (`layouts/index.redirects`, `layouts/home.redirects.txt`, `_default/list.redirects`: Hugo's layout
 * lookup for the home page tries the `index`, `home` and `list` layouts, with the format's name
 * before the suffix, in the layout folder and `_default/`). Netlify then reads the written
 * `_redirects` from the publish folder.
 */
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {get, isObject, perSite} from './common.js';
import {hugoLayoutDirs} from './hugo-site.js';
import type {SiteInfo} from './types.js';

/** The host files a template may write (Netlify's `_redirects`). */
const hostFiles = new Set(['_redirects']);

/** The templates that write a host file as an output format of the home page, with the file's name. */
export const hugoHostFileTemplates: (site: SiteInfo) => Array<{name: string; path: string}> = perSite(findTemplates);

function findTemplates(site: SiteInfo): Array<{name: string; path: string}> {
  const home = get(get(site.config, 'outputs'), 'home');
  const formats = get(site.config, 'outputFormats');
  if (!Array.isArray(home) || !isObject(formats)) return [];
  const found: Array<{name: string; path: string}> = [];
  for (const format of home) {
    if (typeof format !== 'string') continue;
    const baseName = get(get(formats, format), 'baseName');
    if (typeof baseName !== 'string' || !hostFiles.has(baseName)) continue;
    const path = homeTemplate(format.toLowerCase(), site);
    if (path !== undefined) found.push({name: baseName, path});
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
