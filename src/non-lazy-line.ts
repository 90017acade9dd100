import {markdownLineEnding} from 'micromark-util-character';
import type {Construct, Effects, State, TokenizeContext} from 'micromark-util-types';

/**
 * A line ending followed by a line of the same container (not a lazy continuation): how a micromark
 * flow construct over lines goes on to its next line (micromark's own `nonLazyContinuation`).
 */
export const nonLazyLine: Construct = {partial: true, tokenize: tokenizeNonLazyLine};

function tokenizeNonLazyLine(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return (code) => {
    if (!markdownLineEnding(code)) return nok(code);
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return (next) => (self.parser.lazy[self.now().line] ? nok(next) : ok(next));
  };
}
