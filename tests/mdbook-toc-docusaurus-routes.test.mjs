// mdBook's toc and open-on-gh preprocessors and Docusaurus's dotted doc ids and category routes, asserted by
// exact rule id, line and column both ways:
// - mdbook-toc (badboy/mdbook-toc src/lib.rs) replaces a chapter's first marker with links to the
//   headings after it (levels up to 4): a heading followed only by that marker is not empty; a later
//   marker, or one with no heading after it, writes nothing;
// - mdbook-open-on-gh (badboy/mdbook-open-on-gh src/lib.rs) appends `<footer id="open-on-gh">` and
//   changes no heading: the book's ids are known, a missing one is reported;
// - Docusaurus keeps a version-like doc id (`3.4.x`, numberPrefix.ts) and serves generated-index
//   categories at `/category/<label slugged>` (the conformance rows of fixtures/generators/docusaurus-slugs.json).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import {filesOf, fixture, lintRule, lintSite} from './rule-helpers.mjs';
import {repoRoot} from './helpers.mjs';
import {assertLinearGrowth} from './growth.mjs';

const book = 'generators/mdbook-toc-footer';
const dist = join(repoRoot, 'dist', 'src', 'site', 'generators');
const {tocLines, tocSettings} = await import(join(dist, 'mdbook-toc.js'));
const {readPluginSettings, stripNumberPrefix} = await import(join(dist, 'docusaurus-urls.js'));
const parse = (text) => unified().use(remarkParse).use(remarkGfm).parse(text);

test('mdbook-toc: a heading followed by the marker that gets a list is not empty; a second marker, or one with no heading after it, is', async () => {
  const {rows} = await lintRule('no-empty-sections', [book]);
  assert.deepEqual(rows, [`${book}/src/filled.md:13:1 no-empty-sections`, `${book}/src/unfilled.md:5:1 no-empty-sections`]);
});

test('mdbook-open-on-gh: ids are known (its footer is one), so a link to no id is reported and nothing is withheld', async () => {
  const {rows, messages} = await lintRule('no-broken-anchors', [book]);
  assert.deepEqual(rows, [`${book}/src/filled.md:7:54 no-broken-anchors`]);
  assert.match(messages[0].message, /no-such-heading/);
});

test('mdbook-open-on-gh: without a github.com repository it writes no footer, so `#open-on-gh` names nothing', async () => {
  const files = filesOf(fixture(book));
  files['book.toml'] = files['book.toml'].replace('https://github.com/example/toc-book', 'https://gitlab.com/example/toc-book');
  const {rows} = await lintSite('no-broken-anchors', files);
  assert.deepEqual(rows, ['src/filled.md:7:24 no-broken-anchors', 'src/filled.md:7:54 no-broken-anchors']);
});

test('mdbook-toc: the marker, its levels and what fills it, as lib.rs reads them', () => {
  const site = (toc) => ({root: '/', generator: 'mdbook', config: {preprocessor: {toc}}});
  assert.deepEqual(tocSettings(site({})), {marker: '<!-- toc -->', maxLevel: 4});
  assert.deepEqual(tocSettings(site({marker: '<!-- contents -->\n', 'max-level': 6})), {marker: '<!-- contents -->', maxLevel: 6});
  // A release reads one key, another the other: the deepest either lists; never less than the default 4.
  assert.deepEqual(tocSettings(site({max_level: 2})), {marker: '<!-- toc -->', maxLevel: 4});
  // A marker of text or of lines is content already (or not modelled): no settings.
  assert.equal(tocSettings(site({marker: '[[_TOC_]]'})), undefined);
  const settings = {marker: '<!-- toc -->', maxLevel: 4};
  assert.deepEqual(tocLines('# A\n\n<!-- toc -->\n\n## B\n\nText.\n', parse, settings), [3]);
  // Only headings after the marker are listed, up to max level.
  assert.deepEqual(tocLines('# A\n\n## B\n\n<!-- toc -->\n\n##### Deep\n', parse, settings), []);
  assert.deepEqual(tocLines('# A\n\n<!-- toc -->\n\n##### Deep\n', parse, {...settings, maxLevel: 5}), [3]);
  // Inside a paragraph it is inline HTML, not the marker's HTML block.
  assert.deepEqual(tocLines('# A\ntext <!-- toc -->\n\n## B\n', parse, settings), []);
  // A comment in a table cell is inline HTML: the marker is the block after the table.
  assert.deepEqual(tocLines('# A\n\n| a |\n| - |\n| <!-- toc --> |\n\n# B\n\n<!-- toc -->\n\n## C\n', parse, settings), [9]);
  // A heading of inline HTML only has no Text event: lib.rs skips it, the list is empty.
  assert.deepEqual(tocLines('# A\n\n<!-- toc -->\n\n## <span id="x"></span>\n', parse, settings), []);
  // An include after the marker may paste the headings (mdBook's links preprocessor runs first).
  assert.deepEqual(tocLines('# A\n\n<!-- toc -->\n\n{{#include intro.md}}\n', parse, settings), [3]);
});

// DefaultNumberPrefixParser's own test cases (numberPrefix.test.ts): what is stripped, what is kept.
test('docusaurus: number prefixes are stripped and version- or date-like names kept, as numberPrefix.test.ts says', () => {
  for (const [name, stripped] of [['1-My Doc', 'My Doc'], ['001 - My Doc', 'My Doc'], ['01---My Doc', 'My Doc'], ['001 ___ My Doc', 'My Doc'], ['999      .       My Doc', 'My Doc'], ['0046036 - My Doc', 'My Doc']]) assert.equal(stripNumberPrefix(name), stripped, name);
  const kept = ['MyDoc', 'a1-My Doc', 'My Doc-000', 'Hey - 03 - My Doc', '00abc01-My Doc', '2021-01-31 - Doc', '31.01.2021 - Doc', '2021_01', '21-01', '8.0', '8.0.0', '14.2.16', '18.2', '8.0 - Doc', '8_0_0', '0.12.x', '3.4.x'];
  for (const name of kept) assert.equal(stripNumberPrefix(name), name, name);
});

// sidebars/index.ts reads `_category_` files for autogenerated sidebars only: a sidebars file that lists
// its items by hand leaves a folder's generated-index link unread, so no category page is built.
test('docusaurus: a _category_ generated index is a route only where the sidebar is autogenerated', async () => {
  const files = {
    'docusaurus.config.js': "export default {url: 'https://d.example.org', baseUrl: '/', presets: [['classic', {docs: {sidebarPath: './sidebars.js'}}]]};\n",
    'sidebars.js': "export default {docs: ['guide/setup', {type: 'category', label: 'Go', items: ['guide/go/hello']}]};\n",
    'docs/guide/go/_category_.json': '{"label": "Go Apps", "link": {"type": "generated-index"}}\n',
    'docs/guide/go/hello.md': '# Hello\n\nText.\n',
    'docs/guide/setup.md': '# Setup\n\nSee [the Go apps](../category/go-apps).\n',
  };
  assert.deepEqual((await lintSite('no-missing-files', files)).rows, ['docs/guide/setup.md:3:5 no-missing-files']);
  const autogenerated = {...files, 'sidebars.js': "export default {docs: [{type: 'autogenerated', dirName: '.'}]};\n"};
  assert.deepEqual((await lintSite('no-missing-files', autogenerated)).rows, []);
});

// A sidebars file that writes generated-index categories in code: their labels are not read, so a
// `<docs>/category/…` URL may be one (unverifiable), while other missing routes are still reported.
test('docusaurus: a category URL is unverifiable where the sidebars file writes generated indexes in code', async () => {
  const files = {
    'docusaurus.config.js': "export default {url: 'https://d.example.org', baseUrl: '/', presets: [['classic', {docs: {sidebarPath: './sidebars.js'}}]]};\n",
    'sidebars.js': "export default {docs: [{type: 'category', label: 'Guide', link: {type: 'generated-index'}, items: ['guide/setup']}]};\n",
    'docs/guide/setup.md': '# Setup\n\nSee [the guide](../category/guide) and [no page](../nowhere).\n',
  };
  assert.deepEqual((await lintSite('no-missing-files', files)).rows, ['docs/guide/setup.md:3:40 no-missing-files']);
});

// Every `docs: {` of a config was read to its closing brace: nested ones cost each the rest of the text (13× at 4n).
test('docusaurus: a config of thousands of nested docs objects is read in linear time, and is ambiguous', () => {
  const make = (n) => `export default {${'docs: {'.repeat(n)}${'}'.repeat(n)}};`;
  assertLinearGrowth('readPluginSettings', readPluginSettings, make, 1000);
  assert.equal(readPluginSettings(make(20)).docsAmbiguous, true);
  assert.equal(readPluginSettings("export default {presets: [['classic', {docs: {routeBasePath: '/'}}]], themeConfig: {docs: {sidebar: {hideable: true}}}};").docsRoute, '/');
});
