import {fileURLToPath} from 'node:url';
import {dictionaryDir, packageVersion} from './hunspell.js';
import type {SortedWords} from './sorted-words.js';
import {preparedWords} from './word-data.js';

/**
 * British and American spellings of the same word (`behaviour`/`behavior`, `analyse`/`analyze`,
 * `modelling`/`modeling`, `centre`/`center`), told apart with the two Hunspell dictionaries:
 * a form is a variant only when one dictionary knows it, the other does not, and the other
 * spelling it maps to is the other way round. British English keeps some American forms as
 * words of their own (the verb `license` beside the noun `licence`, `meter` the instrument beside
 * the unit `metre`, `prize` beside `prise`): a word only en-GB knows whose American form en-US
 * knows is British even when en-GB knows that form too, but such a form is no American spelling
 * (a British site writes it), so it is not counted as one.
 */
export type Variant = 'en-GB' | 'en-US';

/**
 * British/American spelling pairs: the British part, the American part, and what must follow
 * for the swap to apply (`colour` → `color`, `analyse` → `analyze`, `modelling` → `modeling`).
 */
const pairs: Array<[british: string, american: string, followedBy: string]> = [
  ['our', 'or', 's?$|ed$|ing$|ite|able|ful|er'],
  ['is', 'iz', 'e$|es$|ed$|ing$|ation|er'],
  ['ys', 'yz', 'e$|es$|ed$|ing$|er'],
  ['ll', 'l', 'ed$|ing$|er$|ers$'],
  ['tre', 'ter', 's?$'],
  ['ogue', 'og', 's?$'],
  ['ence', 'ense', 's?$'],
];

/** British spellings and the American forms they become. */
export const americanForms: Array<[RegExp, string]> = pairs.map(([british, american, next]) => [new RegExp(`${british}(?=${next})`), american]);

/** The same mappings backwards: American spellings and the British forms they become. */
const britishForms: Array<[RegExp, string]> = pairs.map(([british, american, next]) => [new RegExp(`${american}(?=${next})`), british]);

type Knows = (word: string) => boolean;

/** Which variant a lower-case word is spelled in, if it is one side of a British/American pair. */
export function variantOf(word: string, american: Knows, british: Knows): Variant | undefined {
  for (const [pattern, replacement] of americanForms) {
    const other = word.replace(pattern, replacement);
    if (other !== word && american(other) && british(word) && !american(word)) return 'en-GB';
  }
  for (const [pattern, replacement] of britishForms) {
    const other = word.replace(pattern, replacement);
    if (other !== word && british(other) && !american(other) && american(word) && !british(word)) return 'en-US';
  }
  return undefined;
}

/**
 * Every British/American pair the two dictionaries' word lists make (for the build: see
 * write-word-data.ts): the British forms and the American forms, each a plain word list.
 */
export function variantPairs(britishWords: Iterable<string>, american: Knows, british: Knows): {british: string[]; american: string[]} {
  const out = {british: [] as string[], american: [] as string[]};
  words: for (const word of britishWords) {
    if (word !== word.toLowerCase() || american(word)) continue;
    for (const [pattern, replacement] of americanForms) {
      const other = word.replace(pattern, replacement);
      if (other !== word && american(other) && !british(other)) {
        out.british.push(word);
        out.american.push(other);
        continue words;
      }
    }
    // `licence`: its American form `license` is British English's verb, so no American spelling of its own.
    if (americanForms.some(([pattern, replacement]) => word.replace(pattern, replacement) !== word && american(word.replace(pattern, replacement)))) out.british.push(word);
  }
  return out;
}

/** Names of the prepared lists of British and American forms (dist/data/). */
export const britishVariants = 'postlint-variants-en-gb';
export const americanVariants = 'postlint-variants-en-us';

/** The pairs are made from both dictionaries: their versions together. */
export function variantsVersion(): string {
  return ['dictionary-en', 'dictionary-en-gb'].map((name) => {
    const dir = dictionaryDir(name, fileURLToPath(new URL('.', import.meta.url)));
    return `${name}@${dir ? packageVersion(dir) : 'absent'}`;
  }).join(',');
}

let lists: {british: SortedWords; american: SortedWords} | null | undefined;

/**
 * The variant of a lower-case word from the lists the build prepared (two small files), or
 * null when they are missing or stale (the caller then asks both dictionaries: variantOf).
 */
export function preparedVariant(word: string): Variant | undefined | null {
  if (lists === undefined) {
    const version = variantsVersion();
    const british = preparedWords(britishVariants, version);
    const american = preparedWords(americanVariants, version);
    lists = british && american ? {british, american} : null;
  }
  if (lists === null) return null;
  return lists.british.has(word) ? 'en-GB' : lists.american.has(word) ? 'en-US' : undefined;
}

/**
 * Is this word spelled in the other English variant than `language` (`colour` for en-US,
 * `color` for en-GB)? Only for a language the config sets: by default the site decides
 * (site-signals.ts).
 */
export function otherVariant(word: string, language: string): boolean {
  const tag = language.toLowerCase().replace(/_/g, '-');
  if (!['en', 'en-us', 'en-gb'].includes(tag)) return false;
  const variant = preparedVariant(word.toLowerCase());
  return variant !== null && variant !== undefined && variant !== (tag === 'en-gb' ? 'en-GB' : 'en-US');
}
