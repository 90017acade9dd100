import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';
import {assertLinearGrowth} from './growth.mjs';

// Round 29's classes (fix31e): each fixture has cases that pass and cases still reported.
const site = (name) => filesOf(fixture('classes31e', name));
const options = {offline: true};

test('no-missing-files and no-broken-anchors: HTML shown as escaped text in a `<pre>` listing (`&lt;a href=&quot;…&quot;&gt;`), an `href =` in a listing\'s text, and a commented-out tag are no links; real `<a href>`, `<img src>` in an HTML block, a real tag inside a listing and inline HTML are', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', site('escaped-html'), options), [
    'posts/real.md:4:4 no-missing-files',
    'posts/real.md:5:6 no-missing-files',
    'posts/real.md:9:15 no-missing-files', // a real `<a href>` inside a `<pre><code>` listing is a link
    'posts/real.md:11:29 no-missing-files',
  ]);
  assert.deepEqual(await siteFindings('no-broken-anchors', site('escaped-html'), options), [
    'posts/listing.md:28:1 no-broken-anchors', // `id="shown"` in the escaped text is no id either
    'posts/real.md:6:4 no-broken-anchors',
  ]);
});

test('spelling: a reader\'s question introduced by who asks (`Ana asks:`, `Paul asked:`) or sends it (`Marta sent me this a few weeks ago:`) is the reader\'s words; `I asked:`, `You might have asked:`, the writer\'s note, a blockquote with no introduction and the writer\'s answer to a request or a question sent (`X asked me to sum it up:`, `here is my reply:`) are read', async () => {
  assert.deepEqual(await siteFindings('spelling', site('readers'), options), [
    'questions.md:19:10 spelling', // `I asked:`
    'questions.md:23:14 spelling', // `You might have asked:`
    'questions.md:28:19 spelling', // the writer's note in an HTML blockquote
    'questions.md:31:24 spelling', // a blockquote with no introduction
    'questions.md:35:16 spelling', // `My editor asked me to sum it up for you:`: a request, the writer's words answer it
    'questions.md:39:11 spelling', // `A reader emailed me a question, and here is my reply:`: the writer's reply
  ]);
});

test('spelling: the photographer\'s name in a credit line (Unsplash\'s `Photo by <a>Name</a> on <a>Unsplash</a>`, Pixabay\'s `Image by [Name](…) from [Pixabay](…)`, a licence credit) is a name; a "by" with no place or licence after the name, and a name outside a credit, are read', async () => {
  assert.deepEqual(await siteFindings('spelling', site('credits'), options), [
    'header.md:11:22 spelling', // `Pictures by … are`: no place, no licence
    'header.md:11:33 spelling',
    'header.md:13:60 spelling', // a name outside a credit line
  ]);
});

test('no-placeholders: the paragraphs a `<code>` opened alone on its line holds until its `</code>` in a later HTML block (a listing a blank line split into paragraphs) are code; the text after the listing is read', async () => {
  assert.deepEqual(await siteFindings('no-placeholders', site('code-block'), options), ['mail.md:14:26 no-placeholders']);
});

test('no-placeholders: the split-listing ranges are tested in one forward pass: many listings and many nodes cost linear time, and each offset is placed right', async () => {
  const {htmlBlockCodeSpans, inSpansInOrder} = await import('../dist/src/text/html-code-spans.js');
  const {fromMarkdown} = await import('mdast-util-from-markdown');
  const {walk} = await import('../dist/src/walk.js');
  // The guarded reading, on a tree parsed once per size: the growth below times it, not the parser's
  // own linear cost (which was most of the CPU and diluted the ratio). A rescan from the first span
  // per offset costs ~13× at 500 listings vs 2,000, the forward pass ~5×.
  const insideTree = (tree) => {
    const test = inSpansInOrder(htmlBlockCodeSpans(tree));
    const found = [];
    walk(tree, (node) => void (node.type === 'paragraph' && test(node.position.start.offset) && found.push(node.position.start.line)));
    return found;
  };
  // The paragraphs between `<code>` and `</code>` are inside; the one after the listing is not.
  assert.deepEqual(insideTree(fromMarkdown('<code>\n\nfirst TODO\n\n</code>\n\nprose TODO\n\n<code>\n\nsecond\n\n</code>\n')), [3, 11]);
  assertLinearGrowth('split listings and their paragraphs', insideTree, (n) => fromMarkdown('<code>\n\nsome text\n\n</code>\n\nprose\n\n'.repeat(n)), 500);
});
