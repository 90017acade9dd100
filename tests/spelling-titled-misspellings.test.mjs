import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const fixture = join(fixtures, 'spelling', 'titled-misspellings');

// A long known misspelling of an ordinary word in a title-case phrase (`Cloud Developement Summit`) is that word, not a
// name; a short one (`Mark Teh`) and one whose correction is a name (`Dardenelles` → `Dardanelles`) are names still.
test('spelling: a long misspelling of an ordinary word capitalized in a title-case phrase is reported; names are not', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture, paths: ['titles.md']});
  assert.deepEqual(findings.map(row), ['titles.md:3:40 spelling', 'titles.md:7:22 spelling']);
  assert.deepEqual(findings.map((finding) => finding.data?.likely), ['misspelling', 'misspelling']);
});
