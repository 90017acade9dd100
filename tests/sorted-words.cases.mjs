// The sorted word list spelling looks every word up in: bisection over one string, no allocation.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {SortedWords} from '../dist/src/spelling/sorted-words.js';

/** Words of one to six letters, some non-ASCII, apostrophes and hyphens, from a seeded generator. */
function randomWords(seed) {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const letters = "abcdeéAZ'-";
  return () => Array.from({length: 1 + Math.floor(random() * 6)}, () => letters[Math.floor(random() * letters.length)]).join('');
}

test('has: exact keys only, with prefixes, longer words, letter case, apostrophes and non-ASCII around them', () => {
  const words = ['a', 'ab', 'abc', 'abd', 'B', 'co-op', "don't", 'résumé', 'zebra', 'Zürich', 'Ωmega', 'ß'];
  const list = SortedWords.fromWords(words);
  for (const word of words) assert.equal(list.has(word), true, word);
  for (const word of ['', 'aa', 'abcd', 'b', 'co', 'coop', 'don', 'resume', 'zebras', 'zürich', 'Ω', 'abc\t', '\n']) assert.equal(list.has(word), false, JSON.stringify(word));
  assert.deepEqual([...list], [...words].sort());
});

test('value: the text after the tab of the line whose key matches; a key that is a prefix of another is its own', () => {
  const list = SortedWords.fromWords(['colour\tcolor', 'colours\tcolors', 'grey\tgray', 'organise\torganize']);
  assert.equal(list.value('colour'), 'color');
  assert.equal(list.value('colours'), 'colors');
  assert.equal(list.value('grey'), 'gray');
  assert.equal(list.value('organise'), 'organize');
  assert.equal(list.value('colou'), undefined);
  assert.equal(list.value('greys'), undefined);
  assert.equal(list.value('color'), undefined);
  // A word is a key, not a line: the whole line never matches.
  assert.equal(list.has('grey\tgray'), false);
  assert.equal(list.has('grey'), true);
});

test('agrees with a Set on a few thousand generated words and probes', () => {
  const word = randomWords(7);
  const words = new Set(Array.from({length: 3000}, word));
  const list = SortedWords.fromWords(words);
  for (let i = 0; i < 5000; i++) {
    const probe = word();
    assert.equal(list.has(probe), words.has(probe), probe);
  }
});

test('an empty list has nothing', () => {
  const list = new SortedWords('');
  assert.equal(list.has(''), false);
  assert.equal(list.has('a'), false);
  assert.equal(list.value('a'), undefined);
});

test('a list asked many times (its lines then indexed) answers as before: keys, values, first and last lines, one line, none', () => {
  const word = randomWords(11);
  const words = new Set(Array.from({length: 3000}, word));
  const list = SortedWords.fromWords(words);
  const sorted = [...words].sort();
  // Past the few thousand lookups after which the list indexes its lines: the same answers throughout.
  for (let i = 0; i < 12000; i++) {
    const probe = i % 3 === 0 ? sorted[i % sorted.length] : word();
    assert.equal(list.has(probe), words.has(probe), probe);
  }
  assert.equal(list.has(sorted[0]), true);
  assert.equal(list.has(sorted.at(-1)), true);
  assert.equal(list.has(`${sorted.at(-1)}z`), false);
  const pairs = SortedWords.fromWords(['colour\tcolor', 'grey\tgray', 'organise\torganize']);
  for (let i = 0; i < 5000; i++) pairs.has('x');
  assert.equal(pairs.value('colour'), 'color');
  assert.equal(pairs.value('organise'), 'organize');
  assert.equal(pairs.value('grey\tgray'), undefined);
  assert.equal(pairs.value('colou'), undefined);
  const one = new SortedWords('only');
  const none = new SortedWords('');
  for (let i = 0; i < 5000; i++) {
    one.has('x');
    none.has('x');
  }
  assert.equal(one.has('only'), true);
  assert.equal(one.has('onl'), false);
  assert.equal(none.has(''), false);
  assert.equal(none.has('a'), false);
});
