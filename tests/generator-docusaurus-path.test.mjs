// A Docusaurus site whose docs plugins read folders outside the site folder (a monorepo's
// `packages/website` with `path: '../../docs'` and a second plugin `path: '../eslint-plugin/docs/rules'`):
// each plugin reads its `path` relative to the site folder, so those files are that site's docs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, postlint, postlintJson, tempSite} from './helpers.mjs';

const {siteFor, forgetSites} = await import('../dist/src/site/generators/index.js');

function run(root) {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  return findings(json, root).sort();
}

const config = `import type {Config} from '@docusaurus/types';

const presetOptions = {
  docs: {
    id: 'rules-docs',
    path: '../eslint-plugin/docs/rules',
    routeBasePath: 'rules',
    sidebarPath: require.resolve('./sidebars/rules.js'),
  },
};

const baseDocs = {
  id: 'base-docs',
  path: '../../docs',
  routeBasePath: '/',
  sidebarPath: require.resolve('./sidebars/base.js'),
};

const config: Config = {
  title: 'Example',
  url: 'https://example.org',
  baseUrl: '/',
  plugins: [['@docusaurus/plugin-content-docs', baseDocs]],
  presets: [['classic', presetOptions]],
};
export default config;
`;

const files = {
  'packages/website/docusaurus.config.mts': config,
  'packages/website/sidebars/rules.js': 'module.exports = {};\n',
  'docs/getting-started.md': '# Getting started\n\n## Install\n\nSee [install](#install), [typed linting](./typed-linting) and [nothing](#nope).\n\nRule [no-foo](/rules/no-foo), [its heading](/rules/no-foo#no-foo), [no such part](/rules/no-foo#nope), [a rule not here](/rules/gone).\n',
  'docs/typed-linting.md': '# Typed linting\n\nBack to [the start](/getting-started#install).\n',
  'packages/eslint-plugin/docs/rules/no-foo.md': '# no-foo\n\nRead [getting started](/getting-started) and [its install](/getting-started#install), and [bar](./bar).\n',
  'packages/eslint-plugin/docs/rules/bar.md': '# bar\n\nSee [no-foo](/rules/no-foo#no-foo).\n',
};

test('docusaurus: each docs plugin\'s path is read from the site folder, wherever it leads', async () => {
  const root = tempSite(files);
  forgetSites();
  const base = await siteFor(join(root, 'docs'));
  assert.equal(base?.generator, 'docusaurus');
  assert.equal(base.root, join(root, 'packages', 'website'));
  assert.equal(base.config.docsPath, '../../docs');
  assert.equal(base.config.docsRoute, '/');
  const rules = await siteFor(join(root, 'packages', 'eslint-plugin', 'docs', 'rules'));
  assert.equal(rules?.root, join(root, 'packages', 'website'));
  assert.equal(rules.config.docsPath, '../eslint-plugin/docs/rules');
  assert.equal(rules.config.docsRoute, 'rules');
  // No title/date asked of docs; extension-less links are page URLs; the one broken anchor is still found.
  // Links by URL into the other plugin are read from its URLs: found, so a wrong anchor there is found too;
  // a URL no plugin serves is left unverifiable (routes and other plugins may make it), not "missing".
  assert.deepEqual(run(root), ['docs/getting-started.md:5:63 no-broken-anchors', 'docs/getting-started.md:7:68 no-broken-anchors']);
});

test('docusaurus: a computed or unmatched plugin path leaves the folder outside any site', async () => {
  const root = tempSite({
    'website/docusaurus.config.js': "const path = require('path');\nmodule.exports = {presets: [['classic', {docs: {path: path.resolve(__dirname, '../guides'), sidebarPath: './sidebars.js'}}]]};\n",
    'website/index.md': '# Home\n',
    'guides/intro.md': '# Intro\n',
    'other/intro.md': '# Other\n',
  });
  forgetSites();
  assert.equal(await siteFor(join(root, 'guides')), undefined);
  assert.equal(await siteFor(join(root, 'other')), undefined);
  // --verbose says why, on the site the config makes (its own page is checked here).
  const {stderr} = postlint(['--offline', '--no-config', '--verbose', 'website/index.md'], {cwd: root});
  assert.match(stderr, /^postlint: site website: a docs plugin's path is computed \(path: path\.resolve\(__dirname, '\.\.\/guides'\)\), not a literal string: files there are checked as if outside this site$/m);
});
