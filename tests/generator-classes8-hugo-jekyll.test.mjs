// Generator behaviours the round-7 held-out sites showed postlint lacked (Hugo bundles at their
// permalinks, ids the site's templates write, archetypes and static Markdown, kramdown block
// attribute lines, raw <script> and <style> text), each on a small site of its own, asserted by
// exact rule id, line and column, passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

const post = (title, body) => `---\ntitle: ${title}\ndate: 2024-01-02\n---\n\n${body}\n`;

test('hugo: under permalinks "/:contentbasename/" a bundle is served at its folder name, and its files beside it; a page\'s url moves its files too', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "S"\n[permalinks]\n  posts = "/:contentbasename/"\n',
    'content/posts/tinypilot/index.md': post('TinyPilot', 'A device.'),
    'content/posts/tinypilot/price.png': 'png',
    'content/guides/part-two/index.md': '---\ntitle: Part two\nurl: /hiring/part-two/\n---\n\nCosts.\n',
    'content/guides/part-two/cost.svg': '<svg/>',
    'content/posts/homelab/index.md': post('Homelab', [
      'A [license](/tinypilot/price.png) for [the post](/tinypilot/) and [its image](/hiring/part-two/cost.svg).',
      '',
      'Not [this](/tinypilot/gone.png) nor ![that](/hiring/part-two/none.svg).',
    ].join('\n')),
  });
  assert.deepEqual(run(root), ['content/posts/homelab/index.md:8:37 no-missing-files', 'content/posts/homelab/index.md:8:5 no-missing-files']);
});

test('hugo: ":filename" and ":slugorcontentbasename" name a bundle by its folder; ":sections" of a bundle are the sections above it', () => {
  const root = tempSite({
    'hugo.toml': 'title = "S"\n[permalinks]\n  blog = "/b/:sections/:slugorcontentbasename/"\n  notes = "/n/:filename/"\n',
    'content/blog/2024/launch/index.md': post('Launch', 'Out.'),
    'content/blog/2024/launch/chart.png': 'png',
    'content/notes/idea/index.md': '---\ntitle: Idea\n---\n\nHm.\n',
    'content/notes/idea/sketch.png': 'png',
    'content/about.md': '---\ntitle: About\n---\n\nSee [chart](/b/blog/2024/launch/chart.png), [sketch](/n/idea/sketch.png), [bad](/b/blog/2024/launch/launch/chart.png).\n',
  });
  assert.deepEqual(run(root), ['content/about.md:5:75 no-missing-files']);
});

// A page linking to ids its site's templates write, and to one no heading or template makes.
const linking = (front) => `${front}\nJoin the [mailing list](#subscribe-form), see [more](#more-about-lib), or [the old heading](#setup).\n\n## Install\n\nRun it.\n`;

test('hugo: an id the layouts of a page\'s section (and the partials they call) write literally is an id of the page; one written from data is unverifiable; a renamed heading is still reported', () => {
  const root = tempSite({
    'hugo.toml': 'title = "S"\n',
    'layouts/partials/signup.html': '<form id="subscribe-form" method="post">\n  <section id="more-about-{{ .Title | urlize }}">More</section>\n</form>\n',
    'layouts/posts/single.html': '{{ define "main" }}{{ .Content }}{{ partial "signup.html" . }}{{ end }}\n',
    'layouts/_default/single.html': '{{ define "main" }}<main id="main">{{ .Content }}</main>{{ end }}\n',
    'layouts/_default/_markup/render-heading.html': '<h{{ .Level }} id="{{ .Anchor }}">{{ .Text }}</h{{ .Level }}>\n',
    'content/posts/post.md': linking('---\ntitle: Post\ndate: 2024-01-02\n---\n'),
    // A page of another section: its layouts call no signup partial.
    'content/notes/note.md': linking('---\ntitle: Note\n---\n'),
  });
  assert.deepEqual(run(root), [
    'content/notes/note.md:5:10 no-broken-anchors',
    'content/notes/note.md:5:47 no-broken-anchors',
    'content/notes/note.md:5:75 no-broken-anchors',
    'content/posts/post.md:6:75 no-broken-anchors',
  ]);
  const reasons = unverifiable(root);
  assert.equal(reasons.length, 1);
  assert.match(reasons[0], /^6:47 #more-about-lib: .*layouts\/partials\/signup\.html writes id="more-about-\{\{ \.Title \| urlize \}\}" from data/);
});

test('jekyll and eleventy: ids the layouts a page uses and their includes write are ids of the page; another layout\'s are not', () => {
  const jekyll = tempSite({
    '_config.yml': 'title: S\ndefaults:\n  - scope: {path: notes}\n    values: {layout: plain}\n',
    '_includes/footer.html': '<div id="subscribe-form"></div>\n',
    '_layouts/base.html': '<main id="content">{{ content }}</main>\n{% include footer.html %}\n',
    '_layouts/post.html': '---\nlayout: base\n---\n<article>{{ content }}</article>\n',
    '_layouts/plain.html': '<main>{{ content }}</main>\n',
    'about.md': linking('---\ntitle: About\nlayout: post\n---\n'),
    'notes/todo.md': linking('---\ntitle: Notes\n---\n'),
  });
  assert.deepEqual(run(jekyll), [
    'about.md:6:47 no-broken-anchors',
    'about.md:6:75 no-broken-anchors',
    'notes/todo.md:5:10 no-broken-anchors',
    'notes/todo.md:5:47 no-broken-anchors',
    'notes/todo.md:5:75 no-broken-anchors',
  ]);
  const eleventy = tempSite({
    'eleventy.config.js': 'import {IdAttributePlugin} from "@11ty/eleventy";\nexport default function (config) {\n  config.addPlugin(IdAttributePlugin);\n  return {dir: {input: "src"}};\n}\n',
    'src/_includes/footer.njk': '<div id="subscribe-form" class="l-footer">{{ content | safe }}</div>\n',
    'src/about.md': linking('---\ntitle: About\n---\n'),
  });
  assert.deepEqual(run(eleventy), ['src/about.md:5:47 no-broken-anchors', 'src/about.md:5:75 no-broken-anchors']);
});

test('hugo: archetypes and Markdown under static/ are never pages: not checked; the same text in content is', () => {
  const todo = '---\ntitle: "{{ replace .File.ContentBaseName `-` ` ` | title }}"\ndraft: true\n---\n\nTODO: write the summary.\n';
  const root = tempSite({
    'hugo.toml': 'title = "S"\ntheme = "plain"\n',
    'archetypes/default.md': todo,
    'themes/plain/archetypes/posts.md': todo,
    'static/notes/readme.md': '# Notes\n\nTODO: write the summary.\n',
    'content/page.md': '---\ntitle: Page\n---\n\nTODO: write the summary.\n',
  });
  assert.deepEqual(run(root), ['content/page.md:5:1 no-placeholders']);
});

// A kramdown block attribute line right before an indented code block that holds HTML.
const wasm = [
  '---',
  'title: Wasm',
  '---',
  '',
  'Load it:',
  '',
  '{:class="ft-html"}',
  '    <script src="wasm_exec.js"></script>',
  '    <img src="missing.png">',
  '',
  '{: #setup}',
  '    go build',
  '',
  'See [setup](#setup).',
  '',
].join('\n');

test('jekyll (kramdown): a block attribute line is a block of its own, so the indented code after it stays code; its id is the page\'s', () => {
  const kramdown = tempSite({'_config.yml': 'title: S\nmarkdown: kramdown\n', '_posts/2024-01-02-wasm.md': wasm});
  assert.deepEqual(run(kramdown), []);
  // CommonMark (another converter) reads the same lines as a paragraph of inline HTML.
  const commonmark = tempSite({'_config.yml': 'title: S\nmarkdown: CommonMarkGhPages\n', '_posts/2024-01-02-wasm.md': wasm});
  assert.deepEqual(run(commonmark), ['_posts/2024-01-02-wasm.md:8:13 no-missing-files', '_posts/2024-01-02-wasm.md:9:10 no-missing-files']);
});

test('raw <script> and <style> text is no link and no id; the element\'s own src is a link', () => {
  const root = tempSite({
    'page.md': [
      '# Page',
      '',
      '<script src="missing.js"></script>',
      '<script>',
      'const url = base + "/x";',
      'result.href = url;',
      'li.innerHTML = \'<a href="\' + imageUrl + \'" id="made">2x</a>\';',
      '</script>',
      '',
      '<style>',
      'a[href="nothing.html"] { color: red; }',
      '</style>',
      '',
      'Text with <script>var a = \'<img src="inline.png">\';</script> inline, and [made](#made).',
      '',
      // A `<script>` written inside another tag's attribute is text: what follows is still read.
      '<figure title="Delete the `<script>` tags"></figure>',
      '',
      'Then <img src="later.png"> and <script>unclosed(',
      '',
      'The next block <img src="next.png"> is read again.',
      '',
    ].join('\n'),
  });
  assert.deepEqual(run(root), ['page.md:14:74 no-broken-anchors', 'page.md:18:11 no-missing-files', 'page.md:20:21 no-missing-files', 'page.md:3:9 no-missing-files']);
});

test('front matter: a quoted value continued on lines at column 0 is read as libyaml reads it (Psych, PyYAML, go-yaml); a quote never closed is still invalid', () => {
  const root = tempSite({
    '_config.yml': 'title: S\n',
    'about.md': '---\ntitle: "About"\ndescription: "If your site talks to clients, the\nrate limiter keeps it up."\n---\n\nText.\n',
    'broken.md': '---\ntitle: "Broken\n---\n\nText.\n',
  });
  assert.deepEqual(run(root), ['broken.md:2:8 front-matter']);
});

test('hugo: with enableEmoji, an emoji shortcode in a heading becomes an emoji that the id leaves out; without it, it is heading text', () => {
  const page = '---\ntitle: Update\n---\n\n## :lock: Security enhancements\n\nSafer.\n\nSee [security](#-security-enhancements) and [the text](#lock-security-enhancements).\n';
  const emoji = tempSite({'hugo.toml': 'title = "S"\nenableEmoji = true\n', 'content/update.md': page});
  assert.deepEqual(run(emoji), ['content/update.md:9:45 no-broken-anchors']);
  const plain = tempSite({'hugo.toml': 'title = "S"\n', 'content/update.md': page});
  assert.deepEqual(run(plain), ['content/update.md:9:5 no-broken-anchors']);
});

test('hugo: a theme\'s static/ and assets/ are served with the project\'s own (one union file system); a file no folder has is still missing', () => {
  const page = '---\ntitle: Concepts\n---\n\n![phases](/images/phases.svg) and ![logo](/logo.png) and ![gone](/images/gone.svg).\n';
  const files = {
    'content/docs/concepts.md': page,
    'themes/brand/static/images/phases.svg': '<svg/>',
    'themes/brand/assets/logo.png': 'png',
  };
  assert.deepEqual(run(tempSite({'hugo.toml': 'title = "S"\ntheme = "brand"\n', ...files})), ['content/docs/concepts.md:5:58 no-missing-files']);
  // A theme list (theme components) reads each; without the theme named, its files are not the site's.
  assert.deepEqual(run(tempSite({'hugo.toml': 'title = "S"\ntheme = ["base", "brand"]\n', ...files})), ['content/docs/concepts.md:5:58 no-missing-files']);
  assert.deepEqual(run(tempSite({'hugo.toml': 'title = "S"\n', ...files})), ['content/docs/concepts.md:5:1 no-missing-files', 'content/docs/concepts.md:5:35 no-missing-files', 'content/docs/concepts.md:5:58 no-missing-files']);
});
