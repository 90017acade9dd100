/**
 * The adverb of an `-able`/`-ible` adjective (`configurable` → `configurably`, `extensible` →
 * `extensibly`). English forms it regularly, the adjective's final `-le` turned into `-ly`
 * (`probable` → `probably`, `visible` → `visibly`; Merriam-Webster and Wiktionary list the adverb
 * under the adjective, "configurably" among them). Hunspell's affix rules only append `-ly`, so the
 * dictionary knows the adverbs it happened to list and no others.
 */
const ableAdverb = /^([A-Za-z][a-z]+[ai]b)ly$/;

/** The `-able`/`-ible` adjective whose adverb this word is, in lower case (`configurably` → `configurable`), or undefined. */
export function adjectiveOfAdverb(word: string): string | undefined {
  const match = ableAdverb.exec(word);
  return match ? `${match[1]!.toLowerCase()}le` : undefined;
}

/**
 * The common-misspellings list takes two such adverbs for slips of their adjective
 * (`configurably->configurable`, `correctably->correctable`: the only entries of its ~94,000 whose
 * correction is the word's own adjective): a writer who meant the adjective may have slipped, one who
 * wrote the adverb where an adverb goes did not (`lint on external macros, and ideally configurably
 * also on`). So such a misspelling is no likely typo unless the words before it ask for an
 * adjective: an article, a form of `be`, `not`, or a word of degree (`the limit is configurably`,
 * `a fully configurably option`: the adjective was meant, and the slip is still reported).
 */
export function adverbTakenForAdjective(word: string, corrections: readonly string[] | undefined, before: string): boolean {
  const adjective = adjectiveOfAdverb(word);
  if (adjective === undefined || corrections === undefined || corrections.length === 0) return false;
  if (!corrections.every((correction) => correction.toLowerCase() === adjective)) return false;
  // The word before, across a soft line break but not a sentence's end or a paragraph's.
  const match = /([A-Za-z]+)([^A-Za-z.!?;:]*)$/.exec(before);
  if (!match || /\n[ \t>]*\n/.test(match[2]!)) return true;
  return !adjectivePlace.has(match[1]!.toLowerCase());
}

/** Words after which an adjective goes, not an adverb. */
const adjectivePlace = new Set(['a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'becomes', 'became', 'remain', 'remains', 'seem', 'seems', 'not', 'very', 'more', 'most', 'less', 'least', 'fully', 'highly', 'too', 'so', 'quite', 'easily', 'readily', 'completely', 'totally', 'partly', 'partially']);
