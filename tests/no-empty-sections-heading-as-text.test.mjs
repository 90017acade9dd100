// Headings a writer used as text (src/text/heading-as-text.ts, heading-items.ts) and a group's title a level
// off from its members (src/text/heading-misleveled-group.ts): no finding there; the look-alikes that are
// sections left unwritten stay reported, by exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule} from './rule-helpers.mjs';

const dir = 'no-empty-sections/heading-as-text';
const rows = async (file) => (await lintRule('no-empty-sections', [`${dir}/${file}`])).rows.map((row) => row.slice(dir.length + 1));

test('a run of renames or assignments written as headings is a list; a lone one or a run of topics is not', async () => {
  assert.deepEqual(await rows('renames.md'), [
    'renames.md:17:1 no-empty-sections', // `set glaze_mode = ON` beside a topic: one item alone
    'renames.md:18:1 no-empty-sections', // Cooling curves
    'renames.md:22:1 no-empty-sections', // a lone rename
    'renames.md:26:1 no-empty-sections', // topics in words
    'renames.md:27:1 no-empty-sections',
  ]);
});

test('a notice written as a heading is the warning; a label alone is a topic', async () => {
  assert.deepEqual(await rows('notices.md'), ['notices.md:11:1 no-empty-sections']);
});

test('a byline right under its title is a credit; "By region" after a section is a topic', async () => {
  assert.deepEqual(await rows('byline.md'), ['byline.md:9:1 no-empty-sections']);
});

test('a talk\'s field with its value is content; a label and colon of another kind names a section', async () => {
  assert.deepEqual(await rows('talk.md'), ['talk.md:11:1 no-empty-sections']);
});

test('a section ended by a paragraph marked as a heading shows that paragraph; one ended by a title is empty', async () => {
  assert.deepEqual(await rows('paragraph.md'), ['paragraph.md:9:1 no-empty-sections']);
});

test('a plural title a level too deep over its members a level up is their group; a subsection at its own level is empty', async () => {
  assert.deepEqual(await rows('groups.md'), ['groups.md:15:1 no-empty-sections']);
});

test('a list of names over sections of those names is their group; a list none of whose names follows is empty', async () => {
  assert.deepEqual(await rows('board.md'), ['board.md:15:1 no-empty-sections']);
});
