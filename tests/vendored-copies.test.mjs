// Another project's copy kept in a site's repository (src/site/vendored.ts): a git submodule (`.gitmodules` paths) or a
// folder carrying a licence file of its own, short of the site's folder, its content roots and the project's workspace
// packages. A repository file of such a copy that the site never builds is the copied project's writing: left out, its
// words and its links alike, while links to it from the site's pages still resolve. Where what Hugo reads is unknown (a
// template that reads files by path), a copy outside the content roots is left out all the same (src/site/never-built.ts).
// Fixtures: fixtures/never-built/vendored-copies (MkDocs, docs_dir: doc), fixtures/never-built/vendored-hugo.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlint, postlintJson, tempFolder} from './helpers.mjs';
import {vendoredReason} from '../dist/src/site/vendored.js';

/** A fixture copied out of this repository (no .git above it: its own folder is the repository's top). */
function copy(name) {
  const root = tempFolder(`postlint-${name}-`);
  cpSync(join(fixtures, 'never-built', name), root, {recursive: true});
  return root;
}

const run = (root, args = ['.']) => findings(postlintJson(['--offline', '--no-config', '--no-cache', ...args], {cwd: root}).json, root).sort();

test('vendored copies: a README in a submodule or in a folder with its own licence is left out; a workspace package\'s and an unlicensed folder\'s stay checked', () => {
  const root = copy('vendored-copies');
  assert.deepEqual(run(root), [
    'examples/mine/README.md:3:4 spelling',
    'packages/tool/README.md:3:4 spelling',
  ]);
  const {stderr} = postlint(['--offline', '--no-config', '--no-cache', '--verbose', '.'], {cwd: root});
  assert.match(stderr, /examples\/starter\/README\.md: examples\/starter\/ carries a licence of its own \(LICENSE\)/);
  assert.match(stderr, /modules\/widget\/README\.md: it is in modules\/widget\/, a git submodule/);
});

test('vendored copies: a page\'s link into a copy still resolves to its files, and a link to a file the copy lacks is still reported', () => {
  const root = copy('vendored-copies');
  writeFileSync(join(root, 'doc', 'index.md'), '# Home\n\nStart from the [starter](../examples/starter/README.md).\n\nSee [its guide](../examples/starter/GUIDE.md).\n');
  assert.deepEqual(run(root), [
    'doc/index.md:5:5 no-missing-files',
    'examples/mine/README.md:3:4 spelling',
    'packages/tool/README.md:3:4 spelling',
  ]);
});

test('vendored copies: a copy named on the command line is checked, its words and its links', () => {
  const root = copy('vendored-copies');
  assert.deepEqual(run(root, ['examples/starter/README.md']), ['examples/starter/README.md:3:4 spelling', 'examples/starter/README.md:5:10 no-missing-files']);
});

test('vendored copies: Hugo with a template that reads files by path leaves out a licensed copy outside content/, not an unlicensed changelog', () => {
  const root = copy('vendored-hugo');
  assert.deepEqual(run(root), ['notes/CHANGES.md:3:6 spelling']);
  const {stderr} = postlint(['--offline', '--no-config', '--no-cache', '--verbose', '.'], {cwd: root});
  assert.match(stderr, /widgets\/chart\/CHANGES\.md: widgets\/chart\/ carries a licence of its own \(LICENSE\): a copy of another project, not the site's writing; it is outside content\/, where Hugo builds pages from/);
});

test('vendored copies: a licensed copy inside content/ is a page Hugo builds, checked', () => {
  const root = copy('vendored-hugo');
  cpSync(join(root, 'widgets'), join(root, 'content', 'widgets'), {recursive: true});
  assert.ok(run(root).includes('content/widgets/chart/CHANGES.md:5:6 spelling'));
});

test('vendoredReason: a licence folder counts only below the top and short of the site\'s own folders', () => {
  const top = copy('vendored-copies');
  const own = {root: top, contentRoots: [join(top, 'doc')]};
  assert.ok(vendoredReason(join(top, 'examples/starter/README.md'), top, own));
  // Without the site's folders, only the marks that need none: the submodule, not the licence.
  assert.equal(vendoredReason(join(top, 'examples/starter/README.md'), top), undefined);
  assert.ok(vendoredReason(join(top, 'modules/widget/README.md'), top));
  // The site kept in examples/starter/: its licence is the site's own.
  assert.equal(vendoredReason(join(top, 'examples/starter/README.md'), top, {root: join(top, 'examples', 'starter'), contentRoots: []}), undefined);
  // A folder that holds a content root (a Jekyll `source/` licensed apart) is the site's own.
  assert.equal(vendoredReason(join(top, 'examples/starter/README.md'), top, {root: top, contentRoots: [join(top, 'examples', 'starter', 'pages')]}), undefined);
  assert.equal(vendoredReason(join(top, 'packages/tool/README.md'), top, own), undefined);
  assert.equal(vendoredReason(join(top, 'README.md'), top, own), undefined);
});

test('vendored copies: `-linguist-vendored` in .gitattributes says a licensed folder is the repository\'s own (a fork it rewrote): checked again', () => {
  const root = copy('vendored-copies');
  writeFileSync(join(root, '.gitattributes'), 'examples/starter/** -linguist-vendored\n');
  assert.deepEqual(run(root), [
    'examples/mine/README.md:3:4 spelling',
    'examples/starter/README.md:3:4 spelling',
    'examples/starter/README.md:5:10 no-missing-files',
    'packages/tool/README.md:3:4 spelling',
  ]);
});

test('vendored copies: a folder whose licence file is the repository\'s own notice (a Cargo crate\'s LICENSE-MIT, the top\'s text) is the project\'s own, its README checked', () => {
  const root = copy('vendored-copies');
  mkdirSync(join(root, 'crates', 'parser'), {recursive: true});
  // The same notice, wrapped and ended otherwise: the same holders' licence.
  writeFileSync(join(root, 'crates', 'parser', 'LICENSE-MIT'), 'Made-up licence text of this fixture:\r\nuse it as you like.\r\n');
  writeFileSync(join(root, 'crates', 'parser', 'README.md'), '# parser\n\nThe crate recieves tokens.\n');
  assert.deepEqual(run(root), [
    'crates/parser/README.md:3:11 spelling',
    'examples/mine/README.md:3:4 spelling',
    'packages/tool/README.md:3:4 spelling',
  ]);
  // A second licence file of another text beside it is still another project's notice: left out.
  writeFileSync(join(root, 'crates', 'parser', 'COPYING'), 'Made-up licence text of the upstream parser.\n');
  assert.ok(!run(root).some((row) => row.startsWith('crates/')));
});

test('vendored copies: a folder Hugo mounts into the content tree (`target: content/handbook`) is the site\'s content, its own licence or not: checked, with or without a template that reads files', () => {
  const root = copy('vendored-hugo');
  writeFileSync(join(root, 'hugo.toml'), 'title = "Copies"\n\n[[module.mounts]]\nsource = "content"\ntarget = "content"\n\n[[module.mounts]]\nsource = "handbook"\ntarget = "content/handbook"\n');
  mkdirSync(join(root, 'handbook'));
  writeFileSync(join(root, 'handbook', 'LICENSE'), 'The handbook\'s text is licensed apart from the site\'s code.\n');
  writeFileSync(join(root, 'handbook', 'guide.md'), '---\ntitle: Guide\n---\n\nThe handbook recieves updates.\n');
  assert.deepEqual(run(root), ['handbook/guide.md:5:14 spelling', 'notes/CHANGES.md:3:6 spelling']);
  rmSync(join(root, 'layouts'), {recursive: true});
  assert.deepEqual(run(root), ['handbook/guide.md:5:14 spelling']);
});
