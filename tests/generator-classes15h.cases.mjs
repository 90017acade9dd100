// Jekyll's kramdown as the round-13 tune set showed postlint lacked it (bare URLs are text, `$$`
// math, an empty `tags:`), and a page declared in another language with passages left in English;
// each on a small site of its own, asserted by exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

// ---- kramdown links only `<https://…>`: a URL written as plain text is text ----

const urlPost = [
  '---',
  'title: Feeds',
  '---',
  '',
  'The feed is at https://www.example.org/files/guide.pdf for now.',
  '',
  '* Mirror (www.example.org/mirror.tar.gz)',
  '* Archive <https://www.example.org/archive/gone.zip>',
  '',
].join('\n');

const jekyllSite = (config) => ({'_config.yml': `title: Blog\nurl: https://www.example.org\n${config}`, '_posts/2024-01-02-feeds.md': urlPost});

test('jekyll kramdown: a bare URL is text, no link; an automatic link `<…>` is still checked', async () => {
  for (const config of ['', 'markdown: kramdown\n', 'markdown: kramdown\nkramdown:\n  input: GFM\n', 'markdown: CommonMarkGhPages\ncommonmark:\n  extensions: [table]\n']) {
    const {rows} = await lintSite('no-missing-files', jekyllSite(config), {severity: 'error'});
    assert.deepEqual(rows, ['_posts/2024-01-02-feeds.md:8:11 no-missing-files'], config);
  }
});

test('jekyll: the dialect says whether bare URLs are text as a yes or no (the why is in jekyll-markdown.ts)', async () => {
  const {jekyllMarkdownDialect} = await import('../dist/src/site/generators/jekyll-markdown.js');
  const site = (config) => ({root: '/site', generator: 'jekyll', config});
  assert.deepEqual(jekyllMarkdownDialect(site({})), {bareUrlsAsText: true, math: {singleDollar: false, blocks: 'kramdown'}, htmlBlocks: 'kramdown', atxHeadings: 'kramdown-gfm'});
  // kramdown's parse_block_html reads block HTML's content as Markdown: CommonMark's reading is kept.
  assert.deepEqual(jekyllMarkdownDialect(site({kramdown: {parse_block_html: true}})), {bareUrlsAsText: true, math: {singleDollar: false, blocks: 'kramdown'}, atxHeadings: 'kramdown-gfm'});
  // kramdown's own input: its ATX headers are not modelled (kramdown-atx-heading.ts), CommonMark's reading is kept.
  assert.deepEqual(jekyllMarkdownDialect(site({kramdown: {input: 'kramdown'}})), {bareUrlsAsText: true, math: {singleDollar: false, blocks: 'kramdown'}, htmlBlocks: 'kramdown'});
  assert.deepEqual(jekyllMarkdownDialect(site({markdown: 'CommonMarkGhPages'})), {bareUrlsAsText: true});
  assert.deepEqual(jekyllMarkdownDialect(site({markdown: 'CommonMarkGhPages', commonmark: {extensions: ['autolink']}})), {});
});

test('jekyll with jekyll-commonmark and its autolink extension: a bare URL is a link', async () => {
  const {rows} = await lintSite('no-missing-files', jekyllSite('markdown: CommonMarkGhPages\ncommonmark:\n  extensions: [strikethrough, autolink, table]\n'), {severity: 'error'});
  assert.deepEqual(rows, ['_posts/2024-01-02-feeds.md:5:16 no-missing-files', '_posts/2024-01-02-feeds.md:7:11 no-missing-files', '_posts/2024-01-02-feeds.md:8:11 no-missing-files']);
});

test('jekyll kramdown: a file Jekyll never converts (an excluded folder, `.github/`, not a `markdown_ext`) is GFM, its bare URLs links', async () => {
  const files = {
    ...jekyllSite('exclude: [notes/]\nmarkdown_ext: md\n'),
    // A README: GitHub shows it, so it is checked though Jekyll excludes it (an excluded notes/a.md is never built, left out).
    'notes/README.md': urlPost,
    '.github/CONTRIBUTING.md': urlPost,
    'guide.markdown': urlPost,
  };
  const {rows} = await lintSite('no-missing-files', files, {severity: 'error'});
  const gfm = (file) => [`${file}:5:16 no-missing-files`, `${file}:7:11 no-missing-files`, `${file}:8:11 no-missing-files`];
  assert.deepEqual(rows, [...gfm('.github/CONTRIBUTING.md'), '_posts/2024-01-02-feeds.md:8:11 no-missing-files', ...gfm('guide.markdown'), ...gfm('notes/README.md')]);
});

// ---- kramdown math: `$$…$$` (inline, or a block between blank lines) is math, not prose ----

const mathPost = [
  '---',
  'title: Rotation',
  '---',
  '',
  'The velocity is $$v = recieve^{it}$$, a turn of the position.',
  '',
  '$$',
  '\\lVert recieve^{it} \\rVert = 1',
  '$$',
  '',
  'It costs $5 to recieve and $6 to send.',
  '',
].join('\n');

test('jekyll kramdown: words inside `$$…$$` are math, not prose; a single `$` is text', async () => {
  const {rows} = await lintSite('spelling', {'_config.yml': 'title: Blog\n', '_posts/2024-01-02-rotation.md': mathPost}, {severity: 'error'});
  assert.deepEqual(rows, ['_posts/2024-01-02-rotation.md:11:16 spelling']);
});

// Where the converter leaves `$$` as text, spans that hold TeX (`^{it}`, `\lVert`) are still math to
// spelling: a script typesets them, or the reader sees raw TeX (src/spelling/tex-math.ts, fix33h).
// Spans with no TeX are the converter's text, and prose.
const plainDollars = mathPost.replaceAll('^{it}', '').replace('\\lVert ', '').replace(' \\rVert', '');

test('jekyll kramdown: `$$` in a file Jekyll never converts (an excluded folder) is text, its words prose', async () => {
  const {rows} = await lintSite('spelling', {'_config.yml': 'title: Blog\nexclude: [notes/]\n', '_posts/2024-01-02-rotation.md': mathPost, 'notes/README.md': plainDollars}, {severity: 'error'});
  assert.deepEqual(rows, ['_posts/2024-01-02-rotation.md:11:16 spelling', 'notes/README.md:5:23 spelling', 'notes/README.md:8:1 spelling', 'notes/README.md:11:16 spelling']);
});

test('jekyll with jekyll-commonmark: `$$` is text, its words prose', async () => {
  const {rows} = await lintSite('spelling', {'_config.yml': 'title: Blog\nmarkdown: CommonMarkGhPages\n', '_posts/2024-01-02-rotation.md': plainDollars, '_posts/2024-01-03-tex.md': mathPost}, {severity: 'error'});
  assert.deepEqual(rows, ['_posts/2024-01-02-rotation.md:5:23 spelling', '_posts/2024-01-02-rotation.md:8:1 spelling', '_posts/2024-01-02-rotation.md:11:16 spelling', '_posts/2024-01-03-tex.md:11:16 spelling']);
});

// ---- Jekyll: an empty `tags:` or `categories:` is none ----

test('jekyll: an empty `tags:`/`categories:` is no tags; a map there is still the wrong type', async () => {
  const post = (field) => `---\ntitle: News\n${field}\n---\n\nText.\n`;
  const {rows} = await lintSite('front-matter', {
    '_config.yml': 'title: Blog\n',
    '_posts/2024-01-02-empty.md': post('tags:\ncategories:'),
    '_posts/2024-01-03-map.md': post('tags:\n  a: 1'),
  }, {severity: 'error'});
  assert.deepEqual(rows, ['_posts/2024-01-03-map.md:3:1 front-matter']);
});

// Reversed by fix44b: a key no reader of the page reads is no defect, empty or not (MkDocs reads `tags` only with a
// tags plugin on); where the reader refuses it empty (Docusaurus' Joi array) it stays reported.
test('an empty `tags:` on a site of a generator that does not read it is left alone; where the reader refuses it, reported', async () => {
  const {rows} = await lintSite('front-matter', {'mkdocs.yml': 'site_name: X\n', 'docs/index.md': '---\ntitle: News\ntags:\n---\n\nText.\n'}, {severity: 'error'});
  assert.deepEqual(rows, []);
  const refused = await lintSite('front-matter', {'docusaurus.config.js': "module.exports = {title: 'X'};\n", 'docs/index.md': '---\ntitle: News\ntags:\n---\n\nText.\n'}, {severity: 'error'});
  assert.deepEqual(refused.rows, ['docs/index.md:3:1 front-matter']);
});

// ---- A page declared in another language, its list left in English: only English passages are read ----

test('spelling: on a `lang: vi` page that kept an English list, the translated paragraphs are not read; the English passages are', async () => {
  const page = [
    '---',
    'title: Hội nghị',
    'lang: vi',
    '---',
    '',
    'Chúng tôi có một chương trình rất hay dành cho người tham dự, và chúng tôi mong gặp các bạn ở đó.',
    '',
    '* The search for the perfect tool, and how we found it',
    '* Scaling the service with a queue that is easy to recieve from',
    '* Testing the code you have, not the code you want',
    '* Moving from one host to the other without a stop',
    '* What we learned from the first year of the project',
    '',
  ].join('\n');
  const {rows} = await lintSite('spelling', {'_config.yml': 'title: Blog\n', '_posts/2024-01-02-conf.md': page}, {severity: 'error'});
  assert.deepEqual(rows, ['_posts/2024-01-02-conf.md:9:52 spelling']);
});
