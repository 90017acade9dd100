// Eleventy's config file by every name Eleventy reads it under (11ty/eleventy TemplateConfig
// projectConfigPaths: `.eleventy.js`, `eleventy.config.{js,mjs,cjs}`, 4.x's `buildawesome.config.*`
// and TypeScript extensions) and by the `--config` a package.json script gives it (cmd.cjs), a
// TypeScript config read as the JavaScript one is. A run without `--config` where no default-named
// file exists reads no config and names no other. And Eleventy with no config file at all (a script
// runs it, written `npx @11ty/eleventy@3.0.0`, `tsx node_modules/.bin/eleventy`, `…/cmd.cjs`, or
// `cd docs && eleventy` from a package above): its `_includes/`/`_layouts/` folders are not Jekyll's,
// but it loses to another generator's config file in the folder; only an Eleventy package above
// stops a configless Jekyll `docs/`, up to the repository's top. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempSite} from './helpers.mjs';

const args = ['--offline', '--no-config', '--no-cache', '.'];
// One run per site gives both the findings (stdout) and the verbose account (stderr): the tests ask
// for both of most sites, and no test changes a site after its first run.
const runs = new Map();
const run = (root) => {
  if (!runs.has(root)) runs.set(root, postlintJson(['--verbose', ...args], {cwd: root}));
  return runs.get(root);
};
const rows = (root) => findings(run(root).json, root).sort();
const verbose = (root) => run(root).stderr;

test('eleventy --config=.eleventy.ts in the build scripts (a debug script runs it bare): the TypeScript config is the site\'s, its _posts/ and _pages/ are pages', () => {
  const root = join(fixtures, 'eleventy-config-names');
  assert.deepEqual(rows(root), ['src/_posts/2020-01-01-hello.md:7:35 no-missing-files']);
  assert.match(verbose(root), /site \. \(eleventy, from \.eleventy\.ts\)/);
});

const page = '# Guide\n\nSee [a lost page](/lost/).\n';

test('eleventy: `--config <file>` with a space, and 3.x/4.x default names (eleventy.config.ts, buildawesome.config.mjs) mark the site', () => {
  const spaced = tempSite({'package.json': JSON.stringify({scripts: {build: 'npx @11ty/eleventy --config "site.config.ts"'}}), 'site.config.ts': 'export const config = {dir: {input: "docs"}};\n', 'docs/guide.md': page, 'notes/idea.md': page});
  assert.deepEqual(rows(spaced), ['docs/guide.md:3:5 no-missing-files']);
  for (const name of ['eleventy.config.ts', 'buildawesome.config.mjs']) {
    const root = tempSite({[name]: 'export const config = {dir: {input: "docs"}};\n', 'docs/guide.md': page, 'notes/idea.md': page});
    assert.deepEqual(rows(root), ['docs/guide.md:3:5 no-missing-files'], name);
  }
});

// src/_layouts/ and src/_includes/ with a page in src/_pages/: Jekyll leaves `_pages/` out, Eleventy builds it.
const folders = {
  'src/_layouts/post.html': '<main>{{ content }}</main>\n',
  'src/_includes/footer.html': '<footer></footer>\n',
  'src/_pages/about.md': '---\nlayout: post\n---\n# About\n\nSee [a lost page](/lost/).\n',
  'src/index.md': '---\nlayout: post\n---\n# Home\n\nWelcome.\n',
};

test('eleventy with no config file: a script that runs it makes the package an Eleventy site (its --input), not a Jekyll one told by _layouts/', () => {
  const root = tempSite({'package.json': JSON.stringify({scripts: {build: 'eleventy --input=src --output=dist'}, devDependencies: {'@11ty/eleventy': '^3.0.0'}}), ...folders});
  assert.deepEqual(rows(root), ['src/_pages/about.md:6:5 no-missing-files']);
  assert.match(verbose(root), /site \. \(eleventy/);
});

test('eleventy: a package.json above that names @11ty/eleventy keeps src/ from being read as Jekyll; without it _layouts/ and _includes/ still say Jekyll', () => {
  const dependency = tempSite({'package.json': JSON.stringify({scripts: {build: 'node build.js'}, dependencies: {'@11ty/eleventy': '^3.0.0'}}), ...folders});
  // No generator is modelled there (plain Markdown), and src/_pages/about.md is checked.
  assert.ok(rows(dependency).some((row) => row.startsWith('src/_pages/about.md:')));
  assert.doesNotMatch(verbose(dependency), /jekyll|left out/i);
  const jekyll = tempSite({'package.json': JSON.stringify({scripts: {build: 'node build.js'}}), ...folders});
  assert.deepEqual(rows(jekyll), []);
  assert.match(verbose(jekyll), /1 file left out: the site never builds them \(src\/_pages\/about\.md: Jekyll does not read folders/);
});

test('eleventy: a script that runs it in another folder (`cd site && eleventy`) makes no site of this one', () => {
  const root = tempSite({'package.json': JSON.stringify({scripts: {build: 'cd site && eleventy'}}), 'guide.md': page});
  assert.doesNotMatch(verbose(root), /eleventy/);
});

test('eleventy: a script that runs it with no config file loses to another generator\'s config file in the same folder (Astro, Sphinx)', () => {
  const astro = tempSite({
    'astro.config.mjs': 'export default {};\n',
    'package.json': JSON.stringify({scripts: {build: 'astro build', og: 'eleventy --input=og'}, devDependencies: {astro: '4.0.0', '@11ty/eleventy': '2.0.0'}}),
    'og/card.md': '# og\n\nA card.\n',
    'src/content/blog/a.md': '---\ntitle: A\n---\n# A\n\nSee [b](#nowhere) and [c](./missing.md).\n',
  });
  assert.deepEqual(rows(astro), ['src/content/blog/a.md:6:23 no-missing-files', 'src/content/blog/a.md:6:5 no-broken-anchors']);
  assert.doesNotMatch(verbose(astro), /eleventy/);
  const sphinx = tempSite({'conf.py': 'extensions = []\n', 'package.json': JSON.stringify({scripts: {slides: 'eleventy --input=slides --output=_slides'}}), 'slides/s.md': '# S\n\nA slide.\n', 'guide.md': '# Guide\n\nSee [x](#nope).\n'});
  assert.deepEqual(rows(sphinx), ['guide.md:3:5 no-broken-anchors']);
});

// A GitHub Pages docs/ with Jekyll's folders and no _config.yml, in a repository with a package.json at its top.
const pagesDocs = {
  'docs/_layouts/post.html': '<main>{{ content }}</main>\n',
  'docs/_includes/footer.html': '<footer></footer>\n',
  'docs/_posts/2020-01-01-p1.md': '---\nlayout: post\ntitle: P1\n---\n# P1\n\nSee [x](#nope).\n',
  'docs/_posts/2020-01-02-p2.md': '---\nlayout: post\ntitle: P2\n---\n# P2\n\nSee [x](#nope).\n',
  'docs/index.md': '---\nlayout: post\n---\n# Home\n\nWelcome.\n',
};
const pagesFindings = ['docs/_posts/2020-01-01-p1.md:7:5 no-broken-anchors', 'docs/_posts/2020-01-02-p2.md:7:5 no-broken-anchors'];

test('jekyll with no config: a package.json above that names Next (no _layouts/ convention) leaves docs/ a Jekyll site; only Eleventy\'s package stops it', () => {
  const next = tempSite({'.git/HEAD': 'ref: refs/heads/main\n', 'package.json': JSON.stringify({name: 'lib', devDependencies: {next: '14.0.0'}}), ...pagesDocs});
  assert.deepEqual(rows(next), pagesFindings);
  assert.match(verbose(next), /site docs \(jekyll/);
  const eleventy = tempSite({'.git/HEAD': 'ref: refs/heads/main\n', 'package.json': JSON.stringify({name: 'lib', devDependencies: {'@11ty/eleventy': '3.0.0'}}), ...pagesDocs});
  assert.doesNotMatch(verbose(eleventy), /jekyll/);
});

test('jekyll with no config: the walk up for an Eleventy package.json ends at the repository\'s top, also where .git is a file (a worktree or submodule)', () => {
  const outer = tempSite({'package.json': JSON.stringify({devDependencies: {'@11ty/eleventy': '3.0.0'}}), 'repo/.git': 'gitdir: ../elsewhere/.git/worktrees/repo\n', ...Object.fromEntries(Object.entries(pagesDocs).map(([path, text]) => [`repo/${path}`, text]))});
  const repo = join(outer, 'repo');
  assert.deepEqual(rows(repo), pagesFindings);
  assert.match(verbose(repo), /site docs \(jekyll/);
});

test('eleventy: runs written `npx @11ty/eleventy@3.0.0`, `tsx node_modules/.bin/eleventy --config=…` and `tsx node_modules/@11ty/eleventy/cmd.cjs --config=…` make the site (not Jekyll), the --config file its config', () => {
  for (const build of ['npx @11ty/eleventy@3.0.0', 'npx eleventy@latest --serve']) {
    const root = tempSite({'package.json': JSON.stringify({scripts: {build}}), ...folders});
    assert.deepEqual(rows(root), ['src/_pages/about.md:6:5 no-missing-files'], build);
    assert.match(verbose(root), /site \. \(eleventy\)/, build);
  }
  for (const build of ['tsx node_modules/.bin/eleventy --config=config/site.ts', 'tsx ./node_modules/@11ty/eleventy/cmd.cjs --config=config/site.ts']) {
    const root = tempSite({'package.json': JSON.stringify({scripts: {build}}), 'config/site.ts': 'export default function (config) { return {dir: {input: "src"}}; }\n', ...folders, 'notes/idea.md': page});
    assert.deepEqual(rows(root), ['src/_pages/about.md:6:5 no-missing-files'], build);
    assert.match(verbose(root), /site \. \(eleventy, from config\/site\.ts\)/, build);
  }
});

test('eleventy: `cd docs && npx @11ty/eleventy` at the top makes docs/ the Eleventy site (its _pages/ checked, not Jekyll), its --config read from docs/', () => {
  const docs = Object.fromEntries(Object.entries(folders).map(([path, text]) => [path.replace(/^src\//, 'docs/'), text]));
  const root = tempSite({'package.json': JSON.stringify({scripts: {build: 'cd docs && npx @11ty/eleventy --config=site.config.js'}}), 'docs/site.config.js': 'module.exports = {dir: {input: "."}};\n', ...docs});
  assert.deepEqual(rows(root), ['docs/_pages/about.md:6:5 no-missing-files']);
  assert.match(verbose(root), /site docs \(eleventy, from docs\/site\.config\.js\)/);
});

test('eleventy: a `cd` in a subshell before the run is that subshell\'s: `(cd assets && npm run css) && eleventy` runs it here', () => {
  const root = tempSite({'package.json': JSON.stringify({scripts: {build: '(cd assets && npm run css) && eleventy --input=src'}}), ...folders});
  assert.deepEqual(rows(root), ['src/_pages/about.md:6:5 no-missing-files']);
  assert.match(verbose(root), /site \. \(eleventy\)/);
});
