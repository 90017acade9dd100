import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// `ie` as a lone item of an inline list of one-word items (`chrome, firefox, ie, safari`, and with Chinese
// commas) is the browser, not i.e. without its dots; on a site whose style writes `i.e.` the abbreviation
// opening an explanation (`, ie the page runs them`) and a clause set off by commas (`a runner, ie, a
// machine`: two items only, the second of two words) are still reported.
test('spelling: ie as an item of a list of one-word names is the browser; ie opening a clause is still reported', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling-dotless-list')});
  assert.deepEqual(findings.map(row), ['browsers.md:7:33 spelling', 'browsers.md:9:16 spelling']);
});
