/**
 * The Markdown parser (micromark) costs more than linear time on some inputs: containers nested
 * thousands deep, thousands of emphasis, strikethrough or link openers in one paragraph that never
 * close, code-span openers of many lengths, tens of thousands of definitions (each costs the
 * parser kilobytes), and YAML front matter with tens of thousands of keys. One such post would
 * stall a CI job or exhaust its memory. This linear pre-scan bounds what reaches the parser: a
 * file over a bound is reported as too complex to check, at the line where the bound is crossed,
 * and not parsed. The bounds sit far above what real posts use (README.md, "Limits").
 */
import {frontMatterLineCount} from './text/front-matter-lines.js';
import {htmlFlowEnds, htmlFlowStart, type HtmlFlow} from './text/html-flow-lines.js';
import {readJsxFlowTag} from './text/jsx-flow-tag.js';

export const complexityLimits = {
  /** List items and block quotes opened on one line (`- - - - a`, `> > > a`). */
  nesting: 100,
  /** Emphasis, strikethrough, code and bracket delimiters in one paragraph. */
  delimitersPerBlock: 2000,
  /** Sum over paragraphs of delimiters² (the parser's cost when they do not close). */
  delimiterWork: 16_000_000,
  /** Sum over paragraphs of code-span delimiter runs × the paragraph's length. */
  codeSpanWork: 40_000_000,
  /** Link reference and footnote definitions in one file. */
  definitions: 5000,
  /** Lines of front matter (YAML's duplicate-key check is quadratic in the keys). */
  frontMatterLines: 5000,
};

export interface TooComplex {
  line: number;
  reason: string;
}

// A backtick fence's info string holds no backtick (micromark's code-fenced): ```` ```a` ```` opens a paragraph, not a fence.
const fencePattern = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const definitionPattern = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/;
const blockStartPattern = /^ {0,3}(?:[-*+]|\d{1,9}[.)]|>|#{1,6}(?=[ \t]|$)|\|)/;
/** A GFM table's delimiter row (`--- | :---:`, `|---|`): with a header line holding a `|` above it, it opens a table. */
// Tested on the line without its trailing blanks, so no two blank runs meet and the test stays linear.
const tableDelimiterPattern = /^ {0,3}\|?[ \t]*:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)*[ \t]*\|?$/;

export interface ComplexityOptions {
  /**
   * The file is parsed as CommonMark with its HTML blocks (not MDX, not kramdown's), and the text
   * given is the text the parser reads: lines inside an HTML block are raw HTML, where the parser
   * reads no delimiters or definitions at all (src/text/html-flow-lines.ts).
   */
  htmlBlocks?: boolean;
  /**
   * The file is MDX 2+ as postlint parses it (src/mdx-jsx-flow.ts): a line of JSX tags is a block
   * whose attribute strings and `{expressions}` hold no delimiter, however long (a generated API
   * page's `responses={{…}}`). Only a tag the parser surely reads as one is skipped: at the left
   * margin where no paragraph (and so no container's lazy line) and no HTML block may be open, and
   * outside what an earlier attempt read (`jsxReachedUntil`); everything else is counted.
   */
  jsxFlow?: boolean;
}

/** What makes the file too complex to parse, or undefined (the usual answer). */
export function tooComplex(text: string, limits = complexityLimits, options: ComplexityOptions = {}): TooComplex | undefined {
  let line = 0;
  let start = 0;
  let fence: string | undefined;
  let definitions = 0;
  let delimiterWork = 0;
  let codeSpanWork = 0;
  // The current inline block (a paragraph, a list item's text, a table row…).
  let blockLine = 0;
  let delimiters = 0;
  let codeRuns = 0;
  let blockBytes = 0;
  // Inside a GFM table every line is a row of its own, parsed apart (micromark-extension-gfm-table), leading pipe or not.
  let inTable = false;
  let previousLine = '';
  // What the current inline block is, to name it when it holds too many delimiters.
  let blockKind = 'paragraph';
  // The HTML block the current line is in (top level only), and whether a paragraph may be open:
  // not at the start, after a blank line or after a block that ended on its own line.
  let html: HtmlFlow | undefined;
  let paragraphOpen = false;
  // HTML blocks the scan does not follow that may be open (`HtmlSuspects`): none is followed while one may be.
  const suspects = new HtmlSuspects();
  // A fence opened at a line's start with no unfollowed HTML block open is the parser's fence too.
  let fenceCertain = false;
  // MDX: how far the JSX tags tried so far read (the parser's tag construct fails at once inside a
  // failed attempt), and where the last tag read whole ends: inside it a line may be an attribute's
  // text (the parser's tag, where this scan does not follow it), so no fence opens there.
  let jsxReachedUntil = -1;
  let jsxTagUntil = -1;
  const watchHtml = options.htmlBlocks === true || options.jsxFlow === true;
  const closeBlock = (): TooComplex | undefined => {
    delimiterWork += delimiters * delimiters;
    codeSpanWork += codeRuns * blockBytes;
    delimiters = 0;
    codeRuns = 0;
    blockBytes = 0;
    if (delimiterWork > limits.delimiterWork) return {line: blockLine, reason: 'too many unclosed emphasis, strikethrough or link delimiters in its paragraphs'};
    if (codeSpanWork > limits.codeSpanWork) return {line: blockLine, reason: 'too many code-span delimiters (backtick runs) in its paragraphs'};
    return undefined;
  };

  const frontMatterEnd = frontMatterLineCount(text);
  if (frontMatterEnd > limits.frontMatterLines) return {line: 1, reason: `its front matter has more than ${limits.frontMatterLines} lines`};

  while (start <= text.length) {
    // Lines end at LF, CRLF or a lone CR, as in CommonMark.
    const end = lineEnd(text, start);
    line++;
    const content = text.slice(start, end);
    const lineStart = start;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (line <= frontMatterEnd) continue;

    if (html !== undefined) {
      if (html.kind <= 5) {
        if (htmlFlowEnds(html, content)) {
          html = undefined;
          paragraphOpen = false;
        }
        continue;
      }
      // Kinds 6 and 7 end before a blank line, which is then read as any blank line is.
      if (content.trim() !== '') continue;
      html = undefined;
    }

    const opening = lineStart < jsxTagUntil ? null : fencePattern.exec(content);
    if (fence !== undefined) {
      if (watchHtml && !fenceCertain) suspects.note(content);
      if (opening && opening[1]![0] === fence[0] && opening[1]!.length >= fence.length && content.trim() === opening[1]) {
        fence = undefined;
        paragraphOpen = false;
      }
      continue;
    }
    if (opening) {
      fenceCertain = !suspects.pending() && content.startsWith(opening[1]!);
      fence = opening[1];
      inTable = false;
      previousLine = '';
      const problem = closeBlock();
      if (problem) return problem;
      continue;
    }
    if (content.trim() === '') {
      const problem = closeBlock();
      if (problem) return problem;
      blockLine = 0;
      inTable = false;
      previousLine = '';
      paragraphOpen = false;
      suspects.blankLine();
      continue;
    }
    if (options.jsxFlow === true) {
      const tagStart = lineStart + containerPrefix(content).end;
      if (text.charCodeAt(tagStart) === 60 && tagStart >= jsxReachedUntil) {
        const read = readJsxFlowTag(text, tagStart);
        const certain = read.ok && tagStart === lineStart && !paragraphOpen && !inTable && !suspects.pending();
        jsxReachedUntil = read.ok ? read.end : read.reached;
        if (read.ok) jsxTagUntil = read.end;
        if (certain) {
          const problem = closeBlock();
          if (problem) return problem;
          // The tag's lines are skipped to the end of its last one.
          while (start <= jsxReachedUntil && start <= text.length) {
            start = lineEnd(text, start);
            start += text.charCodeAt(start) === 13 && text.charCodeAt(start + 1) === 10 ? 2 : 1;
            line++;
          }
          blockLine = 0;
          previousLine = '';
          continue;
        }
      }
    }
    // An HTML block at the line's start (not inside a table, whose rows an HTML line may not end, nor
    // where an HTML block this scan does not follow may be open): raw to its end.
    const followed = options.htmlBlocks === true && !inTable && !suspects.pending();
    const htmlStart = followed ? htmlFlowStart(content, paragraphOpen) : undefined;
    if (watchHtml && !htmlStart) suspects.note(content);
    if (htmlStart) {
      const problem = closeBlock();
      if (problem) return problem;
      blockLine = 0;
      previousLine = '';
      paragraphOpen = false;
      if (!htmlStart.endsOnLine) html = htmlStart.flow;
      continue;
    }
    paragraphOpen = true;
    const startsBlock = blockStartPattern.test(content) || definitionPattern.test(content);
    // Another block (a list, a heading, a quote) ends the table; a row written with a leading pipe goes on with it.
    if (inTable && startsBlock && !/^ {0,3}\|/.test(content)) inTable = false;
    else if (!inTable && previousLine.includes('|') && content.includes('|') && tableDelimiterPattern.test(content.trimEnd())) inTable = true;
    previousLine = content;
    if (startsBlock || inTable) {
      const problem = closeBlock();
      if (problem) return problem;
      blockLine = line;
      blockKind = inTable ? 'table row' : blockKindOf(content);
    }
    if (blockLine === 0) {
      blockLine = line;
      blockKind = blockKindOf(content);
    }

    const {depth} = containerPrefix(content);
    if (depth > limits.nesting) return {line, reason: `lists or block quotes nested ${depth} deep (the limit is ${limits.nesting})`};
    if (definitionPattern.test(content) && ++definitions > limits.definitions) {
      return {line, reason: `more than ${limits.definitions} link reference or footnote definitions`};
    }

    blockBytes += content.length + 1;
    let previous = 0;
    for (let i = 0; i < content.length; i++) {
      const code = content.charCodeAt(i);
      // `*`, `_`, `~` and backtick count once per run; brackets and `](` one by one.
      if (code === 42 || code === 95 || code === 126 || code === 96) {
        if (code !== previous) {
          delimiters++;
          if (code === 96) codeRuns++;
        }
      } else if (code === 91 || code === 93) {
        delimiters++;
      }
      previous = code;
    }
    if (delimiters > limits.delimitersPerBlock) {
      return {line: blockLine, reason: `more than ${limits.delimitersPerBlock} emphasis, strikethrough, code or link delimiters in one ${blockKind}`};
    }
  }
  return closeBlock();
}

/**
 * HTML blocks this scan does not follow, which the parser may have open: one opened after spaces,
 * in a list item or a quote (whose end may end it earlier), a complete tag where a paragraph may or
 * may not be open, a tag in a table or in a fence that may be no fence. While one may be open a
 * line at its start that looks like an opener may be its content: no block is followed then. Kinds
 * 6 and 7 end by the next blank line at the latest; kinds 1–5 run to their end (sought with the
 * container markers cut off, which only makes the end later), one flag a kind: linear.
 */
class HtmlSuspects {
  private readonly open = new Set<1 | 2 | 3 | 4 | 5>();
  private toBlankLine = false;

  pending(): boolean {
    return this.toBlankLine || this.open.size > 0;
  }

  blankLine(): void {
    this.toBlankLine = false;
  }

  /** A line not read as a followed HTML block: the suspects it ends, then the one it may open. */
  note(line: string): void {
    const inner = line.slice(containerPrefix(line).end);
    for (const kind of this.open) if (htmlFlowEnds({kind}, inner)) this.open.delete(kind);
    const start = htmlFlowStart(inner, false);
    if (!start) return;
    if (start.flow.kind >= 6) this.toBlankLine = true;
    else if (!start.endsOnLine) this.open.add(start.flow.kind as 1 | 2 | 3 | 4 | 5);
  }
}

/**
 * What a block of text is, by its first line, in words for the reason: an HTML tag that opens no
 * block this scan follows (indented, in a list or a quote) may still start one there.
 */
function blockKindOf(line: string): string {
  const {end} = containerPrefix(line);
  if (line.charCodeAt(end) === 60 && /[A-Za-z!?/]/.test(line.charAt(end + 1))) return 'paragraph or HTML block';
  if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) return 'heading';
  if (/^ {0,3}>/.test(line)) return 'block quote';
  if (/^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line)) return 'list item';
  return 'paragraph';
}

/** How many list items and block quotes one line opens, and where its text after their markers starts. */
function containerPrefix(line: string): {depth: number; end: number} {
  let depth = 0;
  let i = 0;
  for (;;) {
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
    const code = line.charCodeAt(i);
    if (code === 62) {
      depth++;
      i++;
      continue;
    }
    if ((code === 45 || code === 42 || code === 43) && isSpace(line.charCodeAt(i + 1))) {
      depth++;
      i += 2;
      continue;
    }
    let digits = 0;
    while (digits < 10 && line.charCodeAt(i + digits) >= 48 && line.charCodeAt(i + digits) <= 57) digits++;
    if (digits > 0 && digits < 10 && (line.charCodeAt(i + digits) === 46 || line.charCodeAt(i + digits) === 41) && isSpace(line.charCodeAt(i + digits + 1))) {
      depth++;
      i += digits + 2;
      continue;
    }
    return {depth, end: i};
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Where the line starting at `start` ends (at LF, CR or CRLF), or the text's length. The next CR
 * and LF are remembered per text: a file without any CR is not searched to its end on every line.
 */
function lineEnd(text: string, start: number): number {
  if (text !== next.text || start < next.from) next = {text, from: start, lf: -2, cr: -2};
  next.from = start;
  if (next.lf !== -1 && next.lf < start) next.lf = text.indexOf('\n', start);
  if (next.cr !== -1 && next.cr < start) next.cr = text.indexOf('\r', start);
  const {lf, cr} = next;
  if (cr === -1) return lf === -1 ? text.length : lf;
  return lf === -1 ? cr : Math.min(lf, cr);
}

let next = {text: '', from: 0, lf: -2, cr: -2};
