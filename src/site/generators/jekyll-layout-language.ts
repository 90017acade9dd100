/**
 * The language a Jekyll site's layouts declare on the `<html>` element of the pages they render
 * (`<html lang="hu">` in `_layouts/default.html`; html-root-lang.ts): a site that sets no `lang` in
 * `_config.yml` still says its language there, to every reader of the built pages.
 *
 * A page's language is the one its own layout chain declares: its layout (front matter `layout`,
 * else the `defaults` entry for it: jekyll-layouts.ts), that layout's `layout`, and so on up, the
 * first `<html>` tag deciding. A chain that writes `lang` with Liquid (minima's
 * `{{ page.lang | default: site.lang | default: "en" }}`) declares nothing postlint reads here
 * (the page's and the site's `lang` are read by src/site/language.ts). A file with no front matter
 * is copied as it is, with no layout: it, and a page whose chain has no `<html>` tag in the site
 * (a theme's layout, `layout: none`), takes the language every layout of the site declares, when
 * they all declare the same one literally (the site's language, as its templates say it).
 */
import {readdirSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {configFolder, get, isFile, perSite, readFrontMatterDataSync, readText} from './common.js';
import type {SiteInfo} from './types.js';
import {layoutName} from './jekyll-layouts.js';
import {htmlRootLang} from './html-root-lang.js';
import {toPosix} from '../../paths.js';

const extensions = ['', '.html', '.htm', '.md', '.markdown', '.liquid'];

/** A chain longer than this is a loop (`a` wraps `b` wraps `a`): Jekyll stops too. */
const longestChain = 20;

function layoutsDir(site: SiteInfo, source: string): string {
  return resolve(source, configFolder(site.config, 'layouts_dir', '_layouts'));
}

/** The language all the site's own layouts with an `<html>` tag declare, when it is one literal tag. */
const siteLayoutsLanguage = perSite((site: SiteInfo): string | undefined => {
  const source = sourceOf(site);
  const dir = layoutsDir(site, source);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const declared = new Set<string>();
  for (const name of names) {
    const text = readText(join(dir, name));
    const lang = text === undefined ? undefined : htmlRootLang(text);
    if (lang !== undefined) declared.add(lang);
  }
  const [only] = declared;
  return declared.size === 1 && only !== '' && only !== 'template' ? only : undefined;
});

function sourceOf(site: SiteInfo): string {
  return resolve(site.root, typeof site.config.source === 'string' ? site.config.source : '.');
}

/** The language `path`'s layouts declare (`data`: its front matter, undefined when it has none), else the site's layouts'. */
export function jekyllLayoutLanguage(path: string, site: SiteInfo, data: Record<string, unknown> | undefined): string | undefined {
  const source = sourceOf(site);
  const dir = layoutsDir(site, source);
  // Its own `layout`, else the `defaults` entry's (layoutName given no front matter reads only `defaults`).
  let name: unknown = data === undefined ? undefined : 'layout' in data ? data.layout : layoutName(site, toPosix(relative(source, path)), undefined);
  for (let step = 0; step < longestChain && typeof name === 'string' && name !== '' && name !== 'none'; step++) {
    const file = extensions.map((ext) => join(dir, `${name as string}${ext}`)).find(isFile);
    const text = file === undefined ? undefined : readText(file);
    if (text === undefined) break;
    const lang = htmlRootLang(text);
    if (lang === 'template' || lang === '') return undefined;
    if (lang !== undefined) return lang;
    name = get(readFrontMatterDataSync(text), 'layout');
  }
  return siteLayoutsLanguage(site);
}
