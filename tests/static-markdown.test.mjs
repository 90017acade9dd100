// Markdown in a generator's static folder is copied to the site as it is, a raw file and no page, where the generator
// renders none from there: Hugo's `static/` (already left out, hugo.ts neverAPage) and Docusaurus's `static/`
// (StaticDirectoriesCopyPlugin copies it; only the content plugins' folders make pages). VitePress is different: its
// resolvePages globs every `**/*.md` of srcDir, `public/` included (ignoring only node_modules/ and dist/), so a
// Markdown file in `public/` is also rendered as a page, and stays checked.
// Fixtures: fixtures/never-built/static-docusaurus, fixtures/never-built/static-vitepress.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlint, postlintJson, tempFolder} from './helpers.mjs';

function copy(name) {
  const root = tempFolder(`postlint-${name}-`);
  cpSync(join(fixtures, 'never-built', name), root, {recursive: true});
  return root;
}

const run = (root) => findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root}).json, root).sort();

test('docusaurus: Markdown in static/ is a raw file, not checked; the doc linking to it is', () => {
  const root = copy('static-docusaurus');
  assert.deepEqual(run(root), ['docs/intro.md:7:4 spelling']);
  const {stderr} = postlint(['--offline', '--no-config', '--no-cache', '--verbose', '.'], {cwd: root});
  assert.match(stderr, /static\/raw\/notes\.md: it is in static\/, which Docusaurus copies to the site as it is, not as a page/);
});

test('docusaurus: a docs folder kept inside static/ still holds pages', () => {
  const root = copy('static-docusaurus');
  writeFileSync(join(root, 'docusaurus.config.js'), "module.exports = {\n  title: 'Raw files',\n  url: 'https://example.test',\n  baseUrl: '/',\n  presets: [['classic', {docs: {path: 'static/raw'}}]],\n};\n");
  mkdirSync(join(root, 'static', 'raw'), {recursive: true});
  assert.ok(run(root).includes('static/raw/notes.md:3:4 spelling'));
});

test('vitepress: Markdown in public/ is rendered as a page too (resolvePages globs all of srcDir): checked', () => {
  const root = copy('static-vitepress');
  assert.deepEqual(run(root), ['public/notes.md:3:4 spelling']);
});
