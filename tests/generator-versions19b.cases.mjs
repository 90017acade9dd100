// Generator versions the round-18 held-out sites showed postlint lacked: VitePress before
// 1.0.0-alpha.27 ids headings with its own slugify (no NFKD, no curly quotes), and Docusaurus before
// 2.0.0-beta.19 also looks for a `../x.md` link from the content folder. Asserted by exact rule id,
// line and column, both ways, on fixtures of their own with the version varied.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, lintSite, fixture} from './rule-helpers.mjs';

const storePages = filesOf(fixture('generator-versions', 'vitepress-0'));
const withVitepress = (version, lock) => ({
  ...storePages,
  ...(version === undefined ? {} : {'package.json': JSON.stringify({devDependencies: {vitepress: version}})}),
  ...(lock === undefined ? {} : {'yarn.lock': `vitepress@${version}:\n  version "${lock}"\n`}),
});

// guide.md: 3:5 quotes, 3:46 kana, 5:6 street, 7:10 title-1, 7:49 title-2, 9:3 the real miss.
test('vitepress 0.20: ids are its own slugify\'s (curly quotes and kana kept as written, ß → ss); a real miss is still reported', async () => {
  const {rows} = await lintSite('no-broken-anchors', withVitepress('^0.20.0'));
  assert.deepEqual(rows, ['guide.md:7:49 no-broken-anchors', 'guide.md:9:3 no-broken-anchors']);
});

test('vitepress before 0.14 (markdown-it-anchor 5): a repeated heading is numbered from -2', async () => {
  const {rows} = await lintSite('no-broken-anchors', withVitepress('~0.13.1'));
  assert.deepEqual(rows, ['guide.md:7:10 no-broken-anchors', 'guide.md:9:3 no-broken-anchors']);
});

test('vitepress 1: @mdit-vue/shared\'s slugify (NFKD, curly quotes to -) makes the old ids broken', async () => {
  const {rows} = await lintSite('no-broken-anchors', withVitepress('^1.6.4'));
  assert.deepEqual(rows, ['guide.md:3:5 no-broken-anchors', 'guide.md:3:46 no-broken-anchors', 'guide.md:5:6 no-broken-anchors', 'guide.md:7:49 no-broken-anchors', 'guide.md:9:3 no-broken-anchors']);
});

test('vitepress: a range across 1.0.0-alpha.27 is decided by the lockfile', async () => {
  const {rows} = await lintSite('no-broken-anchors', withVitepress('^1.0.0-alpha.20', '1.0.0-alpha.21'));
  assert.deepEqual(rows, ['guide.md:7:49 no-broken-anchors', 'guide.md:9:3 no-broken-anchors']);
});

test('vitepress: with no version anywhere either release\'s id is accepted; what neither gives is still reported', async () => {
  const {rows} = await lintSite('no-broken-anchors', withVitepress(undefined));
  assert.deepEqual(rows, ['guide.md:7:49 no-broken-anchors', 'guide.md:9:3 no-broken-anchors']);
});

// ---- Docusaurus before 2.0.0-beta.19: a ./ or ../ Markdown link is also tried from the content paths ----

const betaPages = filesOf(fixture('generator-versions', 'docusaurus-beta'));
const withDocusaurus = (range, lock) => ({
  ...betaPages,
  ...(range === undefined ? {} : {'package.json': JSON.stringify({dependencies: {'@docusaurus/core': range}})}),
  ...(lock === undefined ? {} : {'yarn.lock': `"@docusaurus/core@${range}":\n  version "${lock}"\n`}),
});

// versioned_docs/version-1.0/intro/what.md: 5:3 usage (a doc from the content folder), 6:3 gone (nowhere), 7:3 a blog post (no doc).
// Only a docs plugin's doc gets the content-folder lookup: the blog post's 5:13 and src/pages/about.md's 3:5
// `./intro/usage.md` stay missing; a second docs plugin's doc (community/guide/start.md) gets its own folder:
// 3:5 `./other.md` is community/other.md, 3:29 `./intro/usage.md` (only in docs/) stays missing.
const notDocsRows = ['blog/2022-01-01-post.md:5:13 no-missing-files', 'community/guide/start.md:3:29 no-missing-files', 'src/pages/about.md:3:5 no-missing-files'];
test('docusaurus 2.0.0-beta.14: ../../docs/x.md from a version folder is found from the content folder (a second docs plugin\'s own folder); a missing file, a non-doc, and a blog post\'s or page\'s link are still reported', async () => {
  const {rows} = await lintSite('no-missing-files', withDocusaurus('2.0.0-beta.14'));
  assert.deepEqual(rows, [...notDocsRows, 'versioned_docs/version-1.0/intro/what.md:6:3 no-missing-files', 'versioned_docs/version-1.0/intro/what.md:7:3 no-missing-files']);
});

test('docusaurus 2.0.0-beta.19 and later: a ../ link is read from the file\'s folder only', async () => {
  for (const range of ['2.0.0-beta.19', '^2.4.0']) {
    const {rows} = await lintSite('no-missing-files', withDocusaurus(range));
    assert.deepEqual(rows, ['blog/2022-01-01-post.md:5:13 no-missing-files', 'community/guide/start.md:3:5 no-missing-files', 'community/guide/start.md:3:29 no-missing-files', 'src/pages/about.md:3:5 no-missing-files', 'versioned_docs/version-1.0/intro/what.md:5:3 no-missing-files', 'versioned_docs/version-1.0/intro/what.md:6:3 no-missing-files', 'versioned_docs/version-1.0/intro/what.md:7:3 no-missing-files'], range);
  }
});

test('docusaurus: a range across 2.0.0-beta.19 is decided by the lockfile; with no version the content-folder doc is unverifiable, not missing', async () => {
  const locked = await lintSite('no-missing-files', withDocusaurus('^2.0.0-beta.14', '2.0.0-beta.14'));
  assert.deepEqual(locked.rows, [...notDocsRows, 'versioned_docs/version-1.0/intro/what.md:6:3 no-missing-files', 'versioned_docs/version-1.0/intro/what.md:7:3 no-missing-files']);
  const unknown = await lintSite('no-missing-files', withDocusaurus(undefined));
  assert.deepEqual(unknown.rows, [...notDocsRows, 'versioned_docs/version-1.0/intro/what.md:6:3 no-missing-files', 'versioned_docs/version-1.0/intro/what.md:7:3 no-missing-files']);
});
