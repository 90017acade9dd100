// Site detection reads each folder's package.json (and asks for `.git`) once a run, however many
// folders below walk up to it (src/site/generators/held-reads.ts). What it held must still key the
// caches on every use, and must be read again once the generators' file reads are forgotten.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {siteFindings, tempSite} from './helpers.mjs';

const {siteFor, forgetSites} = await import('../dist/src/site/generators/index.js');
const {takeSideReads} = await import('../dist/src/side-reads.js');

// A package whose script runs Eleventy after `cd site`: the folder `site` is an Eleventy site without a config file.
const scripted = JSON.stringify({scripts: {build: 'cd site && eleventy'}});
const page = '---\ntitle: Fern notes\n---\n\nSee [the moss page](../moss/).\n';

function readPaths() {
  return takeSideReads().map(([path]) => path);
}

test('held reads: a parent package.json read once is still noted as a side read by every folder that used it', async () => {
  const root = tempSite({'.git/HEAD': 'ref: refs/heads/main\n', 'package.json': scripted, 'site/ferns/index.md': page, 'site/lichen/index.md': page});
  forgetSites();
  takeSideReads();
  assert.equal((await siteFor(join(root, 'site', 'ferns')))?.root, join(root, 'site'));
  assert.ok(readPaths().includes(join(root, 'package.json')));
  // A second folder (a worker's next batch empties the journal in between): the held manifest is noted again.
  assert.equal((await siteFor(join(root, 'site', 'lichen')))?.root, join(root, 'site'));
  const second = readPaths();
  assert.ok(second.includes(join(root, 'package.json')), second.join('\n'));
  assert.ok(second.includes(join(root, 'site', 'package.json')), 'an absent manifest is a side read too');
});

test('held reads: forgotten with the generators\' file reads (a changed package.json is read again)', async () => {
  const root = tempSite({'.git/HEAD': 'ref: refs/heads/main\n', 'package.json': scripted, 'site/ferns/index.md': page});
  forgetSites();
  assert.equal((await siteFor(join(root, 'site')))?.generator, 'eleventy');
  writeFileSync(join(root, 'package.json'), JSON.stringify({scripts: {build: 'echo none'}}));
  forgetSites();
  assert.equal(await siteFor(join(root, 'site')), undefined);
});

test('held reads: a run over many folders finds what it found before (Eleventy by a parent script, links resolved)', () => {
  const root = tempSite({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'package.json': scripted,
    'site/ferns/index.md': page,
    'site/lichen/index.md': page,
    'site/moss/index.md': '---\ntitle: Moss\n---\n\nSoft.\n',
    'site/deep/a/b/index.md': '---\ntitle: Deep\n---\n\nSee [nothing](../../../bracken/).\n',
  });
  assert.deepEqual(siteFindings(root), ['site/deep/a/b/index.md:5:5 no-missing-files']);
});
