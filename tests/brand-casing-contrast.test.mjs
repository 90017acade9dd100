import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// The wrong form shown beside the right one in one clause (`misspell GitHub as Github`, `把 GitHub 误拼为 Github`)
// is named on purpose; past a sentence end, or farther than a few words, it is a slip, reported.
test('brand-casing: a wrong form a few characters from the right one in the same clause is a mention; apart from it, reported', async () => {
  const {findings} = await lintRule({rule: 'brand-casing', configFile: false, fixture: join(fixtures, 'brand-casing', 'contrast')});
  assert.deepEqual(findings.map(row), [
    'names.md:7:49 brand-casing', // after a sentence end
    'names.md:9:68 brand-casing', // same sentence, many words apart
  ]);
});
