/**
 * kramdown's ATX headers as its GFM parser (Jekyll's default `kramdown.input`) reads them: the
 * hashes need a space or tab after them and a title after that (kramdown-parser-gfm
 * lib/kramdown/parser/gfm.rb `ATX_HEADER_START = /^(?<level>\#{1,6})[\t ]+(?<contents>.*)\n/`; its
 * default `paragraph_end` quirk's `parse_atx_header_gfm_quirk` returns false when the text is
 * empty). A line of hashes alone (`#`, `## `) is therefore no header: kramdown's paragraph parser
 * reads it as text (`#` shown as it is), and it does not end the paragraph before it. CommonMark
 * reads the same line as an empty heading. Here micromark's ATX heading is tried only on a line
 * whose hashes have a title after them; anything else is left to the paragraph.
 *
 * Left as CommonMark reads them: a closing run alone (`# #`, a header titled `#` to kramdown, an
 * empty heading to CommonMark), indented hashes, and kramdown's own input (`input: kramdown`), where
 * `#title` needs no space.
 */
import {headingAtx} from 'micromark-core-commonmark';
import {markdownLineEnding, markdownSpace} from 'micromark-util-character';
import {codes} from 'micromark-util-symbol';
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types';

/** A run of one to six hashes, a space or tab, and something other than white space on the line. */
const titled: Construct = {partial: true, tokenize: tokenizeTitled};

function tokenizeTitled(effects: Effects, ok: State, nok: State): State {
  let size = 0;
  return hashes;

  function hashes(code: Code): State | undefined {
    if (code === codes.numberSign && size < 6) {
      size++;
      effects.consume(code);
      return hashes;
    }
    if (size === 0 || !markdownSpace(code)) return nok(code);
    effects.consume(code);
    return gap;
  }

  function gap(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code);
      return gap;
    }
    return code === codes.eof || markdownLineEnding(code) ? nok(code) : ok(code);
  }
}

/** micromark's ATX heading, tried only where kramdown's GFM parser reads a header. */
const kramdownHeadingAtx: Construct = {
  name: 'kramdownHeadingAtx',
  ...(headingAtx.resolve ? {resolve: headingAtx.resolve} : {}),
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    return effects.check(titled, headingAtx.tokenize.call(this, effects, ok, nok), nok);
  },
};

/** The micromark extension: CommonMark's ATX heading off, kramdown's (GFM input) in its place. */
export function kramdownAtxHeading(): Extension {
  return {disable: {null: ['headingAtx']}, flow: {[codes.numberSign]: kramdownHeadingAtx}};
}

/** A line that is only a run of one to six hashes (and white space): no header to kramdown's GFM parser. */
export const bareHashLine = /^#{1,6}[ \t]*$/;
