// Readers the fix44b model must not lose: a key typed where something that builds the page reads it
// (rules/front-matter.ts, "typed only where something … reads it"), found where the site's code puts the reader.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

const rule = 'front-matter';

test('Eleventy: a drafts plugin the config imports (a module of its own) reads `draft`: a word there is a truthy draft', async () => {
  const post = '---\ntitle: A\ndraft: "no"\n---\n\nText.\n';
  assert.deepEqual(await siteFindings(rule, {
    'eleventy.config.js': 'import pluginDrafts from "./eleventy.config.drafts.js";\n\nexport default function (config) {\n  config.addPlugin(pluginDrafts);\n}\n',
    'eleventy.config.drafts.js': 'export default function (config) {\n  config.addGlobalData("eleventyComputed.permalink", () => (data) => (data.draft && !process.env.BUILD_DRAFTS ? false : data.permalink));\n}\n',
    'posts/a.md': post,
  }), ['posts/a.md:3:1 front-matter']);
  // A local module that reads no draft adds no reader.
  assert.deepEqual(await siteFindings(rule, {
    'eleventy.config.js': 'import pluginFeed from "./eleventy.config.feed.js";\n\nexport default function (config) {\n  config.addPlugin(pluginFeed);\n}\n',
    'eleventy.config.feed.js': 'export default function (config) {}\n',
    'posts/a.md': post,
  }), []);
});

test('MkDocs: Material\'s tags plugin takes a list only: one tag as a string stops the build (TagSet: "Expected iterable tags")', async () => {
  assert.deepEqual(await siteFindings(rule, {
    'mkdocs.yml': 'site_name: Docs\ntheme:\n  name: material\nplugins:\n  - search\n  - tags\n',
    'docs/a.md': '---\ntitle: A\ntags: install\n---\n\n# A\n\nText.\n',
    'docs/b.md': '---\ntitle: B\ntags:\n  - install\n---\n\n# B\n\nText.\n',
  }), ['docs/a.md:3:1 front-matter']);
});

test('Docusaurus: `tags` is typed on the docs and blog it builds, not on a Markdown file no plugin reads (a README, notes, a `_` partial)', async () => {
  assert.deepEqual(await siteFindings(rule, {
    'docusaurus.config.js': "module.exports = {title: 'Docs', url: 'https://example.org', baseUrl: '/'};\n",
    'README.md': '---\ntitle: Readme\ntags: team\n---\n\nText.\n',
    'notes/plan.md': '---\ntitle: Plan\ntags: team\n---\n\nText.\n',
    'docs/_shared.md': '---\ntags: team\n---\n\nText.\n',
    'docs/a.md': '---\ntitle: A\ntags: team\n---\n\nText.\n',
  }), ['docs/a.md:3:1 front-matter']);
});

test('MkDocs: a Material blog post\'s `categories` is a list to its PostConfig (one string or a map stops the build; empty is none)', async () => {
  assert.deepEqual(await siteFindings(rule, {
    'mkdocs.yml': 'site_name: Docs\ntheme:\n  name: material\nplugins:\n  - blog\n',
    'docs/blog/posts/a.md': '---\ndate: 2024-01-05\ncategories: {news: true}\n---\n\n# A\n\nText.\n',
    'docs/blog/posts/b.md': '---\ndate: 2024-01-05\ncategories: news\n---\n\n# B\n\nText.\n',
    'docs/blog/posts/c.md': '---\ndate: 2024-01-05\ncategories:\n---\n\n# C\n\nText.\n',
    'docs/guide.md': '---\ntitle: Guide\ncategories: news\n---\n\n# Guide\n\nText.\n',
  }), ['docs/blog/posts/a.md:3:1 front-matter', 'docs/blog/posts/b.md:3:1 front-matter']);
});
