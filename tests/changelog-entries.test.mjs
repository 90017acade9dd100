// Release notes that list their merged pull requests as a project's change log writes them (round 26,
// fix28a): `- #N \`hash\` title (author)`, `- repo#N title (author)`, `- \`hash\` title`, and the release's
// credits, a list of contributors' names after "Thanks to everyone who contributed…:" or under a
// Credits/Contributors heading. The titles and names are others' words: spelling and brand-casing leave
// them alone. The notes' own paragraphs, an item the editor wrote (no author, two sentences, a summary
// citing its pull request at the end) and a list of names or sentences anywhere else are still read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const page = (path) => readFileSync(`${fixtures}${path}`, 'utf8');
const jekyll = (name, text) => ({'_config.yml': 'title: t\n', [name]: text});

test('a change log entry led by its pull request number or commit hash, with its author at the end, quotes the title; the notes\' prose and the editor\'s own items are read', async () => {
  const files = jekyll('notes.md', page('quoted-output/change-entries.md'));
  assert.deepEqual(await siteFindings('spelling', files, {options: {report: 'unknown'}}), [
    'notes.md:3:72 spelling',
    'notes.md:7:32 spelling',
    'notes.md:24:15 spelling',
    'notes.md:25:39 spelling',
  ]);
  assert.deepEqual(await siteFindings('brand-casing', files), ['notes.md:26:32 brand-casing']);
});

test('a list of names after a thanks sentence or under a Credits/Contributors heading is the release\'s credits; a list with a sentence in it, or under another heading, is read', async () => {
  const files = jekyll('notes.md', page('quoted-output/credits-list.md'));
  assert.deepEqual(await siteFindings('spelling', files, {options: {report: 'unknown'}}), [
    'notes.md:21:9 spelling',
    'notes.md:22:3 spelling',
    'notes.md:27:3 spelling',
    'notes.md:29:3 spelling',
  ]);
  assert.deepEqual(await siteFindings('brand-casing', files), ['notes.md:28:3 brand-casing']);
});
