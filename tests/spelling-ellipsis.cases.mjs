import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// A word an ellipsis cuts on purpose (`…nformation`, `everythin…`) is a piece of a word the dictionary
// suggests (its tail, its head): text shown truncated, not a slip. A slip glued to an ellipsis (`…recieve`)
// and a cut word the ellipsis does not touch (`… nformation`) are reported.
test('spelling: a word cut by a leading or trailing ellipsis is not a likely typo; a slip after one, or a fragment set apart from it, is', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'ellipsis')});
  assert.deepEqual(findings.map(row), ['cut.md:11:44 spelling', 'cut.md:13:52 spelling']);
});
