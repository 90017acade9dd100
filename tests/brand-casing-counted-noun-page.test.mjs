// brand-casing: an ordinary word in Title Case against a name with a capital inside (`Chatbot`, `ChatBot`) on a page
// that counts the word in lower case as a noun (`a chatbot that`) is that noun in a title or after `the` (fix47a).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const read = (name) => readFileSync(new URL(`../fixtures/brand-casing/counted-noun-page/${name}`, import.meta.url), 'utf8');

test('brand-casing: the Title Case word on a page that counts it in lower case is the noun; with no counted use, a modifier or a prepositional one, it is checked', async () => {
  const found = await siteFindings('brand-casing', {'_config.yml': 'title: t\n', 'bots.md': read('bots.md'), 'plain.md': read('plain.md')});
  assert.deepEqual(found, [
    // bots.md: `a chatbot that` counts the noun; `Support Chatbot` (headings) and `the Chatbot will` are it.
    'plain.md:1:19 brand-casing', // no counted use on this page: `in chatbot.` follows a preposition
    'plain.md:3:8 brand-casing',
    'plain.md:5:13 brand-casing', // `a typescript project` is a modifier, no counted use
    'plain.md:7:43 brand-casing', // Github: no ordinary word
  ]);
});
