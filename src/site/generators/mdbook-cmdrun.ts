/**
 * mdbook-cmdrun (FauconFan/mdbook-cmdrun, `src/cmdrun.rs`), an mdBook preprocessor. In each
 * chapter's text it replaces every match of `<!--[ ]*cmdrun (.*?)-->` (one line, anywhere: in
 * code blocks too) by what the command prints, run by `sh -c` from the chapter's folder. Nothing
 * else of the chapter changes, and it adds no chapter: a chapter without such a comment is
 * rendered as written. What a command prints only the build knows (it may hold headings, ids,
 * even an open comment or fence), so a chapter with one has ids postlint cannot all know.
 */
import type {IdPrefixFact} from '../../facts.js';
import {pointAt, pointsAt} from '../../text/position.js';

/** The comment's start: `<!--`, spaces, `cmdrun `; its command runs to the first `-->` on the same line. */
const opening = /<!--[ ]*cmdrun /g;

/**
 * The cmdrun comments of a text, as `<!--[ ]*cmdrun (.*?)-->` finds them (`.` stops at a line end),
 * in one pass: the next line end and the next `-->` are looked up once and reused while the
 * openings stay before them, so a file of unclosed openings is not scanned again for each.
 */
function cmdrunComments(text: string, first = false): Array<{index: number; command: string}> {
  const found: Array<{index: number; command: string}> = [];
  let lineEnd = -2;
  let close = -2;
  let from = 0;
  for (;;) {
    opening.lastIndex = from;
    const open = opening.exec(text);
    if (!open) break;
    const body = open.index + open[0].length;
    if (lineEnd !== -1 && lineEnd < body) lineEnd = text.indexOf('\n', body);
    if (close !== -1 && close < body) close = text.indexOf('-->', body);
    if (close === -1) break;
    if (lineEnd === -1 || close < lineEnd) {
      found.push({index: open.index, command: text.slice(body, close)});
      if (first) break;
      from = close + 3;
    } else from = open.index + 1;
  }
  return found;
}

/** The lines of the page's cmdrun comments (each becomes the command's output). */
export function cmdrunLines(text: string): number[] {
  return pointsAt(text, cmdrunComments(text).map((comment) => comment.index)).map((point) => point.line);
}

/** Why the page's ids are not all known, as an id prefix that every fragment has, when it holds a cmdrun comment. */
export function cmdrunOutput(text: string): IdPrefixFact | undefined {
  const comment = cmdrunComments(text, true)[0];
  if (!comment) return undefined;
  const {line, column} = pointAt(text, comment.index);
  return {prefix: '', line, column, reason: `mdbook-cmdrun pastes the output of \`${comment.command.trim()}\` (line ${line}) into the page, which may hold any id`};
}
