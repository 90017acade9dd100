/**
 * A Jekyll theme whose source is kept in the site's own repository: the site's Gemfile loads the
 * theme gem from a folder of the checkout (Bundler's `gem "minima", path: "_theme"`: bundler.io
 * man/gemfile.5, "PATH"), or the folder holds the gem's `<theme>.gemspec` (its source, though the
 * build may take the released gem: its templates are then not read as the build's). Jekyll takes from
 * the theme only what a theme gives (jekyll/jekyll lib/jekyll/theme.rb: `_layouts`, `_includes`,
 * `_sass`, `assets`, `_data` from 4.3, and its `_config.yml` unless `ignore_theme_config`):
 * layouts and includes postlint can read like the site's own, and nothing else of it is a page.
 *
 * The folder is upstream's copy, commonly the theme's whole repository (its demo `_posts/`, README,
 * its own `_config.yml`, which makes it look like a site of its own). When the site's Jekyll never
 * reads the folder as part of its source (a name starting with `_` or `.`, or `exclude`d), none of
 * its files is built: not a nested site, not pages, its README (what GitHub shows of the folder)
 * included, as it is the theme authors' writing (src/site/vendored.ts: a copy is checked only where
 * the site builds it). A theme folder the site's build does read stays checked as its pages.
 * Hugo's themes folder is the same idea (hugo.ts `themeCopyReason`).
 */
import {readdirSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {parse as parseYaml} from 'yaml';
import {isDir, isFile, isObject, perSite, readText} from './common.js';
import {jekyllLeavesOut} from './jekyll-entries.js';
import {toPosix} from '../../paths.js';
import type {SiteInfo} from './types.js';

/** A `gem "<name>"` line of a Gemfile and the `path:` (or `:path =>`) it gives, if any. */
const gemLine = /^[ \t]*gem[ \t(]+(["'])([^"'\n]+)\1([^\n#]*)/gm;
const pathOption = /(?:\bpath:|:path[ \t]*=>)[ \t]*(["'])([^"'\n]+)\1/;

/** The theme gem a site's config names (`theme:`; Jekyll lower-cases it: Theme#initialize). */
function themeName(config: Record<string, unknown>): string | undefined {
  const value = config.theme;
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : undefined;
}

/** Where a theme gem's source is kept in the site, and whether the Gemfile loads the theme from it. */
export interface ThemeSource {
  folder: string;
  /** The Gemfile's `path:` loads the gem from the folder: its templates are the build's. */
  loaded: boolean;
}

/**
 * The folder holding the source of the theme gem `config` names, for a site whose Gemfile sits in
 * `root`: the Gemfile's `path:` for that gem, else a folder of the site's top holding `<theme>.gemspec`
 * (the theme's source, though the build may take the gem's released version: not `loaded`).
 */
export function themeSourceFolder(root: string, config: Record<string, unknown>): ThemeSource | undefined {
  const name = themeName(config);
  if (name === undefined) return undefined;
  for (const match of (readText(join(root, 'Gemfile')) ?? '').matchAll(gemLine)) {
    if (match[2]!.trim().toLowerCase() !== name) continue;
    const path = pathOption.exec(match[3]!)?.[2];
    if (path !== undefined && isDir(resolve(root, path))) return {folder: resolve(root, path), loaded: true};
  }
  for (const folder of topFolders(root)) if (isFile(join(folder, `${name}.gemspec`))) return {folder, loaded: false};
  return undefined;
}

/** The folders at a site's top, where a theme's source is kept (not hidden ones, nor node_modules). */
function topFolders(root: string): string[] {
  try {
    return readdirSync(root, {withFileTypes: true}).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules').map((entry) => join(root, entry.name));
  } catch {
    return [];
  }
}

/** The folder the site's Gemfile loads its theme gem from (themeSourceFolder), if any. */
export const ownThemeSource = perSite((site: SiteInfo): string | undefined => {
  const source = themeSourceFolder(site.root, site.config);
  return source?.loaded ? source.folder : undefined;
});

/** The Jekyll config of a folder, read as Jekyll reads `_config.yml` (YAML), if it has one. */
function folderConfig(dir: string): Record<string, unknown> | undefined {
  for (const name of ['_config.yml', '_config.yaml']) {
    const text = readText(join(dir, name));
    if (text === undefined) continue;
    try {
      const data: unknown = parseYaml(text, {logLevel: 'silent'});
      return isObject(data) ? data : {};
    } catch {
      return {};
    }
  }
  return undefined;
}

/**
 * Why a site found inside another Jekyll site's theme source folder is no site (themeSourceFolder):
 * the site around it loads the folder as its theme gem and its Jekyll never reads the folder as
 * source (jekyllLeavesOut). Undefined for any other site, so a theme's own repository checks its demo.
 */
export const themeSourceReason = perSite((site: SiteInfo): string | undefined => {
  for (let dir = dirname(site.root); dir !== dirname(dir); dir = dirname(dir)) {
    const config = folderConfig(dir);
    if (config === undefined) continue;
    const folder = themeSourceFolder(dir, config)?.folder;
    if (folder === undefined || (site.root !== folder && !site.root.startsWith(folder + sep))) return undefined;
    const rel = toPosix(relative(dir, folder));
    const outer: SiteInfo = {root: dir, generator: 'jekyll', config};
    const source = typeof config.source === 'string' ? resolve(dir, config.source) : dir;
    const below = toPosix(relative(source, folder));
    const leftOut = below.startsWith('..') ? 'it lies outside the site\'s source folder' : jekyllLeavesOut(`${below}/x`, outer, new Set());
    if (leftOut === undefined) return undefined;
    return `it is the source of the theme gem "${themeName(config)}" the site in ${toPosix(relative(site.root, dir)) || '.'} uses (${rel}/), which takes only its layouts, includes, Sass and assets; ${leftOut}`;
  }
  return undefined;
});
