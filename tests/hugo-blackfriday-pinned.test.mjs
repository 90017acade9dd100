// A Hugo before 0.60 renders Markdown with Blackfriday whatever the `markup` section says (it reads none):
// Blackfriday's heading ids, raw HTML written as it is. From 0.60 Goldmark. The pinned version decides.
// Exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

const site = join(fixtures, 'generators', 'hugo-blackfriday-pinned');

function anchors(root) {
  return findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root}).json, root).filter((row) => row.endsWith('no-broken-anchors')).sort();
}

test('hugo 0.57.2 (pinned in netlify.toml): Blackfriday ids (#boiling-rolling-boil, #simmer-gentle), links in raw HTML checked; Goldmark\'s id and a missing heading are reported', () => {
  assert.deepEqual(anchors(site), ['content/notes/kettle.md:5:44 no-broken-anchors', 'content/notes/kettle.md:7:54 no-broken-anchors']);
});

test('hugo 0.60.0: Goldmark ids, raw HTML omitted (markup.goldmark.renderer.unsafe unset); the Blackfriday id is reported', () => {
  const copy = tempFolder('postlint-hugo-blackfriday-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'netlify.toml'), '[build.environment]\n  HUGO_VERSION = "0.60.0"\n');
  assert.deepEqual(anchors(copy), ['content/notes/kettle.md:5:6 no-broken-anchors']);
});

test('hugo 0.57.2 with the blackfriday section masking autoHeaderIds: no automatic ids, both boil links reported', () => {
  const copy = tempFolder('postlint-hugo-blackfriday-mask-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'config.toml'), 'baseURL = "https://example.org/"\ntitle = "Old renderer"\n[blackfriday]\nextensionsMask = ["autoHeaderIds"]\n');
  assert.deepEqual(anchors(copy), ['content/notes/kettle.md:5:44 no-broken-anchors', 'content/notes/kettle.md:5:6 no-broken-anchors', 'content/notes/kettle.md:7:10 no-broken-anchors', 'content/notes/kettle.md:7:54 no-broken-anchors']);
});
