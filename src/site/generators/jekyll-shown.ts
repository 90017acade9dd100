/**
 * Where Jekyll shows the documents of a collection that writes no pages of its own (`output:
 * false`, the default: jekyll/jekyll lib/jekyll/collection.rb). Jekyll still renders them
 * (Site#render_docs), and templates reach them as `site.<label>`: a page that loops over them and
 * writes each one's `content` shows them inside itself. A document's links are then read from
 * that page's URL, and its `#x` names an id of that page: one the page or its layouts write, one
 * its loop writes for each document from the document's `slug` (`id="{{ doc.slug }}"`: the `slug`
 * front-matter field, else the file name without extension and without a leading date,
 * lib/jekyll/document.rb `populate_title`), or a heading id of a document shown there.
 *
 * Only one page showing them says where they are; several pages, or a layout or include that
 * writes them (shared by pages postlint cannot list), leave it to the build.
 */
import {basename} from 'node:path';
import {escapeRegExp as escape} from '../../links/patterns.js';
import {templateIds} from '../template-ids.js';
import type {JekyllFile, JekyllSourceFiles} from './jekyll-pages.js';
import type {ShownIn, SiteInfo, TemplateModel} from './types.js';

/** What one template does with the collection: writes its documents' content, and the ids it writes. */
interface Reading {
  shows: boolean;
  /** Literal ids, and whether an id is written from each document's slug. */
  literal: string[];
  slugIds: boolean;
  /** An id written from other data (`id="{{ doc.title | slugify }}"`), as written. */
  otherData?: string;
}

/** Read a template's Liquid for loops over `site.<label>` (directly or through `assign`). */
function readTemplate(text: string, label: string): Reading {
  const sources = [`site\\.${escape(label)}(?![\\w-])`, `site\\[\\s*["']${escape(label)}["']\\s*\\]`];
  // `{% assign sorted = site.faq | sort: "order" %}`: `sorted` holds the documents too.
  for (let round = 0; round < 3; round++) {
    const holder = new RegExp(`\\{%-?\\s*assign\\s+([\\w-]+)\\s*=\\s*(?:${sources.join('|')})`, 'g');
    for (const match of text.matchAll(holder)) {
      const name = `${escape(match[1]!)}(?![\\w.-])`;
      if (!sources.includes(name)) sources.push(name);
    }
  }
  const loop = new RegExp(`\\{%-?\\s*for\\s+([\\w-]+)\\s+in\\s+(?:${sources.join('|')})`, 'g');
  const variables = [...new Set([...text.matchAll(loop)].map((match) => match[1]!))];
  const shows = variables.some((name) => new RegExp(`\\{\\{-?\\s*${escape(name)}\\.content\\b`).test(text));
  const reading: Reading = {shows, literal: [], slugIds: false};
  for (const match of text.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{\{[^}]*\}\}|[^\s>"']+))/g)) {
    const value = (match[1] ?? match[2] ?? match[3]!).trim();
    if (value === '') continue;
    if (!/\{\{|\{%/.test(value)) {
      reading.literal.push(value);
      continue;
    }
    const slug = /^\{\{-?\s*([\w-]+)\.slug\s*-?\}\}$/.exec(value);
    if (slug && variables.includes(slug[1]!)) reading.slugIds = true;
    else reading.otherData ??= value;
  }
  return reading;
}

/** A document's `slug`: its front-matter field, else its file name without extension and leading date. */
export function documentSlug(file: JekyllFile): string {
  const own = file.data.slug;
  if (typeof own === 'string' || typeof own === 'number') return String(own);
  const name = basename(file.rel).replace(/\.[^.]+$/, '');
  return (/^\d{2,4}-\d{1,2}-\d{1,2}-(.*)$/.exec(name)?.[1] ?? name).replace(/\.+$/, '');
}

export interface ShownContext {
  site: SiteInfo;
  files: JekyllSourceFiles;
  /** The collection's documents (files with front matter in its folder). */
  documents: JekyllFile[];
  /** Is this file a page Jekyll writes, and at what URL? */
  pageUrl(file: JekyllFile): string | undefined;
  isPage(file: JekyllFile): boolean;
  /** The templates that render a page (its layout chain). */
  templates(file: JekyllFile): TemplateModel;
}

const answers = new WeakMap<JekyllSourceFiles, Map<string, ShownIn | undefined>>();

/** Where the documents of collection `label` are shown; undefined when no template shows them (worked out once per site read). */
export function collectionShownIn(label: string, context: ShownContext): ShownIn | undefined {
  let known = answers.get(context.files);
  if (!known) answers.set(context.files, (known = new Map()));
  if (!known.has(label)) known.set(label, whereShown(label, context));
  return known.get(label);
}

function whereShown(label: string, context: ShownContext): ShownIn | undefined {
  const showing = (file: JekyllFile): Reading | undefined => {
    if (file.loops === undefined) return undefined;
    const reading = readTemplate(file.loops, label);
    return reading.shows ? reading : undefined;
  };
  const templates = context.files.templates.filter((file) => showing(file) !== undefined);
  // A feed that writes their content (`books.json`) is read by feed readers, not browsed: HTML pages show them.
  const pages = context.files.withHeader.filter((file) => {
    if (showing(file) === undefined) return false;
    const url = context.pageUrl(file);
    return (url === undefined || /(\/|\.html?)$/i.test(url)) && context.isPage(file);
  });
  if (templates.length > 0) return {unknown: `the "${label}" collection writes no pages; ${templates[0]!.rel}, a template shared by pages, shows its documents, so only the build knows where`};
  if (pages.length === 0) return undefined;
  if (pages.length > 1) return {unknown: `the "${label}" collection writes no pages; ${pages.length} pages show its documents (${pages.slice(0, 2).map((page) => page.rel).join(', ')}), so a link in one is read from each`};
  const page = pages[0]!;
  const reading = showing(page)!;
  const ids = new Map<string, string>();
  for (const id of reading.literal) if (!ids.has(id)) ids.set(id, page.rel);
  if (reading.slugIds) for (const document of context.documents) if (!ids.has(documentSlug(document))) ids.set(documentSlug(document), `${page.rel} (the slug of ${document.rel})`);
  const layouts = templateIds(context.site.root, context.templates(page));
  for (const [id, from] of layouts.literal) if (!ids.has(id)) ids.set(id, from);
  return {
    page: page.path,
    url: context.pageUrl(page),
    ids,
    maybe: layouts.patterns.map((pattern) => ({test: pattern.test, why: `is rendered with ${pattern.file}, which writes id="${pattern.written}" from data that only the build knows`})),
    ...(reading.otherData !== undefined
      ? {unknownIds: `writes id="${reading.otherData}" from data, which only the build knows`}
      : layouts.elsewhere !== undefined
        ? {unknownIds: layouts.elsewhere, byTheme: true}
        : {}),
    why: `the "${label}" collection writes no pages; ${page.rel} shows its documents`,
  };
}
