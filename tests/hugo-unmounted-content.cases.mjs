import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

test('Hugo: when every configured language names its own contentDir, the global content folder is no mount; a folder of an unconfigured language in it (content/xx/) is never built', async () => {
  const site = 'generators/hugo-unmounted-content';
  assert.deepEqual(await ruleFindings('no-placeholders', [site]), [
    `${site}/content/en/about.md:7:35 no-placeholders`,
    `${site}/content/nl/about.md:7:39 no-placeholders`,
    // content/xx/about.md: in no language's contentDir, never read by Hugo
  ]);
});

test('Hugo: a language without a contentDir of its own reads the global content folder, so content/xx/ is built (as section xx of that language)', async () => {
  const site = 'generators/hugo-global-content-mounted';
  assert.deepEqual(await ruleFindings('no-placeholders', [site]), [
    `${site}/content/nl/about.md:7:39 no-placeholders`,
    `${site}/content/xx/about.md:7:1 no-placeholders`,
  ]);
});
