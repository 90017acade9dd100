/**
 * kramdown's comment extension, `{::comment}` … `{:/comment}` (or the short stop `{:/}`), and its
 * empty form `{::comment /}`: kramdown's parser keeps the body as a `:comment` element
 * (parser/kramdown/extensions.rb handle_extension) that the HTML converter writes as an HTML
 * comment, so the reader sees none of it. A block comment opens and stops on lines of their own
 * (up to three spaces in front); a span comment stops within its paragraph. Blanked in the source
 * (same length, line breaks kept), no rule reads a word, a link or a heading in it.
 *
 * `{::nomarkdown}` is not blanked: kramdown writes its body to the page as it is (a `:raw` element).
 * Left as written: comments in fenced or inline code, and an opening without its stop (kramdown
 * warns and reads the text as text).
 */

import {proseLines} from './prose-lines.js';

const openTag = /\{::comment(?:[ \t][^}\n]*)?\}/g;
const emptyTag = /\{::comment(?:[ \t][^}\n]*)?\/\}/g;
const stopTag = /\{:\/(?:comment)?\}/g;
const blockOpen = /^ {0,3}\{::comment(?:[ \t][^}\n]*)?\}[ \t]*$/;
const blockStop = /^ {0,3}\{:\/(?:comment)?\}[ \t]*$/;

/** Blank the kramdown comments of a page (same length, same lines); the text itself when it has none. */
export function blankKramdownComments(text: string): string {
  if (!text.includes('{::comment')) return text;
  const lines = text.split('\n');
  const blank = new Array<boolean>(lines.length).fill(false);
  const spans: Array<{line: number; from: number; to: number}> = [];
  const prose = proseLines(text, lines);
  for (let i = 0; i < lines.length; i++) {
    if (!prose[i]) continue;
    if (blockOpen.test(lines[i]!)) {
      const stop = blockStopAfter(lines, i, prose);
      if (stop !== undefined) {
        for (let j = i; j <= stop; j++) blank[j] = true;
        i = stop;
        continue;
      }
    }
    i = spanComments(lines, i, spans);
  }
  const out = lines.map((line, i) => (blank[i] ? ' '.repeat(line.length) : line));
  for (const {line, from, to} of spans) out[line] = out[line]!.slice(0, from) + ' '.repeat(to - from) + out[line]!.slice(to);
  const result = out.join('\n');
  return result === text ? text : result;
}

/** The line of a block comment's stop, a prose line; undefined when it has none. */
function blockStopAfter(lines: readonly string[], open: number, prose: readonly boolean[]): number | undefined {
  for (let j = open + 1; j < lines.length; j++) {
    if (prose[j] && blockStop.test(lines[j]!)) return j;
  }
  return undefined;
}

/**
 * The span comments of the paragraph line `i` (a comment may run on to the paragraph's next lines,
 * not past a blank line): their stretches added to `spans`, line by line. Returns the last line read.
 */
function spanComments(lines: readonly string[], i: number, spans: Array<{line: number; from: number; to: number}>): number {
  const line = lines[i]!;
  for (const empty of line.matchAll(emptyTag)) if (!inCodeSpan(line, empty.index)) spans.push({line: i, from: empty.index, to: empty.index + empty[0].length});
  openTag.lastIndex = 0;
  let open = openTag.exec(line);
  while (open && inCodeSpan(line, open.index)) open = openTag.exec(line);
  if (!open) return i;
  // Look for the stop on this line, then on the paragraph's next lines.
  for (let j = i; j < lines.length && (j === i || lines[j]!.trim() !== ''); j++) {
    stopTag.lastIndex = j === i ? open.index + open[0].length : 0;
    const stop = stopTag.exec(lines[j]!);
    if (!stop) continue;
    const end = stop.index + stop[0].length;
    if (j === i) spans.push({line: i, from: open.index, to: end});
    else {
      spans.push({line: i, from: open.index, to: line.length});
      for (let k = i + 1; k < j; k++) spans.push({line: k, from: 0, to: lines[k]!.length});
      spans.push({line: j, from: 0, to: end});
    }
    return j;
  }
  return i;
}

/** Is `at` inside an inline code span of the line (an odd number of backtick runs before it)? */
function inCodeSpan(line: string, at: number): boolean {
  return ((line.slice(0, at).match(/`+/g) ?? []).length) % 2 === 1;
}
