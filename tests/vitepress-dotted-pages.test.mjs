// VitePress (1.0.0-rc.35 and later) asks treatAsHtml whether a link is a page: the text after the
// path's last `.` is looked up in a fixed list of asset extensions, and anything else is a page, so
// `/api/store.open` is the page api/store.open.md. Read as a file, every such link was "missing".
// Before rc.35 a dotted link was a file, left as written for the host: unverifiable when the page
// exists. A dotted link to no page and a missing asset (`.png`, `.json`) are still reported.
// Exact rule id, line and column, both ways, on a fixture of its own with the version varied.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, lintSite, fixture} from './rule-helpers.mjs';

const store = filesOf(fixture('generator-versions', 'vitepress-dotted-pages'));
const withVitepress = (version, extra = {}) => ({...store, ...(version === undefined ? {} : {'package.json': JSON.stringify({devDependencies: {vitepress: version}})}), ...extra});

// guide/index.md: 3:5 /api/store.open (page), 5:6 ../api/store.close (page), 7:5 /api/store.drop (no page),
// 9:5 /logo.png (missing asset), 11:5 /api/store.json (missing asset), 13:5 an image of the page /api/store.open.
const realMisses = ['guide/index.md:7:5 no-missing-files', 'guide/index.md:9:5 no-missing-files', 'guide/index.md:11:5 no-missing-files', 'guide/index.md:13:5 no-missing-files'];

test('vitepress 1.6: a dotted link with no asset extension is the page of that name, at the site root and relative', async () => {
  const {rows} = await lintSite('no-missing-files', withVitepress('1.6.3'));
  assert.deepEqual(rows, realMisses);
});

test('vitepress 1.6 without cleanUrls: the same links reach their pages (written .html by the link plugin)', async () => {
  const {rows} = await lintSite('no-missing-files', withVitepress('^1.0.0', {'.vitepress/config.ts': "export default {title: 'Store'}\n"}));
  assert.deepEqual(rows, realMisses);
});

test('vitepress before 1.0.0-rc.35: a dotted link is a file left as written, so an existing page is unverifiable, not found or missing', async () => {
  const {rows, messages} = await lintSite('no-missing-files', withVitepress('1.0.0-rc.20'));
  assert.deepEqual(rows, realMisses);
  assert.ok(!messages.some((message) => message.line === 3 || message.line === 5));
});

test('VITE_EXTRA_EXTENSIONS adds to the asset list: a link ending in one is a file again, and missing', async () => {
  const config = "process.env.VITE_EXTRA_EXTENSIONS = 'open'\nexport default {title: 'Store', cleanUrls: true}\n";
  const {rows} = await lintSite('no-missing-files', withVitepress('1.6.3', {'.vitepress/config.ts': config}));
  assert.deepEqual(rows, ['guide/index.md:3:5 no-missing-files', ...realMisses]);
});

test('a dotted link to no page is still missing with the version unknown', async () => {
  const {rows} = await lintSite('no-missing-files', withVitepress(undefined));
  assert.deepEqual(rows, realMisses);
});
