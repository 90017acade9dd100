import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * A large list of English words (SCOWL-based, from the `word-list` package) that knows the
 * everyday technical English a Hunspell dictionary lacks (`scalable`, `lookups`, `natively`,
 * `checksums`). Read only when a word is unknown to the dictionary and the vocabulary, so a run
 * whose words are all known never pays for it.
 */
let words: Set<string> | undefined;

function list(): Set<string> {
  if (!words) {
    const path = join(dirname(fileURLToPath(import.meta.resolve('word-list'))), 'words.txt');
    words = new Set(readFileSync(path, 'utf8').split('\n'));
  }
  return words;
}

/** British spellings and the American forms they become (`colour` → `color`, `analyse` → `analyze`). */
const americanForms: Array<[RegExp, string]> = [
  [/our(?=s?$|ed$|ing$|ite|able|ful|er)/, 'or'],
  [/is(?=e$|es$|ed$|ing$|ation|er)/, 'iz'],
  [/ys(?=e$|es$|ed$|ing$|er)/, 'yz'],
  [/ll(?=ed$|ing$|er$|ers$)/, 'l'],
  [/tre(?=s?$)/, 'ter'],
  [/ogue(?=s?$)/, 'og'],
  [/ence(?=s?$)/, 'ense'],
];

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
