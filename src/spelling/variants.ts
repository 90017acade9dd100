/**
 * British and American spellings of the same word (`behaviour`/`behavior`, `analyse`/`analyze`,
 * `modelling`/`modeling`, `centre`/`center`), told apart with the two Hunspell dictionaries:
 * a form is a variant only when one dictionary knows it, the other does not, and the other
 * spelling it maps to is the other way round.
 */
export type Variant = 'en-GB' | 'en-US';

/** British spellings and the American forms they become (`colour` → `color`, `analyse` → `analyze`). */
export const americanForms: Array<[RegExp, string]> = [
  [/our(?=s?$|ed$|ing$|ite|able|ful|er)/, 'or'],
  [/is(?=e$|es$|ed$|ing$|ation|er)/, 'iz'],
  [/ys(?=e$|es$|ed$|ing$|er)/, 'yz'],
  [/ll(?=ed$|ing$|er$|ers$)/, 'l'],
  [/tre(?=s?$)/, 'ter'],
  [/ogue(?=s?$)/, 'og'],
  [/ence(?=s?$)/, 'ense'],
];

/** The same mappings backwards: American spellings and the British forms they become. */
const britishForms: Array<[RegExp, string]> = [
  [/or(?=s?$|ed$|ing$|ite|able|ful|er)/, 'our'],
  [/iz(?=e$|es$|ed$|ing$|ation|er)/, 'is'],
  [/yz(?=e$|es$|ed$|ing$|er)/, 'ys'],
  [/l(?=ed$|ing$|er$|ers$)/, 'll'],
  [/ter(?=s?$)/, 'tre'],
  [/og(?=s?$)/, 'ogue'],
  [/ense(?=s?$)/, 'ence'],
];

type Knows = (word: string) => boolean;

/** Which variant a lower-case word is spelled in, if it is one side of a British/American pair. */
export function variantOf(word: string, american: Knows, british: Knows): Variant | undefined {
  for (const [pattern, replacement] of americanForms) {
    const other = word.replace(pattern, replacement);
    if (other !== word && american(other) && !british(other) && british(word) && !american(word)) return 'en-GB';
  }
  for (const [pattern, replacement] of britishForms) {
    const other = word.replace(pattern, replacement);
    if (other !== word && british(other) && !american(other) && american(word) && !british(word)) return 'en-US';
  }
  return undefined;
}
