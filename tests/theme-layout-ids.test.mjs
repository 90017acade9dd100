// Ids a page carries beyond its headings come from the layouts that render it. When those layouts
// (or what they include) are a theme's, which is not in the checkout, a fragment no heading makes
// is unverifiable, not broken; when the site's own layouts render the page, it is still reported.
// Jekyll themes (theme, remote_theme, the github-pages default) and Hugo themes and modules.
// Each on a small site of its own, asserted by exact rule id, line and column, and reason.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rmSync} from 'node:fs';
import {join} from 'node:path';
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
  // primer has only `default` (pages-themes/primer _layouts/): the post gets that.
  assert.deepEqual(unverifiable(themed), fragmentReason('gets the layout "default" from jekyll-default-layout (not in _layouts/): only the build, which has the theme gem "jekyll-theme-primer" (the github-pages gem\'s default), knows the ids it writes', 5));
  assert.deepEqual(run(tempSite(blog('', {...gemfile, '_layouts/post.html': '<article id="post">{{ content }}</article>\n'}))), broken(5));
  // `theme: null` turns the default theme off: a layout the site lacks is no layout.
  assert.deepEqual(run(tempSite(blog('theme: null\n', gemfile))), broken(5));
});

test('jekyll github-pages gem: jekyll-default-layout goes past "page", which primer lacks, to the site\'s own "default": a slip is reported with its hint; an unknown theme leaves it unverifiable, the hint kept', () => {
  const files = (config) => ({
    'Gemfile': 'source "https://rubygems.org"\ngem "github-pages", group: :jekyll_plugins\n',
    '_config.yml': `title: Docs\n${config}`,
    '_layouts/default.html': '<main>{{ content }}</main>\n',
    'a.md': '---\ntitle: A\n---\n\n## Setup\n\nRun it.\n',
    'b.md': '---\ntitle: B\n---\n\nSee [setup](a.md#setpu).\n',
  });
  const primer = tempSite(files(''));
  assert.deepEqual(run(primer), ['b.md:5:5 no-broken-anchors']);
  assert.deepEqual(unverifiable(primer), []);
  const other = tempSite(files('theme: jekyll-theme-cayman\n'));
  assert.deepEqual(run(other), []);
  assert.deepEqual(unverifiable(other), ['5:5 a.md#setpu: the fragment cannot be checked: the target gets the layout "page" from jekyll-default-layout if the theme has one (not in _layouts/): only the build, which has the theme gem "jekyll-theme-cayman", knows the ids it writes; did you mean "#setup"?']);
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

/** A Hugo site: one page linking to another page's comment block and one of its headings. */
const hugo = (config, extra = {}) => ({
  'hugo.toml': `title = "S"\n${config}`,
  'content/docs/setup.md': '---\ntitle: Setup\n---\n\n## Install\n\nRun it.\n',
  'content/docs/faq.md': '---\ntitle: FAQ\n---\n\nSee [the comments](../setup/#comments), [install](../setup/#install) and [gone](../setup/#configure).\n',
  ...extra,
});

test('hugo: a theme whose folder is empty (a submodule not checked out) or a module not vendored renders the page: a fragment no heading makes is unverifiable, naming it', () => {
  const empty = tempSite(hugo('theme = "paper"\n', {'themes/paper/.keep': ''}));
  // An empty folder: git leaves a submodule's folder empty, and `.keep` stands in for it here.
  rmSync(join(empty, 'themes/paper/.keep'));
  assert.deepEqual(run(empty), []);
  const reason = (what) => `the fragment cannot be checked: the target is rendered with the templates of the theme ${what}, not in the checkout: only the build knows the ids they write`;
  assert.deepEqual(unverifiable(empty), [
    `5:5 ../setup/#comments: ${reason('"paper" (its folder is empty or missing: a git submodule not checked out?)')}`,
    `5:74 ../setup/#configure: ${reason('"paper" (its folder is empty or missing: a git submodule not checked out?)')}`,
  ]);
  const module = tempSite(hugo('[module]\n[[module.imports]]\n  path = "github.com/someone/paper"\n'));
  assert.deepEqual(run(module), []);
  assert.match(unverifiable(module)[0], /the theme "github\.com\/someone\/paper" \(a Go module, not vendored\)/);
});

test('hugo: a theme in the checkout, vendored or replaced by a local folder is read as before: a fragment no heading or template makes is broken', () => {
  const layout = {'layouts/_default/single.html': '<main>{{ .Content }}</main>\n'};
  const broken = ['content/docs/faq.md:5:5 no-broken-anchors', 'content/docs/faq.md:5:74 no-broken-anchors'];
  assert.deepEqual(run(tempSite(hugo('theme = "paper"\n', {'themes/paper/layouts/_default/single.html': '<main>{{ .Content }}</main>\n'}))), broken);
  assert.deepEqual(run(tempSite(hugo('[module]\n[[module.imports]]\n  path = "github.com/someone/paper"\n', {...layout, '_vendor/github.com/someone/paper/layouts/_default/list.html': '<ul></ul>\n'}))), broken);
  assert.deepEqual(run(tempSite(hugo('[module]\nreplacements = "github.com/someone/paper -> paper"\n[[module.imports]]\n  path = "github.com/someone/paper"\n', {...layout, 'themes/paper/README.md': '# Paper\n'}))), broken);
});

test('hugo: Docsy not in the checkout brings the ids its layouts write (learned from its source): one of them is found, another fragment is broken', () => {
  const root = tempSite(hugo('theme = ["docsy"]\n', {
    'themes/docsy/.keep': '',
    'content/docs/faq.md': '---\ntitle: FAQ\n---\n\nSee [the contents](../setup/#TableOfContents), [install](../setup/#install) and [gone](../setup/#configure).\n',
  }));
  rmSync(join(root, 'themes/docsy/.keep'));
  assert.deepEqual(run(root), ['content/docs/faq.md:5:81 no-broken-anchors']);
  assert.deepEqual(unverifiable(root), []);
});

test('hugo: a theme imported as a module, in themesDir by its path or vendored, has its layouts read: an id they write is found, another fragment is broken', () => {
  const linking = {'content/docs/faq.md': '---\ntitle: FAQ\n---\n\nSee [the chrome](../setup/#chrome) and [gone](../setup/#configure).\n'};
  const single = '<main id="chrome">{{ .Content }}</main>\n';
  const expected = ['content/docs/faq.md:5:40 no-broken-anchors'];
  const local = tempSite(hugo('[module]\n[[module.imports]]\n  path = "mytheme"\n', {...linking, 'themes/mytheme/layouts/_default/single.html': single}));
  assert.deepEqual(run(local), expected);
  const vendored = tempSite(hugo('[module]\n[[module.imports]]\n  path = "github.com/x/mytheme"\n', {...linking, '_vendor/github.com/x/mytheme/layouts/_default/single.html': single}));
  assert.deepEqual(run(vendored), expected);
  // A disabled import is no part of the build: its layouts write nothing.
  const disabled = tempSite(hugo('[module]\n[[module.imports]]\n  path = "mytheme"\n  disable = true\n', {...linking, 'themes/mytheme/layouts/_default/single.html': single}));
  assert.deepEqual(run(disabled), ['content/docs/faq.md:5:40 no-broken-anchors', 'content/docs/faq.md:5:5 no-broken-anchors']);
  assert.deepEqual(unverifiable(disabled), []);
});

test('hugo: an absent module that can hold no templates (its mounts put nothing into layouts, or learned: Docsy\'s dependencies, hugo-mod-jslibs-dist) leaves the ids as they were; one mounting layouts makes them unknown', () => {
  const linking = {'content/docs/faq.md': '---\ntitle: FAQ\n---\n\nSee [the contents](../setup/#TableOfContents) and [a slip](../setup/#instal).\n'};
  const docsy = tempSite(hugo('[module]\n[[module.imports]]\n  path = "github.com/google/docsy"\n[[module.imports]]\n  path = "github.com/google/docsy/dependencies"\n', linking));
  assert.deepEqual(run(docsy), ['content/docs/faq.md:5:51 no-broken-anchors']);
  assert.deepEqual(unverifiable(docsy), []);
  const own = {'layouts/_default/single.html': '<main>{{ .Content }}</main>\n'};
  const broken = ['content/docs/faq.md:5:5 no-broken-anchors', 'content/docs/faq.md:5:74 no-broken-anchors'];
  const popper = tempSite(hugo('[module]\n[[module.imports]]\n  path = "github.com/gohugoio/hugo-mod-jslibs-dist/popperjs/v2"\n', own));
  assert.deepEqual(run(popper), broken);
  const assets = '[module]\n[[module.imports]]\n  path = "github.com/twbs/bootstrap"\n[[module.imports.mounts]]\n  source = "scss"\n  target = "assets/vendor/bootstrap/scss"\n';
  assert.deepEqual(run(tempSite(hugo(assets, own))), broken);
  const layouts = tempSite(hugo(`${assets}[[module.imports.mounts]]\n  source = "templates"\n  target = "layouts"\n`, own));
  assert.deepEqual(run(layouts), []);
  assert.match(unverifiable(layouts)[0], /the theme "github\.com\/twbs\/bootstrap" \(a Go module, not vendored\)/);
});
