// Text a page copies from elsewhere (round 42, fix42d): a change log's list of merged pull requests'
// or issues' titles, each ending in its reference (`Fix the crash (#1234)`), and a block an HTML comment
// says a program wrote (`<!-- Generated with: … -->` over a table of options), a document's passage a
// sentence hands the blockquote to (`…, which reads:`), an article reposted under another author's byline. Spelling and brand-casing
// leave them alone; the writer's intro, headings, a list whose items only mention an issue, a list of
// hand-wrapped notes, too short a list, a table made by hand and the prose after the block are read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const page = (path) => readFileSync(`${fixtures}${path}`, 'utf8');
const jekyll = (name, text) => ({'_config.yml': 'title: t\n', [name]: text});

test('a change log list whose every entry is a one-line title ending in its reference(s) (`title (#12)`, `(#12) (#13)`, linked, wrapped onto the next line), grouped under labels or not, is copied titles; the intro, a list that mentions an issue mid-item, a list of two, hand-wrapped notes, a list of two-sentence notes, entries citing their issue by a bare link are read', async () => {
  const files = jekyll('release.md', page('copied-text/changelog-titles.md'));
  // Read: the intro (5), an item that mentions an issue mid-sentence (22), a list of two (27), hand-wrapped notes (32),
  // a list of three where two entries hold two sentences (52), entries ending in a bare link to the issue they fix (58); left alone: the grouped entries (10, 14, 16 with its
  // reference on the next line), and one two-sentence entry among ten (42).
  assert.deepEqual(await siteFindings('spelling', files, {options: {report: 'unknown'}}), ['release.md:5:16 spelling', 'release.md:22:19 spelling', 'release.md:27:15 spelling', 'release.md:32:46 spelling', 'release.md:52:37 spelling', 'release.md:58:30 spelling']);
  assert.deepEqual(await siteFindings('brand-casing', files), ['release.md:5:74 brand-casing']);
});

test('a block after an HTML comment saying it is generated (`Generated with: …`, `auto-generated … Do not edit`) is the program\'s; a table generated "by hand", a comment that only mentions generating and the prose after the block are read', async () => {
  const files = jekyll('options.md', page('copied-text/generated-table.md'));
  // Read: the intro (5), the prose after the table (23), the table made by hand (28), the item under a comment that only mentions generating (31);
  // left alone: the generated table's cells (15, 19) and the auto-generated one (36).
  assert.deepEqual(await siteFindings('spelling', files, {options: {report: 'unknown'}}), ['options.md:5:57 spelling', 'options.md:23:66 spelling', 'options.md:28:29 spelling', 'options.md:31:24 spelling']);
  assert.deepEqual(await siteFindings('brand-casing', files), ['options.md:23:44 brand-casing']);
});

test('a blockquote after a sentence handing it to a document\'s text (`Section 4.2 of the standard, which reads:`) is the document\'s; one after the writer\'s own (`In my own notes, the following appears:`) or with no source is read', async () => {
  const files = jekyll('spec.md', page('copied-text/spec-passage.md'));
  assert.deepEqual(await siteFindings('spelling', files), ['spec.md:12:23 spelling', 'spec.md:16:16 spelling']);
});

test('an article reposted after the writer\'s note (`reposted with permission`), a break and its byline naming another author is that author\'s up to the next break; the writer\'s closing note is read, and so is a repost under the page author\'s own byline', async () => {
  const other = jekyll('repost.md', page('copied-text/repost.md'));
  assert.deepEqual(await siteFindings('spelling', other), ['repost.md:16:78 spelling']);
  assert.deepEqual(await siteFindings('brand-casing', other), ['repost.md:16:47 brand-casing']);
  const own = jekyll('repost.md', page('copied-text/repost-own.md'));
  assert.deepEqual(await siteFindings('spelling', own), ['repost.md:12:50 spelling']);
  assert.deepEqual(await siteFindings('brand-casing', own), ['repost.md:12:23 brand-casing']);
});
