import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {createRequire} from 'node:module';
import {packageVersion} from './hunspell.js';
import {SortedWords} from './sorted-words.js';
import {preparedWords} from './word-data.js';

/**
 * Known English misspellings with their corrections (`collegues` → `colleagues`), from
 * @cspell/dict-en-common-misspellings (its general, American and British lists): ~94,000
 * mistakes people really make. Not a dictionary: a word found here is certainly a typo, which
 * puts its correction first among the suggestions and keeps it reported however often the site
 * repeats it (see site-signals.ts).
 */
export const misspellingsPackage = '@cspell/dict-en-common-misspellings';
const files = ['dict/dict-en.json', 'dict/dict-en-us.json', 'dict/dict-en-gb.json'];

interface CspellDictionaryFile {
  dictionaryDefinitions?: Array<{flagWords?: string[]; suggestWords?: string[]}>;
}

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve(`${misspellingsPackage}/cspell-ext.json`));
}

/** `misspelling<TAB>correction, correction` lines, keys in lower case, from the package's JSON files. */
export function misspellingLines(dir = packageDir()): string[] {
  const lines = new Map<string, string>();
  for (const file of files) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CspellDictionaryFile;
    for (const definition of data.dictionaryDefinitions ?? []) {
      for (const entry of [...(definition.flagWords ?? []), ...(definition.suggestWords ?? [])]) {
        const arrow = entry.indexOf('->');
        if (arrow <= 0) continue;
        const key = entry.slice(0, arrow).trim().toLowerCase();
        const corrections = entry.slice(arrow + 2).trim();
        if (key !== '' && corrections !== '' && !/[\t\n]/.test(key + corrections) && !lines.has(key)) lines.set(key, corrections);
      }
    }
  }
  return [...lines].map(([key, corrections]) => `${key}\t${corrections}`);
}

/**
 * The prepared data is split by a key's first letter (`a`…`z`, `_` for anything else): a run
 * reads the ~80 KB part it needs, not 2 MB, so a post with one unknown word starts as fast.
 */
export function part(key: string): string {
  return /^[a-z]/.test(key) ? key[0]! : '_';
}

export function partName(name: string): string {
  return `${misspellingsPackage}-${name}`;
}

const parts = new Map<string, SortedWords>();
let whole: SortedWords | undefined;

function listFor(key: string): SortedWords {
  const name = part(key);
  let list = parts.get(name) ?? whole;
  if (!list) {
    const dir = packageDir();
    list = preparedWords(partName(name), packageVersion(dir));
    // No prepared data (a run from the sources): the whole list, sorted once.
    if (list) parts.set(name, list);
    else list = whole = SortedWords.fromWords(misspellingLines(dir));
  }
  return list;
}

/** The corrections of a known misspelling (any case), or undefined. Loaded on first use. */
export function knownMisspelling(word: string): string[] | undefined {
  const key = word.replace(/’/g, "'").toLowerCase();
  const value = listFor(key).value(key);
  return value?.split(',').map((correction) => correction.trim()).filter((correction) => correction !== '');
}
