/**
 * The lines of a flow block whose end a pre-scan found before micromark reads the page (kramdown's
 * raw blocks: `$$` math, block HTML): each line's text one data token, its line endings kept. The
 * block fails when the page or its container ends first, or the end was passed in a container's
 * prefix; a line that is not the container's own (a lazy line) ends the attempt too.
 */
import {markdownLineEnding} from 'micromark-util-character';
import {codes} from 'micromark-util-symbol';
import type {Code, Effects, State, TokenType, TokenizeContext} from 'micromark-util-types';
import {nonLazyLine} from './non-lazy-line.js';

export interface RawLines {
  /** The token each line's text is. */
  data: TokenType;
  /** The offset the block ends at (its closing mark, or its last line's end). */
  end: number;
  /** Whether `code` here is the block's end. */
  atEnd: (code: Code) => boolean;
  /** What follows the end (the data token already closed). */
  close: State;
  nok: State;
}

/** The state that reads the block's lines up to its end. */
export function rawLinesTo(self: TokenizeContext, effects: Effects, lines: RawLines): State {
  let inData = false;
  const inside: State = (code) => {
    if (lines.atEnd(code)) {
      if (inData) effects.exit(lines.data);
      inData = false;
      return lines.close(code);
    }
    if (code === codes.eof || self.now().offset > lines.end) return lines.nok(code);
    if (markdownLineEnding(code)) {
      if (inData) effects.exit(lines.data);
      inData = false;
      return effects.check(nonLazyLine, lineEnding, lines.nok)(code);
    }
    if (!inData) effects.enter(lines.data);
    inData = true;
    effects.consume(code);
    return inside;
  };
  const lineEnding: State = (code) => {
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return inside;
  };
  return inside;
}
