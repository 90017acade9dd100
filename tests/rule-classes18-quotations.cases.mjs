// Rule concepts learnt from the round-15 and round-16 held-out verdicts: text a reader knows is
// quoted verbatim (a forge item's title as link text, a blockquote introduced or signed as someone's
// words, a quotation a verb of saying attributes) is left as its source wrote it; the site's own
// callouts, pointers and prose are still read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

test('brand-casing: a forge issue/PR/commit title given as link text is quoted; the prose, a pointer and a file link are read', async () => {
  const rows = await ruleFindings('brand-casing', ['quotations/docs/forge.md', 'quotations/mkdocs.yml'], {severity: 'error', offline: true});
  // 3:52 (a commit's title) is gone; 7 (prose) and 11 (a link to a file, not an item) stay.
  assert.deepEqual(rows, ['quotations/docs/forge.md:7:17 brand-casing', 'quotations/docs/forge.md:11:37 brand-casing']);
});

test('spelling: an issue title as link text is quoted; link text the writer words is read', async () => {
  const rows = await ruleFindings('spelling', ['quotations/docs/forge.md', 'quotations/mkdocs.yml'], {severity: 'error', offline: true});
  assert.deepEqual(rows, ['quotations/docs/forge.md:9:23 spelling']);
});

test('spelling: a quotation after `she said:`, a blockquote answering a question put to someone, an HTML blockquote signed with a dash are quoted; callouts and unsigned quotes are read', async () => {
  const rows = await ruleFindings('spelling', ['quotations/docs/quotes.md', 'quotations/mkdocs.yml'], {severity: 'error', offline: true});
  assert.deepEqual(rows, [
    'quotations/docs/quotes.md:5:19 spelling', // the writer's own sentence
    'quotations/docs/quotes.md:18:10 spelling', // a `> [!TIP]` callout
    'quotations/docs/quotes.md:22:19 spelling', // `Before you start:` names no speaker
    'quotations/docs/quotes.md:30:47 spelling', // an HTML blockquote with no source named
  ]);
});

test('brand-casing: a blockquote introduced as the sentence of someone\'s post is quoted; a `> **Note:**` callout after it is read', async () => {
  const rows = await ruleFindings('brand-casing', ['quotations/docs/quotes.md', 'quotations/mkdocs.yml'], {severity: 'error', offline: true});
  assert.deepEqual(rows, ['quotations/docs/quotes.md:11:30 brand-casing']);
});

test('spelling: the abstract under a paper\'s linked title is the paper\'s words; the comment after it and an unlinked paper\'s abstract are read', async () => {
  const rows = await ruleFindings('spelling', ['quotations/docs/papers.md', 'quotations/mkdocs.yml'], {severity: 'error', offline: true});
  assert.deepEqual(rows, ['quotations/docs/papers.md:9:14 spelling', 'quotations/docs/papers.md:15:11 spelling']);
});

test('spelling: the writer\'s own words after `I said:`, and a quotation not marked as an excerpt (`As noted: "…"`), are read; an excerpt someone else said (`_"...…..."_`) is quoted', async () => {
  const rows = await ruleFindings('spelling', ['quotations/docs/said-own.md', 'quotations/mkdocs.yml'], {severity: 'error', offline: true});
  assert.deepEqual(rows, ['quotations/docs/said-own.md:3:67 spelling', 'quotations/docs/said-own.md:5:16 spelling']);
});

test('forge link text in the writer\'s first person (`[We fixed …]`, `[I rewrote …]`), or that the sentence carries on after (`, and …`, `from now on`), is the writer\'s prose: read', async () => {
  const spelling = await ruleFindings('spelling', ['quotations/docs/forge-own.md', 'quotations/mkdocs.yml'], {severity: 'error', offline: true});
  assert.deepEqual(spelling, ['quotations/docs/forge-own.md:3:25 spelling', 'quotations/docs/forge-own.md:5:16 spelling', 'quotations/docs/forge-own.md:7:38 spelling']);
  const brands = await ruleFindings('brand-casing', ['quotations/docs/forge-own.md', 'quotations/mkdocs.yml'], {severity: 'error', offline: true});
  assert.deepEqual(brands, ['quotations/docs/forge-own.md:7:12 brand-casing']);
});

test('spelling: a blockquote after the writer\'s own "let me rewrite the sentence:" or "I asked myself \\"…?\\"" is the writer\'s passage: read', async () => {
  const rows = await ruleFindings('spelling', ['quotations/docs/own-passage.md', 'quotations/mkdocs.yml'], {severity: 'error', offline: true});
  assert.deepEqual(rows, ['quotations/docs/own-passage.md:5:37 spelling', 'quotations/docs/own-passage.md:7:49 spelling', 'quotations/docs/own-passage.md:9:45 spelling']);
});
