// Eleventy: a detection taken from the per-config memo notes its side files again (the caches key
// on the journal, which a worker empties between batches), and a site's warning (an input folder
// postlint cannot place) reaches an API caller as a notice, not only the CLI's log.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {tempSite, repoRoot} from './helpers.mjs';

const dist = join(repoRoot, 'dist', 'src');
const {siteFor, forgetSites} = await import(join(dist, 'site', 'generators', 'index.js'));
const {sideReads, takeSideReads} = await import(join(dist, 'side-reads.js'));
const {run} = await import(join(dist, 'index.js'));

const config = 'module.exports = function () {\n  return {dir: {input: "./web/content", output: "_site"}};\n};\n';

test('eleventy: the config a memoized detection was made from is noted again after the journal was emptied', async () => {
  const root = tempSite({'package.json': JSON.stringify({scripts: {build: 'npx @11ty/eleventy --config=./web/.eleventy.js'}}), 'web/.eleventy.js': config, 'web/content/a.md': '# A\n'});
  forgetSites();
  assert.equal((await siteFor(root))?.configFile, join(root, 'web', '.eleventy.js'));
  takeSideReads();
  // From the config's own folder, detection climbs to the project's and takes the memo.
  assert.equal((await siteFor(join(root, 'web')))?.root, root);
  assert.ok([...sideReads()].some(([path]) => path === join(root, 'web', '.eleventy.js')));
});

test('eleventy: an input folder postlint cannot place is a notice of the API\'s result', async () => {
  const root = tempSite({'web/.eleventy.js': config, 'web/content/notes.md': '---\ntitle: Notes\n---\n# Notes\n\nText.\n'});
  const result = await run({cwd: join(root, 'web'), paths: ['.'], offline: true, workers: 0, noConfig: true});
  const notices = (result.notices ?? []).filter((notice) => notice.kind === 'site-warning');
  assert.equal(notices.length, 1);
  assert.match(notices[0].message, /dir\.input "\.\/web\/content" of \.eleventy\.js is no folder from the config's folder/);
});
