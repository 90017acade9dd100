// Eleventy with markdown-it-attrs: the config a package.json script names with `--config` is the
// site's (Eleventy's CLI reads it in place of the default names), and heading attribute blocks are
// read by markdown-it-attrs' own grammar (arve0/markdown-it-attrs utils.js getAttrs: spaces inside
// the braces skipped, `#id` to the next space, several attributes, `.class`, key=value, the last id
// wins), with markdown-it-anchor keeping an id already set. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings} from './helpers.mjs';

const config = [
  "import markdownIt from 'markdown-it';",
  "import markdownItAttrs from 'markdown-it-attrs';",
  "import markdownItAnchor from 'markdown-it-anchor';",
  'export default (config) => {',
  "  config.setLibrary('md', markdownIt({html: true}).use(markdownItAttrs).use(markdownItAnchor, {level: 2}));",
  '};',
  '',
].join('\n');

const scripts = (command) => JSON.stringify({type: 'module', scripts: {build: command, serve: `${command} --serve`}});

const anchors = (root) => siteFindings(root, ['--no-cache']).filter((row) => row.endsWith('no-broken-anchors'));

const page = [
  '---',
  'title: Guide',
  '---',
  '## Getting started { #start }',
  '',
  'Text.',
  '',
  '## Release 3.0 {#rel-3.0 .news data-kind="big news"}',
  '',
  'Text.',
  '',
  '## Twice {#first #second}',
  '',
  'Text.',
  '',
  '## Quoted { .note id="quoted" }',
  '',
  'Text.',
  '',
  'See [start](#start), [release](#rel-3.0), [second](#second), [quoted](#quoted).',
  '',
  'Not ids: [slug](#getting-started), [first](#first), [class](#news).',
  '',
].join('\n');

test('eleventy --config in every script names the config: its markdown-it-attrs ids are the headings\'', () => {
  const root = tempSite({'package.json': scripts('npx @11ty/eleventy --config=_build/eleventy.js --quiet'), '_build/eleventy.js': config, 'guide.md': page});
  assert.deepEqual(anchors(root), [
    'guide.md:22:10 no-broken-anchors',
    'guide.md:22:36 no-broken-anchors',
    'guide.md:22:53 no-broken-anchors',
  ]);
});

test('eleventy: a script that runs it bare where no default-named config exists reads no config: the one --config names is the site\'s', () => {
  // `dev` reads none of Eleventy's default names (none exists), so the only config any run reads is `_build/eleventy.js`.
  const root = tempSite({
    'package.json': JSON.stringify({scripts: {build: 'eleventy --config=_build/eleventy.js', dev: 'eleventy --serve'}}),
    '_build/eleventy.js': config,
    'guide.md': page,
  });
  assert.deepEqual(anchors(root), ['guide.md:22:10 no-broken-anchors', 'guide.md:22:36 no-broken-anchors', 'guide.md:22:53 no-broken-anchors']);
});

test('eleventy: runs that read two configs (a bare run finds eleventy.config.js) name no one config: the default name is the site\'s', () => {
  // The default config has no markdown-it-attrs: `{ #start }` is heading text, and `#start` fails.
  const plain = config.replace("import markdownItAttrs from 'markdown-it-attrs';\n", '').replace('.use(markdownItAttrs)', '');
  const root = tempSite({
    'package.json': JSON.stringify({scripts: {build: 'eleventy --config=_build/eleventy.js', dev: 'eleventy --serve'}}),
    '_build/eleventy.js': config,
    'eleventy.config.js': plain,
    'guide.md': page,
  });
  assert.ok(anchors(root).includes('guide.md:20:5 no-broken-anchors'));
});

test('eleventy without markdown-it-attrs: `{ #id }` is heading text, slugged with the rest (markdown-it-anchor encodes it)', () => {
  const plain = config.replace("import markdownItAttrs from 'markdown-it-attrs';\n", '').replace('.use(markdownItAttrs)', '');
  const root = tempSite({'eleventy.config.js': plain, 'guide.md': '---\ntitle: G\n---\n## Getting started { #start }\n\nText.\n\nSee [start](#start) and [slug](#getting-started-%7B-%23start-%7D).\n'});
  assert.deepEqual(anchors(root), ['guide.md:8:5 no-broken-anchors']);
});

test('eleventy with markdown-it-attrs: a block that does not end the heading, or has no name, gives no id', () => {
  const root = tempSite({
    'eleventy.config.js': config,
    'guide.md': [
      '---',
      'title: G',
      '---',
      '## Options {#opts} explained',
      '',
      'Text.',
      '',
      '## Empty {#}',
      '',
      'Text.',
      '',
      'See [opts](#opts) and [empty](#empty).',
      '',
    ].join('\n'),
  });
  assert.deepEqual(anchors(root), ['guide.md:12:23 no-broken-anchors', 'guide.md:12:5 no-broken-anchors']);
});

test('eleventy with markdown-it-attrs: a paragraph that is only a block gives its id whatever comes first in it', () => {
  const root = tempSite({
    'eleventy.config.js': config,
    'guide.md': '---\ntitle: G\n---\n## Intro\n\nText.\n\n{ .callout #callout }\n\nSee [callout](#callout) and [gone](#gone).\n',
  });
  assert.deepEqual(anchors(root), ['guide.md:10:29 no-broken-anchors']);
});

test('eleventy with markdown-it-attrs: a block ending a paragraph or a list item gives it the id; one inside the text does not', () => {
  const root = tempSite({
    'eleventy.config.js': config,
    'guide.md': '---\ntitle: G\n---\n## Intro\n\nA note worth linking. { #note }\n\n- An item {#item}\n- Another\n\nA {#mid} word.\n\nSee [note](#note), [item](#item) and [mid](#mid).\n',
  });
  assert.deepEqual(anchors(root), ['guide.md:13:38 no-broken-anchors']);
});

test('eleventy: markdown-it-attrs runs before markdown-it-anchor whatever order the config adds them in (a core rule before linkify)', () => {
  const anchorFirst = config.replace('.use(markdownItAttrs).use(markdownItAnchor, {level: 2})', '.use(markdownItAnchor, {level: 2}).use(markdownItAttrs)');
  const root = tempSite({'eleventy.config.js': anchorFirst, 'guide.md': '---\ntitle: G\n---\n## Getting started { #start }\n\nText.\n\nSee [start](#start) and [slug](#getting-started).\n'});
  assert.deepEqual(anchors(root), ['guide.md:8:25 no-broken-anchors']);
});

test('eleventy: markdown-it-attrs counts when `.use(…)`d by the name its import binds, not when the config only mentions it', () => {
  const anchorOnly = config.replace("import markdownItAttrs from 'markdown-it-attrs';\n", "// markdown-it-attrs removed: ids come from markdown-it-anchor alone\n").replace('.use(markdownItAttrs)', '');
  const page = '---\ntitle: G\n---\n## Setup {#setup}\n\nText.\n\n## Install {npm}\n\nText.\n\nSee [setup](#setup), [install](#install), [npm](#install-npm), [kept](#install-%7Bnpm%7D).\n';
  // Without the plugin the braces are heading text, in the id (markdown-it-anchor encodes them).
  assert.deepEqual(anchors(tempSite({'eleventy.config.js': anchorOnly, 'guide.md': page})), [
    'guide.md:12:22 no-broken-anchors',
    'guide.md:12:43 no-broken-anchors',
    'guide.md:12:5 no-broken-anchors',
  ]);
  // Used through `require`: `{#setup}` is the id, `{npm}` an attribute (the automatic id is "install").
  const required = "const markdownIt = require('markdown-it');\nconst attrs = require('markdown-it-attrs');\nconst anchor = require('markdown-it-anchor');\nmodule.exports = (config) => {\n  config.setLibrary('md', markdownIt().use(attrs).use(anchor, {level: 2}));\n};\n";
  assert.deepEqual(anchors(tempSite({'eleventy.config.js': required, 'guide.md': page})), ['guide.md:12:43 no-broken-anchors', 'guide.md:12:64 no-broken-anchors']);
});

test('eleventy: markdown-it-attrs with its own delimiters (`leftDelimiter`, `rightDelimiter` written as strings): only those blocks give ids', () => {
  const own = config.replace('.use(markdownItAttrs)', ".use(markdownItAttrs, {leftDelimiter: '{{', rightDelimiter: '}}'})");
  const page = '---\ntitle: G\n---\n## Start {{#start}}\n\nText.\n\n## Other {#other}\n\nText.\n\nSee [start](#start), [other](#other), [kept](#other-%7B%23other%7D).\n';
  assert.deepEqual(anchors(tempSite({'eleventy.config.js': own, 'guide.md': page})), ['guide.md:12:22 no-broken-anchors']);
  // Computed delimiters: which blocks are ids postlint cannot tell; nothing is reported broken.
  const computed = config.replace('.use(markdownItAttrs)', '.use(markdownItAttrs, {leftDelimiter: left})');
  assert.deepEqual(anchors(tempSite({'eleventy.config.js': computed, 'guide.md': page})), []);
});
