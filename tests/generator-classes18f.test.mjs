// Generator behaviours the round-17 held-out sites showed postlint lacked (pymdownx.tabbed's
// slugified tab ids and a symlinked mkdocs.yml, VitePress's emoji shortcodes in headings, kramdown's
// raw HTML blocks, Hugo's omitted raw HTML), each on a small site of its own, asserted by exact rule
// id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule, lintSite} from './rule-helpers.mjs';
import {fixtures, repoRoot, tempFolder} from './helpers.mjs';

const dist = join(repoRoot, 'dist', 'src');
const {generatorOf, siteFor} = await import(join(dist, 'site', 'generators', 'index.js'));
const {pymdownxSlugify, tabIds} = await import(join(dist, 'site', 'tab-ids.js'));

// ---- MkDocs: pymdownx.tabbed with slugify and combine_header_slug; a symlinked mkdocs.yml ----

test('mkdocs tabbed: tabs are ided from their titles after their set heading; a title alone and __tabbed_ ids are broken', async () => {
  const {rows} = await lintRule('no-broken-anchors', ['generators/mkdocs-tabbed']);
  assert.deepEqual(rows, ['generators/mkdocs-tabbed/docs/content/guide.md:6:11 no-broken-anchors', 'generators/mkdocs-tabbed/docs/content/guide.md:6:82 no-broken-anchors']);
});

test('mkdocs: a symlinked mkdocs.yml whose docs_dir is only beside the real file makes that file\'s site', async () => {
  const site = await siteFor(join(fixtures, 'generators', 'mkdocs-tabbed', 'docs', 'content'));
  assert.equal(site.root, join(fixtures, 'generators', 'mkdocs-tabbed'));
  assert.equal(generatorOf(site).isPage(join(site.root, 'docs', 'content', 'setup.md'), site, undefined), true);
});

test('mkdocs: a symlinked mkdocs.yml whose docs_dir exists beside the link is the link\'s site', async () => {
  const root = tempFolder('postlint-mkdocs-link-');
  mkdirSync(join(root, 'shared'));
  mkdirSync(join(root, 'site', 'docs'), {recursive: true});
  writeFileSync(join(root, 'shared', 'mkdocs.yml'), 'site_name: Shared\n');
  writeFileSync(join(root, 'site', 'docs', 'index.md'), '# Home\n');
  symlinkSync('../shared/mkdocs.yml', join(root, 'site', 'mkdocs.yml'));
  const site = await siteFor(join(root, 'site', 'docs'));
  assert.equal(site.root, join(root, 'site'));
});

// pymdown-extensions tests/test_extensions/test_tabbed_alternate.py (TestTabSlugs*, TestTabSlugsCombineHeader*) and pymdownx/slugs.py.
test('mkdocs tabbed: slug forms and numbering as pymdownx makes them', () => {
  const lower = {case: 'lower', percentEncode: false, normalize: 'NFC'};
  assert.equal(pymdownxSlugify('Here is some <em>text</em>', '-', lower), 'here-is-some-text');
  assert.equal(pymdownxSlugify('Tab  Two!', '-', lower), 'tab--two');
  assert.equal(pymdownxSlugify('Ελληνικά Tab', '-', {...lower, case: 'none'}), 'Ελληνικά-Tab');
  assert.equal(pymdownxSlugify('Ελληνικά', '-', {...lower, percentEncode: true}), '%CE%B5%CE%BB%CE%BB%CE%B7%CE%BD%CE%B9%CE%BA%CE%AC');
  const options = {slugify: lower, combineHeaderSlug: true, separator: '-'};
  const tabs = [{title: 'Tab', set: 1, tab: 1, under: 0}, {title: 'Tab', set: 1, tab: 2, under: 0}, {title: 'Tab', set: 2, tab: 1}];
  assert.deepEqual(tabIds(tabs, options, () => 'header', new Set(['header'])), ['header-tab', 'header-tab_1', 'tab']);
  assert.deepEqual(tabIds(tabs, {...options, combineHeaderSlug: false}, () => 'header', new Set(['tab'])), ['tab_1', 'tab_2', 'tab_3']);
  assert.deepEqual(tabIds(tabs, undefined, () => undefined, new Set()), ['__tabbed_1_1', '__tabbed_1_2', '__tabbed_2_1']);
});

// ---- VitePress: markdown-it-emoji's shortcodes are no part of a heading's id ----

test('vitepress: a known emoji shortcode leaves the id; an unknown name and one in code stay in it', async () => {
  const {rows} = await lintRule('no-broken-anchors', ['generators/vitepress-emoji']);
  assert.deepEqual(rows, ['generators/vitepress-emoji/guide.md:5:3 no-broken-anchors', 'generators/vitepress-emoji/guide.md:5:54 no-broken-anchors']);
});

// ---- Jekyll (kramdown): block HTML is raw to its end tag, blank lines and all ----

test('jekyll kramdown: # lines inside <section><pre> over blank lines are no headings; one after the block is', async () => {
  const empty = await lintRule('no-empty-headings', ['generators/jekyll-kramdown-html']);
  assert.deepEqual(empty.rows, ['generators/jekyll-kramdown-html/slides.md:19:1 no-empty-headings']);
  const sections = await lintRule('no-empty-sections', ['generators/jekyll-kramdown-html']);
  assert.deepEqual(sections.rows, ['generators/jekyll-kramdown-html/slides.md:17:1 no-empty-sections']);
});

// ---- Hugo: Goldmark omits raw HTML unless unsafe ----

test('hugo: links in raw HTML are omitted with the page\'s HTML; Markdown links and HTML in a {{< shortcode >}} are checked', async () => {
  const {rows} = await lintRule('no-missing-files', ['generators/hugo-raw-html']);
  assert.deepEqual(rows, ['generators/hugo-raw-html/content/posts/post.md:11:12 no-missing-files', 'generators/hugo-raw-html/content/posts/post.md:13:25 no-missing-files']);
});

test('hugo: with markup.goldmark.renderer.unsafe the raw HTML\'s links are checked', async () => {
  const site = join(fixtures, 'generators', 'hugo-raw-html');
  const files = Object.fromEntries(['content/posts/post.md', 'layouts/shortcodes/figure-html.html'].map((path) => [path, readFileSync(join(site, path), 'utf8')]));
  files['hugo.toml'] = 'baseURL = "https://example.org/"\ntitle = "Blog"\n[markup.goldmark.renderer]\nunsafe = true\n';
  const {rows} = await lintSite('no-missing-files', files);
  assert.deepEqual(rows, ['content/posts/post.md:7:4 no-missing-files', 'content/posts/post.md:7:32 no-missing-files', 'content/posts/post.md:9:13 no-missing-files', 'content/posts/post.md:11:12 no-missing-files', 'content/posts/post.md:13:25 no-missing-files']);
});

test('kramdown block HTML: where a block ends, as parse_raw_html reads it; bounded on tags never closed', async () => {
  const {kramdownHtmlBlocks} = await import(join(dist, 'kramdown-html-block.js'));
  const text = '<section>\n<pre>\nx\n\n# y\n</span></pre>\n</section>\nafter\n';
  assert.deepEqual([...kramdownHtmlBlocks(text)], [[0, text.indexOf('\nafter')]]);
  // No blank line inside: CommonMark's reading is kept; `markdown="1"`: Markdown inside; a span element starts no block.
  assert.equal(kramdownHtmlBlocks('<div>\nx\n</div>\n').size, 0);
  assert.equal(kramdownHtmlBlocks('<div markdown="1">\n\n# x\n</div>\n').size, 0);
  assert.equal(kramdownHtmlBlocks('<span>\n\nx</span>\n').size, 0);
  // An element never closed runs to the end of the page.
  assert.deepEqual([...kramdownHtmlBlocks('<div>\n<p>\n\nx\n</div>\n')], [[0, 20]]);
  // Hostile pages ten times the 20,000 lines a quadratic reading would already take seconds on: linear
  // is tens of milliseconds, quadratic minutes; the bound tells the two apart with room for a loaded machine
  // (CPU time, not wall: waiting for a core on a busy machine does not count).
  const started = process.cpuUsage();
  kramdownHtmlBlocks('<div x="1" y=\'2\' z="3\n'.repeat(200_000));
  kramdownHtmlBlocks('<div>\n\n'.repeat(200_000));
  kramdownHtmlBlocks('<p>\n'.repeat(200_000));
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  assert.ok(ms < 30_000, `took ${ms} ms`);
});
