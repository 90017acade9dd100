// A page with very many miscased brands: each finding's place (its index among the prose words, its
// line and column) is looked up in an index made once per page, not found by a scan from the start.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';
import {assertLinearGrowthAsync} from './growth.mjs';

const page = (paragraphs) => Array.from({length: paragraphs}, (_, i) => `We push it to github and then to gitlab every day ${i}.\n\n`).join('');

test('brand-casing: every miscased brand of a long page is reported at its line and column', async () => {
  const {messages} = await lintSite('brand-casing', {'_config.yml': 'title: t\n', 'many.md': page(300)});
  assert.deepEqual(messages.slice(-2).map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`), ['many.md:599:15 brand-casing', 'many.md:599:34 brand-casing']);
});

test('brand-casing: 4× the findings on a page cost about 4× (linear), not 16×', async () => {
  // CPU time's shape (growth.mjs): a scan per finding costs about 16× at 4n, re-measured over 16n on a busy machine.
  const run = async ({paragraphs, files}) => assert.equal((await lintSite('brand-casing', files)).messages.length, 2 * paragraphs);
  const make = (paragraphs) => ({paragraphs, files: {'_config.yml': 'title: t\n', 'many.md': page(paragraphs)}});
  await assertLinearGrowthAsync('brand-casing over a page of findings', run, make, 2500, {rounds: 2});
});
