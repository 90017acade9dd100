import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// A handle credited after a link (`[post](https://blog.haoling.example/…) (by haoling)`) that the link's
// address spells as one of its labels is the author's name; a credit the address does not spell, or one
// with no link before it, is read.
test('spelling: a handle credited after a link whose host spells it is a name; other credits are read', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'credits')});
  assert.deepEqual(findings.map(row), ['extras.md:4:62 spelling', 'extras.md:5:23 spelling']);
});
