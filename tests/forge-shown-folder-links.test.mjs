// A README is read on GitHub, which shows a linked folder as its listing. In an Astro site without Starlight, the
// README's link to an existing folder is fine; a missing folder is still reported. A top-level NOTES.md GitHub does not
// show by itself was reported for its folder link while Astro's build was not modelled; since fix46c Astro builds from
// `src/` (and its loaders' folders) only, so NOTES.md is never built and left out. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

test('astro: a README\'s links to existing folders are GitHub tree views; a missing folder is reported; a notes file outside src/ is never built', () => {
  const site = join(fixtures, 'generators', 'astro-readme-folder-links');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  assert.deepEqual(findings(json, site).filter((row) => row.includes('no-missing-files')).sort(), ['README.md:5:4 no-missing-files']);
});
