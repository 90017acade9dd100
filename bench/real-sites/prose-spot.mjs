// Where the harness's --plant puts its misspelling (bench/real-sites/run.mjs): a common word in the
// writer's own prose, which spelling must read. Never inside inline code (`asdf which <command>` is a
// command, no prose), nor in text the rules leave alone on purpose: a quotation, a blockquote, a
// change log's entry that ends in its pull request (`Fix the crash (#1234)`, a copied title), a table
// or markup line. Paragraph lines come first; a list item only when no paragraph line has the word.

/** A list item's line that ends in issue or pull-request references: a copied change log's entry. */
const referencedEntry = /^\s*(?:[-*+]|\d+[.)])\s.*(?:\(\s*(?:\[?#\d+\]?(?:\([^)\s]*\))?[\s,]*)+\)|\[#\d+\]\([^)\s]*\)|\s#\d+)\s*\.?\s*$/;
/** Lines that are no paragraph's prose: markup, tables, templates, imports, blockquotes, headings, indented code. */
const notParagraph = /^\s*(?:<|\||\{|import |export |>|#)|^ {4,}|^\t/;
const listItem = /^\s*(?:[-*+]|\d+[.)])\s/;

/** Ranges of a line inside inline code (a backtick run to the next run of the same length; an unclosed run to the line's end). */
function codeRanges(line) {
  const ranges = [];
  const runs = [...line.matchAll(/`+/g)];
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    const close = runs.slice(i + 1).find((run) => run[0].length === open[0].length);
    if (!close) {
      ranges.push([open.index, line.length]);
      break;
    }
    ranges.push([open.index, close.index + close[0].length]);
    i = runs.indexOf(close);
  }
  return ranges;
}

/** Ranges of a line inside double quotation marks (straight or curly): a quotation, left alone by design. */
function quoteRanges(line) {
  const ranges = [];
  for (const match of line.matchAll(/"[^"]*"|\u201C[^\u201D]*\u201D/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/**
 * The first place among the prose lines (indexes into `lines`) where one of the pairs' right words
 * stands as a word of the writer's prose: {line, index, right, wrong}, or undefined.
 */
export function misspellingSpot(lines, proseIndexes, pairs) {
  const paragraphs = proseIndexes.filter((i) => !notParagraph.test(lines[i]) && !listItem.test(lines[i]));
  const items = proseIndexes.filter((i) => listItem.test(lines[i]) && !referencedEntry.test(lines[i]) && !/#\d/.test(lines[i]));
  for (const i of [...paragraphs, ...items]) {
    const line = lines[i];
    const blocked = [...codeRanges(line), ...quoteRanges(line)];
    for (const [right, wrong] of pairs) {
      for (const match of line.matchAll(new RegExp(`(^|[\\s(])${right}(?=\\s)`, 'g'))) {
        const index = match.index + match[1].length;
        if (blocked.some(([from, to]) => index >= from && index < to)) continue;
        return {line: i, index, right, wrong};
      }
    }
  }
  return undefined;
}

/** The line with the spot's word replaced by its misspelling. */
export function plantAt(line, spot) {
  return line.slice(0, spot.index) + spot.wrong + line.slice(spot.index + spot.right.length);
}
