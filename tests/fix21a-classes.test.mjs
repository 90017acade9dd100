// Round 19/20 classes (fix21a): the text of a mkdocs-include-markdown-plugin directive is never
// rendered (its quoted start/end markers are no image; the directive stands for content); Hugo never
// reads a site-root `/x.md` link from the page's folder. Exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

const generators = join(fixtures, 'generators');

function rows(site) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  return findings(json, site).filter((row) => /no-missing-files|no-broken-anchors|no-empty-sections/.test(row)).sort();
}

test('mkdocs include-markdown: a directive\'s arguments are not the page\'s images; a section holding one is not empty; a missing image and an empty section outside one are reported', () => {
  assert.deepEqual(rows(join(generators, 'mkdocs-include-markdown')), ['docs/scripts/tool.md:11:27 no-missing-files', 'docs/scripts/tool.md:13:1 no-empty-sections']);
});

test('hugo: a site-root `/x.md` link a GetPage hook does not find is published as written (a 404), never read from the page\'s folder; a hook that rewrites destinations keeps the guard', () => {
  const site = join(generators, 'hugo-root-md-links');
  const expected = ['install', 'upgrade', 'backup', 'restore', 'debug', 'plugins', 'hooks', 'api', 'faq', 'support'].map((_, index) => `content/docs/v1/_index.md:${7 + index}:1 no-missing-files`).sort();
  assert.deepEqual(rows(site), expected);
  // The same links through a hook whose output only its template knows: the guard withholds them as before.
  const copy = tempFolder('postlint-hugo-root-md-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'layouts/_default/_markup/render-link.html'), '<a href="{{ replace .Destination ".md" "/" | relURL }}">{{ .Text }}</a>\n');
  assert.deepEqual(rows(copy), []);
});
