// A file the site never publishes that GitHub shows by itself (a README MkDocs leaves outside docs_dir, one Jekyll's
// `exclude:` lists, one beside an mdBook's src/) is published by the forge: checked in full in every generator, and
// one notice a site says how many were checked so (src/site/forge-published.ts). A design note neither publishes is
// left out. Named on the command line, the README is checked in full too.
// Fixtures: fixtures/forge-published/{mkdocs,jekyll-exclude,mdbook}. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, findings, postlintJson, siteFindings, siteStderr, tempFolder} from './helpers.mjs';

function copy(name) {
  const root = tempFolder(`postlint-forge-published-${name}-`);
  cpSync(join(fixtures, 'forge-published', name), root, {recursive: true});
  return root;
}

const notice = '1 file the site never publishes (README.md) is checked as GitHub shows it';

for (const name of ['mkdocs', 'jekyll-exclude', 'mdbook']) {
  test(`${name}: the README the site never publishes is checked in full, and a notice counts it`, () => {
    const root = copy(name);
    assert.deepEqual(siteFindings(root, ['--no-cache']), ['README.md:3:28 spelling']);
    const stderr = siteStderr(root, ['--no-cache']);
    assert.match(stderr, new RegExp(`postlint: every rule in site \\.: ${notice.replace(/[()]/g, '\\$&')}`));
    assert.match(stderr, /list them under "ignore" in the config to leave them out/);
  });
}

test('mkdocs: a design note outside docs_dir that no forge shows is left out; named, the README is checked in full', () => {
  const root = copy('mkdocs');
  // notes/design.md's "spoutt" (3:5) is not reported: neither the site nor GitHub publishes the note.
  assert.ok(!siteFindings(root, ['--no-cache']).some((row) => row.startsWith('notes/')));
  const named = postlintJson(['--offline', '--no-config', '--no-cache', 'README.md'], {cwd: root});
  assert.deepEqual(findings(named.json, root), ['README.md:3:28 spelling']);
});

test('a site whose pages are all published says no such notice', () => {
  const root = copy('mkdocs');
  const stderr = postlintJson(['--offline', '--no-config', '--no-cache', 'docs'], {cwd: root}).stderr;
  assert.doesNotMatch(stderr, /never publishes/);
});
