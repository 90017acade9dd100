import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {packageVersion} from './hunspell.js';
import {SortedWords} from './sorted-words.js';
import {preparedWords} from './word-data.js';
import {americanForms} from './variants.js';

/**
 * A large list of English words (SCOWL-based, from the `word-list` package) that knows the
 * everyday technical English a Hunspell dictionary lacks (`scalable`, `lookups`, `natively`,
 * `checksums`). Read from the sorted copy the build prepares (one file read, searched by
 * bisection), else from the package, sorted once.
 */
let words: SortedWords | undefined;

function list(): SortedWords {
  if (!words) {
    const dir = dirname(fileURLToPath(import.meta.resolve('word-list')));
    words = preparedWords('word-list', packageVersion(dir)) ?? SortedWords.fromWords(readFileSync(join(dir, 'words.txt'), 'utf8').split('\n'));
  }
  return words;
}

/**
 * Is this lower-case word in the list and not the British form of a word the en-US dictionary
 * knows (en-US still flags `behaviour`: a careful editor of an American page writes `behavior`)?
 */
export function inEnglishList(word: string, knownToDictionary: (word: string) => boolean): boolean {
  if (!list().has(word)) return false;
  for (const [pattern, replacement] of americanForms) {
    const american = word.replace(pattern, replacement);
    if (american !== word && knownToDictionary(american)) return false;
  }
  return true;
}
