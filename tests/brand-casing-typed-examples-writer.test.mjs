// brand-casing: lists that are the writer's own words, not typed input, keep their lower-case names checked (mend47a):
// `type` as a noun (`This type of site needs:`), `ask about` (asking people), and example questions to a program all
// written as sentences (capital first, the writer's casing).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const findings = (name) => siteFindings('brand-casing', {'_config.yml': 'title: t\n', [name]: readFileSync(new URL(`../fixtures/brand-casing/typed-examples/${name}`, import.meta.url), 'utf8')});

test('brand-casing: a list after a paragraph that names a kind (type of) or asks about it holds the writer\'s words; lower-case names there are flagged', async () => {
  assert.deepEqual(await findings('stack.md'), [
    'stack.md:5:3 brand-casing',
    'stack.md:6:3 brand-casing',
    'stack.md:10:3 brand-casing',
  ]);
});

test('brand-casing: example questions all written as sentences are the writer\'s words; a lower-case name in them is flagged', async () => {
  assert.deepEqual(await findings('assistant.md'), [
    'assistant.md:5:30 brand-casing',
    'assistant.md:6:28 brand-casing',
  ]);
});
