import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const lint = (rule) => lintRule({rule, configFile: false, fixture: join(fixtures, 'spelling-contrasted')});

// A word set against its expected form after `, not` (`*connaisseurs*, not *connoisseurs*`) is written on purpose;
// the same word in a plain sentence (7:5) is still a typo, and two names set against each other (`Github, not
// Gitlab`: not one form of the other) are both still miscased.
test('spelling: a word contrasted with its expected form (X, not Y) is a mention; elsewhere it is read', async () => {
  assert.deepEqual((await lint('spelling')).findings.map(row), ['words.md:7:5 spelling']);
  assert.deepEqual((await lint('brand-casing')).findings.map(row), ['words.md:9:21 brand-casing', 'words.md:9:33 brand-casing']);
});
