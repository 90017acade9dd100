// The suggestion search's quick filter (src/spelling/suggest.ts, mayBeWithin): it may only skip
// candidates that are further away than the edits allowed, so suggestions are the same with it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {distance} from 'fastest-levenshtein';
import {editPieces, mayBeWithin} from '../dist/src/spelling/suggest.js';
import {rng} from '../bench/generate.mjs';

test('suggest: a word within k edits always holds one of the k + 1 pieces (20,000 random pairs, small alphabets)', () => {
  const random = rng(22);
  const pick = (s) => s[Math.floor(random() * s.length)];
  let close = 0;
  let skipped = 0;
  for (let i = 0; i < 20000; i++) {
    // Few letters, so that many pairs are close and pieces recur by chance.
    const letters = 'abcde'.slice(0, 2 + (i % 4));
    const length = 4 + Math.floor(random() * 9);
    let a = '';
    for (let j = 0; j < length; j++) a += pick(letters);
    let b = a;
    for (let e = Math.floor(random() * 4); e > 0; e--) {
      const at = Math.floor(random() * (b.length + 1));
      const kind = Math.floor(random() * 3);
      if (kind === 0) b = b.slice(0, at) + pick(letters) + b.slice(at);
      else if (kind === 1 && b.length > 1) b = b.slice(0, at) + b.slice(at + 1);
      else b = b.slice(0, at) + pick(letters) + b.slice(at + 1);
    }
    for (const k of [1, 2]) {
      const d = distance(a, b);
      const kept = mayBeWithin(editPieces(a, k), b);
      if (d <= k) {
        close++;
        assert.ok(kept, `${a} → ${b}: distance ${d} ≤ ${k}, but the filter skipped it`);
      } else if (!kept) skipped++;
    }
  }
  // Both sides were exercised: close pairs kept, far ones skipped.
  assert.ok(close > 5000, `close pairs: ${close}`);
  assert.ok(skipped > 1000, `skipped pairs: ${skipped}`);
});

test('suggest: pieces cover the word in order, none empty; a far word is skipped', () => {
  assert.deepEqual(editPieces('recieve', 2), ['re', 'ci', 'eve']);
  assert.deepEqual(editPieces('colour', 1), ['col', 'our']);
  assert.deepEqual(editPieces('ab', 2), ['a', 'b']);
  assert.equal(mayBeWithin(editPieces('recieve', 2), 'receive'), true);
  assert.equal(mayBeWithin(editPieces('recieve', 2), 'kubectl'), false);
});

import {FormMap} from '../dist/src/spelling/word-set.js';
import {SortedWords} from '../dist/src/spelling/sorted-words.js';
import {vocabulary} from '../dist/src/spelling/vocabulary.js';
import {editPieces as pieces} from '../dist/src/spelling/suggest.js';

/** What firstForms must equal: the whole iteration, filtered. */
function filtered(map, min, max, keep) {
  return [...map].filter(([key]) => key.length >= min && key.length <= max && keep(key)).map(([key, forms]) => [key, forms[0]]);
}

test('suggest: FormMap.firstForms reads the prepared entries in place, in the same order, with the run\'s own forms', () => {
  const base = SortedWords.fromWords(['api\tAPI', 'graphql\tGraphQL\tgraphql', 'kubectl\tkubectl', 'nginx\tNGINX\tnginx', 'webhook\twebhook']);
  const map = new FormMap(base);
  map.set('nginx', ['Nginx']);
  map.set('postgres', ['Postgres']);
  map.set('kubelet', ['kubelet']);
  for (const [min, max] of [[0, 99], [5, 7], [7, 8], [3, 3]]) {
    for (const keep of [() => true, (key) => key.includes('e'), (key) => key.startsWith('g')]) {
      assert.deepEqual([...map.firstForms(min, max, keep)], filtered(map, min, max, keep));
      // After an iteration has built the entries, the same answers from them.
      const built = new FormMap(base);
      built.set('nginx', ['Nginx']);
      built.set('postgres', ['Postgres']);
      built.set('kubelet', ['kubelet']);
      [...built];
      assert.deepEqual([...built.firstForms(min, max, keep)], filtered(map, min, max, keep));
    }
  }
  assert.deepEqual([...map.firstForms(5, 5, () => true)], [['nginx', 'Nginx']]);
});

test('suggest: on the prepared vocabulary, firstForms gives what the whole iteration gives, for words of every length', async () => {
  const {forms} = await vocabulary();
  let compared = 0;
  for (const word of ['dokcer', 'kubernets', 'recieve', 'postgress', 'grafna', 'typscript', 'nodjs', 'api', 'webpck', 'javascirpt']) {
    const most = word.length >= 7 ? 2 : 1;
    const keep = (key) => mayBeWithin(pieces(word, most), key);
    const expected = filtered(forms.copy(), word.length - 1, word.length + 1, keep);
    assert.deepEqual([...forms.copy().firstForms(word.length - 1, word.length + 1, keep)], expected, word);
    compared += expected.length;
  }
  assert.ok(compared > 50, `entries compared: ${compared}`);
});
