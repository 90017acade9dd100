// brand-casing: `a library using typescript.` and `a guide about typescript.` count no `typescript` (the article
// counts `library`, `guide`); the page's `Typescript` stays checked (mend47a).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const page = readFileSync(new URL('../fixtures/brand-casing/counted-noun-page-verbs/guide.md', import.meta.url), 'utf8');

test('brand-casing: a word after a participle or a preposition behind an article is not counted by it; the Title Case name is checked', async () => {
  const found = await siteFindings('brand-casing', {'_config.yml': 'title: t\n', 'guide.md': page});
  assert.deepEqual(found.filter((row) => /^guide\.md:(1|7):/.test(row)), [
    'guide.md:1:13 brand-casing',
    'guide.md:7:18 brand-casing',
  ]);
});
