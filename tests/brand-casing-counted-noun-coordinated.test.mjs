// brand-casing: `a typescript or javascript developer` and `a python to typescript converter` are modifiers of a
// noun still to come, no counted `typescript`; the page's `Typescript` stays checked (mend47a).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const page = readFileSync(new URL('../fixtures/brand-casing/counted-noun-page-coordinated/jobs.md', import.meta.url), 'utf8');

test('brand-casing: a word joined by or/and/to to a modifier is no counted noun; the Title Case name is checked', async () => {
  const found = await siteFindings('brand-casing', {'_config.yml': 'title: t\n', 'jobs.md': page});
  assert.deepEqual(found.filter((row) => /^jobs\.md:7:/.test(row)), ['jobs.md:7:24 brand-casing']);
});
