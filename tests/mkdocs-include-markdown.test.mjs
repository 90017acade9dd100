// mkdocs-include-markdown-plugin: the text of a directive is never rendered (its quoted start/end
// markers are no image; the directive stands for content). Exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

const generators = join(fixtures, 'generators');

function rows(site) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  return findings(json, site).filter((row) => /no-missing-files|no-broken-anchors|no-empty-sections/.test(row)).sort();
}

test('mkdocs include-markdown: a directive\'s arguments are not the page\'s images; a section holding one is not empty; a missing image and an empty section outside one are reported', () => {
  assert.deepEqual(rows(join(generators, 'mkdocs-include-markdown')), ['docs/scripts/tool.md:11:27 no-missing-files', 'docs/scripts/tool.md:13:1 no-empty-sections']);
});

test('mkdocs include-markdown: included headings are the page\'s ids (custom tags, `end` cuts, a heading-offset past 6 is text); a glob leaves the page\'s ids unverifiable, a file found nowhere brings none; pasted links are read from the included file unless rewrite-relative-urls=false', () => {
  assert.deepEqual(rows(join(generators, 'mkdocs-include-markdown-ids')), [
    'docs/index.md:3:39 no-broken-anchors',
    'docs/index.md:5:1 no-broken-anchors',
    'docs/index.md:5:69 no-broken-anchors',
    // A file found nowhere stops the plugin (No files found including): it brings no ids (before: unverifiable).
    'docs/gone.md:5:5 no-broken-anchors',
    'includes/verbatim.md:1:5 no-missing-files',
  ].sort());
});

test('mkdocs include-markdown: the text the plugin keeps for start/end markers (process.py filter_inclusions)', async () => {
  const {keptRanges} = await import('../dist/src/site/include-part.js');
  const cut = (text, part) => keptRanges(text, part).map(([from, to]) => text.slice(from, to)).join('|');
  assert.equal(cut('a<s>b<e>c<s>d<e>f', {start: '<s>', end: '<e>'}), 'b|d');
  assert.equal(cut('a<s>b', {start: '<s>'}), 'b');
  assert.equal(cut('ab', {start: '<s>'}), '');
  assert.equal(cut('a<e>b', {end: '<e>'}), 'a');
  assert.equal(cut('ab', {end: '<e>'}), 'ab');
  // Python's split: after a start, the pieces between ends alternate kept and dropped.
  assert.equal(cut('<s>a<e>b<e>c', {start: '<s>', end: '<e>'}), 'a|c');
});
