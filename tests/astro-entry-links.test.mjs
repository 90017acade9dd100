// Astro without Starlight (generators/unknown.ts, astro-entry-links.ts): a relative link between two
// entries of a legacy content collection is read against the URLs its route serves them at, each
// path part slugged by github-slugger (which drops an apostrophe: `don't-panic/` is served at
// `/blog/dont-panic/`). A URL no entry has is still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

test('a relative link to a collection entry by its slugged URL (`../dont-panic` for `don\'t-panic/index.mdx`) is found; a link to a URL no entry has is reported', async () => {
  assert.deepEqual(await ruleFindings('no-missing-files', ['astro-entry-links']), ['astro-entry-links/src/content/blog/other/index.mdx:7:6 no-missing-files']);
});
