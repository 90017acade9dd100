import type {ProseToken} from './prose.js';
import {fillerWords} from '../text/filler.js';
import {englishFunctionWords} from '../text/english-function-words.js';

/** What a word's surroundings say about how to read it: quoted as a mention, or in a passage that is not English. */

const quotes: Record<string, string> = {"'": "'", '"': '"', '‘': '’', '“': '”'};

/**
 * A lone word in quotation marks (a hyphenated one whole: `“one-idead”`) is mentioned, not used: a release note about the typo it fixed
 * (`Fix typo: 'wll' to 'will'`), an option value, a coinage held up as a word (`People were
 * “hearies” and “deafies.”`, the full stop inside the quotes as American style puts it). Not a
 * likely typo, though still an unknown word.
 */
export function quoted(source: string, token: ProseToken): boolean {
  // Emphasis inside the quotes (`"**pre**sisted"`, `"*wll*"`) still leaves the word alone in them.
  let before = token.offset - 1;
  // A piece of a hyphenated word stands in the quotes with the whole word (`“one-idead”`, `"ill-writen"`).
  while (source[before] === '-' && /[\p{L}\p{N}]/u.test(source[before - 1] ?? '')) {
    before--;
    while (before >= 0 && /[\p{L}\p{N}]/u.test(source[before]!)) before--;
  }
  while (before >= 0 && emphasisMark(source[before])) before--;
  const close = quotes[source[before] ?? ''];
  if (close === undefined) return false;
  // A word joined across markup ends where its last piece does.
  let end = token.joined ?? token.offset + token.text.length;
  while (source[end] === '-' && /[\p{L}\p{N}]/u.test(source[end + 1] ?? '')) {
    end++;
    while (end < source.length && /[\p{L}\p{N}]/u.test(source[end]!)) end++;
  }
  while (emphasisMark(source[end])) end++;
  return source[end] === close || (/[.,!?]/.test(source[end] ?? '') && source[end + 1] === close);
}

function emphasisMark(c: string | undefined): boolean {
  return c === '*' || c === '_' || c === '~';
}

/** Paragraphs this long or longer can be judged as a whole. */
const judgedBlock = 8;

/**
 * Articles, prepositions and conjunctions of the other languages a docs page links to (Spanish,
 * French, Italian, Portuguese, German, Dutch, Swedish) that English does not use: a title with one
 * (`Ejemplo de acuerdo`, `Guide du débutant`) is in that language; an English label with a loan word
 * (`Café menu`, `Résumé tips`) has none.
 */
export const foreignFunctionWords: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'le', 'les', 'des', 'du', 'da', 'di', 'il', 'und', 'der', 'die', 'das', 'von', 'et', 'och', 'em', 'do', 'na', 'het', 'een', 'van']);

/**
 * Paragraphs (or headings, cells) of 8 words or more, at least two in five of them unknown and
 * none of them an English function word (`the`, `and`, `of`): not English (Latin filler, `Cum
 * sociis natoque penatibus…`; a quoted passage in another language). Their words are not checked
 * one by one against an English dictionary.
 */
export function foreignBlocks(tokens: ProseToken[], unknown: boolean[]): Set<number> {
  const counts = new Map<number, {words: number; unknown: number; english: boolean}>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.block === undefined) continue;
    let count = counts.get(token.block);
    if (!count) {
      count = {words: 0, unknown: 0, english: false};
      counts.set(token.block, count);
    }
    count.words++;
    if (unknown[i]) count.unknown++;
    // Runs for every word: once a block has an English function word, the others need no lower-casing.
    if (!count.english && englishFunctionWords.has(token.text.toLowerCase())) count.english = true;
  }
  const foreign = new Set<number>();
  for (const [block, count] of counts) if (!count.english && count.words >= judgedBlock && count.unknown * 5 >= count.words * 2) foreign.add(block);
  return foreign;
}

/**
 * Passages (paragraphs, raw HTML blocks, headings, cells) of lorem-ipsum filler (src/text/filler.ts:
 * `Lorem ipsum dolor sit amet…`, Bootstrap's `Anim pariatur cliche reprehenderit…`, whatever English
 * words are mixed in): not prose in any language, so not checked word by word. The placeholder rule
 * owns them.
 */
export function fillerBlocks(tokens: readonly ProseToken[]): Set<number> {
  const texts = new Map<number, string[]>();
  for (const token of tokens) {
    if (token.block === undefined) continue;
    const words = texts.get(token.block);
    if (words) words.push(token.text);
    else texts.set(token.block, [token.text]);
  }
  const filler = new Set<number>();
  for (const [block, words] of texts) if (fillerWords(words)) filler.add(block);
  return filler;
}

/** Pages with fewer words than this are not judged as a whole (a stub, a list of names). */
const judgedPage = 30;

/**
 * A page whose prose is mostly not English though nothing declares its language (a translation
 * kept beside the English pages, `downloads/es_ES/cheat-sheet.md`, with the site's `lang: en`):
 * of its words (30 or more) at least one in four is unknown and fewer than one in twenty-five is an
 * English function word (`the`, `and`, `of`; English prose has one in five or more). Its words are
 * not checked one by one against an English dictionary, as its short table cells and list items
 * are too short for `foreignBlocks` to judge alone. An English page with a few foreign passages, or
 * with typos, is far from both marks.
 */
export function foreignPage(tokens: ProseToken[], unknown: boolean[]): {words: number; unknown: number} | undefined {
  let words = 0;
  let unknownWords = 0;
  let english = 0;
  for (let i = 0; i < tokens.length; i++) {
    words++;
    if (unknown[i]) unknownWords++;
    else if (englishFunctionWords.has(tokens[i]!.text.toLowerCase())) english++;
  }
  if (words < judgedPage || unknownWords * 4 < words || english * 25 >= words) return undefined;
  return {words, unknown: unknownWords};
}

/**
 * What a page's prose reads as, by its share of English function words alone (no dictionary
 * needed): English prose has one word in five or more of them (`the`, `and`, `of`), other
 * languages one in twenty-five or fewer (a German `was`, a French `on`). Pages of fewer than 30
 * words, and shares between the two marks, say nothing. A page filed under a locale folder whose
 * prose is the untranslated English page reads `english`; a German page on an English site with no
 * declared language reads `other`.
 */
export function proseReading(tokens: readonly ProseToken[]): 'english' | 'other' | undefined {
  if (tokens.length < judgedPage) return undefined;
  let english = 0;
  // English prose reaches one function word in eight within its first few lines: the rest need not be read.
  for (const token of tokens) if (englishFunctionWords.has(token.text.toLowerCase()) && ++english * 8 >= tokens.length) return 'english';
  if (english * 25 < tokens.length) return 'other';
  return undefined;
}

/**
 * Whether a language is written in a script other than Latin (`zh` Han, `ja`, `ko`, `ru` Cyrillic,
 * `ar`, `hi`), by the script CLDR gives it (`Intl.Locale#maximize`); false when unknown.
 */
export function nonLatinScript(language: string): boolean {
  try {
    const script = new Intl.Locale(language).maximize().script;
    return script !== undefined && script !== 'Latn';
  } catch {
    return false;
  }
}

/** A page needs this many letters before its script is judged: fewer say nothing (a stub, a title alone). */
const judgedLetters = 200;

/**
 * Whether a page's prose is written in a script other than Latin, by its own letters: at least one
 * in twenty of them is of another script. A Han character or a Hangul syllable is a word or a
 * syllable, not one letter of one, so a Korean or Chinese page dense with English terms and names
 * has one in six or seven; pages written in Latin letters have none (measured on the translated
 * pages of three rounds of real sites: written in another script, one in seven or more; in Latin
 * letters, none at all). A language's usual script is not the one
 * every page of it uses: Serbian is written in Cyrillic and in Latin (CLDR gives `sr` Cyrillic),
 * and a page declared `sr` but written `Kao rešenje ovog problema…` is Serbian in Latin letters,
 * whose every word is Serbian, not an English term set into Cyrillic text. Undefined when the page
 * has too few letters to say.
 */
export function writtenInOtherScript(tokens: readonly ProseToken[]): boolean | undefined {
  let letters = 0;
  let other = 0;
  for (const token of tokens) {
    for (const c of token.text) {
      if (!letter.test(c)) continue;
      letters++;
      if (otherScript.test(c)) other++;
    }
  }
  if (letters < judgedLetters && other === 0) return undefined;
  return other * 20 >= letters;
}

const letter = /\p{L}/u;

const latinWord = /^[\p{Script=Latin}\p{M}'’.-]*\p{Script=Latin}[\p{Script=Latin}\p{M}'’.-]*$/u;

/**
 * On a page in a language of another script (a Chinese translation), its Latin-script words: not
 * words of its language but the English terms and names set into it (`添加新 pipline`), which its
 * readers read as English. Each is given as its passage the run of Latin words it stands in, up to
 * the page's own script (`引用法语：la fonction renvoie…` starts one after `：`), so a quoted
 * sentence in another Latin-script language is still a passage `foreignBlocks` can judge, while a
 * term set alone in the page's script stays a run of one word and is checked.
 */
export function latinTerms(tokens: readonly ProseToken[], source: string): ProseToken[] {
  const terms: ProseToken[] = [];
  let run = -1;
  let last: ProseToken | undefined;
  for (const token of tokens) {
    if (!latinWord.test(token.text)) continue;
    if (token.block === undefined) {
      terms.push(token);
      continue;
    }
    const lastEnd = last ? last.joined ?? last.offset + last.text.length : 0;
    if (!last || last.block !== token.block || otherScript.test(source.slice(lastEnd, token.offset))) run++;
    last = token;
    terms.push({...token, block: run});
  }
  return terms;
}

/** A letter of a script other than Latin (Han, kana, Cyrillic). */
const otherScript = /(?!\p{Script=Latin})\p{L}/u;
