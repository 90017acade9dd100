/**
 * Two sources of a Jekyll site that write one file of the built site: only the one written last is
 * published. Site#write walks `each_site_file`, which yields the pages first, then the static files,
 * then the documents of collections and posts (jekyll/jekyll lib/jekyll/site.rb, 3.10-stable and
 * master alike); StaticFile#write removes what is at its destination and copies itself there (on a
 * fresh build its mtime is unknown, so `modified?` holds: lib/jekyll/static_file.rb). So a page (a
 * Markdown file Jekyll renders, with front matter or through jekyll-optional-front-matter) whose
 * output path is that of a static file of the site (an `.html` without front matter: a knitr or
 * exported HTML beside its `.md`) is overwritten: the reader gets the static file, never the page.
 *
 * Two pages at one destination (Jekyll warns "Conflict: The URL … is the destination for the
 * following pages") are left alone: which is written last follows `site.pages`' order, reader order
 * and then the generators' additions, which postlint does not know for sure.
 */
import {join, relative, resolve, sep} from 'node:path';
import {isFile} from './common.js';
import {jekyllLeavesOut} from './jekyll-entries.js';
import {hasYamlHeader} from './jekyll-pages.js';
import type {SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';
import {decodedPath} from '../../links/normalize.js';

/**
 * The output file (from the destination folder, `/`-separated) of a page served at `url`:
 * Page#destination adds `index` to a URL ending in `/` and the output extension (`.html` for a
 * converted page) to one that lacks it. Undefined for a URL of placeholders or with `..`. The URL is
 * a path, not a link: `?` and `#` are part of the name (`c#.md` is written to `c#.html`), and
 * URL.unescape_path (Addressable) leaves a stray `%` as written (`90%.md`).
 */
export function pageOutputFile(url: string): string | undefined {
  let path = decodedPath(url).replace(/^\/+/, '');
  if (path.includes(':') || path.split('/').includes('..')) return undefined;
  if (path === '' || path.endsWith('/')) path += 'index';
  return path.endsWith('.html') ? path : `${path}.html`;
}

/**
 * Why a page of the site (`path`, a page rather than a post or collection document, served at
 * `url`) is no page a reader gets: a static file of the site is written to the same place after it.
 * A static file is one Jekyll reads (not left out by `exclude`, a `_` or `.` name) without a YAML
 * header, below no folder a reader of its own takes (`ownReaders`: `_posts`, collections).
 */
export function staticFileOverwrites(path: string, url: string, source: string, site: SiteInfo, ownReaders: ReadonlySet<string>): string | undefined {
  const output = pageOutputFile(url);
  if (output === undefined) return undefined;
  const file = resolve(source, output);
  if (file === path || !file.startsWith(source + sep) || !isFile(file) || hasYamlHeader(file)) return undefined;
  const rel = toPosix(relative(source, file));
  if (rel.split('/').slice(0, -1).some((part) => ownReaders.has(part)) || jekyllLeavesOut(rel, site, ownReaders) !== undefined) return undefined;
  return `Jekyll writes it to ${output}, where the static file ${toPosix(relative(site.root, join(source, rel)))} (no front matter) is copied after the pages (Site#each_site_file): the reader gets that file, not this page`;
}
