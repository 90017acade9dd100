// A site-root URL naming a folder of public/ with an index.html (`/old/guide/`, also written with the
// site's own domain) is found; a relative page URL that is missing is reported naming the URL it was
// read as (from the page's own URL, trailingSlash 'always'), not the path beside the file.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

const site = join(fixtures, 'generators', 'starlight-public-folders');

function run() {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  return json;
}

test('starlight: public/ folders with index.html answer site-root and own-domain URLs; a missing one is reported', () => {
  assert.deepEqual(findings(run(), site).filter((row) => /no-missing-files/.test(row)).sort(), [
    'src/content/docs/docs/a.md:5:76 no-missing-files',
    'src/content/docs/docs/a.md:7:6 no-missing-files',
  ]);
});

test('starlight: a missing relative page URL names the URL read from the page\'s own URL', () => {
  const messages = run().flatMap((file) => file.messages.map((message) => message.message));
  assert.ok(messages.some((message) => message.includes('no file at URL /docs/a/sib/, read from this page\'s URL /docs/a/')), messages.join('\n'));
});
