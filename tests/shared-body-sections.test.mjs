// Sibling headings sharing one body (src/text/shared-body.ts, read in src/text/unwritten-sections.ts): a run of
// headings at one level with nothing between them, the last followed by text about the sections above ("The above
// sections are the same as in [the jam guide](jam.md)", "以上部分和 … 完全一致"), is no run of unwritten sections, for
// no-empty-sections and for links into them alike. "As shown above" mid-sentence, or a body that does not speak of
// them, leaves the empty headings reported. Fixture: fixtures/classes40d/shared-body. Exact rule, line, column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';
import {speaksOfAbove} from '../dist/src/text/shared-body.js';

test('empty siblings before a body about the sections above are left alone; others are still reported', async () => {
  assert.deepEqual(await ruleFindings('no-empty-sections', ['classes40d/shared-body']), [
    'classes40d/shared-body/pickling.md:15:1 no-empty-sections',
    'classes40d/shared-body/pickling.md:23:1 no-empty-sections',
    'classes40d/shared-body/zh.md:13:1 no-empty-sections',
  ]);
});

test('a link into a heading sharing the body lands right; one into an unwritten section is still reported', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['classes40d/shared-body']), ['classes40d/shared-body/jam.md:7:52 no-broken-anchors']);
});

test('what speaks of the sections above', () => {
  for (const text of ['The above section is exactly the same as [x](x.md).', 'All the previous steps apply here.', 'The sections above are shared with the guide.', '以上部分和 x 完全一致', '上述步骤与 x 相同']) assert.ok(speaksOfAbove(text), text);
  for (const text of ['Mustard seed is toasted first, as shown above.', 'Above all, keep the jars clean.', 'The above example prints 3.', '以上', 'There is a special backend called dummy.']) assert.ok(!speaksOfAbove(text), text);
});
