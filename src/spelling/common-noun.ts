/**
 * A brand written in lower case and used as a common noun: `create a dropbox`, `add files to the
 * dropbox` (a drop box, the thing the product is named after). Three things together say so:
 * - an article right before it (`a`, `an`, `the`): it is counted or pointed at, as a thing is;
 * - nothing after it that it could be a modifier of: the sentence goes on with punctuation, the
 *   end of the line, or a word that cannot be a noun (`and`, `to`, `is`…). `a dropbox account`,
 *   `a github repo`, `a facebook friend` use the brand to name what the noun belongs to, and are
 *   checked;
 * - its letters are two words of the language (`drop|box`): the common noun the brand spells.
 *   `an ipad.` spells no such noun and is the product in a wrong case.
 */
export function usedAsCommonNoun(source: string, offset: number, word: string, ordinary: (word: string) => boolean): boolean {
  if (word !== word.toLowerCase()) return false;
  const before = source.slice(Math.max(0, offset - 8), offset);
  if (!/(?:^|[^\p{L}\p{N}])(?:a|an|the)[ \t]+$/iu.test(before)) return false;
  const after = source.slice(offset + word.length, offset + word.length + 12);
  if (!/^(?:[ \t]*(?:[.,;:!?)]|\r?\n|$)|[ \t]+(?:and|or|but|to|in|on|at|of|with|for|from|that|which|where|is|was|are|were|will|can|by|into)\b)/u.test(after)) return false;
  return twoWords(word, ordinary);
}

/** Can the word be split into two words of the language of three letters or more (`drop` + `box`)? */
function twoWords(word: string, ordinary: (word: string) => boolean): boolean {
  for (let at = 3; at <= word.length - 3; at++) {
    if (ordinary(word.slice(0, at)) && ordinary(word.slice(at))) return true;
  }
  return false;
}
