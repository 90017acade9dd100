// Work that must grow with a page or a site, not with its square (round 36's slow real sites):
// asserted by counting operations on generated input, never by timing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run} from './helpers.mjs';

/** A block's words behind a proxy that counts how often a word is read. */
function countedWords(words) {
  const counter = {reads: 0};
  const proxy = new Proxy(words, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return {proxy, counter};
}

test('clipped compounds: a long block with many unknown words is indexed once, and each unknown word reads only the words that open with its letters', async () => {
  const {clipBlock, clippedFrom} = await import('../dist/src/spelling/clipped-compounds.js');
  // A chat log as one paragraph: 20,000 words, 2,000 of them nicknames no dictionary knows.
  const known = new Set(['convolutional', 'neural', 'network', 'situation', 'comedy']);
  const words = [];
  // Each nickname opens with letters of its own (`waaqzx`, `wabqzx`…), as names in a chat log do.
  const letters = (n) => [Math.floor(n / 676), Math.floor(n / 26) % 26, n % 26].map((d) => String.fromCharCode(97 + d)).join('');
  for (let i = 0; i < 20_000; i++) words.push(i % 10 === 0 ? `${letters(22 * 676 + i / 10)}qzx` : ['situation', 'comedy', 'and', 'more', 'text'][i % 5]);
  words.push('convolutional', 'neural', 'network', 'or', 'convnet');
  const {proxy, counter} = countedWords(words);
  const block = clipBlock(proxy);
  const indexing = counter.reads;
  assert.ok(indexing <= words.length * 2, `indexing read ${indexing} words`);
  const judge = {known: (word) => known.has(word)};
  const unknown = words.filter((word) => word.endsWith('qzx'));
  for (const word of unknown) assert.equal(clippedFrom(word, block, undefined, judge), false);
  // Scanning the block for every unknown word and cut read 40 million words; now each reads its own few.
  assert.ok(counter.reads - indexing <= unknown.length * 10, `the unknown words read ${counter.reads - indexing} words`);
  // Still a clipped compound where the block writes its long form (`convnet`, `sitcom`), and no other.
  assert.equal(clippedFrom('convnet', block, ['convent'], judge), true);
  assert.equal(clippedFrom('sitcom', block, undefined, judge), true);
  assert.equal(clippedFrom('sitnet', block, undefined, judge), false);
  // A block that writes the list's correction has the word as a slip of it.
  assert.equal(clippedFrom('convnet', clipBlock([...words, 'convent']), ['convent'], judge), false);
});

// AnchorJS: a site's script calls `anchors.add`, and another file of the site names the library.
const anchorPage = ['---', 'layout: default', 'title: Guide', '---', '', '[Setup](#setup-steps) [Other](#nothing-here)', '', '<h2>Setup steps</h2>', '', 'Text.', ''].join('\n');
const bigPage = `<html><body>${'<p>A committed page of the built site, with no script of its own.</p>\n'.repeat(20_000)}</body></html>\n`;

test('anchorjs: the library named in a layout read before the script that calls anchors.add still counts (the mention is looked for only once a call is found)', () => {
  const site = {
    '_config.yml': 'title: S\n',
    // Read first (breadth-first, `_layouts` before `js`): no `.add` here, only the CDN script tag.
    '_layouts/default.html': '<html><head><script src="https://cdn.jsdelivr.net/npm/anchor-js/anchor.min.js"></script><script src="/js/site.js"></script></head><body>{{ content }}</body></html>\n',
    'docs/old.html': bigPage,
    'js/site.js': "document.addEventListener('DOMContentLoaded', () => anchors.add('h2'));\n",
    'guide.md': anchorPage,
  };
  assert.deepEqual(run(tempSite(site)), ['guide.md:6:23 no-broken-anchors']);
  // Must fail: the layout loads some other script, so `anchors` is not AnchorJS and the raw heading has no id.
  const other = {...site, '_layouts/default.html': site['_layouts/default.html'].replace('anchor-js/anchor.min.js', 'other/anchors.min.js')};
  assert.deepEqual(run(tempSite(other)), ['guide.md:6:1 no-broken-anchors', 'guide.md:6:23 no-broken-anchors']);
});
