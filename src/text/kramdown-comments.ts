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
  const stops = blockStops(lines, prose);
  // The last line of a paragraph already searched to its end for a span comment's stop, in vain.
  const searched = {to: -1};
  for (let i = 0; i < lines.length; i++) {
    if (!prose[i]) continue;
    if (blockOpen.test(lines[i]!)) {
      const stop = stops[i + 1] ?? -1;
      if (stop >= 0) {
        for (let j = i; j <= stop; j++) blank[j] = true;
        i = stop;
        continue;
      }
    }
    i = spanComments(lines, i, spans, searched);
  }
  const out = lines.map((line, i) => (blank[i] ? ' '.repeat(line.length) : line));
  for (const {line, from, to} of spans) out[line] = out[line]!.slice(0, from) + ' '.repeat(to - from) + out[line]!.slice(to);
  const result = out.join('\n');
  return result === text ? text : result;
}

/**
 * For each line, the first block comment stop (a prose line) at or after it, -1 for none: one pass
 * from the end, so a page of openings without a stop is not searched to its end from each.
 */
function blockStops(lines: readonly string[], prose: readonly boolean[]): Int32Array {
  const stops = new Int32Array(lines.length + 1).fill(-1);
  for (let j = lines.length - 1; j >= 0; j--) stops[j] = prose[j] && blockStop.test(lines[j]!) ? j : stops[j + 1]!;
  return stops;
}

/**
 * The span comments of the paragraph line `i` (a comment may run on to the paragraph's next lines,
 * not past a blank line): their stretches added to `spans`, line by line. Returns the last line read.
 */
function spanComments(lines: readonly string[], i: number, spans: Array<{line: number; from: number; to: number}>, searched: {to: number}): number {
  const line = lines[i]!;
  const inCode = codeSpanTest(line);
  for (const empty of line.matchAll(emptyTag)) if (!inCode(empty.index)) spans.push({line: i, from: empty.index, to: empty.index + empty[0].length});
  openTag.lastIndex = 0;
  let open = openTag.exec(line);
  while (open && inCode(open.index)) open = openTag.exec(line);
  // An opening on a line of a paragraph already searched to its end without a stop has none either.
  if (!open || i <= searched.to) return i;
  // Look for the stop on this line, then on the paragraph's next lines.
  let j = i;
  for (; j < lines.length && (j === i || lines[j]!.trim() !== ''); j++) {
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
  searched.to = j - 1;
  return i;
}

/**
 * Is a position of the line inside an inline code span (an odd number of backtick runs before it)?
 * The runs are found once a line, each position counted by a binary search among them.
 */
function codeSpanTest(line: string): (at: number) => boolean {
  let runs: number[] | undefined;
  return (at) => {
    runs ??= [...line.matchAll(/`+/g)].map((run) => run.index);
    let low = 0;
    let high = runs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (runs[middle]! < at) low = middle + 1;
      else high = middle;
    }
    return low % 2 === 1;
  };
}
