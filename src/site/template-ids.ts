/**
 * The `id` attributes a site's own templates write (Hugo layouts, partials and shortcodes, Jekyll
 * `_layouts`/`_includes`, Eleventy's includes and layouts, an Astro entry's route and its components): a fragment no heading makes may name
 * one (`#subscribe-form` from a mailing-list partial, `#theme` from a footer include).
 *
 * - A literal id (`id="subscribe-form"`) is an id of the pages those templates render.
 * - An id written partly from data (`id="more-about-{{ title | slugify }}"`) is a pattern: a
 *   fragment that fits its literal parts may be one, which only the build knows (unverifiable).
 * - An id written from a Liquid variable the template assigns or captures is read as the variable's
 *   text (liquid-variables.ts): `prepend: 'comment-'` makes it partly data.
 * - An id written wholly from data (`id="{{ .Anchor }}"`, a heading hook) says nothing about
 *   which fragments exist, and is left out, so a renamed heading is still reported.
 *
 * Which templates render a page is the generator's to say (`Generator.templates`): its layout
 * chain and what those pull in (partials, includes, parent layouts), followed here. When the
 * generator cannot tell (a layout set by a data file it does not read), every template of the
 * site counts. When some of those templates are not in the checkout (a theme's layout or include,
 * which only the build has), the set says why (`elsewhere`): ids beyond the known ones may exist.
 */
import {relative} from 'node:path';
import type {TemplateModel} from './generators/types.js';
import {readSmallFile} from '../read-text.js';
import {walkFiles} from './generators/walk-files.js';
import {escapeRegExp} from '../links/patterns.js';
import {liquidVariables, withVariables} from './liquid-variables.js';
import {toPosix} from '../paths.js';
import {assignmentsOf, expressionValues, joinValues} from './template-id-values.js';
import {astroMarkup} from './astro-markup.js';
import {commentWidgetsLoaded} from './comment-widgets.js';

export interface TemplateIds {
  /** Literal id → the template that writes it (relative to the site folder). */
  literal: Map<string, string>;
  /** Ids written partly from data: what fits, the template, and the id as written; or by a comment widget the template loads (`widget`). */
  patterns: Array<{test: RegExp; file: string; written: string; widget?: string; loadsIf?: (config: Record<string, unknown>) => boolean}>;
  /** Why some templates that render the page are not in the checkout (a theme's), in words, if so. */
  elsewhere?: string;
}

const templateFile = /\.(html?|njk|liquid|hbs|mustache|ejs|webc|svg)$/i;
/** Literal characters an id pattern needs, so that `{{ a }}-{{ b }}` does not fit every fragment. */
const minimumLiteral = 3;

/** An attribute value, with template actions (`{{ … }}`, `{% … %}`) taken whole, quotes inside them included. */
function attributeValues(text: string): string[] {
  const values: string[] = [];
  const start = /(?:^|[\s"'])id\s*=\s*(["'])/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const quote = match[1]!;
    let i = match.index + match[0].length;
    let value = '';
    let closed = false;
    while (i < text.length && value.length < 300) {
      const action = text.startsWith('{{', i) ? '}}' : text.startsWith('{%', i) ? '%}' : undefined;
      if (action) {
        const end = text.indexOf(action, i + 2);
        if (end === -1) break;
        value += text.slice(i, end + 2);
        i = end + 2;
        continue;
      }
      const char = text[i]!;
      if (char === quote) {
        closed = true;
        break;
      }
      if (char === '\n' || char === '<' || char === '>') break;
      value += char;
      i++;
    }
    if (closed) values.push(value);
    start.lastIndex = Math.max(i, start.lastIndex);
  }
  return values;
}

const action = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

/** The ids one template text writes, added to `into`. */
export function readIds(text: string, file: string, into: TemplateIds): void {
  // A Liquid variable the template sets itself (`{% assign id = uid | prepend: 'comment-' %}`) is read as its text;
  // a Go template's (`{{ $id := print "step-" $n }}`) where its action is read below.
  const variables = liquidVariables(text);
  let assigned: Map<string, string[]> | undefined;
  for (const value of attributeValues(text).flatMap((written) => withVariables(written, variables))) {
    const trimmed = value.trim();
    if (trimmed === '') continue;
    if (trimmed.split(action).length === 1) {
      if (!/\s/.test(trimmed) && !into.literal.has(trimmed)) into.literal.set(trimmed, file);
      continue;
    }
    // Each action read for the text it may write (template-id-values.ts: `{{ $id }}` set by `print "step-" $n`).
    const pieces = trimmed.split(/(\{\{[\s\S]*?\}\})/);
    const lists = pieces.map((piece, k) => (k % 2 === 0 ? [[piece]] : expressionValues(piece.slice(2, -2), (assigned ??= assignmentsOf(text)))));
    for (const parts of joinValues(lists)) {
      // A `{% … %}` action (Liquid) is data too.
      const split = parts.flatMap((part) => part.split(/\{%[\s\S]*?%\}/));
      const literal = split.join('');
      if (split.length === 1) {
        if (!/\s/.test(literal) && literal !== '' && !into.literal.has(literal)) into.literal.set(literal, file);
        continue;
      }
      if (literal.replace(/[-_\s]/g, '').length < minimumLiteral || /\s/.test(literal)) continue;
      const test = new RegExp(`^${split.map(escapeRegExp).join('.+')}$`, 'i');
      if (!into.patterns.some((pattern) => pattern.test.source === test.source)) into.patterns.push({test, file, written: trimmed});
    }
  }
}

/** One template's text and the ids it writes, read once (undefined when it cannot be read). */
const files = new Map<string, {text: string; ids: TemplateIds} | undefined>();

function readTemplate(file: string, root: string): {text: string; ids: TemplateIds} | undefined {
  if (files.has(file)) return files.get(file);
  let read: {text: string; ids: TemplateIds} | undefined;
  try {
    const text = readSmallFile(file);
    const ids: TemplateIds = {literal: new Map(), patterns: []};
    // An Astro component's markup, its script left out and its `id={…}` read for the text it writes (astro-markup.ts).
    readIds(/\.astro$/i.test(file) ? astroMarkup(text) : text, toPosix(relative(root, file)), ids);
    // A comment widget the template loads writes its comments' ids in the browser (comment-widgets.ts): read from the whole text, scripts included.
    for (const widget of commentWidgetsLoaded(text)) ids.patterns.push({test: widget.fragments, file: toPosix(relative(root, file)), written: widget.form, widget: widget.name, ...(widget.loadsIf ? {loadsIf: widget.loadsIf} : {})});
    read = {text, ids};
  } catch {
    read = undefined;
  }
  files.set(file, read);
  return read;
}

/** A template's text, read once for every reader of templates (undefined when it cannot be read). */
export function templateText(file: string, root: string): string | undefined {
  return readTemplate(file, root)?.text;
}

/** Every template below the folders (a bounded walk: a huge or hostile tree costs a bounded number of entries). */
function allTemplates(folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    walkFiles(folder, {
      enter: (entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules',
      keep: (entry) => templateFile.test(entry.name),
      maxEntries: 20_000,
      maxFiles: 2_000,
    }).files.sort(),
  );
}

/**
 * The templates that render a page: its layouts and, transitively, what they pull in (at most 500
 * files); and the first thing they pull in from outside the checkout, in words, if any.
 */
export function closure(start: readonly string[], model: TemplateModel, root: string): {files: string[]; elsewhere?: string} {
  const seen = new Set<string>();
  const queue = [...start];
  let elsewhere: string | undefined;
  while (queue.length > 0 && seen.size < 500) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const read = readTemplate(file, root);
    if (!read) continue;
    queue.push(...model.references(read.text, file).filter((next) => !seen.has(next)));
    elsewhere ??= model.pullsElsewhere?.(read.text, file);
  }
  return {files: [...seen], ...(elsewhere === undefined ? {} : {elsewhere})};
}

const sets = new Map<string, TemplateIds>();

/** The ids the templates that render a page write (by its generator's model), read once per set of layouts. */
export function templateIds(root: string, model: TemplateModel): TemplateIds {
  const key = [root, ...(model.layouts ? ['layouts', ...model.layouts] : ['all', ...model.folders])].join('\0');
  const cached = sets.get(key);
  if (cached) return withElsewhere(cached, model);
  const found: TemplateIds = {literal: new Map(), patterns: []};
  const rendering = model.layouts ? closure(model.layouts, model, root) : {files: allTemplates(model.folders)};
  if (rendering.elsewhere !== undefined) found.elsewhere = rendering.elsewhere;
  for (const file of rendering.files) {
    const read = readTemplate(file, root);
    if (!read) continue;
    for (const [id, from] of read.ids.literal) if (!found.literal.has(id)) found.literal.set(id, from);
    // A widget loaded only as the config says (loadsIf) does not stand for one loaded always: both kept.
    for (const pattern of read.ids.patterns) if (!found.patterns.some((known) => known.test.source === pattern.test.source && known.loadsIf === pattern.loadsIf)) found.patterns.push(pattern);
  }
  sets.set(key, found);
  return withElsewhere(found, model);
}

/**
 * The page's own layout outside the checkout is the page's to say (what the layouts pull in is the
 * set's); a theme postlint has learned then adds the ids it writes instead of leaving them unknown.
 */
function withElsewhere(found: TemplateIds, model: TemplateModel): TemplateIds {
  const elsewhere = model.elsewhere ?? found.elsewhere;
  if (elsewhere === undefined) return found;
  if (!model.themeIds) return {...found, elsewhere};
  const {ids, patterns = [], from} = model.themeIds;
  const literal = new Map(found.literal);
  for (const id of ids) if (!literal.has(id)) literal.set(id, from);
  return {literal, patterns: [...found.patterns, ...patterns.map((pattern) => ({...pattern, file: from}))]};
}
