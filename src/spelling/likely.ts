import {singleEdits} from './suggest.js';

/**
 * Which unknown words are probably typos, rather than names and jargon no list has.
 *
 * On real documentation sites nine in ten unknown words are spelled right (`Lanczos`, `pwdlib`,
 * contributors' surnames); the typos among them have shapes of their own. A word is a likely typo
 * when it is:
 * - a known misspelling (`collegues`, `doesnt`: ~94,000 mistakes people really make), at least 3
 *   letters long and not capitalized in mid-sentence (`Favre-Bulle`, `van der Plas` are names),
 *   unless long and a slip of an ordinary word (`Config Manangement Camp`: a title's word);
 * - an abbreviation written without its dots (`eg`, `ie`);
 * - a slip: in lower case (a capitalized unknown word is nearly always a name: `Balter`, `Azion`),
 *   7 letters or more, one letter away from a common dictionary word (common-words.ts: a
 *   near-miss of a rare word is more often a coinage, `bajillion`), with the slip well inside
 *   the word, two letters or more from either end. Near the start, a changed letter makes another
 *   word (`katex`/`latex`, `estree`/`entree`, `throughs`/`troughs`); near the end, an added or
 *   missing letter makes a derived form the dictionary lacks (`distros`, `dockerized`,
 *   `mittels`). Not a slip either: two dictionary words run together (`softline`, `testbed`), or
 *   a word and a suffix (`trippable`, `compilable`), or a prefix and a word (`unhover`,
 *   `deisolate`): coined words, not typos. Nor a combining form and a tail the dictionary
 *   attests with two other combining forms (`megamorphic` beside `monomorphic`, `polymorphic`):
 *   a coinage of a family of neoclassical compounds.
 * - with `spelling.language` set to en-US or en-GB, a spelling of the other variant (`colour`).
 * Everything else is an unknown word: reported only when the site keeps a words list, so that
 * a new word is a real question (rules/spelling.ts, option `report`).
 */
export type Likely = 'misspelling' | 'abbreviation' | 'slip' | 'variant';

export interface LikelyInput {
  /** The word as written. */
  word: string;
  /** First word of a sentence or block, where any word may be capitalized. */
  sentenceStart: boolean;
  /** Spelled in the other English variant than the one the config sets. */
  otherVariant: boolean;
  /** Its known-misspelling corrections, if any. */
  misspelling: string[] | undefined;
  /** Is this (lower-case) word an ordinary word of the language? */
  ordinary: (word: string) => boolean;
  /** Is this ordinary (lower-case) word one people commonly use? */
  common: (word: string) => boolean;
  /** Its sentence ends with an exclamation mark (`Moar treees!`), where a writer stretches words. */
  exclaimed?: boolean;
  /** Capitalized in a title-case phrase of common words (`Config Manangement Camp`), not in a name. */
  titlePhrase?: boolean;
}

/**
 * Abbreviations that lose their dots (`eg` for `e.g.`), with the dotted form. Without full stops
 * they are the usual British (and Australian) forms: the GOV.UK style guide and the Guardian and
 * Observer style guide write `eg`, `ie`, `etc`, and the Cambridge Dictionary gives `eg` as the UK
 * form of `e.g.`; American style (Chicago, AP) keeps the dots. So they are words of en-GB, and
 * likely typos elsewhere, withdrawn on a site that reads as British (site-signals.ts) when the
 * language is not set. (`etc` is in both Hunspell dictionaries already.)
 */
export const dotless: ReadonlyMap<string, string> = new Map([
  ['eg', 'e.g.'],
  ['ie', 'i.e.'],
]);

const shortestMisspelling = 3;
/** A capitalized misspelling in mid-sentence this long is a title's word, not a name. */
const shortestTitledMisspelling = 9;
const shortestSlip = 7;
/** Letters left alone at each end of a slip. */
const margin = 2;
/** Parts of a run-together compound must be words of at least this many letters. */
const shortestPart = 3;

export function likelyTypo(input: LikelyInput): Likely | undefined {
  const {word, sentenceStart, otherVariant, misspelling, ordinary, common} = input;
  if (otherVariant) return 'variant';
  const lower = word.toLowerCase();
  const capitalized = word !== lower;
  // Capitals inside the word (`WordPress`-like) or a capital in mid-sentence: a name.
  const plainCase = word === lower || (sentenceStart && word.slice(1) === lower.slice(1));
  if (dotless.has(lower) && plainCase) return 'abbreviation';
  // A vowel stretched for effect (`Moar treees!`) is no slip, even where the misspellings list has it.
  if (stretched(lower, ordinary) && (input.exclaimed === true || /(\p{L})\1{3}/u.test(lower))) return undefined;
  if (misspelling && [...word].length >= shortestMisspelling && (plainCase || (input.titlePhrase === true && titleCased(word, misspelling, ordinary)))) return 'misspelling';
  if (capitalized || lower.length < shortestSlip || !/^[a-z]+$/.test(lower)) return undefined;
  if (runTogether(lower, ordinary, (candidate) => ordinary(candidate) && common(candidate)) || derived(lower, ordinary) || prefixed(lower, ordinary) || neoclassical(lower, ordinary)) return undefined;
  return interiorSlip(lower, (candidate) => ordinary(candidate) && common(candidate)) !== undefined ? 'slip' : undefined;
}

/**
 * A known misspelling of an ordinary word written with a capital in mid-sentence, as a title-case
 * phrase of common words writes every word (`Config Manangement Camp`; the caller says which phrase
 * is one): a capitalized misspelling is usually a name (`van der Plas`, `Ana Teh`, `Christiaan
 * Baes`), but not beside common words, and names are short; one of nine letters or more whose every
 * correction is an ordinary lower-case word of the dictionary (`management`) is that word in a
 * title, not a surname (a misspelt name's correction is a name the dictionary writes capitalized:
 * `Dardenelles` → `Dardanelles`).
 */
function titleCased(word: string, corrections: readonly string[], ordinary: (word: string) => boolean): boolean {
  if ([...word].length < shortestTitledMisspelling || word.slice(1) !== word.slice(1).toLowerCase()) return false;
  return corrections.length > 0 && corrections.every((correction) => /^[a-z]+$/.test(correction) && ordinary(correction));
}

/**
 * Two ordinary words written as one (`softline`, `testbed`): a coined compound, not a slip. Unless a
 * letter dropped or added where the two meet makes it a common compound (`ban` + `width` for `band` +
 * `width`, `foo` + `note` for `foot` + `note`): the join is where a typist's slip reads as two words
 * by chance. A letter changed inside a part makes another compound of real words (`pathloss` beside
 * `pathless`), the writer's term, left alone.
 */
function runTogether(word: string, ordinary: (word: string) => boolean, commonWord: (word: string) => boolean): boolean {
  let split = false;
  for (let i = shortestPart; i <= word.length - shortestPart && !split; i++) split = ordinary(word.slice(0, i)) && ordinary(word.slice(i));
  return split && !slipAtJoin(word, ordinary, commonWord);
}

/** Is `word`, two words run together, a common compound with a letter dropped or added at the join (`banwidth`, `deffended`)? */
function slipAtJoin(word: string, ordinary: (word: string) => boolean, commonWord: (word: string) => boolean): boolean {
  const compound = (first: string, second: string): boolean =>
    first.length >= shortestPart && second.length >= shortestPart && ordinary(first) && ordinary(second) && commonWord(first + second) && ordinary(first + second);
  for (let i = shortestPart; i <= word.length - shortestPart; i++) {
    const [first, second] = [word.slice(0, i), word.slice(i)];
    if (!ordinary(first) || !ordinary(second)) continue;
    // Dropped: the letter that ends the first part or opens the second (`band`, `foot`).
    for (const letter of letters) if (compound(first + letter, second) || compound(first, letter + second)) return true;
    // Added: a stray letter ending the first part or opening the second.
    if (compound(first.slice(0, -1), second) || compound(first, second.slice(1))) return true;
  }
  return false;
}

/**
 * A vowel, or the last letter, written three times or more (`treees`, `sooo`, `looong`, `yesss`):
 * English spells no word so; a writer stretches a word for effect (`Moar treees!`), and the word is
 * there once the letters are two or one again. A consonant tripled inside a word is a key that
 * bounced (`commmand`, `adddress`): still a typo. A key bounces on a vowel too (`neeeded for`):
 * the rule takes a stretch only in an exclamation or when the letter is written four times or more.
 * A letter written four times or more is a stretch whatever it is (`reallllly`, `sooooo`): a bounce
 * doubles a key once, it does not hold it down for three more.
 */
export function stretched(word: string, ordinary: (word: string) => boolean): boolean {
  const runs = [...word.matchAll(/(\p{L})\1{2,}/gu)];
  if (runs.length === 0) return false;
  if (!runs.every((run) => /[aeiouy]/.test(run[1]!) || run[0].length >= 4 || run.index! + run[0].length === word.length)) return false;
  return ordinary(word.replace(/(\p{L})\1{2,}/gu, '$1$1')) || ordinary(word.replace(/(\p{L})\1{2,}/gu, '$1'));
}

/** Suffixes English makes new words with (`inlines`, `trippable`, `dockerizing`, `templatize`, `virality`). */
const suffixes = ['s', 'es', 'able', 'ible', 'ability', 'ity', 'ities', 'ize', 'ise', 'ify', 'ified', 'ing', 'ings', 'ed', 'er', 'ers', 'less', 'ness', 'ful', 'ly', 'ish', 'esque'];

/** A word and a suffix, the stem spelled as usual (`trip` → `trippable`, `merge` → `mergable`). */
function derived(word: string, ordinary: (word: string) => boolean): boolean {
  for (const suffix of suffixes) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < shortestPart) continue;
    const doubled = stem.length > 1 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : undefined;
    if (ordinary(stem) || ordinary(`${stem}e`) || (doubled !== undefined && ordinary(doubled))) return true;
  }
  return false;
}

/** Prefixes English makes new verbs and adjectives with (`unhover`, `deisolate`, `reindex`, `prebundle`). */
const prefixes = ['un', 're', 'de', 'pre', 'non', 'dis', 'sub', 'co', 'auto', 'anti', 'inter', 'multi', 'semi', 'post', 'over', 'under', 'super', 'micro', 'meta'];

/**
 * A prefix and a word of four letters or more spelled as usual (`un` + `hover`): a coinage, not
 * a slip. A known misspelling (`untill`) is judged before this, and a slip in the word after the
 * prefix (`subconciously`) leaves no word there.
 */
function prefixed(word: string, ordinary: (word: string) => boolean): boolean {
  return prefixes.some((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 4 && ordinary(word.slice(prefix.length)));
}

/**
 * Greek and Latin combining forms that open neoclassical compounds (words made of combining forms
 * rather than of English words: `monomorphic`, `isomorphic`): the number and size forms and the
 * relation forms of the lists of Greek and Latin roots in English. Three letters or more: `bi-`,
 * `di-` match too many word starts by chance.
 */
const combiningForms = ['mono', 'uni', 'tri', 'tetra', 'quadri', 'penta', 'hexa', 'octa', 'poly', 'multi', 'omni', 'pan', 'hemi', 'semi', 'micro', 'macro', 'mega', 'giga', 'nano', 'mini', 'meta', 'para', 'iso', 'homo', 'hetero', 'auto', 'allo', 'hyper', 'hypo', 'endo', 'exo', 'ecto', 'epi', 'peri', 'proto', 'neo', 'pseudo', 'ortho', 'xeno', 'holo'];
/** The other combining forms the dictionary must attest a compound's tail with. */
const attestingForms = 2;

/**
 * A combining form and a tail the dictionary attests with two other combining forms of the list
 * (`mega` + `morphic`, beside `monomorphic`, `polymorphic`, `isomorphic`): a coinage of a family
 * of neoclassical compounds (a V8 inline cache is monomorphic, polymorphic or megamorphic), not a
 * slip, though one letter makes it another of the family (`metamorphic`). A slip in the tail
 * (`polymorhpic`) leaves a tail no compound has; `unitialized` opens with no combining form
 * that `tialized` follows elsewhere.
 */
function neoclassical(word: string, ordinary: (word: string) => boolean): boolean {
  return combiningForms.some((form) => {
    if (!word.startsWith(form) || word.length - form.length < 4) return false;
    const tail = word.slice(form.length);
    let others = 0;
    for (const other of combiningForms) if (other !== form && ordinary(other + tail) && ++others >= attestingForms) return true;
    return false;
  });
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

/**
 * An ordinary word one slip away inside `word` (lower case, ASCII letters): a letter dropped,
 * added or changed, or two neighbours swapped, with `margin` letters untouched at each end.
 */
export function interiorSlip(word: string, ordinary: (word: string) => boolean): string | undefined {
  for (const candidate of singleEdits(word, letters, margin)) if (candidate !== word && ordinary(candidate)) return candidate;
  return undefined;
}
