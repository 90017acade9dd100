import {readSideFile, readSmallFile} from '../read-text.js';
import {join, resolve} from 'node:path';
import type {VFile} from 'vfile';
import {distance} from 'fastest-levenshtein';
import {runSettings} from '../rule-kit.js';
import type {RunSettings} from '../settings.js';
import type {SiteInfo} from '../site/detect.js';
import {UsageError} from '../errors.js';
import {hunspell, type HunspellDictionary} from './hunspell.js';
import {editPieces, mayBeWithin, oneEditAway} from './suggest.js';
import {dotless} from './likely.js';
import {inEnglishList} from './english-list.js';
import {knownMisspelling} from './misspellings.js';
import {preparedVariant, variantOf, type Variant} from './variants.js';
import {addWord, vocabulary, wordList, type Vocabulary} from './vocabulary.js';
import {cspellConfigWords, cspellDictionaryFiles, cspellFiles} from './cspell.js';
import {typosConfigInputs, typosConfigWords} from './typos-config.js';
import {changelogTemplateInputs, forgetChangelogTemplates} from './changelog-templates.js';
import {valeVocabInputs, valeVocabWords} from './vale-vocab.js';
import {forgetPyspelling, pyspellingConfig, pyspellingInputs} from './pyspelling.js';
import {spellingSettings, type SpellingSettings} from './options.js';
import {ownerNameInputs} from './owner-names.js';
import {forgetOwnVersions, ownVersionInputs} from './own-versions.js';
import {adjectiveOfAdverb} from './able-adverbs.js';

/** Where a site keeps its own words. */
export const wordsFile = join('.postlint', 'words.txt');

/**
 * Prefixes a careful editor writes with a hyphen (`pre-release`, `co-author`); accepted as the
 * first part of a compound even when the dictionary does not list them as words.
 */
const hyphenPrefixes = new Set(['anti', 'bi', 'co', 'counter', 'de', 'e', 'ex', 'hyper', 'inter', 'intra', 'meta', 'micro', 'mid', 'multi', 'non', 'over', 'post', 'pre', 'pro', 're', 'self', 'semi', 'sub', 'super', 'un', 'under']);

/** Letters tried when looking for suggestions (the word's own letters are added). */
const alphabet = "abcdefghijklmnopqrstuvwxyz'";

/**
 * Suffixes written after a hyphen that are not words on their own (`blue-ish`, `Kafka-esque`),
 * and the suffixes of a follower or a doctrine that a writer hangs on a name with a hyphen so that
 * the name stays whole (`Rails-ists`, `Emacs-ism`, `Vim-ite`).
 */
const hyphenSuffixes = new Set(['ish', 'esque', 'ist', 'ists', 'ism', 'isms', 'ite', 'ites']);

/**
 * One language's dictionary plus the technical vocabulary and a site's own words.
 * The verdict for each distinct word is cached; suggestions are computed only when asked.
 */
export class Speller {
  private readonly verdicts = new Map<string, boolean>();
  private readonly variants = new Map<string, Variant | undefined>();
  /** The same verdicts by the word as written: spelling asks for every known word of a page, and a word's case is mostly the same each time. */
  private readonly variantsAsWritten = new Map<string, Variant | null>();
  /**
   * With the default language (en-US, not set in config): the British dictionary, read on first
   * use, to tell British spellings from American ones (see site-signals.ts).
   */
  britishDictionary: (() => HunspellDictionary) | undefined;
  /** The site keeps a words list (`.postlint/words.txt`, `spelling.words` or `spelling.dictionaries`). */
  wordsList = false;
  private readonly suggestionCache = new Map<string, string[]>();

  constructor(
    private readonly spell: HunspellDictionary,
    /** Vocabulary and project words (accepted in any case). */
    readonly words: Vocabulary,
    /** Brand names from config: their exact case is the right one. */
    readonly brands: Map<string, string>,
    /** Words from project sources, exactly as written (brand-casing leaves these alone). */
    readonly projectWords: Set<string>,
    /** Also accept words of the large English list (American English only). */
    private readonly englishList = false,
    /** An English dictionary: known misspellings (`collegues`) are recognized. */
    readonly english = false,
    /** British English (en-GB): abbreviations without full stops (`eg`, `ie`) are its usual forms. */
    private readonly dotlessAbbreviations = false,
  ) {}

  /** The corrections of a known English misspelling (`doesnt` → `doesn't`), or undefined. */
  misspelling(word: string): string[] | undefined {
    return this.english ? knownMisspelling(word) : undefined;
  }

  /** Is this word (apostrophes straight or curly, possessive or not) spelled right? */
  known(word: string): boolean {
    let verdict = this.verdicts.get(word);
    if (verdict === undefined) {
      verdict = this.decide(word.replace(/’/g, "'"));
      this.verdicts.set(word, verdict);
    }
    return verdict;
  }

  /** The first part of a hyphenated compound, which may be a prefix (`pre-`, `co-`). */
  knownPrefix(part: string): boolean {
    return hyphenPrefixes.has(part.toLowerCase()) || this.known(part);
  }

  /** The last part of a hyphenated compound, which may be a suffix (`-ish`). */
  knownSuffix(part: string): boolean {
    return hyphenSuffixes.has(part.toLowerCase()) || this.known(part);
  }

  /** Is this lower-case or capitalized word one side of a British/American pair, and which? */
  variant(word: string): Variant | undefined {
    const british = this.britishDictionary;
    if (!british) return undefined;
    const known = this.variantsAsWritten.get(word);
    if (known !== undefined) return known ?? undefined;
    const verdict = this.variantOfLower(word.toLowerCase(), british);
    this.variantsAsWritten.set(word, verdict ?? null);
    return verdict;
  }

  private variantOfLower(lower: string, british: () => HunspellDictionary): Variant | undefined {
    // `eg`, `ie`: the house style of British usage (see dotlessAbbreviations), with the language not set.
    if (dotless.has(lower)) return 'en-GB';
    if (!this.variants.has(lower)) {
      const prepared = preparedVariant(lower);
      this.variants.set(lower, prepared !== null ? prepared : variantOf(lower, (w) => this.spell.correct(w), (w) => british().correct(w)));
    }
    return this.variants.get(lower);
  }

  /** Is this an ordinary word of the language (not only a technical term)? */
  ordinary(word: string): boolean {
    return this.spell.correct(word);
  }

  /** Up to `limit` suggestions: the dictionary's first, then close technical or project words. */
  suggest(word: string, limit = 3): string[] {
    let list = this.suggestionCache.get(word);
    if (!list) {
      const plain = word.replace(/’/g, "'");
      const fromDictionary = oneEditAway(plain, (candidate) => this.spell.correct(candidate) || this.spell.correct(candidate[0]!.toUpperCase() + candidate.slice(1)), alphabet);
      const lower = word.toLowerCase();
      const near: Array<[string, number]> = [];
      if (word.length >= 4) {
        // One edit away, or two for a word of seven letters or more.
        const most = lower.length >= 7 ? 2 : 1;
        const pieces = editPieces(lower, most);
        for (const [candidate, form] of this.words.forms.firstForms(lower.length - 1, lower.length + 1, (key) => mayBeWithin(pieces, key))) {
          const d = distance(lower, candidate);
          if (d <= most) near.push([form, d]);
        }
      }
      near.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
      // A known misspelling's own corrections come first: they are what writers meant.
      list = [...new Set([...(this.misspelling(plain) ?? []), ...fromDictionary, ...near.map(([w]) => w)])];
      this.suggestionCache.set(word, list);
    }
    return list.slice(0, limit);
  }

  private decide(word: string): boolean {
    if (this.check(word)) return true;
    // Possessives: `Django's`, `users'`.
    if (/'s$/i.test(word) && this.check(word.slice(0, -2))) return true;
    if (word.endsWith("'") && this.check(word.slice(0, -1))) return true;
    // Accents a dictionary leaves out (`café`, `naïve` in en-US).
    const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
    return plain !== word && this.check(plain);
  }

  /**
   * A technical word inflected in lower case (`upserts`, `upserted` from `upsert`): the word lists
   * give the stems of their terms only, where Hunspell knows every regular form of its words.
   */
  private inflectedTerm(written: string): boolean {
    // In lower case, or capitalized (a sentence's first word).
    if (!/^[A-Za-z][a-z]+$/.test(written)) return false;
    const word = written.toLowerCase();
    // A known misspelling stays one (`criticals` for `critical`, used as an adjective).
    if (this.misspelling(word) !== undefined) return false;
    for (const ending of ['s', 'es', 'ed', 'ing']) {
      if (!word.endsWith(ending) || word.length - ending.length < 4) continue;
      const stem = word.slice(0, -ending.length);
      // A stem of a British/American pair (`colour`) is the dictionaries' word, judged as a variant.
      if (preparedVariant(stem)) continue;
      if (this.words.lower.has(stem) || (ending !== 's' && ending !== 'es' && this.words.lower.has(`${stem}e`))) return true;
    }
    return false;
  }

  /**
   * The adverb of an `-able`/`-ible` adjective the dictionary or the vocabulary knows (`configurable`
   * → `configurably`; able-adverbs.ts). A known misspelling is left to the list (`noteably`; the
   * spelling rule weighs the two adverbs the list takes for their adjective), and a typo in the stem
   * leaves no adjective (`confgurably`).
   */
  private adverbOfAble(written: string): boolean {
    const adjective = adjectiveOfAdverb(written);
    if (adjective === undefined || this.misspelling(written.toLowerCase()) !== undefined || this.misspelling(adjective) !== undefined) return false;
    return this.spell.correct(adjective) || this.words.lower.has(adjective);
  }

  /**
   * A brand or product name as brand-casing knows it right (`Dribbble`; `dribbble` too when only
   * Simple Icons capitalizes it, as brand-casing accepts): a name spelled as its owner writes it is
   * no unknown word. Not a name that is also a known misspelling (`Testin`, `Hevy`): there the
   * misspelling list wins, as a writer's `testin` is far likelier a slip than the product.
   */
  private listedName(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.misspelling(lower) !== undefined) return false;
    if (this.words.names.has(word)) return true;
    return word === lower && this.words.titleCased.has(lower[0]!.toUpperCase() + lower.slice(1));
  }

  private check(word: string): boolean {
    if (word === '') return false;
    if (this.dotlessAbbreviations && dotless.has(word)) return true;
    if (this.words.lower.has(word.toLowerCase()) || this.spell.correct(word)) return true;
    if (this.listedName(word)) return true;
    if (this.inflectedTerm(word)) return true;
    if (this.adverbOfAble(word)) return true;
    if (!this.englishList) return false;
    // The list is in lower case: a word as written in lower case, or capitalized (`Scalable` in a heading).
    const lower = word.toLowerCase();
    if (word !== lower && word !== lower[0]!.toUpperCase() + lower.slice(1)) return false;
    return inEnglishList(lower, (american) => this.spell.correct(american));
  }
}

let suggestionsOn = true;

/** The words workflow only needs the list of words, not suggestions (the costly part). */
export function disableSuggestions(): void {
  suggestionsOn = false;
}

export function suggestionsEnabled(): boolean {
  return suggestionsOn;
}

/** The folder whose `.postlint/words.txt` belongs to a file: its site root, else config `root`, else the config's folder. */
export function wordsRoot(file: VFile): string {
  return wordsRootFor(file.data.site, runSettings(file));
}

export function wordsRootFor(site: SiteInfo | undefined, settings: RunSettings): string {
  if (site?.root) return site.root;
  if (settings.config.root) return resolve(settings.configDir, settings.config.root);
  return settings.configDir;
}

/** What else decides a file's spelling findings: its site's words lists (its own, cspell's, typos', Vale's, pyspelling's), its changelog tool's template, the package.json naming its author, and the extra dictionaries. */
export function spellingCacheInputs(settings: RunSettings, site: SiteInfo | undefined): string[] {
  const root = wordsRootFor(site, settings);
  return [join(root, wordsFile), ...cspellFiles.map((name) => join(root, name)), ...cspellDictionaryFiles(root), ...typosConfigInputs(root), ...valeVocabInputs(root), ...pyspellingInputs(root), ...changelogTemplateInputs(root), ...ownerNameInputs(root), ...ownVersionInputs(root), ...spellingSettings(settings).dictionaries];
}

/**
 * Check the `spelling` config section, find the language's dictionary and read the extra
 * dictionaries, before any file is linted: mistakes there are configuration errors.
 */
export async function prepareSpelling(settings: RunSettings): Promise<void> {
  const spelling = spellingSettings(settings);
  hunspell(spelling.language, settings.configDir);
  for (const path of spelling.dictionaries) readDictionary(path);
}

const spellers = new Map<string, Promise<Speller>>();

/** Drop the built spellers, so that the next run reads the words lists again (a long-lived process: the language server). */
export function forgetSpellers(): void {
  spellers.clear();
  wordFilesRead.clear();
  forgetOwnVersions();
  forgetChangelogTemplates();
  forgetPyspelling();
}

/** The speller for a file, built once per language, words root and spelling settings. */
export function spellerFor(file: VFile): Promise<Speller> {
  const settings = runSettings(file);
  const spelling = spellingSettings(settings);
  const root = wordsRoot(file);
  const key = JSON.stringify([root, spelling]);
  let speller = spellers.get(key);
  if (!speller) {
    speller = build(spelling, root, settings.configDir);
    spellers.set(key, speller);
  }
  return speller;
}

/** The side files the built spellers read their words from (words lists, cspell's config and dictionaries, typos', Vale's, pyspelling's). */
const wordFilesRead = new Set<string>();

/** Did a built speller read its words from this file? Its change on disk (the language server's watcher) rebuilds them. */
export function spellerReads(path: string): boolean {
  return wordFilesRead.has(path);
}

async function build(spelling: SpellingSettings, root: string, configDir: string): Promise<Speller> {
  for (const path of [join(root, wordsFile), ...cspellFiles.map((name) => join(root, name)), ...cspellDictionaryFiles(root), ...typosConfigInputs(root), ...valeVocabInputs(root), ...pyspellingInputs(root), ...spelling.dictionaries]) wordFilesRead.add(path);
  const spell = hunspell(spelling.language, configDir);
  const base = await vocabulary();
  const words: Vocabulary = {lower: base.lower.copy(), forms: base.forms.copy(), names: base.names, titleCased: base.titleCased, longerNames: base.longerNames};
  const project = new Set<string>();
  const add = (word: string): void => {
    addWord(words, word, false);
    project.add(word);
  };
  const listed = readWordsFile(join(root, wordsFile));
  for (const word of listed ?? []) add(word);
  for (const word of spelling.words) add(word);
  for (const path of spelling.dictionaries) for (const word of readDictionary(path)) add(word);
  // A site moving over from cspell keeps its words where they are.
  const cspell = cspellConfigWords(root);
  for (const word of cspell) add(word);
  // And one that checks with crate-ci/typos: the words its config maps to themselves.
  const typos = typosConfigWords(root);
  for (const word of typos) add(word);
  // And one that checks with Vale: the entries of its vocabularies' accept.txt.
  // Its words only: a brand written in lower case there (`neovim`, listed to quiet Vale's spelling
  // rule on a command's name) says nothing of how the prose should write the name, so unlike the
  // site's own words list it does not exempt that form from brand-casing.
  const vale = valeVocabWords(root);
  for (const word of vale) addWord(words, word, false);
  // And one that checks with pyspelling: the word lists of its tasks on these pages (pyspelling.ts). Words for
  // spelling only, as Vale's: an entry is the form a writer wrote to quiet aspell's unknown word (`Soundcloud`),
  // which says nothing of how the owner writes the name, so brand-casing still judges it.
  const pyspelling = pyspellingConfig(root)?.words ?? [];
  for (const word of pyspelling) addWord(words, word, false);
  const brands = new Map<string, string>();
  for (const brand of spelling.brands) {
    brands.set(brand.toLowerCase(), brand);
    addWord(words, brand);
  }
  const tag = spelling.language.toLowerCase().replace(/_/g, '-');
  const speller = new Speller(spell, words, brands, project, ['en', 'en-us'].includes(tag), tag === 'en' || tag.startsWith('en-'), tag === 'en-gb');
  if (!spelling.languageSet) speller.britishDictionary = () => hunspell('en-GB', configDir);
  speller.wordsList = listed !== undefined || spelling.words.length > 0 || spelling.dictionaries.length > 0 || cspell.length > 0 || typos.length > 0 || vale.length > 0 || pyspelling.length > 0;
  return speller;
}

/** `.postlint/words.txt`: one word a line, `#` comments; undefined when there is no such file. */
export function readWordsFile(path: string): string[] | undefined {
  let text: string;
  try {
    // Regular files only, size-limited: a refused one (a link to /dev/zero, a FIFO) is one warning.
    text = readSmallFile(path);
  } catch {
    return undefined;
  }
  return wordList(text);
}

/** A word list, or a Hunspell `.dic` (its count line and affix flags are dropped). */
function readDictionary(path: string): string[] {
  const read = readSideFile(path, 64 * 1024 * 1024);
  if ('problem' in read) throw new UsageError(`spelling.dictionaries: cannot read ${path} (${read.code ?? read.problem})`);
  const {text} = read;
  if (!path.endsWith('.dic')) return wordList(text);
  return text
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split('/')[0]!.trim())
    .filter((word) => word !== '' && !word.startsWith('#'));
}
