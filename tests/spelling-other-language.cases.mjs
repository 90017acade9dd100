import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// Text in another language that nothing declares (a French include on an English MkDocs site, a French
// paragraph of an English page) reads as that language by its function words (`est`, `une`, `de la`):
// not checked against the English dictionary, and said in one notice. An English sentence with a few
// French words (`the Musée de la Ville`) is English, and its typo is reported.
const site = join(fixtures, 'spelling', 'other-language');

test('spelling: a page or paragraph full of another language\'s function words is not checked, and a notice says so; English paragraphs around it are', async () => {
  const {findings, result} = await lintRule({rule: 'spelling', configFile: false, fixture: site, run: {verbose: true}});
  assert.deepEqual(findings.map(row), [
    'docs/guide.md:3:81 spelling', // erors, in English
    'docs/guide.md:7:62 spelling', // recieved, in English beside "the Musée de la Ville"
    'docs/riders.md:5:45 spelling', // reciever, after the span has closed
    'docs/riders.md:5:92 spelling', // recieve, in a span declared English
  ]);
  const notices = (result.notices ?? []).filter((notice) => notice.rule === 'spelling');
  assert.equal(notices.length, 1);
  assert.equal(notices[0].kind, 'other-language');
  assert.match(notices[0].message, /^1 page and 1 passage whose prose reads as another language than en-US \(French\) not checked word by word$/);
  assert.deepEqual(notices[0].places, ['docs/guide.md:5 (French)', 'includes/stations-fr.md (the page: French)']);
});

test('spelling: words inside inline HTML whose lang is not English (<span lang="fr">, <i lang="fr">, a <span lang="la"> in emphasis) are not checked', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, options: {report: 'unknown'}, fixture: site, paths: ['docs/riders.md']});
  assert.deepEqual(findings.map((finding) => finding.data.word), ['reciever', 'recieve']);
});

test('spelling: an English sentence that names French places (four French function words: de la, de la) is English, and its typo is reported', async () => {
  const page = '# Notes\n\nWe met at the Café de la Paix near the Place de la Concorde, where the porter recieved us.\n';
  const {findings} = await lintRule({rule: 'spelling', configFile: false, files: {'notes.md': page}});
  assert.deepEqual(findings.map(row), ['notes.md:3:79 spelling']);
});

test('spelling: English that names people and places with particles (van der Waals, de la Cruz, Los Angeles) or lists loan phrases (coup de grâce, à la carte) is English, and its typos are reported', async () => {
  // A capitalized function word inside a sentence starts a name; a run that repeats two or three particles is no sentence of that language.
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'name-particles')});
  assert.deepEqual(findings.map(row), [
    'people.md:3:156 spelling', // comittee, after six Dutch/French name particles
    'people.md:5:131 spelling', // recieve, after Spanish place names
    'people.md:7:83 spelling', // tipical, after French loan phrases
  ]);
});

test('spelling: lorem-ipsum filler, a whole page or a paragraph, is left unchecked as no language: the other-language notice does not count it', async () => {
  const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.';
  const files = {
    'sample.md': `# Sample\n\n${lorem}\n`,
    'mixed.md': `# Mixed\n\nThe first paragraph is English and has a recieved typo.\n\n${lorem}\n\nLe fichier est lu au démarrage et peut être rechargé avec une commande.\n`,
  };
  const {findings, result} = await lintRule({rule: 'spelling', configFile: false, files, run: {verbose: true}});
  assert.deepEqual(findings.map(row), ['mixed.md:3:42 spelling']);
  const notices = (result.notices ?? []).filter((notice) => notice.rule === 'spelling');
  assert.deepEqual(notices.map((notice) => [notice.message, notice.places]), [['1 passage whose prose reads as another language than en-US (French) not checked word by word', ['mixed.md:7 (French)']]]);
});

test('readsAsOther: a tie between two languages goes to the one whose function word came first; acronyms and capitals inside a sentence are no function words', async () => {
  const {readsAsOther} = await import('../dist/src/spelling/other-language.js');
  const spanish = ['unos', 'unas', 'muy', 'pero'];
  const portuguese = ['os', 'não', 'uma', 'dos'];
  assert.deepEqual(readsAsOther([...spanish, ...portuguese]), {language: 'es', words: 8, functionWords: 4});
  assert.deepEqual(readsAsOther([...portuguese, ...spanish]), {language: 'pt', words: 8, functionWords: 4});
  // `UNOS` is an acronym; `Muy` capitalized mid-sentence starts a name; `Pero` may start a sentence.
  const tokens = [{text: 'UNOS'}, {text: 'unas'}, {text: 'Muy'}, {text: 'Pero', sentenceStart: true}, ...portuguese.map((text) => ({text}))];
  assert.deepEqual(readsAsOther(tokens), {language: 'pt', words: 8, functionWords: 4});
  // English function words beyond a third of the language's count: not that language.
  assert.equal(readsAsOther([...portuguese, 'the', 'and', 'of', 'is', 'x', 'y', 'z', 'w']), undefined);
});
