import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// A heading that says it is a heading of its own level (`#### A level-4 heading`, `#### Heading 4`) is a
// specimen a demo page shows; one naming another level, or a topic about headings, is an unwritten section.
test('no-empty-sections: a heading naming its own level is a specimen; another level or a topic is still reported', async () => {
  const {findings} = await lintRule({rule: 'no-empty-sections', configFile: false, fixture: join(fixtures, 'no-empty-sections', 'level-specimens')});
  assert.deepEqual(findings.map(row), [
    'tabs.md:21:1 no-empty-sections', // #### Level 2 heading: not its own level
    'tabs.md:23:1 no-empty-sections', // ### Heading styles: a topic
    'tabs.md:31:1 no-empty-sections', // ## H2 database: a product's name, no word "heading"
  ]);
});
