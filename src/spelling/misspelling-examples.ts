/**
 * A word given as an example of a slip in a paragraph about slips: `people make typing mistakes.
 * Sometimes we add too many letters (e.g., committment)`, `typos (like teh)`. The writer misspells
 * it on purpose: it is mentioned, not used. The word must be the whole of a parenthesis after
 * `e.g.`, `for example`, `as in`, `like` or `such as`, and its own paragraph (the Markdown block:
 * a paragraph, a list item's paragraph, a heading or a table cell) must name what it is an example
 * of: a typo, a misspelling, a spelling or typing mistake or error. A slip elsewhere in that
 * paragraph, the same parenthesis in a paragraph about anything else, and one in a list item or a
 * paragraph beside a block about typos (`- Fixed typos` over `- Added a setting (e.g. directroy)`,
 * a heading `# Typos fixed` over the paragraph) are read.
 */

const opening = /\((?:e\.g\.|for example|as in|like|such as),?[ \t]+$/i;
const closing = /^[ \t]*\)/;
const aboutSlips = /\b(?:typos?|misspell(?:ed|ing|ings|s)?|mistyp(?:ed|ing|ings|es)?|(?:spelling|typing|typographical)[ \t\n]+(?:mistakes?|errors?))\b/i;

/** Is the word at `offset` of `length` an example of a slip, in parentheses, in a block whose words (`blockWords`, in order) are about slips? */
export function misspellingExample(source: string, offset: number, length: number, blockWords: () => readonly string[] | undefined): boolean {
  if (!opening.test(source.slice(Math.max(0, offset - 16), offset)) || !closing.test(source.slice(offset + length, offset + length + 8))) return false;
  const words = blockWords();
  return words !== undefined && aboutSlips.test(words.join(' '));
}
