// Repository documents (src/site/forge-documents.ts: READMEs, community files, issue templates) the site never builds
// stay checked for a GitHub reader, but not a vendored library's README (src/site/vendored.ts: Linguist's vendor folders,
// `.gitattributes` linguist-vendored / linguist-generated): that is its authors' writing. A vendored file named on the
// command line is checked all the same. An issue template's relative links resolve against the address on
// GitHub, not the repository: unverifiable, never "missing". Fixture: fixtures/never-built/vendored (MkDocs, docs_dir: doc).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlint, postlintJson, tempFolder} from './helpers.mjs';
import {vendoredReason} from '../dist/src/site/vendored.js';

/** The fixture copied out of this repository (no .git above it: its own folder is the repository's top). */
function copy() {
  const root = tempFolder('postlint-vendored-');
  cpSync(join(fixtures, 'never-built', 'vendored'), root, {recursive: true});
  return root;
}

const run = (root, args = ['.']) => findings(postlintJson(['--offline', '--no-config', '--no-cache', ...args], {cwd: root}).json, root).sort();

test('vendored: a README in third-party/ or marked linguist-vendored/-generated is left out; the root README, an un-vendored README and the issue template stay checked', () => {
  const root = copy();
  assert.deepEqual(run(root), [
    '.github/ISSUE_TEMPLATE/release.md:12:4 spelling',
    'README.md:3:4 spelling',
    'README.md:5:27 no-missing-files',
    'imported/own/README.md:3:4 spelling',
  ]);
  const {stderr} = postlint(['--offline', '--no-config', '--no-cache', '--verbose', '.'], {cwd: root});
  assert.match(stderr, /imported\/lib\/README\.md: \.gitattributes marks it linguist-vendored, the site never builds it and no page includes it/);
  assert.match(stderr, /notes\/README\.md: \.gitattributes marks it linguist-generated/);
  assert.match(stderr, /third-party\/utf\/README\.md: it is in third-party\/, a folder GitHub's Linguist counts as vendored/);
});

test('vendored: a vendored file named on the command line is checked', () => {
  const root = copy();
  assert.deepEqual(run(root, ['third-party/utf/README.md']), ['third-party/utf/README.md:3:4 spelling']);
});

test('vendored: a vendored README the site builds (inside docs_dir) is a page, checked', () => {
  const root = copy();
  mkdirSync(join(root, 'doc', 'vendor', 'lib'), {recursive: true});
  writeFileSync(join(root, 'doc', 'vendor', 'lib', 'README.md'), '# Lib\n\nWe recieve bytes.\n');
  assert.ok(run(root).includes('doc/vendor/lib/README.md:3:4 spelling'));
});

test('issue template: its relative links are not resolved against the repository (GitHub reads them from the issue\'s address)', () => {
  const root = copy();
  const rows = run(root);
  assert.equal(rows.filter((row) => row.startsWith('.github/') && row.includes('no-missing-files')).length, 0);
  // The same link in a README is resolved in the repository tree: there it is missing (README.md:5:27 above).
  assert.ok(rows.includes('README.md:5:27 no-missing-files'));
});

test('vendoredReason: Linguist vendor folders as whole folder names; other folders are the project\'s own', () => {
  const top = '/repo';
  for (const path of ['third_party/x/README.md', 'third-party/x/README.md', '3rd-party/README.md', 'src/vendor/lib/README.md', 'vendors/a.md', 'external/lib/README.md', 'extern/README.md', 'bower_components/x/README.md']) {
    assert.ok(vendoredReason(join(top, path), top), path);
  }
  for (const path of ['README.md', 'myvendor/README.md', 'docs/vendoring.md', 'tools/README.md', 'dist/README.md', 'partyline/README.md']) {
    assert.equal(vendoredReason(join(top, path), top), undefined, path);
  }
});

test('vendoredReason: `.gitattributes` patterns read as git reads them: a directory pattern (`lib/`) marks no file inside it, braces and extglobs are literal, `**` spans folders', () => {
  const top = tempFolder('vendored-patterns');
  mkdirSync(join(top, '.git'), {recursive: true});
  writeFileSync(join(top, '.gitattributes'), 'lib/ linguist-vendored\n*.{md,txt} linguist-generated\n+(gen|out)/* linguist-generated\nshared/** linguist-vendored\n');
  for (const path of ['lib/README.md', 'README.md', 'gen/README.md', 'docs/notes.txt']) {
    assert.equal(vendoredReason(join(top, path), top), undefined, path);
  }
  for (const path of ['shared/README.md', 'shared/a/b/README.md']) {
    assert.ok(vendoredReason(join(top, path), top), path);
  }
});
