/**
 * jekyll-scholar's `{% bibliography %}` tag (inukshuk/jekyll-scholar lib/jekyll/scholar): it writes
 * each entry of the BibTeX file(s) it reads as `<span id="KEY">` (Utilities#reference_tag: the id is
 * `[prefix, entry.key].compact.join('-')`), which the page's `[(Author 2020)](#key)` links name.
 *
 * - The files: each `--file`/`-f` argument, else the config's `bibliography` (`references.bib`,
 *   a `*` pattern globbed in `source`), each joined to `source` (`./_bibliography`), `.bib` added to a
 *   name without extension (Utilities#bibtex_files, #extend_path). The config is the defaults, then
 *   `_config.yml`'s `scholar:`, then the page's own `scholar:` (Utilities#set_context_to).
 * - The entries: every `@type{key,` but `@string`/`@preamble`/`@comment` (#entries keeps
 *   BibTeX::Entry), filtered by `--query` (or the config's `query`, `@*` by default), by `--cited`
 *   (keys the page cites before the tag) and cut by `--offset`/`--max`: postlint does not run those
 *   filters, so it takes their keys as ids the page may have (a fragment naming none is still broken).
 * - The template: `bibliography_template` (`{{reference}}`, a layout's name, or `--template`) writes
 *   the span only where it prints `reference`; one that does not may write the ids another way.
 */
import {readdirSync} from 'node:fs';
import {basename, extname, isAbsolute, join, resolve} from 'node:path';
import type {IncludeFact} from '../../facts.js';
import {bibtexKeys} from '../../text/bibtex-keys.js';
import {configFolder, readText} from './common.js';
import {usesPlugin} from './jekyll-plugins.js';
import {walkFiles} from './walk-files.js';
import type {PageFrontMatter, SiteInfo, TagIds} from './types.js';

/** The tag's arguments as jekyll-scholar's optparse reads them: an option starts after white space. */
const optionPattern = /(?<=^|\s)(-[cCfhqptTsgGOlLomAr]|--(?:cited_in_order|cited|clear|bibliography_list_tag|file|query|prefix|text|style|group_by|group_order|type_order|template|locator|label|offset|max|suppress_author|remove_duplicates))(?=\s|$)/;
const flags = new Set(['-c', '--cited', '-C', '--cited_in_order', '--clear', '-A', '--suppress_author', '-r', '--remove_duplicates']);
const names: Record<string, string> = {'-f': 'file', '-q': 'query', '-p': 'prefix', '-o': 'offset', '-m': 'max', '-T': 'template', '-c': 'cited', '-C': 'cited'};

interface TagOptions {
  files: string[];
  values: Map<string, string>;
}

function tagOptions(argument: string): TagOptions {
  const parts = argument.split(optionPattern).map((part) => part.trim());
  const files: string[] = [];
  const values = new Map<string, string>();
  for (let i = 1; i < parts.length; i += 2) {
    const option = parts[i]!;
    const name = names[option] ?? option.replace(/^--/, '').replace(/_in_order$/, '');
    const value = flags.has(option) ? '' : (parts[i + 1] ?? '').split(/\s+/)[0]!;
    if (name === 'file') files.push(value);
    else values.set(name, value);
  }
  return {files, values};
}

function scholarConfig(site: SiteInfo, frontMatter: PageFrontMatter): Record<string, unknown> {
  const own = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  return {source: './_bibliography', bibliography: 'references.bib', bibliography_template: '{{reference}}', query: '@*', ...own(site.config.scholar), ...own(frontMatter?.data?.scholar)};
}

/** `*` matches within one name (Ruby's Dir.glob); undefined for patterns postlint does not follow (`**`, `?`, `[…]`, `{…}`). */
function globbed(folder: string, pattern: string): string[] | undefined {
  if (/\*\*|[?[\]{}]/.test(pattern) || pattern.includes('/')) return undefined;
  const test = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
  try {
    return readdirSync(folder).filter((name) => !name.startsWith('.') && test.test(name)).sort().map((name) => join(folder, name));
  } catch {
    return [];
  }
}

/** The BibTeX files the tag reads (Utilities#bibtex_paths), or why they are not known. */
function bibtexPaths(options: TagOptions, config: Record<string, unknown>, source: string): string[] | {unknown: string} {
  const folder = String(config.source);
  const root = isAbsolute(folder) ? folder : resolve(source, folder);
  const configured = String(config.bibliography);
  const written = options.files.length > 0 ? options.files : configured.includes('*') ? undefined : [configured];
  if (!written) return globbed(root, configured) ?? {unknown: `reads the BibTeX files jekyll-scholar's \`bibliography: ${configured}\` names, a pattern postlint does not follow`};
  const paths: string[] = [];
  for (const name of written) {
    // `--file {{ page.bib }}`: Liquid fills the name in from the page.
    if (/\{\{|\{%/.test(name)) return {unknown: `has a {% bibliography %} tag whose file name is template code (${name})`};
    const path = isAbsolute(name) && readText(name) !== undefined ? name : join(root, name === '' ? configured : name);
    paths.push(extname(path) === '' && readText(path) === undefined ? `${path}.bib` : path);
  }
  return paths;
}

/** Does the template print `reference`, the span that carries the id? A layout's name reads that layout. */
function printsReference(template: string, site: SiteInfo, source: string): boolean {
  const layouts = resolve(source, configFolder(site.config, 'layouts_dir', '_layouts'));
  const layout = ['.html', '.htm', '.md', '.liquid', ''].map((ext) => readText(join(layouts, `${template}${ext}`))).find((text) => text !== undefined);
  const text = layout ?? template;
  return [...text.matchAll(/\{\{-?([^}]*)\}\}|\{%-?([^%]*)%\}/g)].some((tag) => /(?<![\w.])reference(?![\w])/.test(tag[1] ?? tag[2] ?? ''));
}

/** The ids one `{% bibliography %}` tag writes into the page (the generator's `tagIds`). */
export function scholarTagIds(include: IncludeFact, site: SiteInfo, frontMatter: PageFrontMatter, source: string): TagIds | undefined {
  // Without the plugin Liquid stops the build on the unknown tag: the page gets no ids from it.
  if (include.kind !== 'bibliography' || !usesPlugin(site, 'jekyll-scholar')) return undefined;
  const options = tagOptions(include.argument ?? '');
  const config = scholarConfig(site, frontMatter);
  const paths = bibtexPaths(options, config, source);
  if (!Array.isArray(paths)) return paths;
  const keys: string[] = [];
  const odd: string[] = [];
  for (const path of paths) {
    const text = readText(path);
    // A file jekyll-scholar cannot read stops the build (File.mtime): no ids.
    if (text === undefined) continue;
    const read = bibtexKeys(text);
    keys.push(...read.keys);
    if (read.duplicates.length > 0 || read.unnamed) odd.push(basename(path));
  }
  const prefix = options.values.get('prefix');
  const ids = keys.map((key) => (prefix ? `${prefix}-${key}` : key));
  const template = options.values.get('template') ?? String(config.bibliography_template ?? '');
  const filters = [
    options.values.has('cited') ? '`--cited` (the keys the page cites)' : undefined,
    options.values.has('query') || String(config.query) !== '@*' ? `a query (${options.values.get('query') ?? String(config.query)})` : undefined,
    options.values.has('offset') || options.values.has('max') ? '`--offset`/`--max`' : undefined,
    template !== '' && !printsReference(template, site, source) ? `a bibliography_template (${template}) that does not print \`reference\`` : undefined,
  ].filter((filter) => filter !== undefined);
  const why = `jekyll-scholar's {% bibliography %} (line ${include.line}) writes each entry of ${paths.map((path) => basename(path)).join(', ')} with its key as id`;
  if (odd.length > 0) return {unknown: `${why}, and ${odd.join(', ')} has an entry with a repeated or missing key, which bibtex-ruby renames`};
  return filters.length > 0 ? {maybe: ids, why: `${why}, filtered by ${filters.join(' and ')}, which postlint does not run`} : {ids, why};
}

/** The BibTeX files below the site's `scholar.source`: a change to one changes the ids of the pages that read it. */
export function scholarInputs(site: SiteInfo, source: string): string[] {
  if (!usesPlugin(site, 'jekyll-scholar')) return [];
  const folder = String(scholarConfig(site, undefined).source);
  const root = isAbsolute(folder) ? folder : resolve(source, folder);
  const walked = walkFiles(root, {enter: (entry) => !entry.name.startsWith('.'), keep: (entry) => /\.bib$/i.test(entry.name), maxEntries: 5000, maxFiles: 500});
  return walked.files.sort();
}
