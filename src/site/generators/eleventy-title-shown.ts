/**
 * Whether an Eleventy page's layouts print its `title` where the reader sees it. Eleventy prints no
 * title itself: a page's data reaches the page only through the templates that render it, which
 * name it as a bare variable (`<h1>{{ title }}</h1>`; a collection item's is `post.data.title`, another
 * page's). So where every template of the page's layout chain, and what they include, is read and none
 * names `title` in the page's markup, the page's own first heading is its title.
 *
 * Not the markup a reader sees: HTML comments (`<!-- <h1>{{ title }}</h1> -->`), Nunjucks' `{# #}` and
 * Liquid's `{% comment %}`, the document's `<head>` and its `<title>` (the browser tab), and attribute
 * values (`<meta content="{{ title }}">`, `alt="{{ title }}"`).
 *
 * Unknown (undefined), so the title is taken as printed: a layout not found or set where postlint does
 * not look, one outside the checkout, one in a template language postlint does not read, a tag that is
 * no Nunjucks or Liquid tag (a shortcode, which may read the page's data), and an `<h1>` whose text is
 * written from the page's data (`<h1>{{ heading }}</h1>`: a value computed from the title, perhaps; not
 * the site's global data, `<h1>{{ meta.siteName }}</h1>`).
 */
import {join} from 'node:path';
import {readSideFile} from '../../read-text.js';
import {closure, templateText} from '../template-ids.js';
import {bringsIn, ownTags, readsLayout} from './eleventy-layouts.js';
import type {TemplateModel} from './types.js';

const comments = [/<!--[\s\S]*?-->/g, /\{#[\s\S]*?#\}/g, /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g];
const hidden = [...comments, /<head\b[\s\S]*?<\/head\s*>/gi, /<title\b[\s\S]*?<\/title\s*>/gi];
const tag = /\{([{%])([\s\S]*?)[}%]\}/g;
const tagName = /^-?\s*([A-Za-z_]\w*)/;
/** One of these names as a variable of its own: not a member (`post.title`), a string (`"title"`), a key (`{title: post.data.title}`) or part of a name. */
const variableNamed = (names: ReadonlySet<string>): RegExp => new RegExp(`(?<![\\w$.'"[])(?:${[...names].join('|')})(?![\\w$]|\\s*:)`);
/** A name bound to a value (`{% set pageTitle = title %}`, `{% assign heading = title %}`) or to what a block writes (`{% capture label %}…{% endcapture %}`, Nunjucks' `{% set label %}…{% endset %}`). */
const binding = /\{%-?\s*(?:set|assign)\s+([A-Za-z_]\w*)\s*=([\s\S]*?)-?%\}|\{%-?\s*(capture|set)\s+([A-Za-z_]\w*)\s*-?%\}([\s\S]*?)\{%-?\s*end(?:capture|set)\s*-?%\}/g;

/**
 * The names the page's title goes by in its templates: `title`, and every name bound to a value made from
 * it. A layout often binds it in `<head>` (`{% set pageTitle = title or metadata.title %}`) and prints the
 * bound name in the body (`<header>{{ pageTitle }}</header>`): the title is printed there.
 */
function titleNames(texts: readonly string[]): Set<string> {
  const bindings: Array<[name: string, value: string]> = [];
  for (const text of texts) {
    for (const match of blanked(text, comments).matchAll(binding)) bindings.push(match[1] !== undefined ? [match[1], match[2]!] : [match[4]!, match[5]!]);
  }
  const names = new Set(['title']);
  // A name bound from one bound from the title is the title too: until no binding adds a name.
  for (let grew = true; grew; ) {
    grew = false;
    const named = variableNamed(names);
    for (const [name, value] of bindings) {
      if (names.has(name) || !named.test(value)) continue;
      names.add(name);
      grew = true;
    }
  }
  return names;
}

/** The text with what no one sees blanked, lines kept. */
function blanked(text: string, patterns: readonly RegExp[]): string {
  let shown = text;
  for (const pattern of patterns) shown = shown.replace(pattern, (whole) => whole.replace(/[^\n]/g, ' '));
  return shown;
}
const h1 = /<h1\b[^>]*>((?:(?!<\/h1)[\s\S])*)/gi;
const output = /\{\{-?\s*([A-Za-z_$][\w$]*)?/g;

/**
 * An `<h1>` whose text is written from data that is not the site's global data (`{{ heading }}`, perhaps
 * computed from the title). One written from global data (`<h1>{{ meta.siteName }}</h1>`, `_data/meta.js`)
 * is the site's name, the same on every page.
 */
function h1FromPageData(shown: string, isGlobalData: (name: string) => boolean): boolean {
  for (const match of shown.matchAll(h1)) {
    for (const value of match[1]!.matchAll(output)) if (value[1] === undefined || !isGlobalData(value[1])) return true;
  }
  return false;
}

/** Is there a global data file or folder of this name (`_data/meta.json`, `_data/meta/`)? */
function hasDataNamed(folder: string, name: string, extensions: readonly string[]): boolean {
  // Probed, not listed: each place looked is a side read, found or absent (src/side-reads.ts), so a data file
  // added later moves the caches on and reloads the language server, as a folder listing would not.
  const there = (path: string): boolean => {
    const read = readSideFile(path);
    return !('code' in read && (read.code === 'ENOENT' || read.code === 'ENOTDIR'));
  };
  return there(join(folder, name)) || extensions.some((ext) => there(join(folder, `${name}.${ext}`)));
}

/**
 * Whether a name is the site's global data (`_data/meta.js` is `meta`; `extensions` are the site's data
 * extensions). None is when the folder computes data per page (`_data/eleventyComputed.js`), which may
 * derive any of them from the title.
 */
export function globalDataNamed(folder: string, extensions: readonly string[]): (name: string) => boolean {
  return (name) => !hasDataNamed(folder, 'eleventyComputed', extensions) && hasDataNamed(folder, name, extensions);
}

/** Does the template, its hidden parts left out, print the page's title (true), not (false), or is that unknown (undefined)? */
function printsTitle(text: string, isGlobalData: (name: string) => boolean, titleVariable: RegExp): boolean | undefined {
  const shown = blanked(text, hidden);
  if (h1FromPageData(shown, isGlobalData)) return true;
  for (const match of shown.matchAll(tag)) {
    const body = match[2]!;
    if (match[1] === '%') {
      const name = tagName.exec(body)?.[1];
      if (name === undefined || (!ownTags.has(name) && !bringsIn.test(`{%${body}`) && !/^end/.test(name))) return undefined;
    }
    if (!titleVariable.test(body)) continue;
    // Inside a tag's attributes (`<meta content="{{ title }}">`): a value, not text on the page.
    const before = shown.slice(0, match.index);
    if (before.lastIndexOf('<') > before.lastIndexOf('>')) continue;
    return true;
  }
  return false;
}

/** Do the page's layouts print its title (true), not (false), or only the build knows (undefined)? */
export function eleventyLayoutsPrintTitle(model: TemplateModel, root: string, htmlEngine: string | false | undefined, isGlobalData: (name: string) => boolean): boolean | undefined {
  if (model.layouts === undefined || model.layouts.length === 0 || model.elsewhere !== undefined) return undefined;
  const rendering = closure(model.layouts, model, root);
  if (rendering.elsewhere !== undefined) return undefined;
  const texts: string[] = [];
  for (const file of rendering.files) {
    const text = templateText(file, root);
    if (text === undefined || !readsLayout(file, text, htmlEngine)) return undefined;
    texts.push(text);
  }
  // A name one template binds, another it includes may print (they see the same variables).
  const titleVariable = variableNamed(titleNames(texts));
  let printed: boolean | undefined = false;
  for (const text of texts) {
    const prints = printsTitle(text, isGlobalData, titleVariable);
    if (prints === true) return true;
    if (prints === undefined) printed = undefined;
  }
  return printed;
}
