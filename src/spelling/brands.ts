import type {Speller} from './speller.js';
import {inEnglishList} from './english-list.js';
import {commonWord} from './common-words.js';

/**
 * The right form of a brand or product name written in a wrong case (`Github` → `GitHub`),
 * or undefined. A right form comes only from a source about names: `spelling.brands`, or the
 * bundled list of names as their owners write them (see vocabulary.ts). Left alone: a form the
 * site's words list as written, a lower-case form the technical word lists write so (`git`,
 * `vite`: a command or package), and a word that is also an ordinary word of the language (`go`,
 * `swift`) in lower case or capitalized at the start of a sentence.
 */
export function brandFix(word: string, speller: Speller, sentenceStart: boolean): string | undefined {
  const lower = word.toLowerCase();
  const configured = speller.brands.get(lower);
  if (configured !== undefined) return configured === word ? undefined : configured;
  const right = nameByLower(speller).get(lower);
  if (right === undefined || right === word || speller.projectWords.has(word)) return undefined;
  // A name only Simple Icons capitalizes (`Coreboot`) may be written in lower case by its owner (`coreboot`).
  if (word === lower && speller.words.titleCased.has(right)) return undefined;
  // A word that is also ordinary (or listed in lower case) is fine in lower case, and capitalized
  // at the start of a sentence; capitalized in mid-sentence it names something: `Typescript`.
  const ordinary = (speller.words.forms.get(lower)?.includes(lower) ?? false) || ordinaryWord(lower, speller);
  if (ordinary && (word === lower || (sentenceStart && word === lower[0]!.toUpperCase() + lower.slice(1)))) return undefined;
  if (termCapitalized(word, lower, speller)) return undefined;
  if (commonWordCapitalized(word, lower, speller)) return undefined;
  return right;
}

/**
 * `Indigo` is the everyday word indigo capitalized (a title's word, a model's name: `SGI Indigo`),
 * not a miscased `IndiGo` (an airline): when the list's form has capitals elsewhere than its first
 * letter (`IndiGo`, `boAt`, `LaTeX`), a word written with only its first capital is the English
 * word — the dictionary's, and one people use (SUBTLEX-US). A dictionary word few people use
 * (`typescript`, `simplex`) is still held to the name: `Typescript` means the language.
 */
function commonWordCapitalized(word: string, lower: string, speller: Speller): boolean {
  if (word !== lower[0]!.toUpperCase() + lower.slice(1)) return false;
  return speller.ordinary(lower) && commonWord(lower);
}

/**
 * A lower-case word that is both a word of the language people use and, with inner capitals, a
 * name (`minimax`, the game-tree algorithm; `MiniMax`, a company): English knows it (the
 * dictionary, or the large English list while the dictionary knows no capitalized form of it) and
 * SUBTLEX-US counts it. A site that writes the word so in its prose uses the word; there the same
 * word with only its first capital (`Contrasted with Minimax`) is that word set as a term's name,
 * not the company miscased. brand-casing's site step weighs it. A rare word (`typescript`) is no
 * such word: `Typescript` still means the language.
 */
export function commonWordOfName(lower: string, speller: Speller): boolean {
  const right = nameByLower(speller).get(lower);
  if (right === undefined || !/\p{Lu}/u.test(right.slice(1))) return false;
  return commonWord(lower) && ordinaryWord(lower, speller);
}

/**
 * The tokens' words that are commonWordOfName, each once. Asked of every word of a page: the names
 * are looked up once a page, and a word the names do not know (nearly all) needs no other test
 * (their keys are lower case, so this also leaves out every word that is not).
 */
export function commonWordsOfNames(tokens: Iterable<{text: string}>, speller: Speller): Set<string> {
  const byLower = nameByLower(speller);
  const words = new Set<string>();
  for (const {text: lower} of tokens) {
    if (lower.length < 3 || !byLower.has(lower) || words.has(lower)) continue;
    if (commonWordOfName(lower, speller)) words.add(lower);
  }
  return words;
}

/**
 * A form with a capital after a lower-case letter (`WiX`, `BlazeMeter`) where the list's form has
 * only its first capital (`Wix`, `Blazemeter`). Written so in one place it is a slip (`CloudFlare`,
 * `MarkDown`); written so throughout a site (in three files or more) it is the site's name for
 * something the list does not know: another product with the same letters (the WiX toolset is not
 * Wix), or the owner's own form the list wrote plainly. See brand-casing's refine step.
 */
export function camelAgainstOneCapital(word: string, right: string): boolean {
  return right.slice(1) === right.slice(1).toLowerCase() && /\p{Ll}\p{Lu}/u.test(word);
}

/**
 * A form that writes every capital of the list's form and more, each added one inside the word and
 * starting a lower-case piece (`UIKit` against `UIkit`: `UI` + `Kit`). Written so in one place it
 * is a slip; written so throughout a site (in three files or more, see siteFormFiles) it is
 * another product with the same letters (Apple's `UIKit` framework, not the CSS framework
 * `UIkit`), spelt as that product's owner writes it. Each added
 * capital comes right after two or more capitals of the list's form (an acronym, then a word). An
 * added first capital (`JQuery`), one after a single capital (`XCode`) or after a lower-case letter
 * (`PostGreSQL`, `DigitalOCean`), or one that starts no piece (`LinkedIN`) is the usual slip, however
 * often a site repeats it.
 */
export function addedInnerCapitals(word: string, right: string): boolean {
  if (word.length !== right.length || word === right || word.toLowerCase() !== right.toLowerCase()) return false;
  for (let at = 0; at < word.length; at++) {
    const written = word[at]!;
    const listed = right[at]!;
    if (written === listed) continue;
    // Only capitals added: a capital the list writes and the word does not is another slip.
    // Each added capital follows an acronym the list's form already capitalizes (`UI|kit`): a capital
    // added after one (`XCode`) or after a lower-case letter (`PostGreSQL`) is the classic miscasing.
    if (written === written.toLowerCase() || at < 2 || !/\p{Lu}/u.test(right[at - 1]!) || !/\p{Lu}/u.test(right[at - 2]!) || !/\p{Ll}/u.test(word[at + 1] ?? '')) return false;
  }
  return true;
}

/**
 * A form that keeps every capital of the list's form and adds more inside the word (`MAGic` against
 * `Magic`, `ReadME` against `ReadMe`): a deliberate stylization, not a slip of case, which drops
 * capitals (`Github`) or moves one. A capital added only in front (`MacOS` against `macOS`, `IPhone`)
 * is the slip a sentence's or a title's first letter makes, not a stylization. Taken as the owner's
 * own form only where the link it is written in names it (see brand-casing: link text whose address
 * spells the word, the owner's page copied).
 */
export function addsCapitals(word: string, right: string): boolean {
  if (word.length !== right.length || word === right || word.toLowerCase() !== right.toLowerCase()) return false;
  let added = 0;
  for (let at = 0; at < word.length; at++) {
    const upperWritten = isUpper(word[at]!);
    if (isUpper(right[at]!) && !upperWritten) return false;
    if (upperWritten && !isUpper(right[at]!) && at > 0) added++;
  }
  return added > 0;
}

/**
 * A capitalized word whose lower case the technical lists write only so (`loopback`: a term, not a
 * name), on a page in a language that capitalizes every noun (German, Luxembourgish): there the
 * capital says the word is a noun, not that the writer means the product (`Loopback-Subnetze` are
 * loopback subnets, not the LoopBack framework's). In English the same capital in mid-sentence
 * names the product (see termCapitalized, which asks English to know the word as well).
 */
export function termAsNoun(word: string, speller: Speller): boolean {
  const lower = word.toLowerCase();
  if (word !== lower[0]!.toUpperCase() + lower.slice(1)) return false;
  const forms = speller.words.forms.get(lower);
  return forms !== undefined && forms.length > 0 && forms.every((form) => form === lower);
}

/** Languages whose writers capitalize every noun (German, Luxembourgish; `de-AT`, or `de_DE` as Jekyll locales write it): a capital there is grammar, not a name. */
export function capitalizesNouns(language: string | undefined): boolean {
  return language !== undefined && /^(?:de|gsw|lb|nds)(?:[-_]|$)/i.test(language);
}

/**
 * A word shaped like a camelCase identifier (`getX`, `useState`: a lower-case start and a capital
 * after it) against a name that starts with a capital (`GetX`): a method or variable named in
 * prose, not the brand in a wrong case — a writer who means the brand does not lower its first
 * letter and keep the inner capitals.
 */
export function identifierShaped(word: string, right: string): boolean {
  return /^\p{Ll}/u.test(word) && /\p{Ll}\p{Lu}/u.test(word) && /^\p{Lu}/u.test(right);
}

/**
 * A word whose letters alternate case from first to last, six letters or more (`TyPeScRiPt`,
 * `gItHuB`): mocking case, a writer's deliberate voice, not the brand miscased — a slip of the
 * Shift key changes one or two letters, never every other one. A name that alternates so itself is read.
 */
export function mockingCase(word: string, right: string): boolean {
  const alternates = (text: string): boolean => /^\p{L}{6,}$/u.test(text) && [...text].every((letter, i) => i === 0 || isUpper(letter) !== isUpper(text[i - 1]!));
  return alternates(word) && !alternates(right);
}

function isUpper(letter: string): boolean {
  return letter !== letter.toLowerCase();
}

/** Files of one site that must write a camel form (see camelAgainstOneCapital) for it to be the site's own. */
export const siteFormFiles = 3;

/**
 * `Readme` is the word readme capitalized (a title, a name for the file), not a misspelt `ReadMe`
 * (a company): the software lists write the word only in lower case, as a term, and English
 * knows it. A name the lists write as a name (`TypeScript`), or a lower-case command English does
 * not know (`wireguard`), is still the brand capitalized wrongly.
 */
function termCapitalized(word: string, lower: string, speller: Speller): boolean {
  if (word !== lower[0]!.toUpperCase() + lower.slice(1)) return false;
  const forms = speller.words.forms.get(lower);
  return forms !== undefined && forms.every((form) => form === lower) && inEnglishList(lower, (w) => speller.ordinary(w));
}

/**
 * Is this lower-case word one of the language's own (`swift`, `chatbot`, `redox`)? The dictionary
 * says so, or the large English list does while the dictionary knows no capitalized form of it:
 * that list writes proper nouns in lower case too (`linux`), and the dictionary knows them as
 * names (`Linux`).
 */
export function ordinaryWord(lower: string, speller: Speller): boolean {
  if (speller.ordinary(lower)) return true;
  return inEnglishList(lower, (w) => speller.ordinary(w)) && !speller.ordinary(lower[0]!.toUpperCase() + lower.slice(1));
}

const byLowerBySpeller = new WeakMap<Speller, Map<string, string>>();

/** Lower case → the one way the owner writes the name; a name two owners write differently (`Dash`, `DASH`) has none. */
function nameByLower(speller: Speller): Map<string, string> {
  let byLower = byLowerBySpeller.get(speller);
  if (byLower) return byLower;
  byLower = new Map();
  const ambiguous = new Set<string>();
  for (const name of speller.words.names) {
    if (!brandForm(name)) continue;
    const lower = name.toLowerCase();
    const known = byLower.get(lower);
    if (known !== undefined && known !== name) ambiguous.add(lower);
    byLower.set(lower, name);
  }
  for (const lower of ambiguous) byLower.delete(lower);
  byLowerBySpeller.set(speller, byLower);
  return byLower;
}

/**
 * Is this name a spelling a writer can be held to? ALLCAPS names are written as acronyms (and
 * ALLCAPS prose is never checked); all-lower-case names (`npm`, `ccache`) are also commands and
 * packages that prose may capitalize at a sentence start; names of one or two letters are words
 * of other languages too (`El`).
 */
function brandForm(form: string): boolean {
  if ([...form].length < 3) return false;
  return form !== form.toLowerCase() && form !== form.toUpperCase();
}

/**
 * The word opens a longer name the list knows whole, written as that name's owner writes it (`Adblock
 * Plus`, Simple Icons' title, beside the one-word `AdBlock`, another product): the word is right there.
 * The words after it on its line, one space between, make the name (two to four words in all).
 */
export function opensLongerName(source: string, offset: number, word: string, speller: Speller): boolean {
  const next = /^(?: [\p{L}\p{N}]+){1,3}/u.exec(source.slice(offset + word.length, offset + word.length + 80))?.[0];
  if (next === undefined) return false;
  const words = next.trim().split(' ');
  for (let count = 1; count <= words.length; count++) {
    if (speller.words.longerNames.has(`${word} ${words.slice(0, count).join(' ')}`)) return true;
  }
  return false;
}
