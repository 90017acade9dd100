import {englishJoints} from './english-function-words.js';

/**
 * The words the world's languages join two items of a list with, as CLDR writes them (`Intl.ListFormat`,
 * "and" and "or", for each language ICU has a two-letter code for): `und`, `oder`, `e`, `y`, `et`, `ou`,
 * `og`, `och`, `i`, `a` (Czech), `и`, `або`, `和`, `및`. Worked out once, on first need (~30 ms of ICU).
 */
let connectors: Set<string> | undefined;

function cldrConnectors(): Set<string> {
  const found = new Set<string>();
  for (let a = 97; a <= 122; a++) {
    for (let b = 97; b <= 122; b++) {
      const code = String.fromCharCode(a, b);
      if (Intl.ListFormat.supportedLocalesOf([code]).length === 0) continue;
      for (const type of ['conjunction', 'disjunction'] as const) {
        const joined = new Intl.ListFormat([code], {type}).format(['\u0001', '\u0002']);
        const word = joined.slice(joined.indexOf('\u0001') + 1, joined.indexOf('\u0002')).trim().toLowerCase();
        if (word !== '') found.add(word);
      }
    }
  }
  return found;
}

/**
 * Words English writes too that CLDR gives as another language's "and" or "or" (Czech `a`, Filipino
 * `at`, Slovenian `in`, Afrikaans `of`): between two markers on a page they read as an English note's
 * words first (`TODO a FIXME`), as the function words do.
 */
const english = new Set([...englishJoints, 'a', 'an', 'at', 'in', 'no']);

/** Is `word` (lower case) what some language joins two listed items with, and not an English word of its own? */
export function foreignListConnector(word: string): boolean {
  connectors ??= cldrConnectors();
  return connectors.has(word) && !english.has(word);
}
