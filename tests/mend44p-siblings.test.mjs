// mend44p: the readings of "a list (a quote) after its paragraph" moved onto the node index found each node's
// place in its parent with `indexOf` from the start: a page of many sibling lists (markers that alternate
// start a new list each) cost a search of the root's children per list, n²/2 reads. Counted through a
// proxy of the root's children, so the test does not depend on the machine's speed. Failed on perf44.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {creditsListSpans} from '../dist/src/spelling/credits-lists.js';
import {sampleQuotes} from '../dist/src/text/template-page.js';

/** The tree of `source`, its root's children behind a proxy that counts the reads of their places. */
function counted(source) {
  const tree = unified().use(remarkParse).parse(source);
  const reads = {count: 0};
  tree.children = new Proxy(tree.children, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
      return Reflect.get(target, key, receiver);
    },
  });
  return {tree, reads};
}

const n = 3000;

test('credits lists: each list\'s block before it is found in one pass of its parent\'s children', () => {
  // Three names a list, introduced as credits every third list; markers alternate, so each is a list of its own.
  const source = Array.from({length: n}, (_, i) => `${i % 3 === 0 ? 'Thanks to:\n\n' : ''}${'-+*'[i % 3]} Alice Smith\n${'-+*'[i % 3]} Bob Jones\n${'-+*'[i % 3]} Carol White\n`).join('\n');
  const {tree, reads} = counted(source);
  const spans = creditsListSpans(tree);
  assert.equal(spans.length, 3 * n / 3);
  assert.ok(reads.count < 20 * tree.children.length, `${reads.count} reads of ${tree.children.length} children`);
});

test('sample quotes: each quote\'s paragraph before it is found in one pass of its parent\'s children', () => {
  const source = Array.from({length: n}, (_, i) => (i % 2 === 0 ? 'For example:\n\n> A sample.\n' : '> Another.\n')).join('\n');
  const {tree, reads} = counted(source);
  const samples = sampleQuotes(tree);
  assert.equal(samples.size, n / 2);
  assert.ok(reads.count < 20 * tree.children.length, `${reads.count} reads of ${tree.children.length} children`);
});
