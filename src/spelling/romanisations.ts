import type {Ranges} from './quotations.js';

/**
 * A romanisation the prose gives in parentheses right after a word of another script (`ठ (tha)`,
 * `क्र (kra)`, `θ (theta)`, `ㄱ (giyeok)`): the sound of that word spelled in Latin letters, a
 * transcription of the other language, not an English word to check. One lower-case word only: a
 * gloss of several words (`教程 (the tutorail)`) is the writer's English, and read; so is a word in
 * parentheses after a Latin one (`the letter (tha)`).
 */
// From the start of the other script's word only (no letter or mark before it): one pass over each run of its letters.
const romanised = /(?<![\p{L}\p{M}\u200c\u200d])(?:(?!\p{Script=Latin})\p{L}[\p{M}\u200c\u200d]*)+[ \t\u00a0]?\((\p{Ll}[\p{Script=Latin}\p{M}'\u2019]*)\)/gu;

/** Source ranges `[start, end)` of each such romanisation, the parentheses left out. */
export function romanisationSpans(source: string): Ranges {
  const spans: Ranges = [];
  // Most pages have no letter of another script: nothing to look for.
  if (!/(?!\p{Script=Latin})\p{L}/u.test(source)) return spans;
  for (const match of source.matchAll(romanised)) {
    const end = match.index + match[0].length - 1;
    spans.push([end - match[1]!.length, end]);
  }
  return spans;
}
