/**
 * Eleventy's pages that are not Markdown: templates (`.njk`, `.liquid`, `.html`, `.11ty.js`, …) in
 * the input folder, each with the URL it is written at, or the pattern of the URLs it may write
 * when its permalink is template code (pagination over tags: `/blog/tags/{{ tag | slug }}/`), and
 * the files `.eleventyignore` keeps out of the build. Templates are read as text, never run.
 *
 * Read from 11ty/eleventy @ 00384199aebb767bf92f3d38e105531b0668129d: the default
 * `templateFormats` (src/defaultConfig.js: liquid, md, njk, html, 11ty.js; older releases also
 * ejs, hbs, mustache, haml, pug, and WebC by plugin); ignores from `.eleventyignore` in the project
 * folder and in the input folder, a folder line meaning everything below it, `!` lines dropped,
 * and `eleventyConfig.ignores.add(…)` (src/EleventyFiles.js); pagination writes page 1 at the
 * template's URL and page N at `<url>/<N-1>/` (src/Plugins/Pagination.js).
 */
import {statSync} from 'node:fs';
import {join, relative} from 'node:path';
import picomatch from 'picomatch';
import {readFrontMatterDataSync, readText} from './common.js';
import type {TemplatePage} from './types.js';
import {walkFiles} from './walk-files.js';
import {escapeRegExp} from '../../links/patterns.js';
import {toPosix} from '../../paths.js';


/** Template files that are pages; Markdown is read by the run itself. */
export const templateExtension = /\.(njk|liquid|html|11ty\.js|11ty\.cjs|11ty\.mjs|webc|hbs|mustache|ejs|haml|pug)$/i;

/** Most files a site's input folder is walked for: a bound on a folder that is not what it seems. */
const walkLimit = 20_000;

/**
 * The globs (relative to the site folder, `/`-separated) Eleventy ignores: `.eleventyignore` lines
 * from the site folder and the input folder, and literal `ignores.add("…")` calls in the config.
 */
export function ignoreGlobs(root: string, input: string, configText: string): string[] {
  const globs: string[] = [];
  for (const dir of new Set([root, input])) {
    const text = readText(join(dir, '.eleventyignore'));
    if (!text) continue;
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
      globs.push(globBelow(root, dir, line));
    }
  }
  for (const match of configText.matchAll(/\bignores\.add\(\s*(['"`])([^'"`]+)\1\s*\)/g)) globs.push(globBelow(root, root, match[2]!));
  return globs;
}

/** A line of an ignore file in `dir` as a glob from the site folder; an existing folder stands for all below it. */
function globBelow(root: string, dir: string, line: string): string {
  const path = join(dir, line.replace(/^\/+/, ''));
  const glob = toPosix(relative(root, path)).replace(/^\.\//, '');
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    folder = line.endsWith('/');
  }
  return folder ? `${glob.replace(/\/+$/, '')}/**` : glob;
}

const matchers = new Map<string, (path: string) => boolean>();

/** Does one of the site's ignore globs cover this file? */
export function isIgnored(path: string, root: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const key = globs.join('\n');
  let match = matchers.get(key);
  if (!match) matchers.set(key, (match = picomatch([...globs], {dot: true})));
  return match(toPosix(relative(root, path)));
}

/** A permalink data files give a template: the string, `unwritten` (the data file) for `false`, `{}` when only running them knows. */
export interface DataPermalink {
  permalink?: string;
  unwritten?: string;
}

/**
 * Every template page below `input`, skipping the folders that hold no pages (`skip`), dot-folders,
 * `node_modules` and ignored files; `fileUrl` gives a template's URL when nothing else sets it.
 */
export function templatePages(input: string, skip: readonly string[], isSkipped: (path: string) => boolean, fileUrl: (path: string) => string, dataPermalink: (path: string) => DataPermalink | undefined): TemplatePage[] {
  const {files} = walkFiles(input, {
    enter: (entry, path) => !entry.name.startsWith('.') && entry.name !== 'node_modules' && !skip.includes(path),
    // A Markdown page whose folder's data file writes its permalink with template code is one too (url-map.ts reads the others).
    keep: (entry, path) => (templateExtension.test(entry.name) || (/\.(md|markdown)$/i.test(entry.name) && dataPermalink(path)?.permalink !== undefined)) && !isSkipped(path),
    maxEntries: walkLimit,
  });
  return files.flatMap((path) => templatePage(path, toPosix(relative(input, path)), fileUrl, dataPermalink));
}

/** One template's pages: its URL, or the pattern of its URLs; a paginated one also writes `<url>/<n>/`. */
function templatePage(path: string, name: string, fileUrl: (path: string) => string, dataPermalink: (path: string) => DataPermalink | undefined): TemplatePage[] {
  const text = readText(path) ?? '';
  if (/\.11ty\.[cm]?js$/i.test(name)) {
    // A JavaScript template's permalink is code; a plain string or template literal is read, anything else only running it knows.
    const written = /\bpermalink\b\s*(?::|=|\(\s*\w*\s*\)\s*=>|\(\s*\w*\s*\)\s*\{\s*return)\s*(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/.exec(text);
    if (written) return [permalinkPage(path, name, written[2]!.replace(/\$\{[^}]*\}/g, '{{}}'))];
    if (/\bpermalink\b/.test(text)) return [{path, why: `${name} computes its permalink in JavaScript`}];
    return [{path, url: fileUrl(path), why: 'its file name'}];
  }
  const data = readFrontMatterDataSync(text);
  const computed = data?.eleventyComputed;
  const permalink = computed && typeof computed === 'object' && 'permalink' in computed ? (computed as Record<string, unknown>).permalink : data?.permalink;
  // `permalink: false`: read, never written.
  if (permalink === false) return [];
  if (typeof permalink === 'string') return [permalinkPage(path, name, permalink)];
  if (permalink !== undefined || (data === undefined && /^---\s*(js|javascript|json)\b/.test(text))) return [{path, why: `${name} sets its permalink in data postlint does not read`}];
  const fromData = dataPermalink(path);
  if (fromData?.unwritten !== undefined) return [];
  // A data file's permalink is the template's own (Eleventy renders it per page): read it the same way.
  if (fromData?.permalink !== undefined) return [permalinkPage(path, name, fromData.permalink)];
  if (fromData) return [{path, why: `a data file gives ${name} its permalink`}];
  const url = fileUrl(path);
  if (data?.pagination === undefined) return [{path, url, why: 'its file name'}];
  // Pagination without a permalink: page 1 at the URL, page N at `<url>/<N-1>/`.
  return [{path, url, why: 'its file name'}, {path, pattern: new RegExp(`^${escapeRegExp(normalized(url))}/\\d+$`), why: `${name} paginates at ${url}<n>/`}];
}

/** Real permalinks are a line of a few dozen characters. */
const permalinkLimit = 1024;

/** A template's permalink: its URL when it is plain, else the pattern its literal parts make. */
export function permalinkPage(path: string, name: string, permalink: string): TemplatePage {
  const absolute = `/${permalink.trim().replace(/^\/+/, '')}`;
  if (!/\{\{|\{%/.test(absolute)) return {path, url: absolute, why: `the permalink of ${name}`};
  // The block-tag split below backtracks on many unclosed tags; a permalink this long is not read (any URL).
  if (absolute.length > permalinkLimit) return {path, pattern: /^\/.*$/, why: `${name} writes URLs from template code (a permalink over ${permalinkLimit} characters, not read)`};
  // Template code may write anything, slashes too: each piece of it matches any text. The text inside a
  // block tag (`{% if n %}{{ n }}/{% endif %}`, paginated pages) may not be written at all: the block is one piece.
  const parts = normalized(absolute).split(/\{%-?\s*(?:\w+)\b[\s\S]*?%\}(?:(?!\{%-?\s*end)[\s\S])*?\{%-?\s*end\w*\s*-?%\}|\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/);
  // A block that may write nothing ends the URL: `notes/{% if n %}…{% endif %}` may be `notes/`, normalized to `/notes`.
  const joined = parts.map(escapeRegExp).join('.*');
  const body = /\{%-?\s*end\w*\s*-?%\}\s*\/?$/.test(absolute.trim()) ? joined.replace(/\/\.\*$/, '(?:/.*)?') : joined;
  return {path, pattern: new RegExp(`^${body}$`), why: `${name} writes URLs from template code (permalink "${permalink.trim()}")`};
}

/** A URL as url-map.ts normalizes it, template code left in place. */
function normalized(url: string): string {
  return `/${url.replace(/^\/+/, '').replace(/(^|\/)index\.html?$/i, '$1').replace(/\.html?$/i, '').replace(/\/+$/, '')}`.toLowerCase();
}
