import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';
import {blankKramdownComments} from '../dist/src/text/kramdown-comments.js';
import {assertLinearGrowth} from './growth.mjs';

const site = 'generators/jekyll-kramdown-comments';

test('kramdown comments ({::comment}…{:/comment}, {:/}, {::comment /}) are never on the page: they fill no section, their links and notes are not read; one in code or without its stop is text', async () => {
  assert.deepEqual(await ruleFindings('no-empty-sections', [site]), [
    `${site}/beds.md:9:1 no-empty-sections`, // "Earthing up the leeks" holds only a comment
  ]);
  assert.deepEqual(await ruleFindings('no-missing-files', [site]), [
    `${site}/beds.md:22:49 no-missing-files`, // guide.md, after a `{::comment}` in a code span
  ]);
  assert.deepEqual(await ruleFindings('no-placeholders', [site]), [
    `${site}/beds.md:27:57 no-placeholders`, // TODO after an opening with no stop
  ]);
});

test('blankKramdownComments keeps the length and the lines, and leaves a text without comments as it is', () => {
  const text = 'Intro.\n\n{::comment}\nhidden [x](y.md)\n{:/comment}\n\nA{::comment}b{:/} c\n';
  const blanked = blankKramdownComments(text);
  assert.equal(blanked.length, text.length);
  assert.deepEqual(blanked.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()), ['Intro.', '', '', '', '', '', 'A c', '']);
  const plain = 'No comment here.\n';
  assert.equal(blankKramdownComments(plain), plain);
});

test('blankKramdownComments is linear in the text: many openings without a stop (block lines, a long paragraph) and many openings in code spans on one line', () => {
  assertLinearGrowth('block openings without a stop', blankKramdownComments, (n) => '{::comment}\n\n'.repeat(n), 2000);
  assertLinearGrowth('span openings without a stop in one paragraph', blankKramdownComments, (n) => 'a {::comment} b\n'.repeat(n), 2000);
  assertLinearGrowth('openings in code spans on one line', blankKramdownComments, (n) => '`{::comment}` '.repeat(n) + '\n', 2000);
});
