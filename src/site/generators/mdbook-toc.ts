/**
 * mdbook-toc (badboy/mdbook-toc, `src/lib.rs`), an mdBook preprocessor. In each chapter it looks for
 * its marker (`[preprocessor.toc] marker`, default `<!-- toc -->\n`), matched as the marker's own
 * pulldown-cmark events: the default is an HTML block that is that comment alone. The first match
 * only is replaced by a list of links to the chapter's headings that come after it, up to level 4
 * (`max-level` in releases before 0.15, `max_level` since; the README still says `max-level`). A
 * later marker, or a marker with no such heading after it, writes nothing.
 *
 * So a heading followed only by the marker is not empty to a reader when a heading of the list
 * follows. Only comment markers need this: a marker of text (`[[_TOC_]]`) or a list is content
 * already. What postlint abstains on: a marker that is not one `<!-- … -->` line.
 */
import type {Heading, Html, Nodes, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {get, isObject} from './common.js';
import type {SiteInfo} from './types.js';

export interface TocSettings {
  /** The comment the preprocessor replaces, as one line (`<!-- toc -->`). */
  marker: string;
  /** The deepest heading level the list holds. */
  maxLevel: number;
}

/** The marker and levels of the book's `[preprocessor.toc]`; undefined for a marker that is no one-line comment. */
export function tocSettings(site: SiteInfo): TocSettings | undefined {
  const table = get(site.config, 'preprocessor', 'toc');
  const settings = isObject(table) ? table : {};
  const written = settings.marker;
  const marker = (typeof written === 'string' ? written : '<!-- toc -->').replace(/\r?\n$/, '');
  if (!/^<!--[^\n]*-->$/.test(marker)) return undefined;
  // Which key a release reads depends on the release: the deepest either could list (default 4).
  const levels = [settings['max-level'], settings.max_level].filter((value): value is number => typeof value === 'number');
  return {marker, maxLevel: Math.max(4, ...levels)};
}

/** Block nodes in document order (the marker may sit in a list item or a block quote, as pulldown-cmark's events do). */
function* blocks(node: Nodes): Generator<Nodes> {
  // A table's cells hold inline content: a comment there is inline HTML to pulldown-cmark, never the marker.
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') {
    yield node;
    return;
  }
  if (node.type !== 'root') yield node;
  if ('children' in node) for (const child of node.children) yield* blocks(child as Nodes);
}

/**
 * The line of the chapter's first marker when the preprocessor writes a list there: a heading of a
 * listed level, with text, comes after it. An `{{#include}}` after it may paste headings too (mdBook's
 * links preprocessor runs first), so then the list is taken as written. A heading of inline HTML only
 * has no text event, so lib.rs leaves it out of the list.
 */
export function tocLines(text: string, parse: (text: string) => Root, settings: TocSettings): number[] {
  if (!text.includes(settings.marker)) return [];
  let marker: Html | undefined;
  for (const node of blocks(parse(text))) {
    if (!marker) {
      if (node.type === 'html' && node.value.replace(/\r?\n$/, '') === settings.marker) marker = node;
      continue;
    }
    if (node.type === 'heading' && (node as Heading).depth <= settings.maxLevel && toString(node, {includeHtml: false}).trim() !== '') return [marker.position!.start.line];
  }
  if (!marker?.position) return [];
  const after = text.slice(marker.position.end.offset);
  return /\{\{#(?:rustdoc_)?include\s/.test(after) ? [marker.position.start.line] : [];
}
