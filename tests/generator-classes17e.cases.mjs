// Generator behaviours the round-15 held-out sites showed postlint lacked (VitePress 2 slugifying a
// link's fragment, mdBook numbering ids over a chapter with its includes, a Hugo shortcode that
// writes out an HTML file, a site deployed to Netlify and letter case), each on a small site of its
// own, asserted by exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

// ---- VitePress 2.0.0-alpha.5 and later run a Markdown link's fragment through the heading slugify ----

const composed = 'jit-\u30b3\u30f3\u30d1\u30a4\u30eb'; // `jit-コンパイル` with パ as one code point (NFC)
const vitepressPages = {
  '.vitepress/config.mts': "export default {title: 'Docs'}\n",
  'index.md': '# Home\n\n## numberFormats\n\nNumbers.\n\n## JIT \u30b3\u30f3\u30d1\u30a4\u30eb\n\nText.\n',
  'guide.md': [
    '# Guide',
    '',
    `See [formats](./index.md#numberFormats), [jit](./index.md#${composed}) and [cdn](./index.md##numberformats).`,
    '',
    'A [missing one](./index.md#datetimeFormats).',
    '',
    '<a href="./index.html#numberFormats">raw HTML is written as it is</a>',
    '',
  ].join('\n'),
};

const vitepressSite = (range) => ({...vitepressPages, ...(range === undefined ? {} : {'package.json': JSON.stringify({devDependencies: {vitepress: range}})})});

test('vitepress 2: a Markdown link\'s fragment is slugified as headings are; raw HTML and a real miss are still reported', async () => {
  const {rows} = await lintSite('no-broken-anchors', vitepressSite('^2.0.0-alpha.16'));
  assert.deepEqual(rows, ['guide.md:5:3 no-broken-anchors', 'guide.md:7:4 no-broken-anchors']);
});

test('vitepress 1: the fragment is matched as written (case and Unicode form differ, "did you mean" says how)', async () => {
  const {rows, messages} = await lintSite('no-broken-anchors', vitepressSite('^1.6.4'));
  assert.deepEqual(rows, ['guide.md:3:5 no-broken-anchors', 'guide.md:3:42 no-broken-anchors', 'guide.md:3:74 no-broken-anchors', 'guide.md:5:3 no-broken-anchors', 'guide.md:7:4 no-broken-anchors']);
  const form = messages.find((message) => message.column === 42).message;
  assert.match(form, /same text as an id in another Unicode form \(NFD, decomposed\)/);
  assert.match(messages.find((message) => message.column === 5).message, /ids are case-sensitive; use "#numberformats"/);
});

test('vitepress: no version anywhere leaves a fragment that only matches once slugified unverifiable, not broken', async () => {
  const {rows} = await lintSite('no-broken-anchors', vitepressSite(undefined));
  assert.deepEqual(rows, ['guide.md:5:3 no-broken-anchors', 'guide.md:7:4 no-broken-anchors']);
});

// ---- mdBook: ids are numbered over the chapter, its pasted includes in their places ----

const bookFiles = (second) => ({
  'book.toml': '[book]\ntitle = "Cookbook"\n',
  'src/SUMMARY.md': '# Summary\n\n- [Tools](tools.md)\n- [Use](use.md)\n',
  'src/tools.md': '# Tools\n\n{{#include tools/one.md}}\n\n{{#include tools/two.md}}\n',
  'src/tools/one.md': '## Link a bundled library\n\nOne.\n',
  'src/tools/two.md': `## ${second}\n\nTwo.\n`,
  'src/use.md': '# Use\n\nSee [the second](tools.html#link-a-bundled-library-1) and [a third](tools.html#link-a-bundled-library-2).\n',
});

test('mdbook: a heading repeated across two included files gets -1 in the chapter; -2 is still missing', async () => {
  const {rows} = await lintSite('no-broken-anchors', bookFiles('Link a bundled library'));
  assert.deepEqual(rows, ['src/use.md:3:59 no-broken-anchors']);
});

test('mdbook: with distinct headings there is no -1 to link to', async () => {
  const {rows} = await lintSite('no-broken-anchors', bookFiles('Link a bundled program'));
  assert.deepEqual(rows, ['src/use.md:3:5 no-broken-anchors', 'src/use.md:3:59 no-broken-anchors']);
});

// ---- Hugo: a {{% shortcode %}} whose template writes out a file (readFile) ----

const hugoFiles = (shortcode, extra = {}) => ({
  'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Docs"\n[markup.goldmark.renderer]\nunsafe = true\n',
  'layouts/shortcodes/include-html.html': shortcode,
  'content/docs/api.md': '---\ntitle: API\n---\n\n{{% include-html api-reference.html %}}\n',
  'content/docs/api-reference.html': '<h3 id="pkg.io/v1.Thing">Thing</h3>\n',
  'content/docs/guide.md': '---\ntitle: Guide\n---\n\nSee [thing](api.md#pkg.io/v1.Thing) and [gone](api.md#pkg.io/v1.Gone).\n',
  ...extra,
});

const readsPageFile = '{{ $file := .Get 0 }}\n{{ (printf "%s%s" .Page.File.Dir $file) | readFile | safeHTML }}\n';

test('hugo: ids of the file a readFile shortcode writes out are the page\'s; an id it lacks is reported', async () => {
  const {rows, messages} = await lintSite('no-broken-anchors', hugoFiles(readsPageFile));
  assert.deepEqual(rows, ['content/docs/guide.md:5:41 no-broken-anchors']);
  assert.match(messages[0].message, /did you mean "#pkg\.io\/v1\.Thing"\?/);
});

test('hugo: a readFile shortcode whose file is not found leaves the page\'s fragments unverifiable', async () => {
  const files = hugoFiles(readsPageFile);
  delete files['content/docs/api-reference.html'];
  const {rows} = await lintSite('no-broken-anchors', files);
  assert.deepEqual(rows, []);
});

test('hugo: a shortcode that reads no file is not taken for one (its output stays unknown, nothing reported)', async () => {
  const {rows} = await lintSite('no-broken-anchors', hugoFiles('<div class="note">{{ .Inner }}</div>\n'));
  assert.deepEqual(rows, []);
});

// ---- A site deployed to Netlify: a file in other letter case is unverifiable ----

const caseSite = (extra) => ({
  '.eleventy.js': 'module.exports = () => ({dir: {input: "src"}});\n',
  'package.json': JSON.stringify({devDependencies: {'@11ty/eleventy': '^2.0.0'}}),
  'src/index.md': '# Home\n\n![TV](/uploads/icaltv.png)\n',
  'src/uploads/iCalTV.png': 'png',
  ...extra,
});

test('netlify: a path that exists only in other letter case is not reported on a site deployed to Netlify', async () => {
  const {rows} = await lintSite('no-missing-files', caseSite({'netlify.toml': '[build]\n  publish = "_site"\n'}));
  assert.deepEqual(rows, []);
});

test('no netlify.toml: the case warning stands, and names no Netlify', async () => {
  const {rows, messages} = await lintSite('no-missing-files', caseSite({}));
  assert.deepEqual(rows, ['src/index.md:3:1 no-missing-files']);
  assert.doesNotMatch(messages[0].message, /Netlify/);
});

// ---- Hugo: a page-bundle file linked from the site root, on a site whose theme is not checked out ----

const bundleSite = (theme) => ({
  'hugo.toml': `baseURL = "https://example.org/"\ntitle = "Blog"\n${theme ? 'theme = "FixIt"\n' : ''}`,
  ...(theme ? {'.gitmodules': '[submodule "themes/FixIt"]\n\tpath = themes/FixIt\n\turl = https://example.org/FixIt.git\n'} : {}),
  'content/posts/slots/index.md': '---\ntitle: Slots\n---\n\nThe [output](/slots.txt) and [another](/gone.txt).\n',
  'content/posts/slots/slots.txt': 'slot 1\n',
});

test('hugo: with the theme absent, a site-root link naming a file of the page\'s bundle is unverifiable; one naming no file is reported', async () => {
  const {rows} = await lintSite('no-missing-files', bundleSite(true));
  assert.deepEqual(rows, ['content/posts/slots/index.md:5:30 no-missing-files']);
});

test('hugo: with no absent theme, the same link is read as written and reported', async () => {
  const {rows} = await lintSite('no-missing-files', bundleSite(false));
  assert.deepEqual(rows, ['content/posts/slots/index.md:5:5 no-missing-files', 'content/posts/slots/index.md:5:30 no-missing-files']);
});
