// Generator behaviours the round-9 held-out sites showed postlint lacked (MkDocs blocks whose
// indented body is Markdown), each on a small site of its own, asserted by exact rule id, line
// and column, passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {postlint, tempSite, siteFindings as run} from './helpers.mjs';

// ---- MkDocs: admonition, pymdownx.details and pymdownx.tabbed bodies are Markdown ----

const faq = [
  '# FAQ', // 1
  '',
  '??? faq "Why a proxy?"', // 3
  '',
  '    ##### Strict proxy { #strict-proxy }', // 5
  '',
  '    See [setup](setup.md) and [nowhere](missing.md).', // 7
  '',
  '!!! note', // 9
  '    A [lost link](gone.md) and a [good one](setup.md#install).', // 10
  '',
  '=== "Tab one"', // 12
  '',
  '    ## In a tab', // 14
  '',
  '    !!! tip', // 16
  '        [Deep](deeper.md) inside two blocks.', // 17
  '',
  'Back at the margin.', // 19
  '',
  '    Indented code: [not a link](nowhere.md)', // 21: code, as in every reading
  '',
].join('\n');

const index = [
  '# Home',
  '',
  'See [the proxy answer](faq.md#strict-proxy), [the tab](faq.md#in-a-tab) and [no such answer](faq.md#no-such-answer).',
  '',
].join('\n');

function blockSite(extensions) {
  return tempSite({
    'mkdocs.yml': `site_name: Demo\n${extensions}`,
    'docs/index.md': index,
    'docs/faq.md': faq,
    'docs/setup.md': '# Setup\n\n## Install\n\nRun it.\n',
  });
}

test('mkdocs: with admonition, details and tabbed, the indented bodies are Markdown: their ids exist and their links are checked at their own line and column', () => {
  const root = blockSite('markdown_extensions:\n  - admonition\n  - attr_list\n  - pymdownx.details\n  - pymdownx.tabbed:\n      alternate_style: true\n');
  assert.deepEqual(run(root), [
    'docs/faq.md:10:7 no-missing-files',
    'docs/faq.md:17:9 no-missing-files',
    'docs/faq.md:7:31 no-missing-files',
    'docs/index.md:3:77 no-broken-anchors',
  ]);
});

test('mkdocs: without those extensions the bodies are indented code, as Python-Markdown reads them: the ids inside are missing', () => {
  const root = blockSite('markdown_extensions:\n  - attr_list\n');
  assert.deepEqual(run(root), [
    // `!!! note` is a paragraph then, and the indented line below continues it.
    'docs/faq.md:10:7 no-missing-files',
    'docs/index.md:3:46 no-broken-anchors',
    'docs/index.md:3:5 no-broken-anchors',
    'docs/index.md:3:77 no-broken-anchors',
  ]);
});

// ---- VitePress: a sidebar item's `base` is not the site's; a Vue binding is not a URL ----

const vitepressConfig = [
  "import {defineConfig} from 'vitepress'",
  '',
  'export default defineConfig({',
  "  sitemap: {hostname: 'https://example.org'},",
  "  themeConfig: {sidebar: [{text: 'Reference', base: '/reference', items: [{text: 'API', link: '/api'}]}]},",
  '})',
  '',
].join('\n');

const vitepressPage = [
  '# Home',
  '',
  'The [API](/reference/api) and [a page never written](/reference/gone).',
  '',
  '<img :src="logo" alt="bound"> <img v-bind:src="other" alt="bound"> <img src="nope.png" alt="plain">',
  '',
].join('\n');

test('vitepress: a sidebar item\'s `base` prefixes its items only, so site-root links keep their /reference/ path; a Vue binding (`:src`, `v-bind:src`) is no URL, a plain `src` still is', () => {
  const root = tempSite({
    'docs/.vitepress/config.ts': vitepressConfig,
    'docs/index.md': vitepressPage,
    'docs/reference/api.md': '# API\n\nCalls.\n',
  });
  assert.deepEqual(run(join(root, 'docs')), [
    'index.md:3:31 no-missing-files',
    'index.md:5:73 no-missing-files',
  ]);
});

test('vitepress: a top-level `base` is still the site\'s base path', () => {
  const root = tempSite({
    'docs/.vitepress/config.ts': vitepressConfig.replace("  sitemap:", "  base: '/reference/',\n  sitemap:"),
    'docs/index.md': 'The [API](/reference/api) and [a page never written](/reference/gone).\n',
    'docs/api.md': '# API\n\nCalls.\n',
  });
  assert.deepEqual(run(join(root, 'docs')), ['index.md:1:31 no-missing-files']);
});

// ---- Jekyll: a reference definition whose destination is template code, referenced or not ----

test('jekyll: `[label]: {{ site.baseurl }}/x.jpg` that no `[label]` uses renders nothing: not reported; a used one to a missing file still is', () => {
  const root = tempSite({
    '_config.yml': 'title: Demo\n',
    'index.md': [
      '---',
      'title: Home',
      '---',
      '',
      '![Shown  image]',
      '',
      '[shown image]: {{ site.baseurl }}/img/missing-shown.jpg',
      '[Unused image]: {{ site.baseurl }}/img/missing-unused.jpg',
      '',
    ].join('\n'),
  });
  assert.deepEqual(run(root), ['index.md:7:16 no-missing-files']);
});

// ---- Jekyll: a {% highlight %} block inside an HTML block (`<div markdown="1">`) ----

test('jekyll: a highlight block right under `<div markdown="1">` (a blank line ending its code) leaves the HTML after it read: its ids exist; an id nowhere is still missing', () => {
  const root = tempSite({
    '_config.yml': 'title: Demo\n',
    'demo.md': [
      '---', // 1
      'title: Demo',
      '---',
      '',
      '<section id="first-part">', // 5
      '<div markdown="1">',
      '{% highlight html %}',
      '<div class="a"></div>',
      '<div class="b"></div>',
      '', // 10: the HTML block ends here; the closing tag would open a fence to the end of the page
      '{% endhighlight %}',
      '</div>',
      '</section>',
      '',
      '  <section class="x" id="second-part">', // 15
      '  Text.',
      '  </section>',
      '',
    ].join('\n'),
    'index.md': '---\ntitle: Home\n---\n\n[One](demo.md#first-part), [two](demo.md#second-part), [three](demo.md#third-part).\n',
  });
  assert.deepEqual(run(root), ['index.md:5:56 no-broken-anchors']);
});

// ---- mdBook: a preprocessor that may add ids is said once, not silently ----

function book(preprocessors) {
  return tempSite({
    'book.toml': `[book]\ntitle = "Demo"\n${preprocessors}`,
    'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n- [Guide](guide.md)\n',
    'src/intro.md': '# Intro\n\nSee [setup](guide.md#setup) and [a lost part](guide.md#no-such-part).\n',
    'src/guide.md': '# Guide\n\n## Setup\n\nRun it.\n',
  });
}

test('mdbook: built-in preprocessors only (links, index): ids are checked; no notice', () => {
  const root = book('[preprocessor.links]\n[preprocessor.index]\n');
  assert.deepEqual(run(root), ['src/intro.md:3:33 no-broken-anchors']);
  assert.doesNotMatch(postlint(['--offline', '--no-config', '.'], {cwd: root}).stderr, /left unreported/);
});

test('mdbook: a preprocessor of its own may add ids: the link is not reported, and stderr says so once for the book', () => {
  const root = book('[preprocessor.glossary]\ncommand = "python3 glossary.py"\n');
  assert.deepEqual(run(root), []);
  const {stderr} = postlint(['--offline', '--no-config', '.'], {cwd: root});
  const lines = stderr.split('\n').filter((line) => line.includes('left unreported'));
  assert.deepEqual(lines, ['postlint: no-broken-anchors in site .: 1 link to an id no page has left unreported: every page goes through the book\'s preprocessor glossary (`python3 glossary.py`: the book\'s own code, which postlint does not read), which may add ids (the rule\'s showUnverifiable option lists them)']);
});
