/**
 * kramdown's math block (gettalong/kramdown lib/kramdown/parser/kramdown/math.rb, BLOCK_MATH_START
 * and parse_block_math; its cases in test/testcases/block/15_math/normal.text): `$$` at the start
 * of a block (at most three spaces in, at the top of the page or of a container, or after a blank
 * line), then anything up to the FIRST `$$` after it (the pattern `(.*?)\$\$` reads the source as it
 * is: blank lines, `- …` and `# …` lines are math too), which must end its line and be followed by
 * a block boundary (block_boundary.rb: a blank line, the end of the page, an end-of-block marker
 * `^`, or a block attribute line `{: …}`). Anything else is no block: its `$$…$$` are math spans
 * of a paragraph (remarkDollarMath's text construct), which is also how a block is read where it
 * would interrupt a paragraph. kramdown's GFM input (Jekyll's default) keeps this parser.
 *
 * micromark-extension-math's flow construct is another syntax (fences alone on their lines, an
 * unclosed one running to the end of the page), so this is a construct of its own that makes the
 * same `math` node. Where the block ends is found beforehand, on the text the parser is given
 * (`mathBlocks`, parse-text.ts): a construct that reads over lines must not fail after them, because no container
 * (list item, block quote) can start inside it while it is tried. A `$$` after a container's marker
 * on the same line (`> $$`, `- $$`) is left to the paragraph reading, as before.
 */

import {markdownLineEnding, markdownSpace} from 'micromark-util-character';
import {codes} from 'micromark-util-symbol';
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types';
import {perParse} from './parse-text.js';
import {rawLinesTo} from './raw-flow-lines.js';

/** A block: the offset of its closing `$$`, and where its line ends after it (the line ending's offset, or the text's length). */
interface MathBlockEnd {
  close: number;
  end: number;
}

// A line kramdown reads as a block boundary after the block (blank, `^`, or a block attribute list).
const boundaryLine = /^(?:[ \t]*|\^[ \t]*| {0,3}\{:(?![:/])(?:\\\}|[^}])+\}[ \t]*)$/;

/**
 * The math blocks of `text` as kramdown reads them, by the offset of their opening `$`, in one pass:
 * the search from one opening stops at the next `$$`, at or before the next opening, so no
 * character is searched twice. An opening is any `$$` with only indentation before it on its line:
 * whether it starts a block (at most three spaces into its container, after a blank line) is left
 * to the construct, which sees the containers (a list item's content may start at column 5 or more).
 */
export function mathBlocks(text: string): Map<number, MathBlockEnd> {
  const blocks = new Map<number, MathBlockEnd>();
  if (!text.includes('$$')) return blocks;
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    const at = afterIndent(text, lineStart);
    if (text.startsWith('$$', at)) {
      const close = text.indexOf('$$', at + 2);
      const end = close === -1 ? undefined : boundaryAfter(text, close + 2);
      if (end !== undefined) blocks.set(at, {close, end});
    }
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/** The offset after the spaces and tabs that start the line at `from`. */
function afterIndent(text: string, from: number): number {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** After a closing `$$`: spaces to the end of its line, then a boundary line or the end; the line's end, else undefined. */
function boundaryAfter(text: string, from: number): number | undefined {
  let end = from;
  while (text[end] === ' ' || text[end] === '\t') end++;
  if (end === text.length) return end;
  // kramdown reads CRLF as LF (Parser::Base#adapt_source).
  const lineEnding = text.startsWith('\r\n', end) ? 2 : text[end] === '\n' ? 1 : 0;
  if (lineEnding === 0) return undefined;
  const next = end + lineEnding;
  if (next >= text.length) return end;
  return boundaryLine.test(text.slice(next, endOfLine(text, next)).replace(/\r$/, '')) ? end : undefined;
}

/** The micromark extension: kramdown's `$$` math blocks (see the module comment). */
export function kramdownMathBlock(): Extension {
  return {flow: {[codes.dollarSign]: mathBlock}};
}

const mathBlock: Construct = {name: 'kramdownMathBlock', concrete: true, tokenize: tokenizeMathBlock};

/**
 * kramdown's after_block_boundary: nothing before it in its container, or a blank line. In
 * micromark's flow a construct that ended (a heading, a fence) is followed by a plain line ending.
 * (Its ` {0,3}` before `$$` is micromark's too: four columns into the container, indented code is tried first.)
 */
function afterBlockBoundary(events: TokenizeContext['events']): boolean {
  let index = events.length - 1;
  if (index > 0 && events[index]![1].type === 'linePrefix') index -= 2;
  return index < 0 || events[index]![1].type === 'lineEndingBlank';
}

function tokenizeMathBlock(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let block: MathBlockEnd | undefined;
  return (code) => {
    block = perParse(mathBlocks)?.get(self.now().offset);
    if (code !== codes.dollarSign || !block || self.interrupt || !afterBlockBoundary(self.events)) return nok(code);
    effects.enter('mathFlow');
    fence(code);
    return fenceEnd;
  };

  /** `$$`, the opening or the closing one. */
  function fence(code: Code): void {
    effects.enter('mathFlowFence');
    effects.enter('mathFlowFenceSequence');
    effects.consume(code);
  }

  function fenceEnd(code: Code): State | undefined {
    if (code !== codes.dollarSign) return nok(code);
    effects.consume(code);
    effects.exit('mathFlowFenceSequence');
    return self.now().offset > block!.close ? closed : opened;
  }

  function opened(code: Code): State | undefined {
    effects.exit('mathFlowFence');
    return rawLinesTo(self, effects, {
      data: 'mathFlowValue',
      end: block!.close,
      atEnd: (next) => next === codes.dollarSign && self.now().offset === block!.close,
      close: (next) => {
        fence(next);
        return fenceEnd;
      },
      nok,
    })(code);
  }

  /** After the closing `$$`: spaces to the end of the line. */
  function closed(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.enter('whitespace');
      const spaces: State = (next) => {
        if (!markdownSpace(next)) {
          effects.exit('whitespace');
          return closed(next);
        }
        effects.consume(next);
        return spaces;
      };
      return spaces(code);
    }
    if (code !== codes.eof && !markdownLineEnding(code)) return nok(code);
    effects.exit('mathFlowFence');
    effects.exit('mathFlow');
    return ok(code);
  }
}
