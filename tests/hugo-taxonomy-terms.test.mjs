// A Hugo taxonomy term URL (`/series/<term>/`) is the term page Hugo writes when some page carries the term: it
// resolves to that list page (standing for it: the content tree), never to one post with the term. A term no page
// carries is missing; one only a draft carries leads to the draft. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {findings, fixtures, postlintJson, repoRoot, tempFolder} from './helpers.mjs';

const site = join(fixtures, 'generators', 'hugo-taxonomy-terms');
const links = (root) => findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root}).json, root).filter((row) => /no-missing-files|no-unpublished-links/.test(row)).sort();

test('term pages resolve; a term nobody uses is missing, one only a draft carries is an unpublished link', () => {
  assert.deepEqual(links(site), ['content/posts/links.md:7:3 no-missing-files', 'content/posts/links.md:7:44 no-unpublished-links']);
});

test('the index resolves /series/tea-time/ (site-root and absolute) to the term page, not a post carrying the term', async () => {
  const engine = await import(pathToFileURL(join(repoRoot, 'dist', 'src', 'index.js')).href);
  let state;
  await engine.run({cwd: site, paths: [site], noConfig: true, offline: true, useCache: false, log: () => {}, observe: (observed) => (state = observed)});
  const resolved = state.index.resolved(join(site, 'content', 'posts', 'links.md'));
  const target = (url) => resolved.find((each) => each.link.url === url).resolution;
  for (const url of ['/series/tea-time/', 'https://example.org/series/tea-time/', '/tags/brewing/']) assert.deepEqual(target(url), {status: 'found', path: join(site, 'content')}, url);
  assert.equal(target('/tags/steeping/').status, 'missing');
});

test('a term given by a cascade postlint does not follow is unverifiable, not missing', () => {
  const copy = tempFolder('postlint-hugo-terms-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'content', '_index.md'), '+++\ntitle = "Home"\n[cascade]\n  tags = ["steeping"]\n+++\n');
  assert.deepEqual(links(copy), ['content/posts/links.md:7:44 no-unpublished-links']);
});
