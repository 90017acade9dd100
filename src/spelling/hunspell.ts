import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {NSpell} from 'nspell';
import {UsageError} from '../errors.js';
import {casedFormsName, casedShape, listShape, preparedWords} from './word-data.js';
import type {SortedWords} from './sorted-words.js';

/**
 * The Hunspell dictionary package for a language tag: `en-US` is `dictionary-en`, other tags
 * `dictionary-<tag>` in lower case (`en-GB` → dictionary-en-gb), then the bare language.
 */
export function packageNames(language: string): string[] {
  const tag = language.toLowerCase().replace(/_/g, '-');
  if (tag === 'en' || tag === 'en-us') return ['dictionary-en'];
  const base = tag.split('-')[0]!;
  return base === tag ? [`dictionary-${tag}`] : [`dictionary-${tag}`, `dictionary-${base}`];
}

/**
 * The folder of an installed dictionary package (index.aff, index.dic): next to postlint first,
 * then in the user's project (`projectDir`).
 */
export function dictionaryDir(name: string, projectDir: string): string | undefined {
  try {
    return dirname(fileURLToPath(import.meta.resolve(name)));
  } catch {
    try {
      return dirname(createRequire(join(projectDir, 'package.json')).resolve(name));
    } catch {
      return undefined;
    }
  }
}

export function packageVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {version?: string}).version ?? '0';
}

/**
 * One language's Hunspell dictionary. Words of the shapes the build prepared a list for
 * (see word-data.ts) are answered from that list; nspell itself (~150 ms to build) is made
 * only when another shape turns up, or for a language without prepared data.
 */
export class HunspellDictionary {
  private spell: NSpell | undefined;

  constructor(
    readonly name: string,
    private readonly dir: string,
    private readonly prepared: SortedWords | undefined,
    /** The dictionary's own forms in capitals or with a capital inside (`NASA`, `iOS`), read on first need; undefined when the build could not prepare them. */
    private readonly casedForms: () => SortedWords | undefined = () => undefined,
  ) {}

  private cased: SortedWords | null | undefined;

  correct(word: string): boolean {
    if (this.prepared) {
      if (listShape(word)) return this.prepared.has(word);
      if (casedShape(word)) {
        const cased = this.cased === undefined ? (this.cased = this.casedForms() ?? null) : this.cased;
        if (cased) return this.casedCorrect(word, this.prepared, cased);
      }
    }
    return this.nspell().correct(word);
  }

  /** Whether nspell has been built (a word the prepared lists do not answer for turned up). */
  get built(): boolean {
    return this.spell !== undefined;
  }

  /**
   * nspell's casing for a word in capitals or with a capital inside: the dictionary's own form
   * (`NASA`), else, all in capitals, what the capitalized form is (`PARIS` as `Paris`, `HELLO` as
   * `hello`), else the lower-case form (`eBay`'s `ebay`). The prepared list answers for those two.
   */
  private casedCorrect(word: string, prepared: SortedWords, cased: SortedWords): boolean {
    if (cased.has(word)) return true;
    const lower = word.toLowerCase();
    return prepared.has(word === word.toUpperCase() ? word[0]! + lower.slice(1) : lower);
  }

  /** nspell, built on first use. */
  nspell(): NSpell {
    if (!this.spell) {
      const nspell = createRequire(import.meta.url)('nspell') as typeof import('nspell').default;
      try {
        this.spell = nspell({aff: readFileSync(join(this.dir, 'index.aff')), dic: readFileSync(join(this.dir, 'index.dic'))});
      } catch (error) {
        throw new UsageError(`spelling: cannot read the Hunspell dictionary ${this.name} in ${this.dir} (${(error as Error).message})`);
      }
    }
    return this.spell;
  }
}

const located = new Map<string, HunspellDictionary>();

/**
 * The dictionary for a language (once per process); nothing is read but the prepared list.
 * A language with no installed package is a configuration error.
 */
export function hunspell(language: string, projectDir: string): HunspellDictionary {
  const key = language.toLowerCase().replace(/_/g, '-');
  let dictionary = located.get(key);
  if (!dictionary) {
    const names = packageNames(language);
    for (const name of names) {
      const dir = dictionaryDir(name, projectDir);
      if (!dir) continue;
      const version = packageVersion(dir);
      dictionary = new HunspellDictionary(name, dir, preparedWords(name, version), () => preparedWords(casedFormsName(name), version));
      break;
    }
    if (!dictionary) throw new UsageError(`spelling.language "${language}": no Hunspell dictionary installed; run npm install ${names[0]}`);
    located.set(key, dictionary);
  }
  return dictionary;
}
