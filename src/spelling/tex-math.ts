/**
 * Math a page writes as TeX between the delimiters MathJax and KaTeX's auto-render read
 * (`$\displaystyle \int f(t)dt$`, `$$\sum_k c_k$$`, `\(\alpha\)`, `\[\beta\]`, the backslash ones
 * also escaped for Markdown, `\\(…\\)`), where the site's Markdown converter leaves them as text
 * (Hugo's Goldmark without its passthrough extension, Python-Markdown, markdown-it): the script
 * typesets it in the browser, or, with none loaded, the reader sees the raw TeX. Either way its
 * letters are symbols (`ist` in `e^{-2\pi ist}` is i·s·t), not words.
 *
 * A page's delimiters are math only when the page shows it: one of its spans holds TeX (a control
 * word `\frac`, or a braced sub- or superscript `_{k}`, `^{2}`). Then every span of the page is
 * math (`$T$`, `$their$`), `$` paired as Pandoc's `tex_math_dollars` pairs it: an opening `$` with
 * no space after it, a closing `$` with no space before it and no digit after it, on one line
 * (`$$…$$` and `\[…\]` over lines, not a blank one), neither escaped. So prices stay prose: "$5 and
 * $10" pairs nothing (a space before the second `$`), and a page with no TeX keeps all its text.
 * A pair that holds no TeX but two words in a row (`$5 per seat; recieve it for 10$`, a price and
 * a trailing-dollar price) is prose between two prices, not math: a site that loads no math
 * script shows it as text, and one that does sets a sentence in italics, which the writer wants to
 * hear about either way. No math on the spent sites' TeX pages holds two words so (a scan of
 * 9,626 spans on ten sites with TeX, rounds 27–32): math writes words with `\text{…}`.
 */

/** `$$…$$`: display math, over lines but not a blank one (no `$` inside: each try stops at the next one). */
const displaySpan = /(?<![\\$])\$\$(?!\$)(?:[^$\n]|\n(?![ \t]*(?:\n|$)))+?\$\$/g;
/** `$…$` on one line, Pandoc's pairing: no space inside either dollar, no digit after the closing one; not across a code span. */
const inlineSpan = /(?<![\\$])\$(?![\s$])[^$\n`]*?[^\s\\$`]\$(?![\d$])/g;
/** What only TeX writes: a control word (`\frac`, `\pi`) or a braced sub- or superscript. */
const texMarkup = /\\[A-Za-z]{2,}|[_^]\{/;

const blank = (match: string): string => match.replace(/[^\n]/g, ' ');

/**
 * `\(…\)` on one line and `\[…\]` over lines (not a blank one), one or two backslashes each, as
 * [from, to) offsets: each opening pairs with the first closing after it, in one pass.
 */
function backslashSpans(source: string, open: string, close: string, overLines: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const opening = new RegExp(`\\\\{1,2}\\${open}`, 'g');
  const closing = new RegExp(`\\\\{1,2}\\${close}`, 'g');
  const stop = overLines ? /\n[ \t]*(?:\n|$)/g : /\n/g;
  let end = 0;
  // The next closing and the next stop after the opening, each found once and kept while ahead:
  // openings before a far closing must not each scan to it.
  let closed: RegExpExecArray | null | undefined;
  let stopped: RegExpExecArray | null | undefined;
  for (let found = opening.exec(source); found; found = opening.exec(source)) {
    if (found.index < end) continue;
    const after = found.index + found[0].length;
    if (closed === undefined || (closed && closed.index < after)) {
      closing.lastIndex = after;
      closed = closing.exec(source);
    }
    if (!closed) break; // no closing after this opening: none after a later one either
    if (stopped === undefined || (stopped && stopped.index < after)) {
      stop.lastIndex = after;
      stopped = stop.exec(source);
    }
    if (stopped && stopped.index < closed.index) continue;
    end = closed.index + closed[0].length;
    spans.push([found.index, end]);
    opening.lastIndex = end;
  }
  return spans;
}

/** Two words in a row with no TeX around them: prose between two dollar signs (a price and a price), not math. */
const prose = /\p{L}{2,}[ \t]+\p{L}{2,}/u;

/** The source with its delimited math blanked (same length, line breaks kept), where a span of it holds TeX; else the source itself. */
export function blankTexMath(source: string): string {
  const spans: Array<[from: number, text: string]> = [];
  let masked = source;
  if (source.includes('$')) {
    masked = masked.replace(displaySpan, (match, from: number) => (spans.push([from, match]), blank(match)));
    masked = masked.replace(inlineSpan, (match, from: number) => (spans.push([from, match]), blank(match)));
  }
  if (source.includes('\\')) {
    for (const [open, close, overLines] of [['(', ')', false], ['[', ']', true]] as const) {
      const pieces: string[] = [];
      let at = 0;
      for (const [from, to] of backslashSpans(masked, open, close, overLines)) {
        const span = masked.slice(from, to);
        spans.push([from, span]);
        pieces.push(masked.slice(at, from), blank(span));
        at = to;
      }
      if (pieces.length > 0) masked = pieces.join('') + masked.slice(at);
    }
  }
  if (!spans.some(([, span]) => texMarkup.test(span))) return source;
  // The spans that read as prose get their text back as it was read (offsets hold: blanking keeps the length).
  const kept = spans.filter(([, span]) => !texMarkup.test(span) && prose.test(span)).sort((a, b) => a[0] - b[0]);
  if (kept.length === 0) return masked;
  const pieces: string[] = [];
  let at = 0;
  for (const [from, span] of kept) {
    if (from < at) continue; // inside a span already given back (a pair within `\\(…\\)`), as that span reads
    pieces.push(masked.slice(at, from), span);
    at = from + span.length;
  }
  return pieces.join('') + masked.slice(at);
}
