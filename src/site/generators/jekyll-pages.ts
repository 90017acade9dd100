/**
 * The files of a Jekyll site that postlint does not parse but Jekyll renders: every file it reads
 * (its EntryFilter, `include:` honoured: jekyll-entries.ts) that opens with a YAML front-matter
 * header is a page, whatever its extension (`feed.json`, `rss.xml`, `faq.html`), served at its
 * `permalink:` or its path (jekyll/jekyll lib/jekyll/reader.rb `retrieve_dirs`/`retrieve_pages`:
 * `Utils.has_yaml_header?` makes a Page, anything else a static file; lib/jekyll/page.rb `url`).
 * The layouts and includes folders hold the templates those pages are rendered with.
 *
 * Read once per site and config (a bounded walk; only a file's first bytes decide whether it has
 * a header, and only such files are read whole).
 */
import {closeSync, openSync, readSync} from 'node:fs';
import {relative, resolve, sep} from 'node:path';
import {configFolder, readFrontMatterDataSync, readText} from './common.js';
import {jekyllLeavesOut} from './jekyll-entries.js';
import {templatePulls, type TemplatePull} from './jekyll-partials.js';
import {walkFiles} from './walk-files.js';
import type {SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';

export interface JekyllFile {
  path: string;
  /** From the source folder, `/`-separated. */
  rel: string;
  /** Front matter (empty when the header is empty or unreadable). */
  data: Record<string, unknown>;
  /** The text, kept only when it has a Liquid `for` loop (what shows a collection's documents). */
  loops?: string;
  /** The include tags of a file postlint does not parse (not Markdown): the partials it renders (jekyll-partials.ts). */
  pulls?: TemplatePull[];
}

export interface JekyllSourceFiles {
  /** Files with a front-matter header that Jekyll reads (pages, posts, collection documents). */
  withHeader: JekyllFile[];
  /** Files of the layouts and includes folders (the templates pages are rendered with). */
  templates: JekyllFile[];
}

const walkLimit = 20_000;
/** Text files a template may be (layouts and includes are HTML or Markdown, pages may be anything). */
const binary = /\.(png|jpe?g|gif|webp|avif|ico|svg|pdf|zip|gz|woff2?|ttf|otf|eot|mp[34]|mov|webm|wasm)$/i;

/** Jekyll's `Utils.has_yaml_header?`: the file's first line is `---` (trailing white space allowed). */
export function hasYamlHeader(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(64);
    const read = readSync(fd, buffer, 0, 64, 0);
    return /^---[ \t]*\r?\n/.test(buffer.subarray(0, read).toString('latin1'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const cache = new WeakMap<SiteInfo, {source: string; files: JekyllSourceFiles}>();

/** The site's pages postlint does not parse and its templates (`readers`: folders read by their own readers). */
export function jekyllSourceFiles(site: SiteInfo, source: string, readers: ReadonlySet<string>): JekyllSourceFiles {
  const cached = cache.get(site);
  if (cached && cached.source === source) return cached.files;
  const templateDirs = [configFolder(site.config, 'layouts_dir', '_layouts'), configFolder(site.config, 'includes_dir', '_includes')].map((dir) => resolve(source, dir));
  const inTemplates = (path: string): boolean => templateDirs.some((dir) => path === dir || path.startsWith(dir + sep));
  const relOf = (path: string): string => toPosix(relative(source, path));
  const {files} = walkFiles(source, {
    // A folder Jekyll leaves out holds no page (its children are left out with it).
    enter: (entry, path) => entry.name !== '.git' && entry.name !== 'node_modules' && (inTemplates(path) || jekyllLeavesOut(`${relOf(path)}/-`, site, readers) === undefined),
    keep: (entry, path) => !binary.test(entry.name) && (inTemplates(path) || (jekyllLeavesOut(relOf(path), site, readers) === undefined && hasYamlHeader(path))),
    maxEntries: walkLimit,
  });
  const found: JekyllSourceFiles = {withHeader: [], templates: []};
  for (const path of files.sort()) {
    const text = readText(path);
    if (text === undefined) continue;
    // A Markdown file's literal includes are parsed (facts.ts); only its computed ones are read here.
    const pulls = !/\{%-?\s*include/.test(text) ? undefined : /\.(md|markdown)$/i.test(path) ? templatePulls(text).filter((pull) => pull.path === undefined) : templatePulls(text);
    const file: JekyllFile = {path, rel: relOf(path), data: readFrontMatterDataSync(text) ?? {}, ...(/\{%-?\s*for\s/.test(text) ? {loops: text} : {}), ...(pulls ? {pulls} : {})};
    (inTemplates(path) ? found.templates : found.withHeader).push(file);
  }
  cache.set(site, {source, files: found});
  return found;
}
