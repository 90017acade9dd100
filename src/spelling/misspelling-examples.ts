/**
 * A word given as an example of a slip in a paragraph about slips: `people make typing mistakes.
 * Sometimes we add too many letters (e.g., committment)`, `typos (like teh)`. The writer misspells
 * it on purpose: it is mentioned, not used. The word must be the whole of a parenthesis after
 * `e.g.`, `for example`, `as in`, `like` or `such as`, and its paragraph must name what it is an
 * example of: a typo, a misspelling, a spelling or typing mistake or error. A slip elsewhere in that
 * paragraph, and the same parenthesis in a paragraph about anything else, are read.
 */

const opening = /\((?:e\.g\.|for example|as in|like|such as),?[ \t]+$/i;
const closing = /^[ \t]*\)/;
const aboutSlips = /\b(?:typos?|misspell(?:ed|ing|ings|s)?|mistyp(?:ed|ing|ings|es)?|(?:spelling|typing|typographical)[ \t\n]+(?:mistakes?|errors?))\b/i;
/** How far the paragraph is read on either side of the word: enough for a paragraph, bounded for a page of one long line. */
const reach = 2000;

/** Is the word at `offset` of `length` an example of a slip, in parentheses, in a paragraph about slips? */
export function misspellingExample(source: string, offset: number, length: number): boolean {
  if (!opening.test(source.slice(Math.max(0, offset - 16), offset)) || !closing.test(source.slice(offset + length, offset + length + 8))) return false;
  const from = Math.max(0, offset - reach);
  const before = source.slice(from, offset);
  let start = 0;
  for (const blank of before.matchAll(/\n[ \t]*\n/g)) start = blank.index + blank[0].length;
  const after = source.slice(offset, offset + reach);
  const end = after.search(/\n[ \t]*\n/);
  const paragraph = before.slice(start) + (end === -1 ? after : after.slice(0, end));
  return aboutSlips.test(paragraph);
}
