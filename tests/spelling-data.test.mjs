// The prepared word lists (dist/data, written by the build) must answer exactly as nspell does
// for every word of the shapes they are used for: they are a faster path, not another verdict.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {hunspell} from '../dist/src/spelling/hunspell.js';
import {SortedWords} from '../dist/src/spelling/sorted-words.js';

const require = createRequire(import.meta.url);
const nspell = require('nspell');
const english = readFileSync(join(dirname(fileURLToPath(import.meta.resolve('word-list'))), 'words.txt'), 'utf8').split('\n');

/** Words to compare: an everyday English list in lower case and capitalized, plus shapes a post has. */
function samples() {
  const words = ['colour', 'color', 'Colour', "isn't", "Django's", 'non-blocking', 'pre-release', 'collegues', 'Collegues', 'café', 'Zürich', 'e-mail', 'Aachen', 'aachen', 'i', 'I', 'a', 'A', 'th', 'st', 'nd'];
  for (let i = 0; i < english.length; i += 2) {
    const word = english[i];
    if (!word) continue;
    words.push(word, word[0].toUpperCase() + word.slice(1));
  }
  return words;
}

for (const [language, name] of [['en-US', 'dictionary-en'], ['en-GB', 'dictionary-en-gb']]) {
  test(`prepared ${language} list agrees with nspell`, () => {
    const dictionary = hunspell(language, process.cwd());
    const dir = dirname(fileURLToPath(import.meta.resolve(name)));
    const spell = nspell({aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic'))});
    const differ = [];
    for (const word of samples()) if (dictionary.correct(word) !== spell.correct(word)) differ.push(word);
    assert.deepEqual(differ, []);
  });
}

/**
 * Words in capitals or with a capital inside, the shapes nspell decides by its casing rules: every
 * dictionary form that is not in lower case or capitalized, in capitals, in lower case and with its
 * case turned; every tenth English word in capitals, with a capital inside and with the last letter
 * a capital; and hand-picked ones (possessives, hyphens, one letter and an apostrophe).
 */
function casedSamples(spell) {
  const words = new Set(['NASA', "NASA's", 'NASAS', 'iOS', 'IOS', 'ios', 'eBay', 'EBAY', 'McDonald', 'MCDONALD', 'PARIS', 'PaRIS', 'HELLO', 'HeLLo', "DON'T", "Don'T", 'NON-BLOCKING', 'Non-Blocking', 'GITHUB', 'GitHub', 'TH', 'ST', 'ND', 'RD', 'A-', "I'M", "I'm", 'OK', 'Ok', 'AAs', 'ZZZ', 'XKCD', 'aB', 'Ab', 'AB']);
  const turn = (word) => [...word].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
  for (const form of Object.keys(spell.data)) {
    if (!/^[A-Za-z][A-Za-z'-]*$/.test(form) || /^[a-z][a-z'-]*$|^[A-Z][a-z'-]*$/.test(form)) continue;
    words.add(form).add(form.toUpperCase()).add(form.toLowerCase()).add(turn(form));
  }
  for (let i = 0; i < english.length; i += 10) {
    const word = english[i];
    if (!word || !/^[a-z][a-z'-]+$/.test(word)) continue;
    words.add(word.toUpperCase()).add(word[0] + word[1].toUpperCase() + word.slice(2)).add(word.slice(0, -1) + word.at(-1).toUpperCase());
  }
  return words;
}

for (const [language, name] of [['en-US', 'dictionary-en'], ['en-GB', 'dictionary-en-gb']]) {
  test(`${language}: words in capitals or with a capital inside are decided as nspell does, without building it`, async () => {
    const {HunspellDictionary} = await import('../dist/src/spelling/hunspell.js');
    const {preparedWords, casedFormsName} = await import('../dist/src/spelling/word-data.js');
    const dir = dirname(fileURLToPath(import.meta.resolve(name)));
    const {version} = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    // A dictionary of its own, so that no other test's word has built nspell in it.
    const dictionary = new HunspellDictionary(name, dir, preparedWords(name, version), () => preparedWords(casedFormsName(name), version));
    const spell = nspell({aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic'))});
    const words = casedSamples(spell);
    assert.ok(words.size > 80_000, `${words.size} words`);
    const differ = [];
    for (const word of words) if (dictionary.correct(word) !== spell.correct(word)) differ.push(word);
    assert.deepEqual(differ, []);
    assert.equal(dictionary.built, false, 'nspell was built');
    // A shape the lists do not answer for (a digit, a letter outside ASCII in capitals) still goes to nspell.
    assert.equal(dictionary.correct('CAFÉ'), spell.correct('CAFÉ'));
    assert.equal(dictionary.built, true);
  });
}

test('SortedWords finds exactly its words', () => {
  const words = ['b', 'apple', "it's", 'Zebra', 'éclair', 'a', 'apples', 'applesauce', 'z'];
  const list = SortedWords.fromWords(words);
  for (const word of words) assert.equal(list.has(word), true, word);
  for (const word of ['', 'appl', 'applesauc', 'zz', 'A', 'c', 'éclairs', '\n']) assert.equal(list.has(word), false, word);
  assert.equal(SortedWords.fromWords([]).has('a'), false);
  assert.equal(SortedWords.fromWords(['only']).has('only'), true);
});

test('the prepared vocabulary is the packages\' vocabulary (words, forms in order, names)', async () => {
  const {vocabulary, load} = await import('../dist/src/spelling/vocabulary.js');
  const prepared = await vocabulary();
  const fresh = await load();
  const byKey = (entries) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  assert.deepEqual([...prepared.lower], [...fresh.lower].sort());
  assert.deepEqual(byKey(prepared.forms), byKey(fresh.forms));
  assert.deepEqual([...prepared.names], [...fresh.names].sort());
  assert.ok(prepared.names.has('Django') && !prepared.names.has('Nullable'));
});

test('the prepared vocabulary, searched in its sorted text, answers as the packages\' vocabulary in Sets and Maps does', async () => {
  const {vocabulary, load, addWord} = await import('../dist/src/spelling/vocabulary.js');
  const prepared = await vocabulary();
  // load() builds the vocabulary from the packages into a run's own Set and Map (nothing prepared).
  const fresh = await load();
  const sample = new Set(["it's", 'e-mail', 'naïve', '', 'GitHub', 'github', 'GITHUB', 'macOS', 'Gmail', 'Nullable']);
  for (const word of fresh.lower) sample.add(word).add(word.toUpperCase()).add(`${word}s`).add(word.slice(0, -1));
  for (const name of fresh.names) sample.add(name).add(name.toLowerCase());
  for (let i = 0; i < english.length; i += 3) sample.add(english[i]);
  assert.ok(sample.size > 100_000, `${sample.size} words`);
  const differ = [];
  for (const word of sample) {
    if (prepared.lower.has(word) !== fresh.lower.has(word)) differ.push(`lower ${word}`);
    if (prepared.names.has(word) !== fresh.names.has(word)) differ.push(`names ${word}`);
    if (JSON.stringify(prepared.forms.get(word)) !== JSON.stringify(fresh.forms.get(word))) differ.push(`forms ${word}`);
  }
  assert.deepEqual(differ, []);
  // A run's own words (a site's words list) are added to a copy; the shared prepared lists are unchanged.
  const words = {lower: prepared.lower.copy(), forms: prepared.forms.copy(), names: prepared.names};
  addWord(words, 'Frobnicator');
  addWord(words, 'Github');
  assert.equal(words.lower.has('frobnicator'), true);
  assert.deepEqual(words.forms.get('frobnicator'), ['Frobnicator']);
  assert.deepEqual(words.forms.get('github'), [...prepared.forms.get('github'), 'Github']);
  assert.deepEqual(new Map(words.forms).get('github'), words.forms.get('github'));
  assert.equal(new Map(words.forms).get('frobnicator')[0], 'Frobnicator');
  assert.equal(prepared.lower.has('frobnicator'), false);
  assert.deepEqual(prepared.forms.get('github'), fresh.forms.get('github'));
});

test('known misspellings come from the prepared key/value list, in any case', async () => {
  const {knownMisspelling, misspellingLines} = await import('../dist/src/spelling/misspellings.js');
  assert.deepEqual(knownMisspelling('collegues'), ['colleagues']);
  assert.deepEqual(knownMisspelling('Tooks'), ['takes', 'took']);
  assert.equal(knownMisspelling('colleagues'), undefined);
  const lines = misspellingLines();
  const sorted = SortedWords.fromWords(lines);
  for (const line of lines.filter((_, i) => i % 997 === 0)) {
    const [key, value] = line.split('\t');
    assert.equal(sorted.value(key), value);
    // A key's prefix or extension is not the key.
    assert.equal(sorted.value(`${key}\u0001`), undefined);
    assert.equal(sorted.value(key.slice(0, -1)), lines.find((l) => l.startsWith(`${key.slice(0, -1)}\t`))?.split('\t')[1]);
  }
});
