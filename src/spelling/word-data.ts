import {readFileSync} from 'node:fs';
import {SortedWords} from './sorted-words.js';
import {packageRoot} from '../paths.js';

/**
 * Word data prepared at build time (`npm run build` → dist/data/), so that a run reads a sorted
 * file instead of expanding a Hunspell dictionary or sorting a word list. Each file starts with
 * a line naming the package and version it was made from; a file made from another version than
 * the one installed is not used (the run falls back to the package itself).
 */
const dataDir = new URL('dist/data/', packageRoot);

const magic = 'postlint-words 1';

export function dataFileName(packageName: string): string {
  return `${packageName.replace(/[^a-z0-9.-]/gi, '_')}.txt`;
}

export function header(packageName: string, version: string): string {
  return `${magic} ${packageName}@${version}`;
}

/** Said after the header of a file whose words are all ASCII (the two largest lists). */
const asciiMark = ' ascii';

/** A data file's whole text: the header line, then `body`. */
export function dataFileText(packageName: string, version: string, body: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII is the range tested
  return `${header(packageName, version)}${/^[\x00-\x7f]*$/.test(body) ? asciiMark : ''}\n${body}`;
}

/** The prepared list made from `packageName@version`, if the build wrote one. */
export function preparedWords(packageName: string, version: string): SortedWords | undefined {
  const text = preparedText(packageName, version);
  return text === undefined ? undefined : new SortedWords(text);
}

/** The text (after its header line) of the data file made from `packageName@version`, if the build wrote one. */
export function preparedText(packageName: string, version: string): string | undefined {
  let text: string;
  try {
    // As Latin-1, which makes a string of the bytes as they are: for ASCII that is the text, and
    // it skips UTF-8's decoding (5 MB of lists: ~5 ms less CPU per cold start).
    text = readFileSync(new URL(dataFileName(packageName), dataDir), 'latin1');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  const first = newline === -1 ? '' : text.slice(0, newline);
  const expected = header(packageName, version);
  if (first === expected + asciiMark) return text.slice(newline + 1);
  if (first !== expected) return undefined;
  return Buffer.from(text, 'latin1').toString('utf8').slice(newline + 1);
}

/**
 * Words a Hunspell checker answers for exactly with a list of its accepted forms: letters,
 * apostrophes and hyphens, all in lower case or capitalized. nspell accepts such a word when it
 * is one of the dictionary's forms or (capitalized) when its lower-case form is; compound rules
 * in the bundled English dictionaries only join digits. Other shapes (`NASA`, `iOS`) go to nspell.
 */
export function listShape(word: string): boolean {
  return /^\p{Ll}[\p{Ll}'-]*$/u.test(word) || /^\p{Lu}[\p{Ll}'-]*$/u.test(word);
}

/**
 * An ASCII word of letters, apostrophes and hyphens in any case (`NASA`, `iOS`, `DON'T`). For
 * one that is not of the list's shape, nspell accepts the dictionary's own form, else (all in
 * capitals) the capitalized form, else the lower-case form, when the dictionary has no KEEPCASE or
 * FORBIDDENWORD flags and its compounds hold digits, as the build checks (casedFormsName).
 */
export function casedShape(word: string): boolean {
  return /^[A-Za-z][A-Za-z'-]*$/.test(word);
}

/** The prepared list of a dictionary's own forms of the cased shape that are not of the list's shape (`NASA`, `iOS`). */
export function casedFormsName(packageName: string): string {
  return `${packageName}.cased`;
}
