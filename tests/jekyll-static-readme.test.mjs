// Jekyll makes a page only of a file with front matter and copies any other as it is: a README without front matter,
// in a site built with plain Jekyll (its Gemfile), is read on GitHub only, where a site-root link reaches the
// repository's folder (its tree view). With the github-pages gem a README stays a static file too
// (jekyll-optional-front-matter's FILENAME_BLACKLIST) unless jekyll-readme-index makes it its folder's index (no
// index.md there): then it is a page, whose folder link is reported; a missing folder is reported either way.
// Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

const site = join(fixtures, 'generators', 'jekyll-static-readme');

function missing(root) {
  return findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root}).json, root).filter((row) => row.endsWith('no-missing-files')).sort();
}

test('jekyll (Gemfile: jekyll): a README without front matter links `/_includes/parts` as GitHub shows it; the missing folder and a page\'s folder link are reported', () => {
  assert.deepEqual(missing(site), ['README.md:4:5 no-missing-files', 'notes.md:1:24 no-missing-files']);
});

test('jekyll (Gemfile: github-pages): beside index.md the README stays static; with no index.md it is the folder\'s index page, so its folder link is reported too', () => {
  const copy = tempFolder('postlint-jekyll-readme-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'Gemfile'), 'source "https://rubygems.org"\n\ngem "github-pages", group: :jekyll_plugins\n');
  assert.deepEqual(missing(copy), ['README.md:4:5 no-missing-files', 'notes.md:1:24 no-missing-files']);
  rmSync(join(copy, 'index.md'));
  assert.deepEqual(missing(copy), ['README.md:3:28 no-missing-files', 'README.md:4:5 no-missing-files', 'notes.md:1:24 no-missing-files']);
});
