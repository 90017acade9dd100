import {dirname, extname, join, resolve, sep} from 'node:path';
import type {SiteInfo} from './detect.js';
import {generatorOf} from './generators/index.js';

/** A link's URL reduced to the local path it names. */
export interface LocalTarget {
  /** Decoded path, no query, no fragment. */
  path: string;
  /** Written from the site root (`/images/x.png`). */
  siteRoot: boolean;
  /** Ends with `/`: a folder (or a pretty page URL). */
  folder: boolean;
}

const scheme = /^[a-z][a-z\d+.-]*:/i;

/**
 * The local path a link URL points at, or undefined for anything that is not a local file:
 * other schemes, protocol-relative URLs, fragments alone, template code.
 */
export function localTarget(url: string): LocalTarget | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('?') || trimmed.startsWith('//') || scheme.test(trimmed)) return undefined;
  if (/\{\{|\{%|\$\{/.test(trimmed)) return undefined;
  const bare = trimmed.replace(/[?#].*$/, '');
  if (bare === '') return undefined;
  let path = bare;
  try {
    path = decodeURIComponent(bare);
  } catch {
    // A stray "%" that is not an escape: the path is meant literally.
  }
  return {path, siteRoot: path.startsWith('/'), folder: path.endsWith('/')};
}

export const indexFileNames = ['index.md', '_index.md', 'README.md', 'readme.md', 'index.markdown', '_index.markdown', 'index.html', 'index.htm'];

// Files a generator writes: pages, feeds and sitemaps.
const generatedExtensions = new Set(['', '.html', '.htm', '.php', '.xml', '.rss', '.atom']);

/** Page URLs (and feeds) are produced by the generator (permalinks), not files on disk. */
export function isPageUrl(path: string): boolean {
  const extension = extname(path.replace(/\/+$/, '')).toLowerCase();
  // A "extension" of digits is part of a slug (`/blog/2023/11/13/3.1.0`), not a file type.
  // Nor is one with other characters than letters and digits (`/blog/2017/12/27/nearing-the-7.0-release`).
  return path.endsWith('/') || generatedExtensions.has(extension) || /^\.\d+$/.test(extension) || /^\.[^.]*[^a-z0-9.]/.test(extension);
}

/** The path of a site's base URL (`https://example.org/blog/` or `/blog` → `/blog`); '' for the root or an unreadable base. */
export function basePathOf(base: string | undefined): string {
  if (typeof base !== 'string') return '';
  // Asked for every site-root link, of the few base URLs a run's sites have: a URL parsed once each.
  let path = basePaths.get(base);
  if (path === undefined) {
    try {
      path = new URL(base, 'http://localhost').pathname.replace(/\/+$/, '');
    } catch {
      path = '';
    }
    basePaths.set(base, path);
  }
  return path;
}

const basePaths = new Map<string, string>();

/**
 * The path below the site's base URL: a site served from https://example.org/blog/ writes
 * `/blog/images/x.png` for `static/images/x.png` (Hugo `baseURL`, Jekyll `baseurl`), and `/blog`
 * for its home page.
 */
export function withoutBasePath(path: string, base: string | undefined): string {
  const prefix = basePathOf(base);
  if (prefix === '') return path;
  if (path === prefix) return '/';
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/** Stylesheets a generator compiles: Jekyll turns assets/css/site.scss into /assets/css/site.css. */
export function stylesheetSources(path: string): string[] {
  return /\.css$/i.test(path) ? ['.scss', '.sass'].map((ext) => path.replace(/\.css$/i, ext)) : [];
}

/**
 * Where site-root paths (`/images/x.png`) are looked for, absolute: postlint's `staticRoots`
 * option, else the generator's static roots; outside every site, the config's `root`.
 */
export function staticRoots(site: SiteInfo | undefined, configured: string[] | undefined, fallbackRoot: string | undefined): string[] {
  const base = site?.root ?? fallbackRoot;
  if (!base) return [];
  if (configured && configured.length > 0) return configured.map((dir) => resolve(base, dir));
  if (!site) return [base];
  return generatorOf(site).staticRoots(site);
}

/** The site's main content folder (where its pages are). */
export function contentRoot(site: SiteInfo | undefined): string | undefined {
  if (!site) return undefined;
  return generatorOf(site).contentRoots(site)[0] ?? site.root;
}

/**
 * The Markdown files a page URL (`posts/hello/`, `../hello/`) may come from, given the folder it
 * is resolved in: `hello.md`, `hello/index.md`, `hello/_index.md`.
 */
export function pageCandidates(absolute: string): string[] {
  const stem = absolute.replace(/[\\/]+$/, '').replace(/\.html?$/i, '');
  return [`${stem}.md`, `${stem}.markdown`, join(stem, 'index.md'), join(stem, '_index.md'), join(stem, 'README.md')];
}

/**
 * A Hugo page's own URL folder: content/posts/a.md is served at /posts/a/, so relative page
 * links in it (`../b/`) are resolved from content/posts/a/. Bundles and section pages are their folder.
 */
export function pageUrlFolder(file: string): string {
  const name = file.slice(file.lastIndexOf(sep) + 1);
  if (/^_?index\.(md|markdown)$/i.test(name)) return dirname(file);
  return file.replace(/\.(md|markdown)$/i, '');
}

