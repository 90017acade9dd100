import type {ProseToken} from './prose.js';
import {emphasisAlone} from './emphasized-word.js';

/**
 * A spelling cited as a spelling: a word set apart in emphasis right after a verb that says how a
 * word is written (`Frustum (sometimes written _frustrum_)`, `also spelt *grey*`, `often misspelled
 * as **seperate**`). The writer gives the letters of another form, a variant or the common slip, on
 * purpose: a mention, not a use. In quotes it is a mention already (passages.ts `quoted`).
 * The emphasis must hold the word alone and follow the verb at once: `written *quikly and well*` is
 * an emphasised phrase, `is written quikly` (no emphasis) a use, both still read.
 */

/** The verb that says a spelling follows, at the end of the text before the emphasis. */
const spellingVerb = /(?:^|[^\p{L}])(?:spelled|spelt|spells|spell|misspelled|misspelt|spelling)(?:\s+as)?\s+$/iu;

/**
 * `write` names a spelling only with `as` after it or a word of how often or how rightly before it
 * (`sometimes written _frustrum_`, `also written as *grey*`): alone it is writing (`written *entirly*
 * in C`, `we write *realy* small functions`: an emphasised word of the writer's, read).
 */
const writtenAs = /(?:^|[^\p{L}])(?:(?:sometimes|also|often|usually|commonly|frequently|occasionally|typically|rarely|mostly|generally|wrongly|incorrectly|mistakenly|erroneously|alternatively|correctly|properly|traditionally|originally|formerly)\s+(?:written|writes|write)|(?:written|writes|write)\s+as)\s+$/iu;

export function citedSpelling(source: string, token: ProseToken): boolean {
  const emphasis = emphasisAlone(source, token);
  if (emphasis === undefined) return false;
  const before = source.slice(Math.max(0, emphasis[0] - 40), emphasis[0]);
  return spellingVerb.test(before) || writtenAs.test(before);
}
