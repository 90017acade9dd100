import type {ProseToken} from './prose.js';
import {emphasisAlone} from './emphasized-word.js';

/**
 * A program's name set in emphasis before the kind of thing it is (`the _jobb_ tool`, `the *rsvg*
 * command`, `**mkbundle** utility`): docs that do not use code spans mark a command's name so, and
 * the noun after it says the word names software, not an English word misspelled. In code
 * (`` `jobb` tool ``) it is never read. The emphasis must hold the word alone, in lower case, and
 * the kind come right after it: `the *awsome* new tool` is an emphasised adjective, and read.
 */

/** The kind of software a name is, right after the emphasis. */
const kindAfter = /^\s+(?:tool|command|utility|program|binary|executable|script|plugin|plug-in|package|library|module|crate|gem|daemon|CLI)s?\b/;

export function emphasizedProgramName(source: string, token: ProseToken): boolean {
  if (token.text !== token.text.toLowerCase()) return false;
  const emphasis = emphasisAlone(source, token);
  if (emphasis === undefined) return false;
  return kindAfter.test(source.slice(emphasis[1], emphasis[1] + 20));
}
