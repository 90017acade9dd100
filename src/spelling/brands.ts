import type {Speller} from './speller.js';

/**
 * The right form of a brand or product name written in a wrong case (`Github` → `GitHub`),
 * or undefined. A name counts as a brand when the vocabulary (or `spelling.brands`) writes it
 * with a capital. Left alone: a form the vocabulary or the site's words list as written
 * (`docker`, `rust`), and a word that is also an ordinary word of the language (`go`, `swift`,
 * `typescript`) in lower case or capitalized at the start of a sentence.
 */
export function brandFix(word: string, speller: Speller, sentenceStart: boolean): string | undefined {
  const lower = word.toLowerCase();
  const configured = speller.brands.get(lower);
  if (configured !== undefined) return configured === word ? undefined : configured;
  const forms = speller.words.forms.get(lower);
  if (!forms || forms.includes(word) || speller.projectWords.has(word)) return undefined;
  // ALLCAPS forms are constants and acronyms, not a spelling a writer is held to.
  // camelCase forms that begin with a lower-case word (`fileInfo`, `docSearch`, `sourceMaps`) are code
  // identifiers from the lists, not how a brand is written (`macOS`, `iPhone`, `openSUSE` stay brands).
  const brands = forms.filter((form) => form !== form.toLowerCase() && form !== form.toUpperCase() && !/^\p{Ll}{3,}\p{Lu}\p{Ll}/u.test(form));
  if (brands.length === 0) return undefined;
  // A word that is also ordinary (or listed in lower case) is fine in lower case, and capitalized
  // at the start of a sentence; capitalized in mid-sentence it names something: `Typescript`.
  const ordinary = forms.includes(lower) || speller.ordinary(lower);
  if (ordinary && (word === lower || (sentenceStart && word === lower[0]!.toUpperCase() + lower.slice(1)))) return undefined;
  return brands[0];
}
