import type {ProseToken} from './prose.js';
import {englishFunctionWords} from '../text/english-function-words.js';

/**
 * Which language a run of prose is written in, by its function words: the articles, prepositions,
 * conjunctions and auxiliaries every sentence of a language is full of (a French sentence is two
 * words in five `le`, `de`, `est`, `une`, `pour`…), counted against English's own (`the`, `and`,
 * `of`). A stopword test, not a statistical detector (franc's trigrams, CLDR's cld3): it needs no
 * model, reads the words the dictionary sees, and answers the one question the spell checker has —
 * "is this English?" — where trigram detectors misjudge short technical English (code names,
 * jargon) as Scots or Latin. It does not rely on the English dictionary either: French shares
 * `est`, `de`, `la`, `service`, `public` with it, so a French paragraph is only one word in four
 * "unknown", below what `foreignBlocks` (passages.ts) asks.
 *
 * Each list leaves out the words English writes too (`a`, `on`, `in`, `die`, `was`, `son`, `per`,
 * `come`, `do`, `non`, `till`, `vi`), and single letters (Spanish `y` is a coordinate in `x and y`), so a loan word or a name (`Musée de la Ville`, `raison d'être`) in an English sentence is
 * one or two hits among its English function words, never a majority.
 */
const functionWords: ReadonlyArray<[string, ReadonlySet<string>]> = [
  ['fr', new Set(['le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'sont', 'pour', 'dans', 'par', 'sur', 'avec', 'que', 'qui', 'pas', 'ne', 'au', 'aux', 'ce', 'cette', 'ces', 'il', 'elle', 'nous', 'vous', 'ils', 'se', 'sa', 'ses', 'leur', 'leurs', 'mais', 'ou', 'où', 'en', 'très', 'être', 'été', 'à', 'lui', 'ainsi', 'aussi', 'peut', 'comme'])],
  ['es', new Set(['el', 'la', 'los', 'las', 'de', 'del', 'en', 'que', 'es', 'un', 'una', 'unos', 'unas', 'por', 'para', 'se', 'su', 'sus', 'al', 'lo', 'como', 'más', 'pero', 'este', 'esta', 'estos', 'está', 'están', 'muy', 'también', 'sobre', 'entre', 'cuando'])],
  ['it', new Set(['il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'dei', 'delle', 'dello', 'un', 'una', 'uno', 'che', 'è', 'sono', 'nel', 'nella', 'alla', 'al', 'da', 'questo', 'questa', 'anche', 'più', 'ma', 'si', 'sul', 'sulla'])],
  ['pt', new Set(['os', 'de', 'da', 'dos', 'das', 'uma', 'que', 'para', 'não', 'é', 'na', 'nas', 'nos', 'ao', 'aos', 'pelo', 'pela', 'se', 'mais', 'como', 'mas', 'são', 'está', 'isso', 'este', 'esta', 'também', 'você', 'sua', 'seu'])],
  ['de', new Set(['der', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'ist', 'sind', 'nicht', 'mit', 'für', 'von', 'zu', 'auf', 'auch', 'sich', 'wird', 'werden', 'oder', 'wie', 'im', 'bei', 'nach', 'aus', 'dass', 'es', 'ich', 'wir', 'sie', 'kann', 'können', 'zum', 'zur', 'vom', 'noch', 'nur', 'aber', 'wenn', 'haben'])],
  ['nl', new Set(['de', 'het', 'een', 'en', 'van', 'niet', 'met', 'voor', 'te', 'dat', 'zijn', 'wordt', 'worden', 'ook', 'aan', 'bij', 'naar', 'om', 'je', 'er', 'maar', 'nog', 'kan', 'deze', 'wij', 'ik', 'heeft', 'hebben', 'wel', 'uit', 'dit'])],
  ['sv', new Set(['och', 'att', 'det', 'som', 'är', 'en', 'ett', 'på', 'för', 'med', 'av', 'inte', 'har', 'jag', 'kan', 'om', 'eller', 'från', 'också'])],
  // Hungarian: not `a`, `is`, `be`, `van`, `mint`, `meg`, `ki`, `el`, `ha`, which English writes (`a`, the article; `is`, "also").
  ['hu', new Set(['az', 'egy', 'és', 'hogy', 'nem', 'ez', 'ezt', 'azt', 'ami', 'amit', 'amely', 'amelyek', 'aki', 'ahol', 'amikor', 'akkor', 'mert', 'hanem', 'vagy', 'csak', 'már', 'még', 'kell', 'lehet', 'volt', 'nincs', 'vannak', 'lesz', 'pedig', 'itt', 'ott', 'majd', 'nagyon', 'szerint', 'között', 'után', 'illetve', 'valamint', 'ezért', 'mivel', 'így', 'úgy', 'minden', 'azonban', 'tehát', 'ezek', 'azok', 'ennek', 'annak', 'ebben', 'abban', 'ezzel', 'azzal', 'nélkül', 'mellett'])],
];

/**
 * Each function word's languages, in the order of `functionWords` (a tie between two languages goes to the one
 * seen first, as when each list was scanned in turn): one lookup a word instead of one a language.
 */
const languagesOf: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [language, list] of functionWords) {
    for (const word of list) {
      const languages = map.get(word);
      if (languages) languages.push(language);
      else map.set(word, [language]);
    }
  }
  return map;
})();

/**
 * The longest function word of any list, English's included: a longer word (lower case never makes a
 * word shorter) is none, and is passed by without being lowered and looked up (most words of a page).
 */
const longestFunctionWord = Math.max(...[...languagesOf.keys(), ...englishFunctionWords].map((word) => word.length));

/** A run needs this many words before its language is judged (a short cell or title says nothing). */
const judgedWords = 8;

export interface LanguageReading {
  /** The language whose function words the run is full of (`fr`, `es`…). */
  language: string;
  words: number;
  /** How many of its words are that language's function words. */
  functionWords: number;
}

/**
 * The language other than English a run of words (a paragraph, a page) reads as: at least one word
 * in six is a function word of that language, and at most one in three of those is matched by an
 * English function word (a French paragraph that adds an English gloss in parentheses is still
 * French; an English paragraph that names the `Musée de la Ville` is English),
 * and its function words are of three forms or more (four in a run of 16 words or more): a sentence
 * of that language uses many (`le`, `est`, `pour`, `une`), while English that lists loan phrases or
 * names repeats a particle or two (`crème de la crème, coup de grâce`; `van der Waals, de Vries, van
 * Eyck`). Undefined for English, for runs too short to judge, and for a mix neither way (`loose`
 * drops the forms test, to name the language of a page already left out for other reasons).
 */
export function readsAsOther(words: ReadonlyArray<string | FunctionWordCandidate>, minimum = judgedWords, loose = false): LanguageReading | undefined {
  if (words.length < minimum) return undefined;
  let english = 0;
  const counts = new Map<string, number>();
  const forms = new Map<string, Set<string>>();
  for (const entry of words) {
    const word = typeof entry === 'string' ? entry : entry.text;
    if (word.length > longestFunctionWord) continue;
    const lower = word.toLowerCase();
    // Most words are no function word of any language: they count for nothing whatever their case.
    const languages = languagesOf.get(lower);
    const isEnglish = englishFunctionWords.has(lower);
    if (!languages && !isEnglish) continue;
    // A function word is written in lower case, or capitalized to start a sentence: not `EST`, `DE` (acronyms),
    // nor capitalized inside a sentence, where it starts a name (`Los Angeles`, `El Paso`, `Van den Berg`).
    if (word.length > 1 && word === word.toUpperCase()) continue;
    if (typeof entry !== 'string' && !entry.sentenceStart && word[0] !== word[0]!.toLowerCase()) continue;
    if (isEnglish) english++;
    if (!languages) continue;
    for (const language of languages) {
      counts.set(language, (counts.get(language) ?? 0) + 1);
      let seen = forms.get(language);
      if (!seen) forms.set(language, (seen = new Set()));
      seen.add(lower);
    }
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  if (!best || best[1] * 6 < words.length || english * 3 > best[1]) return undefined;
  if (!loose && forms.get(best[0])!.size < (words.length >= 16 ? 4 : 3)) return undefined;
  return {language: best[0], words: words.length, functionWords: best[1]};
}

/**
 * Whether a run of words (a paragraph, a heading, a cell of 8 words or more) reads as English by
 * itself: at least one word in eight is an English function word (English prose has one in five or
 * more), of three forms or more (`the`, `of`, `is`), and other languages' function words are at most
 * a third as many. On a page declared in another language that writes in Latin letters, such a
 * passage is English (a quoted English paragraph in a Hungarian post) while the page's own
 * sentences, with an English term or a stray `is` (Hungarian "also"), are not.
 */
export function readsAsEnglish(words: ReadonlyArray<string | FunctionWordCandidate>, minimum = judgedWords): boolean {
  if (words.length < minimum) return false;
  let english = 0;
  let other = 0;
  const forms = new Set<string>();
  for (const entry of words) {
    const word = typeof entry === 'string' ? entry : entry.text;
    if (word.length > longestFunctionWord) continue;
    const lower = word.toLowerCase();
    const isEnglish = englishFunctionWords.has(lower);
    if (!isEnglish && !languagesOf.has(lower)) continue;
    // `IT`, `OR`, `AZ`: acronyms, not function words.
    if (word.length > 1 && word === word.toUpperCase()) continue;
    if (isEnglish) {
      english++;
      forms.add(lower);
    } else other++;
  }
  return english * 8 >= words.length && forms.size >= 3 && other * 3 <= english;
}

/** The words of the passages (paragraphs, headings, cells) that read as English by themselves (readsAsEnglish). */
export function englishBlocks<T extends ProseToken>(tokens: readonly T[]): T[] {
  const byBlock = new Map<number, T[]>();
  for (const token of tokens) {
    if (token.block === undefined) continue;
    const words = byBlock.get(token.block);
    if (words) words.push(token);
    else byBlock.set(token.block, [token]);
  }
  const english = new Set<number>();
  for (const [block, words] of byBlock) if (readsAsEnglish(words)) english.add(block);
  return tokens.filter((token) => token.block !== undefined && english.has(token.block));
}

/**
 * On a page declared in another language whose prose still reads as English (a locale folder's copy
 * of the English page that a translation tool fills in sentence by sentence: `The elm module shows
 * the installed version. Por padrão o módulo vai exibir…`), the words of its sentences that read as
 * English: with an English function word, and more of them than of another language's (Portuguese
 * `se`, `uma`, `das` outnumber its `for`). A sentence with no function word of any language
 * (`Available values: pd-standard, pd-ssd.`; Indonesian `Secara bawaan, modul akan aktif…`, a
 * language with no list here) is English when another sentence of its paragraph, heading or cell has
 * an English function word and fewer than two of its words in five are unknown to the dictionary
 * (`unknown`); a cell with none (`Format dari modul.`) is in the page's language. Sentences are read in `all`, the page's every word (`tokens` is what is
 * checked of them), within a paragraph, heading or cell; words outside one go.
 */
export function englishSentences<T extends ProseToken>(tokens: readonly T[], all: readonly ProseToken[], source: string, unknown: (token: T) => boolean): T[] {
  const sentenceOf = new Map<ProseToken, number>();
  const english: number[] = [];
  const other: number[] = [];
  let sentence = -1;
  let block: number | undefined;
  let end = 0;
  // The paragraphs, headings and cells with an English function word in some sentence.
  const blocksWithEnglish = new Set<number>();
  for (const token of all) {
    if (token.block === undefined) continue;
    // Read from the text between the words, not from `sentenceStart`: that marks a colon's next word too (`values: pd-ssd`,
    // a list of values, not a sentence), and misses a sentence that opens with a word no token stands for (Portuguese `O módulo…`).
    if (token.block !== block || sentence < 0 || sentenceEnd.test(source.slice(end, token.offset))) {
      sentence++;
      english.push(0);
      other.push(0);
    }
    block = token.block;
    end = token.joined ?? token.offset + token.text.length;
    sentenceOf.set(token, sentence);
    const lower = token.text.toLowerCase();
    // `IT`, `OR`: acronyms, not function words.
    if (token.text.length > 1 && token.text === token.text.toUpperCase()) continue;
    if (englishFunctionWords.has(lower)) {
      english[sentence]!++;
      blocksWithEnglish.add(token.block);
    } else if (languagesOf.has(lower)) other[sentence]!++;
  }
  // For sentences with no function word at all: their checked words, and how many the dictionary does not know.
  const words = new Map<number, {count: number; unknown: number}>();
  for (const token of tokens) {
    const at = sentenceOf.get(token);
    if (at === undefined || english[at]! > 0 || other[at]! > 0) continue;
    let count = words.get(at);
    if (!count) words.set(at, (count = {count: 0, unknown: 0}));
    count.count++;
    if (unknown(token)) count.unknown++;
  }
  return tokens.filter((token) => {
    const at = sentenceOf.get(token);
    if (at === undefined) return false;
    if (english[at]! > 0 || other[at]! > 0) return english[at]! > other[at]!;
    const count = words.get(at)!;
    return blocksWithEnglish.has(token.block!) && count.unknown * 5 < count.count * 2;
  });
}

/** A sentence's end between two words: `.`, `!` or `?` (and a closing quote or bracket) before white space. */
const sentenceEnd = /[.!?]["'’”)\]]*\s/;

/** A word as read for its language: its text, and whether it starts a sentence (where any word may be capitalized). */
export interface FunctionWordCandidate {
  text: string;
  sentenceStart?: boolean;
}

/** The paragraphs, headings and cells of a page that read as another language, with that language. */
export function otherLanguageBlocks(tokens: readonly ProseToken[]): Map<number, string> {
  const byBlock = new Map<number, ProseToken[]>();
  for (const token of tokens) {
    if (token.block === undefined) continue;
    let words = byBlock.get(token.block);
    if (!words) byBlock.set(token.block, (words = []));
    words.push(token);
  }
  const other = new Map<number, string>();
  for (const [block, words] of byBlock) {
    const reading = readsAsOther(words);
    if (reading) other.set(block, reading.language);
  }
  return other;
}

/**
 * Blocks too short to judge alone (a title, a tag, a list item: under `judgedWords` words) on a page
 * whose every block long enough to judge reads as one other language: they are that language too (a
 * Spanish post's `title: Curso de Python`). None when any judged block is English, the judged blocks
 * disagree, or none is long enough: a short block is then left to the English dictionary as before.
 * `ignored` blocks (filler) count neither way.
 */
export function shortBlocksInPageLanguage(tokens: readonly ProseToken[], other: ReadonlyMap<number, string>, ignored: ReadonlySet<number>): Map<number, string> {
  const counts = new Map<number, number>();
  for (const token of tokens) if (token.block !== undefined && !ignored.has(token.block)) counts.set(token.block, (counts.get(token.block) ?? 0) + 1);
  let language: string | undefined;
  const short: number[] = [];
  for (const [block, count] of counts) {
    if (count < judgedWords) {
      short.push(block);
      continue;
    }
    const reading = other.get(block);
    if (reading === undefined || (language !== undefined && reading !== language)) return new Map();
    language = reading;
  }
  return language === undefined ? new Map() : new Map(short.filter((block) => !other.has(block)).map((block) => [block, language]));
}

/** A page needs this many words before it is judged as a whole. */
const judgedPage = 30;

/**
 * The language a whole page reads as, when it is not English (a French include on an English site,
 * whose table cells and list labels are too short to judge alone): its words, 30 or more, as one run.
 */
export function otherLanguagePage(tokens: readonly ProseToken[]): LanguageReading | undefined {
  return readsAsOther(tokens, judgedPage);
}

/** Made on first use: ICU loads its locale data for the names (~12 ms), which most runs never need. */
let inEnglish: Intl.DisplayNames | undefined;

/** A language's English name (`fr` → French), for messages. */
export function languageName(tag: string): string {
  try {
    inEnglish ??= new Intl.DisplayNames(['en'], {type: 'language', fallback: 'code'});
    return inEnglish.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
