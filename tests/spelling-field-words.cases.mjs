// Words of a field the English lists take for typos: the web platform's event names (`seeked`), and
// English inflections of a term the page names (in code, as an acronym, or as a field's word English lacks).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {eventNames} from '../dist/src/spelling/vocabulary.js';
import {correctsToAnotherWord, inflectionStems} from '../dist/src/spelling/page-terms.js';

const base = join(fixtures, 'spelling', 'field-words');
/** One page at a time: the site-terms signal (a word in three files) stays out of it. */
const lint = async (page) => (await lintRule({rule: 'spelling', fixture: base, configFile: false, paths: [page]})).findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.data.word} ${m.data.likely ?? '-'}`);

test('an event name of the HTML standard (a stream that can\'t be "seeked") is a word; a misspelled past tense beside it is still reported', async () => {
  assert.deepEqual(await lint('events.md'), ['events.md:3:65 writed misspelling']);
});

test('the plural of a name the page writes alone as inline code (`Configurable` → configurables) is not a likely typo; without the code it is', async () => {
  assert.deepEqual(await lint('code-name.md'), []);
  assert.deepEqual(await lint('no-code-name.md'), ['no-code-name.md:3:33 configurables misspelling']);
});

test('an inflection of an acronym the page writes (CRON → cronned) is not a slip; without the acronym it is', async () => {
  assert.deepEqual(await lint('acronym.md'), []);
  assert.deepEqual(await lint('no-acronym.md'), ['no-acronym.md:3:37 cronned slip']);
});

test('an inflection of a field\'s term the page writes (umount → umounted) is not held to the misspellings list\'s other word (unmounted); without the term it is', async () => {
  assert.deepEqual(await lint('term.md'), []);
  assert.deepEqual(await lint('no-term.md'), ['no-term.md:3:28 umounted misspelling']);
});

test('an English word\'s wrong inflection stays a misspelling though the page writes the word (criticals beside critical), and so does a slip on no term of the page', async () => {
  assert.deepEqual(await lint('criticals.md'), ['criticals.md:3:34 criticals misspelling', 'criticals.md:3:56 chenged misspelling']);
});

test('an adjective the page counts as a noun at one use (the proportion of criticals) is the field\'s noun at its other uses too; a slip beside it is still reported', async () => {
  assert.deepEqual(await lint('counted-noun.md'), ['counted-noun.md:3:100 tpyo misspelling']);
  // Never counted, only before a noun (`the criticals issues`): the adjective's slip.
  assert.deepEqual(await lint('criticals.md'), ['criticals.md:3:34 criticals misspelling', 'criticals.md:3:56 chenged misspelling']);
});

test('a spelling cited in emphasis after a verb of spelling (written _frustrum_) and a program\'s name in emphasis before its kind (the _tpyo_ tool) are mentions; in an emphasised phrase or before another word they are read', async () => {
  assert.deepEqual(await lint('mentioned-in-emphasis.md'), []);
  assert.deepEqual(await lint('used-in-emphasis.md'), ['used-in-emphasis.md:3:23 frustrum misspelling', 'used-in-emphasis.md:3:48 frustrum misspelling', 'used-in-emphasis.md:3:73 tpyo misspelling']);
});

test('event names are the handler attributes without `on`', () => {
  assert.deepEqual(eventNames(['onseeked', 'onclick', 'on', 'onX']), ['seeked', 'click']);
});

test('inflection stems: endings off, a final e back, a doubled consonant single', () => {
  assert.deepEqual(inflectionStems('jitting'), ['jitt', 'jitte', 'jit']);
  assert.deepEqual(inflectionStems('configurables'), ['configurable', 'configurabl']);
  assert.deepEqual(inflectionStems('seeing'), ['see', 'seee']);
  assert.deepEqual(inflectionStems('runs'), ['run']);
});

test('a correction to another word, not to a form of the term', () => {
  assert.equal(correctsToAnotherWord('umount', ['unmounted']), true);
  assert.equal(correctsToAnotherWord('critical', ['critical']), false);
  assert.equal(correctsToAnotherWord('submit', ['submitted']), false);
  assert.equal(correctsToAnotherWord('trane', ['trained']), true);
  assert.equal(correctsToAnotherWord('term', []), false);
});

test('a list of program names (most openings unknown: storefs, soundd, kbd2d, blankd) names its items: a name there is not a likely typo, the same word in a sentence is', async () => {
  assert.deepEqual(await lint('programs.md'), ['programs.md:13:28 syncd misspelling']);
});

test('a list of English words keeps its typos reported (its openings are mostly known)', async () => {
  assert.deepEqual(await lint('groceries.md'), ['groceries.md:5:3 banannas misspelling']);
});

test('an English word in capitals (a heading written READ AND WRITE) is no acronym of a term: its misspelled inflection (writed) is still reported', async () => {
  assert.deepEqual(await lint('capitals.md'), ['capitals.md:3:12 writed misspelling']);
});

test('the plural of a name another page of the site writes alone as inline code is not a likely typo either (site half)', async () => {
  const {findings} = await lintRule({rule: 'spelling', fixture: base, configFile: false, paths: ['code-name.md', 'no-code-name.md']});
  assert.deepEqual(findings.map((m) => `${m.file}:${m.line}:${m.column}`), []);
});

test('a wrong inflection of a name in inline code (`run` → runing, for running) is still reported: a suggestion is another form of the name', async () => {
  assert.deepEqual(await lint('wrong-form.md'), ['wrong-form.md:3:36 runing misspelling']);
  const {findings} = await lintRule({rule: 'spelling', fixture: base, configFile: false, paths: ['wrong-form.md', 'code-name.md']});
  assert.deepEqual(findings.map((m) => `${m.file}:${m.line}:${m.column}`), ['wrong-form.md:3:36']);
});

test('a wrong past tense of a verb the page names as inline code (`find` → finded, `write` → writed) is still reported: only a code name\'s plural is excused', async () => {
  assert.deepEqual(await lint('code-verb.md'), ['code-verb.md:5:21 finded misspelling', 'code-verb.md:5:51 writed misspelling']);
});

test('another page\'s inline code name (`find`) does not excuse a wrong past tense of it (finded) in a post of the site', async () => {
  const {findings} = await lintRule({rule: 'spelling', fixture: base, configFile: false, paths: ['code-verb-api.md', 'code-verb-post.md']});
  assert.deepEqual(findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.data.word}`), ['code-verb-post.md:3:20 finded']);
});

test('a known misspelling opening an item of a list of names (`- contianer` among kubectl, etcd) is still reported, and typos do not make a list of words a list of names (`- suger`, `- buter`)', async () => {
  assert.deepEqual(await lint('tools.md'), ['tools.md:5:3 contianer misspelling']);
  assert.deepEqual((await lint('pantry.md')).filter((line) => line.startsWith('pantry.md:4:')), ['pantry.md:4:3 suger misspelling']);
});

test('a slip another page of the site writes alone as inline code (`reqwest`, a crate) is that name in prose (site half); alone, it is a slip, and a known misspelling stays one beside its code (`lenght`)', async () => {
  assert.deepEqual(await lint('crate-prose.md'), ['crate-prose.md:3:38 reqwest slip', 'crate-prose.md:3:60 lenght misspelling']);
  const {findings} = await lintRule({rule: 'spelling', fixture: base, configFile: false, paths: ['crate-code.md', 'crate-prose.md']});
  assert.deepEqual(findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.data.word}`), ['crate-prose.md:3:60 spelling lenght']);
});

test('one bare inline-code mention of a slip on one page (`` Call `memborable` ``) does not make it a name on another page: the slip in prose there is still reported', async () => {
  const {findings} = await lintRule({rule: 'spelling', fixture: base, configFile: false, paths: ['slip-code.md', 'slip-prose.md']});
  assert.deepEqual(findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.data.word}`), ['slip-prose.md:3:14 spelling memborable', 'slip-prose.md:3:42 spelling miserabily']);
});
