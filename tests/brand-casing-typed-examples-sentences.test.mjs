// brand-casing: a list of questions to ask a program whose items are all written as sentences (capital first, as
// the writer writes) holds the writer's own words, not casual typing; lower-case names there are checked (mend47a).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const page = readFileSync(new URL('../fixtures/brand-casing/typed-examples/assistant.md', import.meta.url), 'utf8');

test('brand-casing: example questions all written as sentences are the writer\'s words; a lower-case name in them is flagged', async () => {
  const found = await siteFindings('brand-casing', {'_config.yml': 'title: t\n', 'assistant.md': page});
  assert.deepEqual(found, [
    'assistant.md:5:30 brand-casing',
    'assistant.md:6:28 brand-casing',
  ]);
});
