import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// A capitalized word that opens a sentence is judged as a name when the page also writes it
// capitalized in running text (`Ida Wille`, then `Wille, how old…`: a transcript addressing a
// speaker). A typo capitalized only at a sentence's start, or also in a title-case heading, is
// still one; so is a name-shaped known misspelling the page never writes in running text.
test('spelling: a known misspelling at a sentence start that the page writes as a name in running text is that name', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'names-at-sentence-start')});
  assert.deepEqual(findings.map(row), ['slips.md:3:1 spelling', 'slips.md:5:11 spelling', 'slips.md:7:1 spelling']);
});

// The name is judged where it is capitalized; written in lower case (`We cleaned teh lens`) it is
// the word itself, and a typo there is reported though the page writes `Ana Teh` and opens a sentence with `Teh,`.
test('spelling: a word the page writes as a name is still a typo where it is written in lower case', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'name-and-lower-case')});
  assert.deepEqual(findings.map(row), ['harbour.md:7:12 spelling']);
});

// A title the prose names is in Title Case (`the How to Recieve Payments guide`): its capitals say
// nothing of a name, and the typo opening a sentence (`Recieve the tide tables`) is still reported.
test('spelling: a typo at a sentence start is reported though a title in running text capitalizes it', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'name-or-title')});
  assert.deepEqual(findings.map(row), ['payments.md:3:1 spelling']);
});

// A name the page writes capitalized in running text (`two Strumble rigs`), lower-cased at one use
// (`strumble behavoir`), is the page's own letters for it, not a slip of an English word; the typo beside
// it is still reported, and so is the slip on a page that never writes it as a name.
test('spelling: a slip whose letters the page writes as a name in running text is that name lower-cased', async () => {
  const lint = async (page) => (await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'name-lower-cased'), paths: [page]})).findings.map(row);
  assert.deepEqual(await lint('named.md'), ['named.md:5:21 spelling']);
  assert.deepEqual(await lint('unnamed.md'), ['unnamed.md:5:12 spelling']);
});
