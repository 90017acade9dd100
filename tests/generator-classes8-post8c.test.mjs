// Generator behaviours the round-8 held-out sites showed postlint lacked (Jekyll includes of Markdown
// partials, Eleventy permalinks computed from data, Hugo's theme choice and bundle index files,
// Docusaurus explicit ids, Astro collection filters), each on a small site of its own, asserted by exact
// rule id, line and column (or an unverifiable reason), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

// ---- Jekyll: a Markdown file only included is pasted into the page; collections render documents only ----

const jekyllSpec = (collections) => ({
  '_config.yml': `collections:\n${collections}`,
  'index.md': '---\ntitle: Home\n---\n# Home\n\nThe [spec](/specs/v1/spec/).\n',
  '_specs/v1/spec.md': [
    '---',
    'title: Spec',
    '---',
    '# Spec',
    '',
    '{% include_relative parts/one.md %}',
    '',
    '{% include_relative parts/two.md %}',
    '',
    '{% include shared/common.md %}',
    '',
  ].join('\n'),
  // No front matter: a static file of the collection, never a page of its own.
  '_specs/v1/parts/one.md': '<a name="alpha"></a>\n## Alpha part\n\nSee [beta](#beta), [common](#commonThing) and [missing](#nowhere).\n',
  '_specs/v1/parts/two.md': '<a name="beta"></a>\n## Beta part\n\nText.\n',
  '_includes/shared/common.md': '<a name="commonThing"></a>\n### Common\n\nBack to [alpha](#alpha) or [gone](#gone).\n',
});

test('jekyll: fragments in partials (include_relative from the page, include from _includes) resolve on the page that includes them', () => {
  const root = tempSite(jekyllSpec('  specs:\n    output: true\n    permalink: /:collection/:path/\n'));
  assert.deepEqual(run(root), [
    '_includes/shared/common.md:4:28 no-broken-anchors',
    '_specs/v1/parts/one.md:4:47 no-broken-anchors',
  ]);
});

test('jekyll: a collection file WITH front matter is a page of its own, its fragments read on itself', () => {
  const files = jekyllSpec('  specs:\n    output: true\n');
  files['_specs/v1/parts/one.md'] = `---\ntitle: One\n---\n${files['_specs/v1/parts/one.md']}`;
  const root = tempSite(files);
  assert.deepEqual(run(root), [
    '_includes/shared/common.md:4:28 no-broken-anchors',
    '_specs/v1/parts/one.md:7:5 no-broken-anchors',
    '_specs/v1/parts/one.md:7:20 no-broken-anchors',
    '_specs/v1/parts/one.md:7:47 no-broken-anchors',
  ].sort());
});

test('jekyll: a collection without `output: true` writes no pages: its empty sections are no reader\'s', () => {
  const files = {
    '_config.yml': 'collections:\n  notes: {}\n  guides:\n    output: true\n',
    'index.md': '---\ntitle: Home\n---\n# Home\n\nWelcome.\n',
    '_notes/a.md': '---\ntitle: A\n---\n# A\n\n## Empty\n\n## Next\n\nText.\n',
    '_guides/b.md': '---\ntitle: B\n---\n# B\n\n## Empty\n\n## Next\n\nText.\n',
  };
  assert.deepEqual(run(tempSite(files)), ['_guides/b.md:6:1 no-empty-sections']);
});

// ---- Eleventy: a directory data file in a format the config adds sets the folder's permalinks ----

const eleventyBlog = (config) => tempSite({
  'eleventy.config.cjs': `module.exports = (eleventyConfig) => {\n${config}  return {dir: {input: 'src'}};\n};\n`,
  'src/index.md': '# Home\n\nRead [the first post](/blog/first/) and [no such page](/nothing/).\n',
  'src/blog/blog.11tydata.yml': "permalink: '/blog/{{ page | postSlug }}/index.html'\n",
  'src/blog/001-first.md': '# First\n\nHello.\n',
});

test('eleventy: a permalink with template code from a data file in an added format is read as the pattern its literal parts make: a link it may match is unverifiable, one it cannot is missing', () => {
  const root = eleventyBlog("  eleventyConfig.addDataExtension('yml, yaml', (contents) => require('js-yaml').load(contents));\n");
  assert.deepEqual(run(root), ['src/index.md:3:41 no-missing-files']);
  assert.ok(unverifiable(root).some((row) => row.startsWith('3:6 /blog/first/: ')), unverifiable(root).join('\n'));
});

test('eleventy: without the data extension Eleventy never reads the .yml file: the post is at its file URL, the link missing', () => {
  const root = eleventyBlog('');
  assert.deepEqual(run(root), ['src/index.md:3:41 no-missing-files', 'src/index.md:3:6 no-missing-files']);
});

// ---- Docusaurus: an explicit heading id runs to the final brace (parseMarkdownHeadingId) ----

test('docusaurus: `{#i18n.load}` and `{#whats-new-in-5.0}` are the headings\' ids, dots and all; other fragments stay broken', () => {
  const root = tempSite({
    'docusaurus.config.js': "module.exports = {title: 'Demo', url: 'https://example.com', baseUrl: '/'};\n",
    'docs/core.md': [
      '# Core',
      '',
      '## `i18n.load(messages)` {#i18n.load}',
      '',
      'Loads messages.',
      '',
      "## What's New in 5.0? {#whats-new-in-5.0}",
      '',
      'See [load](#i18n.load), [new](#whats-new-in-5.0), [slug](#i18nloadmessages) and [half](#i18n).',
      '',
    ].join('\n'),
  });
  assert.deepEqual(run(root), ['docs/core.md:9:51 no-broken-anchors', 'docs/core.md:9:81 no-broken-anchors']);
});

// ---- VitePress: markdown-it-attrs reads `#id` to the next space, dots and all ----

test('vitepress: `{ #lit-3.0 }` is the heading\'s id (markdown-it-attrs getAttrs), not `lit-3` with a class', () => {
  const root = tempSite({
    'docs/.vitepress/config.mts': "export default {title: 'Demo'};\n",
    'docs/index.md': '# Home\n\n## Lit 3.0 { #lit-3.0 }\n\nNews.\n\nSee [the news](#lit-3.0) and [a class](#lit-3).\n',
  });
  assert.deepEqual(run(root), ['docs/index.md:7:30 no-broken-anchors']);
});

// ---- Hugo: a theme folder the site does not use is no part of the site ----

test('hugo: Markdown in a theme the config does not name (a leftover copy) is not checked; the used theme\'s is as before', () => {
  const files = {
    'hugo.toml': 'title = "Demo"\ntheme = "used-theme"\n',
    'content/_index.md': '---\ntitle: Home\n---\n\nWelcome.\n',
    'themes/old-theme/README.md': '# Old theme\n\nSee [the guide](missing-guide.md).\n',
    'themes/used-theme/README.md': '# Used theme\n\nSee [the guide](missing-guide.md).\n',
  };
  assert.deepEqual(run(tempSite(files)), ['themes/used-theme/README.md:3:5 no-missing-files']);
  files['hugo.toml'] = 'title = "Demo"\n\n[module]\n[[module.imports]]\npath = "old-theme"\n';
  assert.deepEqual(run(tempSite(files)), ['themes/old-theme/README.md:3:5 no-missing-files']);
});
