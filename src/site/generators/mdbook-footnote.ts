/**
 * mdbook-footnote (daviddrysdale/mdbook-footnote, src/main.rs): in each chapter, every
 * `{{footnote: text}}` (the regex `(?s)\{\{footnote:\s*(.*?)\}\}`, code blocks included) becomes
 * `<sup><a name="to-footnote-<n>">[<n>](#footnote-<n>)</a></sup>`, numbered from 1 in the chapter,
 * and the notes are appended after a rule as `<a name="footnote-<n>">…</a>: text`. So a chapter with
 * n markers gains the anchors `to-footnote-1…n` and `footnote-1…n`, and nothing else: no chapter,
 * no heading, no other link. With `markdown = true` it writes `[^<n>]` references and
 * `[^<n>]: text` definitions instead, whose ids are mdBook's footnote ids; those are not listed.
 */
import {get} from './common.js';
import {pointAt} from '../../text/position.js';
import type {SiteInfo} from './types.js';

const marker = /\{\{footnote:\s*[\s\S]*?\}\}/g;

/** Does the book write its footnotes as Markdown (`[preprocessor.footnote] markdown = true`)? */
export function footnotesAsMarkdown(site: SiteInfo): boolean {
  return get(site.config, 'preprocessor', 'footnote', 'markdown') === true;
}

/** The anchors mdbook-footnote writes in a chapter, each at its marker. */
export function footnoteIds(text: string): Array<{id: string; line: number; column: number}> {
  if (!text.includes('{{footnote:')) return [];
  const ids: Array<{id: string; line: number; column: number}> = [];
  let n = 0;
  for (const match of text.matchAll(marker)) {
    n++;
    const {line, column} = pointAt(text, match.index);
    ids.push({id: `to-footnote-${n}`, line, column}, {id: `footnote-${n}`, line, column});
  }
  return ids;
}
