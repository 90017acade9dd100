/**
 * eleventy-plugin-footnotes (KittyGiraudel/eleventy-plugin-footnotes, index.js): a page's
 * `{% footnoteref "id" "text" %}…{% endfootnoteref %}` writes `<a id="id-ref">`, and the
 * `{% footnotes %}` shortcode its layout calls writes, on a page with at least one footnote,
 * `<h2 id="{titleId}">` (the plugin's `titleId` option, `footnotes-label` by default) and one
 * `<li id="id-note">` per footnote. Those ids are the page's (a link to `#footnotes-label`).
 * The plugin is known when the config imports it and passes it to `addPlugin`; an option object
 * postlint cannot read leaves the title's id out (only the footnotes' own ids are known then).
 */
import {balanced} from './js-source.js';
import {readSmallFileIfAny as readText} from '../../read-text.js';

export interface FootnotesPlugin {
  /** The title's id; undefined when the options are code postlint does not run. */
  titleId?: string;
}

/** The plugin's setup in the config's text, when the config adds it. */
export function footnotesPlugin(text: string): FootnotesPlugin | undefined {
  const imported = /\bimport\s+([\w$]+)\s+from\s+['"]eleventy-plugin-footnotes['"]/.exec(text)?.[1]
    ?? /\b(?:const|let|var)\s+([\w$]+)\s*=\s*require\(\s*['"]eleventy-plugin-footnotes['"]\s*\)/.exec(text)?.[1];
  if (imported === undefined) return undefined;
  const call = new RegExp(`\\baddPlugin\\(\\s*${imported.replace(/\$/g, '\\$')}\\s*(,\\s*)?`).exec(text);
  if (!call) return undefined;
  if (!call[1]) return {titleId: 'footnotes-label'};
  const after = call.index + call[0].length;
  if (text[after] !== '{') return /^\)/.test(text.slice(after)) ? {titleId: 'footnotes-label'} : {};
  const options = balanced(text, after);
  if (!/\btitleId\b/.test(options)) return {titleId: 'footnotes-label'};
  const literal = /\btitleId\s*:\s*(['"`])([^'"`$]*)\1/.exec(options)?.[2];
  return literal === undefined ? {} : {titleId: literal};
}

const pageIds = new Map<string, string[]>();

/** Forget the pages read (the language server, after an edit). */
export function forgetFootnotePages(): void {
  pageIds.clear();
}

/** The ids the plugin writes on this page: its footnotes' `-ref` and `-note` ids and the section title's. */
export function footnoteIds(path: string, plugin: FootnotesPlugin): Array<{id: string; by: string}> {
  let names = pageIds.get(path);
  if (names === undefined) {
    const text = readText(path) ?? '';
    names = [...new Set([...text.matchAll(/\{%-?\s*footnoteref\s+(["'])([^"'\n]+)\1/g)].map((match) => match[2]!))];
    pageIds.set(path, names);
  }
  if (names.length === 0) return [];
  const by = 'eleventy-plugin-footnotes';
  return [
    ...(plugin.titleId !== undefined ? [{id: plugin.titleId, by: `${by} (the {% footnotes %} section's title)`}] : []),
    ...names.flatMap((name) => [{id: `${name}-ref`, by}, {id: `${name}-note`, by}]),
  ];
}
