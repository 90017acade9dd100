// brand-casing: `type` as a noun (`This type of site needs:`) and `ask about` (asking the writer, not a program) introduce
// the writer's own list, not typed input; its lower-case names are checked (mend47a).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const page = readFileSync(new URL('../fixtures/brand-casing/typed-examples/stack.md', import.meta.url), 'utf8');

test('brand-casing: a list after a paragraph that names a kind (type of) or asks about it holds the writer\'s words; lower-case names there are flagged', async () => {
  const found = await siteFindings('brand-casing', {'_config.yml': 'title: t\n', 'stack.md': page});
  assert.deepEqual(found, [
    'stack.md:5:3 brand-casing',
    'stack.md:6:3 brand-casing',
    'stack.md:10:3 brand-casing',
  ]);
});
