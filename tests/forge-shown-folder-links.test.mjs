// A README is read on GitHub, which shows a linked folder as its listing. Where the site's generator build is not
// modelled (Astro without Starlight), the README's link to an existing folder is fine; a missing folder is still
// reported, and so is a folder link in a file GitHub does not show by itself. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

test('astro (build not modelled): a README\'s links to existing folders are GitHub tree views; a missing folder, and a folder link in another file, are reported', () => {
  const site = join(fixtures, 'generators', 'astro-readme-folder-links');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  assert.deepEqual(findings(json, site).filter((row) => row.includes('no-missing-files')).sort(), ['NOTES.md:3:5 no-missing-files', 'README.md:5:4 no-missing-files']);
});
