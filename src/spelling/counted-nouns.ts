/**
 * An adjective a field counts as a noun: `criticals` (critical findings), `missings` (missing values
 * in statistics), `highs`. The misspellings list corrects such a plural to the adjective
 * (`missings` → `missing`), as English has no plural for it, but a writer who counts it (`two
 * criticals`, `the number of missings`, `the most missings`) uses it as the field's noun, knowingly.
 *
 * What shows it counted, right before one of its uses on the page: a number or a word of quantity
 * (`two`, `3`, `no`, `many`, `more`, `most`), or a noun of quantity and `of` (`the number of`,
 * `the proportion of`). One counted use shows the writer's noun: the page's other uses of it (`variables
 * that contain missings`) are that noun too. A page that only ever puts it before a noun (`the criticals
 * issues`) makes the adjective's slip, still reported.
 *
 * Only an adjective: English gives its nouns a possessive (Hunspell's `information's`, `equipment's`),
 * and a noun English does not count (`the number of informations`, `two equipments`) is a
 * learner's slip, reported.
 */

/** Words before a plural noun that count it (`two criticals`, `3 highs`, `no mediums`, `the most missings`). */
const countingWord = /(?:^|[^\p{L}\p{N}])(?:\d+|zero|no|one|two|three|four|five|six|seven|eight|nine|ten|many|several|few|fewer|more|most|least)\s+$/iu;

/** A noun of quantity and `of` before it (`the number of missings`, `the proportion of criticals`). */
const quantityOf = /(?:^|[^\p{L}\p{N}])(?:numbers?|amounts?|counts?|proportions?|percentages?|fractions?|shares?|totals?)\s+of\s+$/iu;

/** How far back a use's counting words are looked for: `the percentage of ` and some space. */
const lookBack = 30;

/** Is this use counted by the words right before it? */
export function countedAt(source: string, offset: number): boolean {
  const before = source.slice(Math.max(0, offset - lookBack), offset);
  return countingWord.test(before) || quantityOf.test(before);
}

export interface CountedNounJudge {
  /** Is this an ordinary English word (Hunspell's)? Asked of the adjective's possessive (`critical's`). */
  ordinary: (word: string) => boolean;
}

/**
 * Is this known misspelling, a plural whose correction is the word without its `s`, an adjective
 * the page counts as a noun at one of its uses (`offsets`)?
 */
export function countedAdjective(word: string, corrections: readonly string[] | undefined, source: string, offsets: readonly number[], judge: CountedNounJudge): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s')) return false;
  const stem = lower.slice(0, -1);
  if (!(corrections ?? []).includes(stem)) return false;
  // A noun of English (it has a possessive) that English does not count: the plural is the slip.
  if (judge.ordinary(`${stem}'s`)) return false;
  return offsets.some((offset) => countedAt(source, offset));
}
