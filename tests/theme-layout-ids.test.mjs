// Ids a page carries beyond its headings come from the layouts that render it. When those layouts
// (or what they include) are a theme's, which is not in the checkout, a fragment no heading makes
// is unverifiable, not broken; when the site's own layouts render the page, it is still reported.
// Each on a small site of its own, asserted by exact rule id, line and column, and reason.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

const post = (title, body, front = '') => `---\ntitle: ${title}\n${front}---\n\n${body}\n`;

/** A Jekyll blog: one post linking to another post's comment and one of its headings. */
const blog = (config, extra = {}, front = '') => ({
  '_config.yml': `title: Blog\npermalink: /:year/:month/:day/:title/\n${config}`,
  '_posts/2024-01-01-first.md': post('First', '## Setup\n\nSome text.', front),
  '_posts/2024-02-01-second.md': post('Second', 'As [one reader said]({% post_url 2024-01-01-first %}#comment-42), see [setup]({% post_url 2024-01-01-first %}#setup) and [gone]({% post_url 2024-01-01-first %}#install).', front),
  ...extra,
});

// The linking post's line: 6 below a front matter with a `layout`, 5 without.
const fragmentReason = (reason, line = 6) => [
  `${line}:129 2024-01-01-first#install: the fragment cannot be checked: the target ${reason}`,
  `${line}:22 2024-01-01-first#comment-42: the fragment cannot be checked: the target ${reason}`,
];
const broken = (line = 6) => [`_posts/2024-02-01-second.md:${line}:129 no-broken-anchors`, `_posts/2024-02-01-second.md:${line}:22 no-broken-anchors`];

test('jekyll remote_theme: a post rendered with the theme\'s layout may carry ids beyond its headings: unverifiable, naming the layout and theme; a heading id is still checked', () => {
  const root = tempSite(blog('remote_theme: someone/blog-theme\n', {}, 'layout: post\n'));
  assert.deepEqual(run(root), []);
  assert.deepEqual(unverifiable(root), fragmentReason('is rendered with the layout "post", not in _layouts/ but the theme\'s: only the build, which has the theme "someone/blog-theme" (remote_theme), knows the ids it writes'));
});

test('jekyll remote_theme: when the site\'s own layouts render the post and include only the site\'s files, an id no heading or template makes is broken', () => {
  const root = tempSite(blog('remote_theme: someone/blog-theme\n', {
    '_layouts/post.html': '---\nlayout: default\n---\n<article>{{ content }}</article>\n',
    '_layouts/default.html': '<main>{{ content }}</main>\n{% include footer.html %}\n',
    '_includes/footer.html': '<footer id="colophon"></footer>\n',
  }, 'layout: post\n'));
  assert.deepEqual(run(root), broken());
  assert.deepEqual(unverifiable(root), []);
});

test('jekyll theme gem: the site\'s layout including a file only the theme has leaves the ids unknown; a parent layout only the theme has too; with no theme a missing include writes no id', () => {
  const files = {'_layouts/post.html': '<article>{{ content }}</article>\n{% include_cached comments.html %}\n'};
  const themed = tempSite(blog('theme: minima\n', files, 'layout: post\n'));
  assert.deepEqual(run(themed), []);
  assert.deepEqual(unverifiable(themed), fragmentReason('is rendered with _layouts/post.html, which includes "comments.html", not in _includes/ but the theme\'s: only the build, which has the theme gem "minima", knows the ids it writes'));
  const wrapped = tempSite(blog('theme: minima\n', {'_layouts/post.html': '---\nlayout: base\n---\n<article>{{ content }}</article>\n'}, 'layout: post\n'));
  assert.deepEqual(run(wrapped), []);
  assert.deepEqual(unverifiable(wrapped), fragmentReason('is rendered with _layouts/post.html, which is wrapped in the layout "base", not in _layouts/ but the theme\'s: only the build, which has the theme gem "minima", knows the ids it writes'));
  assert.deepEqual(run(tempSite(blog('', files, 'layout: post\n'))), broken());
});

test('jekyll github-pages gem: a post without a layout gets "post" from jekyll-default-layout, the default theme\'s when the site has none; the site\'s own "post" is read', () => {
  const gemfile = {'Gemfile': 'source "https://rubygems.org"\ngem "github-pages", group: :jekyll_plugins\n'};
  const themed = tempSite(blog('', gemfile));
  assert.deepEqual(run(themed), []);
  assert.deepEqual(unverifiable(themed), fragmentReason('gets the layout "post" from jekyll-default-layout if the theme has one (not in _layouts/): only the build, which has the theme gem "jekyll-theme-primer" (the github-pages gem\'s default), knows the ids it writes', 5));
  assert.deepEqual(run(tempSite(blog('', {...gemfile, '_layouts/post.html': '<article id="post">{{ content }}</article>\n'}))), broken(5));
  // `theme: null` turns the default theme off: a layout the site lacks is no layout.
  assert.deepEqual(run(tempSite(blog('theme: null\n', gemfile))), broken(5));
});

test('jekyll Just the Docs (a theme postlint has learned): a page its layouts render has the ids they write, and a fragment no heading or theme id makes is broken', () => {
  const root = tempSite({
    '_config.yml': 'title: Docs\nremote_theme: just-the-docs/just-the-docs@v0.10.1\n',
    'guide.md': '---\ntitle: Guide\nlayout: default\n---\n\n## Setup\n\nRun it.\n',
    'faq.md': '---\ntitle: FAQ\n---\n\nSee [setup](guide.md#setup), [the content](guide.md#main-content), [search](guide.md#search-input) and [gone](guide.md#install).\n',
  });
  assert.deepEqual(run(root), ['faq.md:5:104 no-broken-anchors']);
  assert.deepEqual(unverifiable(root), []);
});
