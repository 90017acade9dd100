// Ids written by something other than the Markdown renderer (round 12c): AnchorJS, a script a site
// loads, ids headings that have none from their text in the browser. Each case is a small site
// of its own, asserted by exact rule id, line and column: the false alarm gone and a broken
// fragment of the same shape still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {tempSite, siteFindings as run, siteUnverifiable, postlintJson, findings} from './helpers.mjs';

const jekyllLayout = [
  '<html><head>',
  '<script src="{{ site.baseurl }}/js/anchor.min.js"></script>',
  '<script src="{{ site.baseurl }}/js/site.js"></script>',
  '</head><body><main class="post">{{ content }}</main><script>Site.init();</script></body></html>',
  '',
].join('\n');

const rawHeadingsPage = [
  '---',
  'layout: default',
  'title: Upgrading',
  '---',
  '',
  '<ol>',
  '  <li><a href="#system-requirements">System requirements</a></li>',
  '  <li><a href="#the-cli-tool-changes">The CLI tool</a></li>',
  '  <li><a href="#whats-new-in-v2-0">New</a></li>',
  '  <li><a href="#same">first</a> <a href="#same-1">second</a> <a href="#same-2">third</a></li>',
  '  <li><a href="#deep-detail">Deep</a></li>',
  '</ol>',
  '',
  '<h2>System requirements</h2>',
  '',
  'Text.',
  '',
  '<h2 markdown="1">The `cli` tool: changes</h2>',
  '',
  'Text.',
  '',
  "<h3>What's new in v2.0?</h3>",
  '',
  '<h2>Same</h2>',
  '',
  '<h2>Same</h2>',
  '',
  '<h5>Deep detail</h5>',
  '',
  'Text.',
  '',
].join('\n');

test('anchorjs: a site whose script calls anchors.add gives raw HTML headings without an id the id AnchorJS makes, for the levels its selector names', () => {
  const root = tempSite({
    '_config.yml': 'title: S\n',
    '_layouts/default.html': jekyllLayout,
    // A stand-in for the vendored library: its name is what the site loads.
    'js/anchor.min.js': '/* AnchorJS */\n',
    'js/site.js': "window.Site = {init() { anchors.add('.post h2:not(.no_toc), .post h3'); }};\n",
    'upgrading.md': rawHeadingsPage,
  });
  // `#same-2`: two headings "Same" are `same` and `same-1`; `#deep-detail`: the selector reaches no h5.
  assert.deepEqual(run(root), ['upgrading.md:10:65 no-broken-anchors', 'upgrading.md:11:10 no-broken-anchors']);
});

// A site with AnchorJS whose own script calls nothing: every raw heading fragment is broken.
const noCallSite = {
  '_config.yml': 'title: S\n',
  '_layouts/default.html': jekyllLayout,
  'js/anchor.min.js': '/* AnchorJS */\n',
  'js/site.js': 'window.Site = {init() {}};\n',
  'upgrading.md': rawHeadingsPage,
};
const noCallFindings = ['7:10', '8:10', '9:10', '10:10', '10:36', '10:65', '11:10'].map((at) => `upgrading.md:${at} no-broken-anchors`).sort();

test('anchorjs: without a call of anchors.add (or without AnchorJS) a raw HTML heading has no id', () => {
  assert.deepEqual(run(tempSite(noCallSite)), noCallFindings);
  // `anchors.add` on something that is not AnchorJS (no AnchorJS file or mention anywhere in the site).
  const {'js/anchor.min.js': _library, ...withoutLibrary} = noCallSite;
  const layout = jekyllLayout.replace(/^.*anchor\.min\.js.*\n/m, '');
  assert.deepEqual(run(tempSite({...withoutLibrary, '_layouts/default.html': layout, 'js/site.js': "const anchors = new Set(); anchors.add('h2');\n"})), noCallFindings);
});

test('anchorjs: a call only in the build output (Jekyll _site) is a stale copy, not the site\'s; an oversized bundle is skipped without a warning', () => {
  const stale = {...noCallSite, '_site/js/site.js': "window.Site = {init() { anchors.add('h2, h3, h5'); }};\n"};
  assert.deepEqual(run(tempSite(stale)), noCallFindings);
  // A bundle past the side-file limit (4 MB) may call it too, but is no script of the site's own.
  const root = tempSite({...noCallSite, 'js/bundle.js': `${'var a = 1;\n'.repeat(400_000)}anchors.add('h2');\n`});
  const {json, stderr} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).sort(), noCallFindings);
  assert.doesNotMatch(stderr, /bundle\.js/);
});

test('anchorjs: what a site uses is read per site read, so a site detected again (the language server) sees an edited script', async () => {
  const {anchorJsUse} = await import('../dist/src/site/anchorjs.js');
  const root = tempSite({'_config.yml': 'title: S\n', 'js/anchor.min.js': '/* AnchorJS */\n', 'js/site.js': "anchors.add('h2');\n"});
  const site = () => ({root, generator: 'jekyll', configFile: `${root}/_config.yml`, config: {title: 'S'}});
  const first = site();
  assert.deepEqual([...anchorJsUse(first).levels], [2]);
  writeFileSync(`${root}/js/site.js`, "anchors.add('h3');\n");
  assert.deepEqual([...anchorJsUse(first).levels], [2]);
  assert.deepEqual([...anchorJsUse(site()).levels], [3]);
});

test('anchorjs: with automatic heading ids off (Hugo autoHeadingID = false), Markdown headings get AnchorJS ids: h2–h6 for anchors.add() with no selector', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "S"\n[markup.goldmark.parser]\nautoHeadingID = false\n',
    'layouts/partials/footer.html': '<script src="https://cdn.jsdelivr.net/npm/anchor-js/anchor.min.js"></script>\n<script>anchors.options = {truncate: 12}; anchors.add();</script>\n',
    'content/guide.md': [
      '---',
      'title: Guide',
      '---',
      '',
      '# Title',
      '',
      '## Getting started quickly',
      '',
      'See [getting started](#getting-star), [the full id](#getting-started-quickly), [the title](#title) and [set](#set-up).',
      '',
      '## Set up {#set}',
      '',
      'Text.',
      '',
    ].join('\n'),
  });
  // `#getting-started-quickly`: every call cuts at 12, so AnchorJS's default 64 never applies;
  // `#title`: an h1, which anchors.add() leaves alone; `#set-up`: the heading has its own id.
  assert.deepEqual(run(root), ['content/guide.md:9:104 no-broken-anchors', 'content/guide.md:9:39 no-broken-anchors', 'content/guide.md:9:80 no-broken-anchors']);
});

test('anchorjs: two truncate values that cut a heading alike give it one id (no "-1"); a call with no truncate of its own adds the default 64', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "S"\n[markup.goldmark.parser]\nautoHeadingID = false\n',
    'layouts/partials/footer.html': '<script src="https://cdn.jsdelivr.net/npm/anchor-js/anchor.min.js"></script>\n<script>anchors.options = {truncate: 12}; anchors.add("h2");</script>\n',
    'static/js/docs.js': "const docsAnchors = new AnchorJS({truncate: 30});\ndocsAnchors.add('h3');\nconst plain = new AnchorJS();\nplain.add('h4');\n",
    'content/guide.md': [
      '---',
      'title: Guide',
      '---',
      '',
      '## Intro',
      '',
      'See [intro](#intro), [again](#intro-1), [cut](#getting-star) and [whole](#getting-started-quickly).',
      '',
      '## Getting started quickly',
      '',
      'Text.',
      '',
    ].join('\n'),
  });
  // `#intro-1`: 12, 30 and 64 all give `intro`, one heading. `#getting-started-quickly` is kept:
  // the `plain` object (no truncate) cuts at 64; which call reaches which level is not paired
  // with its truncate, so every cut is an id (never fewer targets than the browser has).
  assert.deepEqual(run(root), ['content/guide.md:7:22 no-broken-anchors']);
});

test('anchorjs: urlify drops apostrophes, turns URL-unsafe characters and blank space into one "-", keeps other letters, truncates, lowercases', async () => {
  const {urlify} = await import('../dist/src/site/anchorjs.js');
  assert.equal(urlify("  Don't panic: it's v2.0 (beta)!  "), 'dont-panic-its-v2-0-beta');
  assert.equal(urlify('Café über\u00A0日本 & more'), 'café-über-日本-more');
  assert.equal(urlify('Getting started quickly', 12), 'getting-star');
  assert.equal(urlify('A long title, cut', 7), 'a-long');
});

// ---- mdBook preprocessors known (from their own source and README) to leave headings and ids alone ----

function book(config, extra = {}) {
  return tempSite({
    'book.toml': `[book]\ntitle = "Demo"\n${config}`,
    'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n- [Guide](guide.md)\n',
    'src/intro.md': '# Intro\n\nSee [setup](guide.md#setup) and [a lost part](guide.md#no-such-part).\n',
    'src/guide.md': '# Guide\n\n## Setup\n\nRun it.\n\n{{#quiz ../quizzes/guide.toml}}\n',
    ...extra,
  });
}

const lostPart = ['src/intro.md:3:33 no-broken-anchors'];

test('mdbook: gettext with the source language (no po file for book.language), quiz, toc, mermaid and katex leave ids alone: the broken fragment is reported', () => {
  const config = 'language = "en"\n\n[preprocessor.gettext]\nafter = ["links"]\n\n[preprocessor.quiz]\n\n[preprocessor.toc]\ncommand = "mdbook-toc"\n\n[preprocessor.mermaid]\n\n[preprocessor.katex]\n';
  assert.deepEqual(run(book(config)), lostPart);
  // A po file for another language is for another build (MDBOOK_BOOK__LANGUAGE=fr).
  assert.deepEqual(run(book(config, {'po/fr.po': 'msgid ""\nmsgstr ""\n'})), lostPart);
  // An installed binary named by its path is the same tool.
  assert.deepEqual(run(book('\n[preprocessor.quiz]\ncommand = "~/.cargo/bin/mdbook-quiz --verbose"\n')), lostPart);
  // mdbook-admonish and mdbook-cmdrun change only pages with their blocks (generator-classes13): this guide has none.
  assert.deepEqual(run(book('\n[preprocessor.admonish]\n')), lostPart);
  assert.deepEqual(run(book('\n[preprocessor.cmdrun]\n')), lostPart);
});

test('mdbook: gettext with a po file for book.language translates headings, and a known name run from the book\'s own code is no known tool: both withhold the fragment', () => {
  assert.deepEqual(run(book('language = "fr"\n\n[preprocessor.gettext]\n', {'po/fr.po': 'msgid ""\nmsgstr ""\n'})), []);
  assert.deepEqual(run(book('language = "fr"\n\n[preprocessor.gettext]\npo-dir = "i18n"\n', {'i18n/fr.po': 'msgid ""\nmsgstr ""\n'})), []);
  assert.deepEqual(run(book('\n[preprocessor.quiz]\ncommand = "cargo run --manifest-path tools/quiz/Cargo.toml"\n')), []);
  assert.deepEqual(run(book('\n[preprocessor.quiz]\ncommand = "./bin/mdbook-quiz"\n')), []);
});

// ---- A Markdown plugin file of the site's own that walks the tree itself: its ids are unknown ----

const starlightConfig = "import {defineConfig} from 'astro/config';\nimport starlight from '@astrojs/starlight';\nimport {dropFirstTitle} from './plugins/drop-first-title';\nexport default defineConfig({\n  markdown: {rehypePlugins: [dropFirstTitle()]},\n  integrations: [starlight({title: 'Docs'})],\n});\n";

// Our own plugin that looks removal-only (type imports, a walk, `splice(i, 1)`), yet the walk
// also enters headings: taking a child out of one changes its text, so its id. Telling such
// plugins apart from their text alone is not sound, so postlint abstains for every local plugin
// but one that reaches the tree only through `visit(tree, 'code', …)` (tests/astro-local-plugins.test.mjs).
const removesOnly = [
  "import type {Root, RootContent} from 'hast';",
  '',
  'export function dropFirstTitle() {',
  '  return () => (tree: Root) => {',
  '    const walk = (node: Root | RootContent): boolean => {',
  "      if (!('children' in node)) return false;",
  '      for (let i = 0; i < node.children.length; i++) {',
  '        const child = node.children[i];',
  "        if (child.type === 'element' && child.tagName === 'h1') {",
  '          node.children.splice(i, 1);',
  '          return true;',
  '        }',
  '        if (walk(child)) return true;',
  '      }',
  '      return false;',
  '    };',
  '    walk(tree);',
  '  };',
  '}',
  '',
].join('\n');

test('astro: a local rehype plugin, even one that looks removal-only, may change ids: its fragments are withheld with the plugin named', () => {
  const root = tempSite({
    'astro.config.mjs': starlightConfig,
    'plugins/drop-first-title.ts': removesOnly,
    'src/content/docs/guide.md': '---\ntitle: Guide\n---\n\n## Release 1.2.3\n\nStart at [1.2.3](#release-1-2-3) or [the release](#release-123).\n',
  });
  assert.deepEqual(run(root), []);
  const reasons = siteUnverifiable(root);
  assert.equal(reasons.length, 1);
  assert.match(reasons[0], /^7:10 #release-1-2-3: .*dropFirstTitle \(\.\/plugins\/drop-first-title\) may set heading ids/);
});
