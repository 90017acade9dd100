// Review of stop 48 (mend40d): no-empty-sections' new concepts stay within their evidence.
// - A field heading (heading-as-text.ts) is a talk's details in words; an API entry titled `Event: 'name'`
//   (the Node.js docs' form) over nothing is an event left undescribed: still reported.
// - Sibling headings share the body under the last (shared-body.ts) only when it says where their content
//   is (the same as elsewhere, or a link); text that merely mentions the steps above leaves them empty.
// - A rename heading's test is linear in the heading's length (a long run of spaces).
// Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule} from './rule-helpers.mjs';
import {isItem} from '../dist/src/text/heading-items.js';

const dir = 'no-empty-sections/mend40d';
const rows = async (file) => (await lintRule('no-empty-sections', [`${dir}/${file}`])).rows.map((row) => row.slice(dir.length + 1));

test('an API entry `Event: \'name\'` over nothing is an empty section, not a talk\'s field', async () => {
  assert.deepEqual(await rows('events.md'), ['events.md:7:1 no-empty-sections', 'events.md:9:1 no-empty-sections']);
});

test('empty siblings before text that only mentions them are still reported; a body saying where they are is shared', async () => {
  assert.deepEqual(await rows('steps.md'), [
    'steps.md:5:1 no-empty-sections',
    'steps.md:7:1 no-empty-sections',
    'steps.md:15:1 no-empty-sections',
  ]);
});

test('a rename heading with a long run of spaces is read in linear time', () => {
  const text = `a${' '.repeat(200_000)}b`;
  const started = performance.now();
  assert.equal(isItem(text), false);
  assert.ok(performance.now() - started < 1000, `${Math.round(performance.now() - started)} ms`);
});

test('a "by …" heading under a section mid-page is a topic (Filtering / By date), not the credit of the page\'s title', async () => {
  assert.deepEqual(await rows('filters.md'), ['filters.md:7:1 no-empty-sections']);
});

test('a list heading with a long run of spaces is read in linear time', async () => {
  const {namesMisleveledGroup} = await import('../dist/src/text/heading-misleveled-group.js');
  const headings = [{depth: 2, text: `a${' '.repeat(200_000)}b`, raw: '', empty: true, line: 1, column: 1}, {depth: 2, text: 'Kilns', raw: 'Kilns', empty: false, line: 3, column: 1}];
  const started = performance.now();
  assert.equal(namesMisleveledGroup(headings, 0, headings[1]), false);
  assert.ok(performance.now() - started < 1000, `${Math.round(performance.now() - started)} ms`);
});

test('Hugo: the embedded Disqus template with no shortname configured writes nothing, so #comment-<number> is reported', async () => {
  const {cpSync, readFileSync, writeFileSync} = await import('node:fs');
  const {join} = await import('node:path');
  const {fixtures, siteFindings, tempFolder} = await import('./helpers.mjs');
  const copy = tempFolder('postlint-mend40d-disqus-');
  cpSync(join(fixtures, 'generators', 'hugo-disqus-comments'), copy, {recursive: true});
  const config = readFileSync(join(copy, 'hugo.toml'), 'utf8');
  writeFileSync(join(copy, 'hugo.toml'), config.replace(/\[services\.disqus\]\nshortname = "[^"]*"\n/, ''));
  const anchors = (rows) => rows.filter((row) => row.endsWith('no-broken-anchors'));
  assert.deepEqual(anchors(siteFindings(copy)), [
    'content/posts/grafting.md:10:40 no-broken-anchors',
    'content/posts/grafting.md:8:33 no-broken-anchors',
    'content/posts/grafting.md:8:68 no-broken-anchors',
  ]);
  // Privacy's switch turns it off too; the old top-level disqusShortname turns it on.
  writeFileSync(join(copy, 'hugo.toml'), `${config}\n[privacy.disqus]\ndisable = true\n`);
  assert.equal(anchors(siteFindings(copy)).length, 3);
  writeFileSync(join(copy, 'hugo.toml'), `disqusShortname = "orchard"\n${config.replace(/\[services\.disqus\]\nshortname = "[^"]*"\n/, '')}`);
  assert.deepEqual(anchors(siteFindings(copy)), ['content/posts/grafting.md:10:40 no-broken-anchors', 'content/posts/grafting.md:8:68 no-broken-anchors']);
});
