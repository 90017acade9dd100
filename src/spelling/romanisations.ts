import type {Ranges} from './quotations.js';

/**
 * A romanisation the prose gives in parentheses right after a letter of another script (`ठ (tha)`,
 * `क्र (kra)`, `θ (theta)`, `ㄱ (giyeok)`): the sound of that letter spelled in Latin letters, a
 * transcription, not an English word to check. One letter only — a base letter with its marks, or
 * a conjunct its virama joins (`क्र`, `প্র`) — of an alphabet, abugida or syllabary: after a word of
 * several letters (`подсказки (prompt)`, `通信桥 (bridge)`), a Han character (a sign of meaning) or a
 * symbol (`µ (mean)`), the word in parentheses is as often the English term or its translation, and
 * read, as is a gloss of several words (`教程 (the tutorail)`) and a word after a Latin one.
 */
// A letter of another script that stands for a sound: not Latin, not Han, not a shared symbol (Common: `µ`).
const soundLetter = String.raw`(?!\p{Script=Latin}|\p{Script=Han}|\p{Script=Common})\p{L}[\p{M}\u200c\u200d]*`;
// The virama (combining class 9) of the Brahmic scripts: it joins the next consonant into the same letter (`क्र`).
const virama = String.raw`[\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca\u0e3a\u0f84\u1039\u103a\u17d2\u1b44\ua8c4]`;
// From the start of the letter (no letter or mark before it) to the parenthesis: one pass, linear.
const romanised = new RegExp(String.raw`(?<![\p{L}\p{M}\u200c\u200d])${soundLetter}(?:(?<=${virama}[\u200c\u200d]?)${soundLetter})*[ \t\u00a0]?\((\p{Ll}[\p{Script=Latin}\p{M}'\u2019]*)\)`, 'gu');

/** Source ranges `[start, end)` of each such romanisation, the parentheses left out. */
export function romanisationSpans(source: string): Ranges {
  const spans: Ranges = [];
  // Most pages have no letter of another script: nothing to look for. Every such letter is outside
  // ASCII, and a page all in ASCII is told by a plain scan, cheaper than the script test at each letter.
  if (!/[^\x00-\x7F]/.test(source) || !/(?!\p{Script=Latin})\p{L}/u.test(source)) return spans;
  for (const match of source.matchAll(romanised)) {
    const end = match.index + match[0].length - 1;
    spans.push([end - match[1]!.length, end]);
  }
  return spans;
}
