import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

// A `#` or `%` line of a Python or YAML block is a comment: its first word is prose, not a program
// the page runs, so the same misspelling in the page's prose is still reported. In a console session
// `#` is the root prompt, and its command (like a `$` one) is a program's name in the prose.
test('spelling: a code comment is no shell prompt; a console block\'s `#` and `$` lines are', async () => {
  assert.deepEqual(await ruleFindings('spelling', ['spelling-comment-prompts']), [
    'spelling-comment-prompts/parsing.md:3:4 spelling',
    'spelling-comment-prompts/parsing.md:3:64 spelling',
  ]);
});
