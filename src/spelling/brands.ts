import type {Speller} from './speller.js';

/**
 * The right form of a brand or product name written in a wrong case (`Github` → `GitHub`),
 * or undefined. A name counts as a brand when `spelling.brands` lists it, or a list of names
 * (or, with an inner capital, the general software-term list) writes it with a capital. Left
 * alone: a form the vocabulary or the site's words list as written (`docker`, `rust`), and a word that is also an ordinary word of the language (`go`, `swift`,
 * `typescript`) in lower case or capitalized at the start of a sentence.
 */
export function brandFix(word: string, speller: Speller, sentenceStart: boolean): string | undefined {
  const lower = word.toLowerCase();
  const configured = speller.brands.get(lower);
  if (configured !== undefined) return configured === word ? undefined : configured;
  const forms = speller.words.forms.get(lower);
  if (!forms || forms.includes(word) || speller.projectWords.has(word)) return undefined;
  const brands = forms.filter((form) => brandForm(form, speller.words.names));
  if (brands.length === 0) return undefined;
  // A word that is also ordinary (or listed in lower case) is fine in lower case, and capitalized
  // at the start of a sentence; capitalized in mid-sentence it names something: `Typescript`.
  const ordinary = forms.includes(lower) || speller.ordinary(lower);
  if (ordinary && (word === lower || (sentenceStart && word === lower[0]!.toUpperCase() + lower.slice(1)))) return undefined;
  // A list that writes a name with one capital (`Jetbrains`, `Appveyor`) says nothing about inner
  // capitals: a writer who adds them (`JetBrains`, `AppVeyor`) knows the name better than the list.
  const right = brands[0]!;
  if (word !== lower && !innerCapital(right)) return undefined;
  return right;
}

function innerCapital(form: string): boolean {
  return /^.\P{Lu}*\p{Lu}/u.test(form);
}

/**
 * Is this listed form how a brand is written? ALLCAPS forms are constants and acronyms, not a
 * spelling a writer is held to; camelCase forms that begin with a lower-case word (`fileInfo`,
 * `docSearch`, `sourceMaps`) are code identifiers. A form from a list of names (`macOS`, `Django`,
 * `Linux`) is one; from the general term list, only a capitalized form with an inner capital
 * (`JavaScript`, `WordPress`, `PostgreSQL`): that list also capitalizes plain terms (`Nullable`)
 * and writes some names against their owners' usage (`Kramdown`, `Lunr`, `dotNET`). Forms of
 * one or two letters and acronym plurals (`DEVs`) are not brands.
 */
function brandForm(form: string, names: ReadonlySet<string>): boolean {
  // Two letters make no brand a writer can be held to (`El` is listed, and is Spanish for "the").
  if ([...form].length < 3) return false;
  // The plural of an acronym (`DEVs`, `REFs` in the acronym list) is not how a name is written.
  if (/^\p{Lu}{2,}s$/u.test(form)) return false;
  if (form === form.toLowerCase() || form === form.toUpperCase() || /^\p{Ll}{3,}\p{Lu}\p{Ll}/u.test(form)) return false;
  return names.has(form) || (/^\p{Lu}/u.test(form) && innerCapital(form));
}
