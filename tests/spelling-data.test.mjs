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
  assert.deepEqual([...prepared.lower], [...fresh.lower]);
  assert.deepEqual([...prepared.forms], [...fresh.forms]);
  assert.deepEqual([...prepared.names], [...fresh.names]);
  assert.ok(prepared.names.has('Django') && !prepared.names.has('Nullable'));
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
