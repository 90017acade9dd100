/**
 * A placeholder word as a slot in a statement written out in prose, not fenced: an SQL query pasted as
 * a paragraph (`admin' or 0<(select count(*) from [XXX]) --`, the table name to guess) or a command after
 * a shell prompt (`$ ssh XXX@host`). There the word stands where a value goes, glued to the statement's
 * punctuation (`[XXX]`, `<XXX)`, `=XXX`), as code's own placeholders are; a note to self stands among
 * words (`XXX: fix this`, `select the files from XXX later` is no statement).
 */

/** An SQL query's shape: `select` with what only a query selects (`*`, `count(`, `distinct`, `top 5`), or `select … from … where`. */
const sqlSelect = /\bselect\s+(?:\*|count\s*\(|distinct\b|top\s+\d)/iu;

/** The line reads as an SQL query: `select` with what only a query selects, or `select`, then `from`, then `where`, in that order (read by search, not by backtracking). */
function sqlQuery(line: string): boolean {
  if (sqlSelect.test(line)) return true;
  const select = line.search(/\bselect\b/iu);
  if (select < 0) return false;
  const from = line.slice(select + 6).search(/\bfrom\b/iu);
  return from >= 0 && /\bwhere\b/iu.test(line.slice(select + 6 + from + 4));
}
/**
 * A shell prompt opening the line: `$ ` (a user's) or `# ` (root's). Not `> `: at a line's start in
 * Markdown that is a block quote's marker (a quoted paragraph's later lines keep it in the source),
 * so a quote's `(XXX) add the numbers` is a note; a prompt inside a quote (`> $ ssh XXX@host`) counts.
 */
const shellPrompt = /^(?:&nbsp;|[ \t\u00A0>])*[$#][ \t]+\S/u;
/** Code punctuation glued to the word: brackets, comparison and assignment (HTML entities as Markdown sources write `<`). */
const gluedBefore = /(?:[[(<>=:'"/]|&lt;|&gt;)$/u;
const gluedAfter = /^(?:[\])<>=,;'"/@]|&lt;|&gt;)/u;
const noteColon = /^:(?:\s|$)/u;

/**
 * A test of whether the word from `start` to `end` of `raw` is a slot in a statement its line writes
 * out, asked in order of `start` (a walk over a text's matches). The line's start moves forward with
 * the questions, and whether a line is a statement is read once per line: a line of thousands of
 * markers costs one read of the line, not one per marker.
 */
export function statementSlots(raw: string): (start: number, end: number) => boolean {
  let at = 0;
  let lineStart = 0;
  let statement: boolean | undefined;
  return (start, end) => {
    for (; at < start; at++) {
      if (raw.charCodeAt(at) === 10) {
        lineStart = at + 1;
        statement = undefined;
      }
    }
    if (statement === undefined) {
      const lineEnd = raw.indexOf('\n', lineStart);
      const line = raw.slice(lineStart, lineEnd < 0 ? raw.length : lineEnd);
      statement = sqlQuery(line) || shellPrompt.test(line);
    }
    // `(XXX: slow, add an index)` on a query's line: a word and a colon is a note's heading, as anywhere.
    if (!statement || noteColon.test(raw.slice(end, end + 2))) return false;
    return gluedBefore.test(raw.slice(Math.max(lineStart, start - 4), start)) || gluedAfter.test(raw.slice(end, end + 4));
  };
}
