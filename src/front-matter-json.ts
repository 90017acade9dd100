/**
 * Front matter as a bare JSON object, as Hugo reads it (gohugoio/hugo parser/pageparser/
 * pagelexer_intro.go: lexIntroSection, lexFrontMatterJSON; docs: gohugo.io/content-management/front-matter/).
 * After a byte-order mark and ASCII space (blank lines included), a first `{` opens the block; it
 * ends at the `}` that brings the brace level back to 0, braces inside `"…"` not counted and a `\`
 * skipping the next character. The end of the file first is an error that stops the build; so is
 * a block that is no JSON (Go's encoding/json reads it) — a page opening with a shortcode
 * (`{{< x >}}`) is such a block (gohugoio/hugo#7176). No `{` first: no JSON front matter.
 */

import {pointsAt} from './text/position.js';

/** Where the block is in the text: from its `{` to after its `}` (to the end when never closed). */
export interface JsonObjectBlock {
  start: number;
  end: number;
  closed: boolean;
}

/** ASCII space as Hugo's isASCIISpace has it, and the byte-order mark its intro skips. */
const skippedBefore = new Set(['\t', '\n', '\v', '\f', '\r', ' ', '\uFEFF']);

/** The JSON front-matter block a text opens with, by Hugo's lexer rule; undefined when the first other character is no `{`. */
export function jsonObjectBlock(text: string): JsonObjectBlock | undefined {
  let start = 0;
  while (start < text.length && skippedBefore.has(text[start]!)) start++;
  if (text[start] !== '{') return undefined;
  let level = 0;
  let inQuote = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (char === '{' && !inQuote) level++;
    else if (char === '}' && !inQuote) level--;
    else if (char === '"') inQuote = !inQuote;
    else if (char === '\\') i++;
    if (level === 0) return {start, end: i + 1, closed: true};
  }
  return {start, end: text.length, closed: false};
}

/**
 * The text with the block blanked to spaces, line ends kept (same length: every position stays),
 * so the Markdown parser reads what follows it, and nothing of it.
 */
export function withoutJsonObject(text: string, block: JsonObjectBlock): string {
  return text.slice(0, block.start) + text.slice(block.start, block.end).replace(/[^\r\n]/g, ' ') + text.slice(block.end);
}

/** The block's 1-based line and column of its `{`, and of the character after its end. */
export function jsonObjectPlace(text: string, block: JsonObjectBlock): {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}} {
  const at = (offset: number): {line: number; column: number; offset: number} => {
    const before = text.slice(0, offset).split('\n');
    return {line: before.length, column: before.at(-1)!.length + 1, offset};
  };
  return {start: at(block.start), end: at(block.end)};
}
