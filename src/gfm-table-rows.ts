/**
 * GFM tables (micromark-extension-gfm-table), tried only on a line that can be a table's head row.
 *
 * micromark tries a table's head row on every line of every paragraph (a flow construct with no
 * first character, also tried as an interruption on each line of a paragraph): it reads the line
 * cell by cell, a token per word and per space, and fails at its end because the next line is no
 * delimiter row (`| --- | :-: |`). That is a second tokenizing of all prose, the largest share of
 * what a post's parse allocates after micromark's own content splitting (bench/README.md, "What the
 * heap holds and what a parse allocates"). A head row is always followed by its delimiter row, whose line holds nothing
 * but `|`, `-`, `:`, spaces and tabs after the marks of its containers (`>`, indentation): the
 * lines of the text being parsed (parse-text.ts) before such a line are the only head rows tried.
 * Body rows (after a head) and a text not known (a parse not wrapped by `withParseText`) are
 * tried as before, so every table is read as it was.
 */

import {gfmTable} from 'micromark-extension-gfm-table';
import type {Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types';
import {perParse} from './parse-text.js';

/**
 * A line that may be a delimiter row, with its containers' marks: only `|`, `-`, `:`, `>`, spaces
 * and tabs (and a `-`, tested apart: `^[…]*-[…]*$` backtracks quadratically on a long run of
 * marks followed by any other character, a minute for 160,000 `-` and an `x`).
 */
const delimiterMarks = /^[ \t>|:-]*$/;

/** The lines (1-based, as micromark counts them: CRLF, CR and LF each end one) followed by a line that may be a delimiter row. */
export function headRowLines(text: string): Set<number> {
  const lines = new Set<number>();
  // Nothing can be a delimiter row without a `-`.
  if (!text.includes('-')) return lines;
  const all = text.split(/\r\n|\r|\n/);
  for (let i = 1; i < all.length; i++) {
    const line = all[i]!;
    if (delimiterMarks.test(line) && line.includes('-')) lines.add(i);
  }
  return lines;
}

/** gfmTable's syntax with its head rows guarded (see the module comment). */
export function gfmTableOnHeadRows(): Extension {
  const syntax = gfmTable();
  const table = syntax.flow?.null;
  // The package's shape (one construct, with no first character): anything else is used as it is.
  if (!table || Array.isArray(table)) return syntax;
  const construct = table as Construct;
  const guarded: Construct = {
    ...construct,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      const self = this;
      const tokenizeTable = construct.tokenize.call(this, effects, ok, nok);
      return (code) => {
        const heads = perParse(headRowLines);
        if (heads && !heads.has(self.now().line) && !afterTableRow(self.events)) return nok(code);
        return tokenizeTable(code);
      };
    },
  };
  return {...syntax, flow: {...syntax.flow, null: guarded}};
}

/** The table's own test for a body row: the last event that is no line ending or line prefix is a head or a row of a table. */
function afterTableRow(events: TokenizeContext['events']): boolean {
  let index = events.length - 1;
  while (index > -1) {
    const type = events[index]![1].type;
    if (type === 'lineEnding' || type === 'linePrefix') index--;
    else break;
  }
  const tail = index > -1 ? events[index]![1].type : null;
  return tail === 'tableHead' || tail === 'tableRow';
}
