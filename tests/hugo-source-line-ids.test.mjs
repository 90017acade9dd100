// Hugo before 0.144.0 made a heading's automatic id from its last source line (Goldmark's parser: raw HTML and a
// link's destination in the id); from 0.144.0 from its plain text. The site's pinned Hugo decides. Exact rule id,
// line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

const site = join(fixtures, 'generators', 'hugo-source-line-ids');

function anchors(root) {
  return findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root}).json, root).filter((row) => row.endsWith('no-broken-anchors')).sort();
}

test('hugo 0.121 (pinned in netlify.toml): `### <a name="first_step"></a> First step` is #a-namefirst_stepa-first-step and a linked heading keeps the destination; the plain-text ids are reported', () => {
  assert.deepEqual(anchors(site), ['content/docs/setup.md:6:11 no-broken-anchors', 'content/docs/setup.md:6:41 no-broken-anchors']);
});

test('hugo 0.145: ids from the plain text; the source-line ids are reported', () => {
  const copy = tempFolder('postlint-hugo-ids-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'netlify.toml'), '[build.environment]\n  HUGO_VERSION = "0.145.0"\n');
  assert.deepEqual(anchors(copy), ['content/docs/setup.md:5:5 no-broken-anchors', 'content/docs/setup.md:5:57 no-broken-anchors']);
});
