// Generator behaviours the round-7 held-out sites showed postlint lacked (MkDocs redirects from an
// inherited config, files only pasted into pages, host redirects for relative links, a site's own
// Vite plugin rewriting Markdown), each on a small site of its own, asserted by exact rule id, line
// and column (or an unverifiable reason), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

// ---- MkDocs: mkdocs-redirects' redirect_maps, read from the config as MkDocs merges INHERIT ----

const redirectsParent = [
  'plugins:',
  '  redirects:',
  '    redirect_maps:',
  "      'guide/old-setup.md': 'guide/setup.md'",
  "      'guide/moved-away.md': 'https://example.com/elsewhere/'",
  "      'guide/to-nothing.md': 'guide/never-written.md'",
  '',
].join('\n');

const linking = [
  '# Other',
  '',
  'Read [the old page](../old-setup/) and [its step](../old-setup/#install-it).',
  '',
  'A [lost step](../old-setup/#no-such-step) and [a redirect to nothing](../to-nothing/).',
  '',
  'An [old file](old-setup.md) and [off the site](/guide/moved-away/).',
  '',
].join('\n');

function redirectSite(childPlugins) {
  return tempSite({
    'mkdocs.yml': `INHERIT: config/redirects.yml\nsite_name: Demo\n${childPlugins}`,
    'config/redirects.yml': redirectsParent,
    'docs/index.md': '# Home\n\nWelcome.\n',
    'docs/guide/setup.md': '# Setup\n\n## Install it\n\nRun the installer.\n',
    'docs/guide/other.md': linking,
  });
}

test('mkdocs: redirect_maps from an INHERITed config answer page URLs (fragment checked on the new page); a .md link and a redirect to no page stay missing', () => {
  // The child's `plugins` mapping is merged into the parent's (mergedeep): the redirects stay on.
  const root = redirectSite('plugins:\n  search: {}\n');
  assert.deepEqual(run(root), [
    'docs/guide/other.md:5:3 no-broken-anchors',
    'docs/guide/other.md:5:47 no-missing-files',
    'docs/guide/other.md:7:4 no-missing-files',
  ]);
  assert.ok(unverifiable(root).some((row) => row.startsWith('7:33 /guide/moved-away/: ') && row.includes('the redirects plugin (redirect_maps) sends guide/moved-away.md to https://example.com/elsewhere/')), unverifiable(root).join('\n'));
});

test('mkdocs: a child config whose plugins are a list replaces the inherited mapping (mergedeep replaces non-mappings): no redirects', () => {
  const root = redirectSite('plugins:\n  - search\n');
  assert.deepEqual(run(root), [
    'docs/guide/other.md:3:40 no-missing-files',
    'docs/guide/other.md:3:6 no-missing-files',
    'docs/guide/other.md:5:3 no-missing-files',
    'docs/guide/other.md:5:47 no-missing-files',
    'docs/guide/other.md:7:4 no-missing-files',
  ]);
});

// ---- Files only pasted into pages: relative links resolve from the page ----

const snippetText = [
  'Follow [the guide](../guide/start.md) and look at the diagram:',
  '',
  '![Diagram](diagram.svg)',
  '',
  'See [below](#steps).',
  '',
].join('\n');

test('mkdocs: a snippet the exclude plugin leaves out of the build resolves its relative links from each page that pastes it in', () => {
  const root = tempSite({
    'mkdocs.yml': 'site_name: Demo\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: docs/snippets\nplugins:\n  - exclude:\n      glob:\n        - snippets/*\n',
    'docs/snippets/shared.md': snippetText,
    'docs/area/one/page.md': '# One\n\n--8<-- "shared.md"\n\n## Steps\n\nDo it.\n',
    'docs/area/one/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'docs/area/guide/start.md': '# Start\n\nGo.\n',
  });
  assert.deepEqual(run(root), []);
});

test('mkdocs: a pasted snippet\'s link that fails from one of its pages is reported at the snippet\'s line; without the exclude plugin the snippet is a page of its own', () => {
  const files = {
    'mkdocs.yml': 'site_name: Demo\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: docs/snippets\nplugins:\n  - exclude:\n      glob: snippets/*\n',
    'docs/snippets/shared.md': snippetText,
    'docs/area/one/page.md': '# One\n\n--8<-- "shared.md"\n\n## Steps\n\nDo it.\n',
    'docs/area/one/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'docs/area/guide/start.md': '# Start\n\nGo.\n',
    // A second page elsewhere, with no diagram beside it and no Steps heading.
    'docs/area/two/page.md': '# Two\n\n--8<-- "shared.md"\n',
  };
  // area/two has no diagram beside it; `#steps` is read on the first page that pastes the snippet (area/one has it).
  assert.deepEqual(run(tempSite(files)), ['docs/snippets/shared.md:3:1 no-missing-files']);
  const own = tempSite({...files, 'mkdocs.yml': 'site_name: Demo\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: docs/snippets\n'});
  // As a page of its own the snippet is read from its own place, but `../guide/start.md` leads to a file from
  // both pages that paste it in: written for them, it is unverifiable (fix33g). The diagram fails from area/two too.
  assert.deepEqual(run(own), [
    'docs/snippets/shared.md:3:1 no-missing-files',
    'docs/snippets/shared.md:5:5 no-broken-anchors',
  ]);
});

test('mdbook: a file only pulled in with {{#include}} resolves its relative links from the including chapter', () => {
  const files = {
    'book.toml': '[book]\ntitle = "Demo"\n',
    'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n- [Deep](part/deep.md)\n',
    'src/intro.md': '# Intro\n\nHello.\n',
    'src/part/deep.md': '# Deep\n\n{{#include ../shared/note.md}}\n',
    'src/part/chart.png': 'png',
    'src/shared/note.md': 'Back to [the intro](../intro.md); see the chart:\n\n![Chart](chart.png)\n',
  };
  assert.deepEqual(run(tempSite(files)), []);
  // From a chapter two folders down, `../intro.md` names no chapter: broken where the text lands.
  // (From a chapter at the book's root it would climb out of the book: unverifiable, round-9 test.)
  const moved = tempSite({
    'book.toml': files['book.toml'],
    'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n- [Top](a/b/top.md)\n',
    'src/intro.md': files['src/intro.md'],
    'src/a/b/top.md': '# Top\n\n{{#include ../../shared/note.md}}\n',
    'src/a/b/chart.png': 'png',
    'src/shared/note.md': files['src/shared/note.md'],
  });
  assert.deepEqual(run(moved), ['src/shared/note.md:1:9 no-missing-files']);
});

// ---- Host redirects answer relative links too; Netlify splats are followed ----

test('hosting: a relative page URL no page has is requested from the page\'s URL, and a netlify.toml rule answers it (a splat followed to its page)', () => {
  const root = tempSite({
    'mkdocs.yml': 'site_name: Demo\n',
    'netlify.toml': [
      '[[redirects]]',
      '  from = "/contributing/"',
      '  to = "/community/contributing/"',
      '  status = 301',
      '',
      '[[redirects]]',
      '  from = "/old-news/*"',
      '  to = "/news/:splat"',
      '  status = 301',
      '',
      '[[redirects]]',
      '  from = "/*"',
      '  to = "/404.html"',
      '  status = 404',
      '',
    ].join('\n'),
    'docs/community/contributing.md': '# Contributing\n\n## Sign the form\n\nPlease.\n',
    'docs/news/launch.md': '# Launch\n\n## Dates\n\nSoon.\n',
    'docs/blog/posts/hello.md': [
      '# Hello',
      '',
      '<a href="../../../contributing/">how to help</a> and [the form](../../../contributing/#sign-the-form).',
      '',
      '[Launch](../../../old-news/launch/#dates), [no such date](../../../old-news/launch/#never) and [gone](../../../nowhere/).',
      '',
    ].join('\n'),
  });
  assert.deepEqual(run(root), [
    'docs/blog/posts/hello.md:5:44 no-broken-anchors',
    'docs/blog/posts/hello.md:5:96 no-missing-files',
  ]);
});

// ---- VitePress: the site's own Vite plugin that rewrites Markdown ----

const transformPlugin = [
  "import type {Plugin} from 'vite'",
  '',
  'export function AppendReference(): Plugin {',
  '  return {',
  "    name: 'append-reference',",
  "    enforce: 'pre',",
  '    transform(code, id) {',
  '      if (!/\\.md$/.test(id)) return null',
  "      return `${code}\\n\\n## Generated Reference\\n\\nFrom the types.\\n`",
  '    },',
  '  }',
  '}',
  '',
].join('\n');

function viteSite(withPlugin) {
  return tempSite({
    '.vitepress/config.ts': "import {defineConfig} from 'vitepress'\nimport viteConfig from './vite.config'\n\nexport default defineConfig({\n  title: 'Demo',\n  vite: viteConfig,\n})\n",
    '.vitepress/vite.config.ts': `import {defineConfig} from 'vite'\n${withPlugin ? "import {AppendReference} from './plugins/append'\n" : ''}\nexport default defineConfig({\n  plugins: [${withPlugin ? 'AppendReference()' : ''}],\n})\n`,
    '.vitepress/plugins/append.ts': transformPlugin,
    'index.md': '# Home\n\nSee [the reference](./tool/#generated-reference) and [usage](./tool/#usage).\n',
    'tool/index.md': '# Tool\n\n## Usage\n\nCall it.\n',
  });
}

test('vitepress: a local Vite plugin that transforms .md makes fragments no heading has unverifiable, naming the plugin; found ones stay found', () => {
  const root = viteSite(true);
  assert.deepEqual(run(root), []);
  assert.deepEqual(unverifiable(root).map((row) => row.replace(/: .*(append-reference \(\.vitepress\/plugins\/append\.ts\)).*/, ': $1')), ['3:5 ./tool/#generated-reference: append-reference (.vitepress/plugins/append.ts)']);
});

test('vitepress: without that plugin in the config chain the same fragment is broken', () => {
  assert.deepEqual(run(viteSite(false)), ['index.md:3:5 no-broken-anchors']);
});

// ---- The plugins' own matching, as their source does it ----

test('mkdocs plugins: File.dest_path for redirect pages, fnmatch globs that cross "/", regexes matched from the start', async () => {
  const {outputPath, excludePlugin, servedPaths} = await import('../dist/src/site/generators/mkdocs-plugins.js');
  assert.equal(outputPath('a/b.md', true), 'a/b/index.html');
  assert.equal(outputPath('a/README.md', true), 'a/index.html');
  assert.equal(outputPath('a/index.md', false), 'a/index.html');
  assert.equal(outputPath('a/b.markdown', false), 'a/b.html');
  assert.equal(outputPath('img/x.png', true), 'img/x.png');
  assert.deepEqual(servedPaths('/a/b/'), ['a/b/index.html']);
  assert.deepEqual(servedPaths('a/b'), ['a/b', 'a/b/index.html']);
  const excluded = excludePlugin({plugins: [{exclude: {glob: ['snippets/*', 'draft-?.md', '[!a]x.md'], regex: 'tmp/.*\\.md'}}]});
  assert.ok(excluded('snippets/deep/part.md'), 'fnmatch * crosses folders');
  assert.ok(excluded('draft-1.md'));
  assert.ok(!excluded('draft-12.md'));
  assert.ok(excluded('bx.md') && !excluded('ax.md'));
  assert.ok(excluded('tmp/notes.md') && !excluded('keep/tmp/notes.md'), 're.match anchors at the start only');
  assert.equal(excludePlugin({plugins: ['search']}), undefined);
  assert.equal(excludePlugin({plugins: {exclude: {enabled: false, glob: '*'}}}), undefined);
});

// ---- A page titled by the file it includes ----

test('vitepress: a page that is only an include of a README takes its title from the README\'s h1 (in the run or outside it); with an include that has none, the title is still asked for', () => {
  const root = tempSite({
    'docs/.vitepress/config.ts': "import {defineConfig} from 'vitepress'\n\nexport default defineConfig({title: 'Demo'})\n",
    'docs/index.md': '---\nlayout: home\n---\n\nHello.\n',
    'docs/tools.md': '---\noutline: deep\n---\n\n<!--@include: ./parts/tools-readme.md-->\n',
    // A package README outside the folder run (not one of its files), read from disk; a `#` in a code block is no heading.
    'docs/cli.md': '---\noutline: deep\n---\n\n<!--@include: ../package-readme.md-->\n',
    'package-readme.md': '```sh\n# not a heading\n```\n\n# The CLI\n\nUsage.\n',
    'docs/shell.md': '---\noutline: deep\n---\n\n<!--@include: ../shell-readme.md-->\n',
    'shell-readme.md': '```sh\n# not a heading\n```\n\nUsage.\n',
    'docs/parts/tools-readme.md': '# Tools\n\nWhat the tools do.\n',
    'docs/plain.md': '---\noutline: deep\n---\n\n<!--@include: ./parts/plain-part.md-->\n',
    'docs/parts/plain-part.md': 'Only text, no heading.\n',
  });
  const rows = run(join(root, 'docs')).filter((row) => row.includes('front-matter'));
  assert.deepEqual(rows, ['plain.md:1:1 front-matter', 'shell.md:1:1 front-matter']);
});

// ---- VitePress 0.x's `home: true` page ----

test('vitepress: a `home: true` page (0.x default theme\'s Home) takes the site title; a plain page with no title is still asked for one', () => {
  const root = tempSite({
    'docs/.vitepress/config.js': "module.exports = {title: 'Demo'}\n",
    'docs/index.md': '---\nhome: true\nheroText: Demo\nactionText: Start\nactionLink: /guide/\n---\n\nSome words.\n',
    'docs/guide.md': '---\nhome: false\n---\n\nSome words.\n',
  });
  const rows = run(join(root, 'docs')).filter((row) => row.includes('front-matter'));
  assert.deepEqual(rows, ['guide.md:1:1 front-matter']);
});

test('vitepress: on VitePress 1.x (`home: true` became `layout: home`) a `home: true` page is a doc page and still needs a title', () => {
  const root = tempSite({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'package.json': JSON.stringify({devDependencies: {vitepress: '^1.6.3'}}),
    'docs/.vitepress/config.js': "export default {title: 'Demo'}\n",
    'docs/index.md': '---\nhome: true\nheroText: Demo\n---\n\nSome words.\n',
  });
  assert.deepEqual(run(join(root, 'docs')).filter((row) => row.includes('front-matter')), ['index.md:1:1 front-matter']);
  // A 0.x range keeps the Home component's reading: the site's title.
  const old = tempSite({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'package.json': JSON.stringify({devDependencies: {vitepress: '^0.22.4'}}),
    'docs/.vitepress/config.js': "module.exports = {title: 'Demo'}\n",
    'docs/index.md': '---\nhome: true\nheroText: Demo\n---\n\nSome words.\n',
  });
  assert.deepEqual(run(join(old, 'docs')).filter((row) => row.includes('front-matter')), []);
});
