// fix40a: a Docusaurus blog post's relative URL link (no `.md`) is read by the browser from the post's permalink, which its
// `slug` decides (else its date folder): `../docs/guide/setup` from `/blog/launch` is `/docs/guide/setup`. Which docs version
// is served there comes from `lastVersion`, read through `versions[0]` of the imported versions.json; when the config
// computes it otherwise, a URL some version's doc would have there is unverifiable, and one no version has is still missing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

const fixture = join(fixtures, 'docusaurus-blog-links');

function run(site) {
  const {json} = postlintJson(['--offline', '--no-config', '--rule', 'spelling:off', '.'], {cwd: site});
  return {rows: findings(json, site).sort(), json};
}

test('docusaurus blog: links read from the slug URL, lastVersion: versions[0] serving version 2.0 at /docs/', () => {
  const {rows} = run(fixture);
  assert.deepEqual(rows, [
    'blog/2024-03-01-launch/index.md:8:5 no-missing-files', // /docs/guide/wicks: only the next version (/docs/next/) has it
    'blog/2024-03-01-launch/index.md:8:73 no-missing-files', // /docs/guide/shelf: no version has it
    'blog/2024-03-02-notes/index.md:5:55 no-missing-files', // no slug: read from /blog/2024/03/02/notes, /blog/2024/03/docs/guide/setup
  ]);
});

test('docusaurus blog: a lastVersion the config computes leaves a URL some version\'s doc has there unverifiable', () => {
  const site = tempFolder('postlint-fix40a-');
  cpSync(fixture, site, {recursive: true});
  const config = join(site, 'docusaurus.config.js');
  writeFileSync(config, readFileSync(config, 'utf8').replace('lastVersion: versions[0],', 'lastVersion: pickLatest(versions),'));
  const {rows, json} = run(site);
  assert.deepEqual(rows, ['blog/2024-03-01-launch/index.md:8:73 no-missing-files', 'blog/2024-03-02-notes/index.md:5:55 no-missing-files']);
  const launch = json.find((file) => file.filePath === join(site, 'blog', '2024-03-01-launch', 'index.md'));
  assert.deepEqual(launch.unverifiable.map((u) => `${u.line}:${u.column}`), ['6:10', '8:5']);
  assert.match(launch.unverifiable[0].reason, /versioned_docs\/version-2\.0\/guide\/setup\.md if the config serves docs version "2\.0" at \/docs\//);
  assert.match(launch.unverifiable[1].reason, /docs\/guide\/wicks\.md if the config serves docs version "current" at \/docs\//);
});
