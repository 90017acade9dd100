// A Docusaurus site whose docs plugins read folders outside the site folder (a monorepo's
// `packages/website` with `path: '../../docs'` and a second plugin `path: '../eslint-plugin/docs/rules'`):
// each plugin reads its `path` relative to the site folder, so those files are that site's docs.
// The configs are found without listing folders (discovery's walk, git's index): a run beside
// thousands of unrelated folders costs what it did before.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs, {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {syncBuiltinESMExports} from 'node:module';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {findings, postlint, postlintJson, tempSite} from './helpers.mjs';
import {gitRepo} from './git-helpers.mjs';

const {siteFor, forgetSites} = await import('../dist/src/site/generators/index.js');
const {run} = await import('../dist/src/index.js');

function runCli(root, cwd = root, paths = ['.']) {
  const {json} = postlintJson(['--offline', '--no-config', ...paths], {cwd});
  return findings(json, root).sort();
}

// No title/date asked of docs; extension-less links are page URLs; the one broken anchor is still found.
// Links by URL into the other plugin are read from its URLs: found, so a wrong anchor there is found too;
// a URL no plugin serves is left unverifiable (routes and other plugins may make it), not "missing".
const expected = ['docs/getting-started.md:5:63 no-broken-anchors', 'docs/getting-started.md:7:68 no-broken-anchors'];

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
  // Front matter without title or date: a Docusaurus doc takes its title from the heading; outside any site it is read as a post.
  'docs/typed-linting.md': '---\nsidebar_position: 2\n---\n\n# Typed linting\n\nBack to [the start](/getting-started#install).\n',
  'packages/eslint-plugin/docs/rules/no-foo.md': '# no-foo\n\nRead [getting started](/getting-started) and [its install](/getting-started#install), and [bar](./bar).\n',
  'packages/eslint-plugin/docs/rules/bar.md': '# bar\n\nSee [no-foo](/rules/no-foo#no-foo).\n',
};

test('docusaurus: each docs plugin\'s path is read from the site folder, wherever it leads', async () => {
  const root = tempSite(files);
  // Run from the repository's root: discovery walks past packages/website's config.
  assert.deepEqual(runCli(root), expected);
  forgetSites();
  await run({cwd: root, paths: ['.'], offline: true, noConfig: true, workers: 0});
  const base = await siteFor(join(root, 'docs'));
  assert.equal(base?.generator, 'docusaurus');
  assert.equal(base.root, join(root, 'packages', 'website'));
  assert.equal(base.config.docsPath, '../../docs');
  assert.equal(base.config.docsRoute, '/');
  const rules = await siteFor(join(root, 'packages', 'eslint-plugin', 'docs', 'rules'));
  assert.equal(rules?.root, join(root, 'packages', 'website'));
  assert.equal(rules.config.docsPath, '../eslint-plugin/docs/rules');
  assert.equal(rules.config.docsRoute, 'rules');
});

test('docusaurus: run on the docs folder or on one file, the config is found in git\'s index', () => {
  const root = gitRepo(files);
  // From the docs folder: the walk covers docs/ only; the repository's index names packages/website's config.
  // The other plugin's files are not in this run, so the link to its wrong anchor is left unverifiable.
  assert.deepEqual(runCli(root, join(root, 'docs')), [expected[0]]);
  // One file, as a pre-commit hook hands it over from the repository's root.
  assert.deepEqual(runCli(root, root, ['docs/typed-linting.md']), []);
});

test('docusaurus: without git, a run on the docs folder alone does not look for configs outside it', async () => {
  const root = tempSite(files);
  // The docs are then outside any site: the front matter is read as a post's (what git or a run from the root avoids).
  assert.deepEqual(runCli(root, join(root, 'docs')), [expected[0], 'docs/typed-linting.md:1:1 front-matter', 'docs/typed-linting.md:1:1 front-matter']);
  forgetSites();
  await run({cwd: join(root, 'docs'), paths: ['.'], offline: true, noConfig: true, workers: 0});
  assert.equal(await siteFor(join(root, 'docs')), undefined);
});

test('docusaurus: a run beside thousands of unrelated folders lists none of them', async () => {
  // A folder like /tmp: 3,000 sub-folders, none a site; the folder run in sits two folders down.
  const top = mkdtempSync(join(tmpdir(), 'postlint-crowd-'));
  for (let i = 0; i < 3000; i++) mkdirSync(join(top, `f${i}`));
  const work = join(top, 'a', 'b');
  mkdirSync(join(top, 'a', 'docs'), {recursive: true});
  mkdirSync(work);
  writeFileSync(join(work, 'x.md'), '# X\n\nText.\n');
  writeFileSync(join(top, 'a', 'docs', 'y.md'), '# Y\n\nText.\n');
  const listedBy = new Map();
  for (const paths of [['x.md'], ['.'], ['../docs/y.md']]) {
    const listed = [];
    const restore = recordListings(listed);
    try {
      forgetSites();
      const result = await run({cwd: work, paths, offline: true, noConfig: true, workers: 0});
      assert.equal(result.files.length, 1);
    } finally {
      restore();
    }
    listedBy.set(paths[0], listed);
  }
  // Detection reads the folders on the way up from a checked file (a config there makes the site),
  // never the folders beside them: not one of the 3,000, nor a/docs while only a/b is checked.
  for (const [path, listed] of listedBy) {
    const beside = listed.filter((folder) => /[/\\]f\d+$/.test(folder) || (path !== '../docs/y.md' && folder === join(top, 'a', 'docs')));
    assert.deepEqual(beside.slice(0, 3), [], `postlint ${path}: ${beside.length} folders beside the run were listed`);
  }
  assert.ok(listedBy.get('.').includes(work), 'the run folder was walked: the hook sees listings');
  // 3,000 folders left behind would crowd the temporary folder of every later run.
  rmSync(top, {recursive: true, force: true});
});

/** Record every folder listed through node:fs (sync, callback, promise and opendir forms) until the returned function is called. */
function recordListings(listed) {
  const saved = [];
  const wrap = (object, name) => {
    const original = object[name];
    saved.push(() => {
      object[name] = original;
    });
    object[name] = function (path, ...rest) {
      listed.push(resolve(String(path)));
      return original.call(this, path, ...rest);
    };
  };
  for (const name of ['readdir', 'readdirSync', 'opendir', 'opendirSync']) wrap(fs, name);
  for (const name of ['readdir', 'opendir']) wrap(fs.promises, name);
  // ES module imports of node:fs and node:fs/promises read these bindings from now on.
  syncBuiltinESMExports();
  return () => {
    for (const undo of saved) undo();
    syncBuiltinESMExports();
  };
}

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
