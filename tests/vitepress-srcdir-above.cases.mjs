// VitePress resolves `srcDir` with `path.resolve(root, srcDir)` (vuejs/vitepress src/node/config.ts), so a
// path the config computes from its own module (`fileURLToPath(new URL('../..', import.meta.url))`) may name
// a folder above the one run: the repository whose Markdown are the pages. Links resolve there (the folder
// run is still the one linted). `rewrites` built by code (a spread of `Object.fromEntries(…)`) may move any
// page, this one included, so a relative page link that names no file is unverifiable, not missing; with
// no rewrites it is missing. The literal entries beside the code are still read (`/guide/setup#options` reaches
// docs/guide/setup.md, whose headings are checked), and Vite's `publicDir`, computed the same way, is where
// site-root files are served. Exact rule id, line and column, both ways, on a fixture of its own.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join, resolve} from 'node:path';
import {lintRule} from 'postlint/testing';
import {tempSite} from './helpers.mjs';
import {filesOf, fixture, row} from './rule-helpers.mjs';

const repo = fixture('vitepress-srcdir-above');

/** Both link rules' findings as `file:line:col rule`, and the links left unverifiable as `file:line:col reason`. */
async function linkRows(folder) {
  // The repository is copied whole and its docs/ folder run, as a site's docs are.
  const rows = [];
  const unverifiable = [];
  for (const rule of ['no-missing-files', 'no-broken-anchors']) {
    const {findings, result} = await lintRule({rule, fixture: folder, paths: ['docs']});
    rows.push(...findings.map(row));
    if (rule === 'no-missing-files') for (const file of result.files) for (const entry of file.data?.unverifiable ?? []) unverifiable.push(`${file.history?.[0]}:${entry.line}:${entry.column} ${entry.reason}`);
  }
  return {rows: rows.sort(), unverifiable};
}

test('a srcDir computed from the config module (new URL(.., import.meta.url)) is read as the folder above', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const site = await siteFor(join(repo, 'docs'));
  assert.equal(resolve(site.config.srcDir), resolve(repo));
  assert.equal(site.config.srcDirUnknown, undefined);
});

test('the module-path forms: fileURLToPath(new URL()), new URL().pathname, resolve/join(__dirname, …); anything else is unread', async () => {
  const {modulePathOf} = await import('../dist/src/site/generators/module-path.js');
  const file = '/r/docs/.vitepress/config.ts';
  assert.equal(modulePathOf("fileURLToPath(new URL('../..', import.meta.url))", file), '/r');
  assert.equal(modulePathOf("url.fileURLToPath(new URL('../src/', import.meta.url))", file), '/r/docs/src');
  assert.equal(modulePathOf("new URL('..', import.meta.url).pathname", file), '/r/docs');
  assert.equal(modulePathOf("path.resolve(__dirname, '..', 'pages')", file), '/r/docs/pages');
  assert.equal(modulePathOf("join(import.meta.dirname, '../..')", file), '/r');
  assert.equal(modulePathOf('resolve(__dirname, dir)', file), undefined);
  assert.equal(modulePathOf("fileURLToPath(new URL(`../${x}`, import.meta.url))", file), undefined);
  assert.equal(modulePathOf("'../..'", file), undefined);
});

// docs/guide/start.md: 3:10 ../widgets/spinner (only through the code rewrites), 5:6 ./setup#install, 7:5 /widgets/dial,
// 9:11 ./setup#calibration (no such heading), 11:9 ./wiring.png (no file), 13:5 /diagram.png (in publicDir),
// 15:7 /guide/setup#options (through the literal rewrite; no such heading), 17:5 /legend.png (no file).
const stillReported = ['docs/guide/start.md:11:9 no-missing-files', 'docs/guide/start.md:15:7 no-broken-anchors', 'docs/guide/start.md:17:5 no-missing-files', 'docs/guide/start.md:9:11 no-broken-anchors'];

test('computed rewrites: a relative page link to no file is unverifiable; missing headings and files are still reported', async () => {
  const {rows, unverifiable} = await linkRows(repo);
  assert.deepEqual(rows, stillReported);
  assert.ok(unverifiable.some((entry) => /start\.md:3:10 the config rewrites page URLs with code/.test(entry)), unverifiable.join('\n'));
});

test('without rewrites the same relative page link is missing (must fail)', async () => {
  const files = filesOf(repo);
  files['docs/.vitepress/config.ts'] = files['docs/.vitepress/config.ts'].replace(/  rewrites: \{[\s\S]*?\n  \},\n/, '');
  assert.ok(!files['docs/.vitepress/config.ts'].includes('rewrites'));
  const root = tempSite(files);
  const {rows} = await linkRows(root);
  // With no rewrites the pages are served from the repository root: /guide/setup is no page there either.
  const served = stillReported.map((entry) => entry.replace('15:7 no-broken-anchors', '15:7 no-missing-files'));
  assert.deepEqual(rows, [...served, 'docs/guide/start.md:3:10 no-missing-files', 'docs/guide/start.md:7:5 no-missing-files'].sort());
});

test('without the Vite publicDir the public folder is srcDir/public: a file kept beside the docs is missing there (must fail)', async () => {
  const files = filesOf(repo);
  delete files['docs/.vitepress/vite.config.ts'];
  files['docs/.vitepress/config.ts'] = files['docs/.vitepress/config.ts'].replace("import vite from './vite.config'\n", '').replace('  vite,\n', '');
  const {rows} = await linkRows(tempSite(files));
  assert.deepEqual(rows, [...stillReported, 'docs/guide/start.md:13:5 no-missing-files'].sort());
});
