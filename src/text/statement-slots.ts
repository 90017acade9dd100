/**
 * A placeholder word as a slot in a statement written out in prose, not fenced: an SQL query pasted as
 * a paragraph (`admin' or 0<(select count(*) from [XXX]) --`, the table name to guess) or a command after
 * a shell prompt (`$ ssh XXX@host`). There the word stands where a value goes, glued to the statement's
 * punctuation (`[XXX]`, `<XXX)`, `=XXX`), as code's own placeholders are; a note to self stands among
 * words (`XXX: fix this`, `select the files from XXX later` is no statement).
 */

/** An SQL query's shape: `select` with what only a query selects (`*`, `count(`, `distinct`, `top 5`), or `select … from … where`. */
const sqlQuery = /\bselect\s+(?:\*|count\s*\(|distinct\b|top\s+\d)|\bselect\b.+\bfrom\b.+\bwhere\b/iu;
/** A shell prompt opening the line. */
const shellPrompt = /^[ \t]*(?:&nbsp;|\u00A0|[ \t])*[$#>][ \t]+\S/u;
/** Code punctuation glued to the word: brackets, comparison and assignment (HTML entities as Markdown sources write `<`). */
const gluedBefore = /(?:[[(<>=:'"/]|&lt;|&gt;)$/u;
const gluedAfter = /^(?:[\])<>=,;'"/@]|&lt;|&gt;)/u;

/** Is the word from `start` to `end` of `raw` a slot in a statement its line writes out? */
export function slotInStatement(raw: string, start: number, end: number): boolean {
  const lineStart = raw.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = raw.indexOf('\n', end);
  const line = raw.slice(lineStart, lineEnd < 0 ? raw.length : lineEnd);
  if (!sqlQuery.test(line) && !shellPrompt.test(line)) return false;
  return gluedBefore.test(raw.slice(Math.max(lineStart, start - 4), start)) || gluedAfter.test(raw.slice(end, end + 4));
}
