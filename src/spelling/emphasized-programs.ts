import type {ProseToken} from './prose.js';
import {emphasisAlone} from './emphasized-word.js';

/**
 * A program's name set in emphasis before the kind of thing it is (`the _jobb_ tool`, `the *rsvg*
 * command`, `**mkbundle** utility`): docs that do not use code spans mark a command's name so, and
 * the noun after it says the word names software, not an English word misspelled. In code
 * (`` `jobb` tool ``) it is never read. The emphasis must hold the word alone, in lower case, and
 * the kind come right after it: `the *awsome* new tool` is an emphasised adjective, and read.
 * So is an emphasised adjective right before the noun: after `a`/`an` (a program's name takes `the`:
 * `a *powerfull* tool`), or a slip of a word English makes an adverb of with `-ly` (`powerful`,
 * `awesome`: the judge's `adjective`), whatever the article.
 */

/** The kind of software a name is, right after the emphasis. */
const kindAfter = /^\s+(?:tool|command|utility|program|binary|executable|script|plugin|plug-in|package|library|module|crate|gem|daemon|CLI)s?\b/;

/** An indefinite article right before the emphasis: an adjective's place, not a name's. */
const indefiniteBefore = /(?:^|[^\p{L}])an?\s+$/iu;

export interface ProgramNameJudge {
  /** Is the word a slip of an adjective (its correction makes an `-ly` adverb)? Asked last: it costs a suggestion. */
  adjective: () => boolean;
}

export function emphasizedProgramName(source: string, token: ProseToken, judge?: ProgramNameJudge): boolean {
  if (token.text !== token.text.toLowerCase()) return false;
  const emphasis = emphasisAlone(source, token);
  if (emphasis === undefined) return false;
  if (!kindAfter.test(source.slice(emphasis[1], emphasis[1] + 20))) return false;
  if (indefiniteBefore.test(source.slice(Math.max(0, emphasis[0] - 10), emphasis[0]))) return false;
  return judge === undefined || !judge.adjective();
}
