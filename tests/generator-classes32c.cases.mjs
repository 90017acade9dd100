// Round 30's held-out class vitepress-public-relative-html-link (fix32c), on small sites of its own
// (fixtures/classes32c/), asserted by exact rule id, line and column, both ways:
// - VitePress leaves a relative link to a file as written (its link plugin skips a Markdown link
//   whose extension is an asset's; Vue imports only its asset-URL attributes, not `<a href>`), so
//   the browser resolves it against the page's URL and the host serves it from public/: `./x.js` on
//   /guide/ is public/guide/x.js. A file public/ lacks there, and an image (an import from the
//   page's folder), are still missing;
// - a public file the build writes: a symbolic link to a git-ignored or installed target
//   (dist/, node_modules/), a copy by a package.json build script or by a `run` step of a workflow
//   that deploys the site, or a link out of the project, is unverifiable with the reason; a link to nothing, a copy by a workflow
//   that publishes nothing, and a file no copy names are still missing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {lintRule as lintWithTester} from 'postlint/testing';
import {fixture, lintRule, row} from './rule-helpers.mjs';

const shown = {options: {showUnverifiable: true}};

/**
 * fixtures/classes32c/public-build-links with its public/ files made here: symbolic links to
 * nothing are not kept in the repository, whose walks of fixtures/ would trip on them.
 */
async function lintBuildLinks(files = {}) {
  const root = mkdtempSync(join(tmpdir(), 'postlint-32c-'));
  try {
    cpSync(fixture('classes32c', 'public-build-links'), root, {recursive: true});
    const links = {'kettle.js': '../../dist/kettle.js', 'steam.js': '../../node_modules/steam/steam.js', 'whistle.js': '../../scripts/whistle.js', 'lid.js': '/postlint-fixture-absent/lid.js'};
    mkdirSync(join(root, 'site', 'public'), {recursive: true});
    for (const [name, target] of Object.entries(links)) symlinkSync(target, join(root, 'site', 'public', name));
    for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
    const {findings} = await lintWithTester({configFile: false, rule: 'no-missing-files', fixture: root, paths: ['site'], ...shown});
    return {rows: findings.map(row), messages: findings};
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
}

test('vitepress: relative links VitePress leaves for the browser are read from the page URL through public/; imports and files public/ lacks are missing', async () => {
  const {rows, messages} = await lintRule('no-missing-files', ['classes32c/vitepress-public-links']);
  const site = 'classes32c/vitepress-public-links';
  assert.deepEqual(rows, [
    `${site}/download.md:7:27 no-missing-files`,
    `${site}/download.md:9:51 no-missing-files`,
    `${site}/guide/brewing.md:5:36 no-missing-files`,
    `${site}/guide/index.md:5:27 no-missing-files`,
  ]);
  // The message names the URL the browser asks for, not the file beside the page.
  assert.match(messages[0].message, /no file at URL \/kettle\.min\.js, read from this page's URL \/download\)/);
  assert.match(messages[3].message, /no file at URL \/guide\/kettle\.js, read from this page's URL \/guide\/\)/);
  // The image is an import from the page's folder: its message names that file.
  assert.match(messages[1].message, /no file at vitepress-public-links\/badge\.svg\)/);
});

test('vitepress: a site whose own Vue options set transformAssetUrls, or whose srcDir is unknown, keeps the reading beside the file', async () => {
  const configs = [
    // A Markdown link is rendered as an `<a href>` of the page's Vue template too, so which links are imports is the site's.
    "export default {title: 'Kettle', base: '/kettle/', cleanUrls: true, vue: {template: {transformAssetUrls: {a: ['href']}}}};\n",
    // The page's URL is its path below the source folder, which postlint cannot read here.
    "export default {title: 'Kettle', base: '/kettle/', cleanUrls: true, srcDir: process.env.KETTLE_DOCS};\n",
  ];
  for (const config of configs) {
    const {rows} = await lintRule('no-missing-files', ['classes32c/vitepress-public-links'], {files: {'vitepress-public-links/.vitepress/config.mts': config}});
    assert.deepEqual(rows.map((row) => row.replace('classes32c/vitepress-public-links/', '')), [
      'download.md:3:6 no-missing-files',
      'download.md:5:35 no-missing-files',
      'download.md:5:65 no-missing-files',
      'download.md:7:27 no-missing-files',
      'download.md:9:51 no-missing-files',
      'guide/brewing.md:3:5 no-missing-files',
      'guide/brewing.md:3:36 no-missing-files',
      'guide/brewing.md:5:36 no-missing-files',
      'guide/index.md:3:14 no-missing-files',
      'guide/index.md:3:60 no-missing-files',
      'guide/index.md:5:27 no-missing-files',
    ], config);
  }
});

test('public files the build writes: symbolic links to build output, copies by build scripts and deploy workflows are unverifiable; the rest is missing', async () => {
  const {rows, messages} = await lintBuildLinks();
  const errors = messages.filter((message) => message.severity === 'error').map((message) => `${message.line}:${message.column}`);
  // whistle.js links to a file nothing writes (twice: relative and from the site root); kettle.min.js no copy names; lid.css only a check copies.
  assert.deepEqual(errors, ['5:6', '6:37', '8:90', '10:85']);
  const unverifiable = messages.filter((message) => message.severity !== 'error').map((message) => `${message.line}:${message.column} ${message.message}`);
  const expect = [
    ['3:6', /public\/kettle\.js is a symbolic link to \.\.\/dist\/kettle\.js, which the checkout lacks: generated by the build: .*dist\/kettle\.js is git-ignored \(.*\.gitignore: dist\/;/],
    ['4:6', /public\/steam\.js is a symbolic link to \.\.\/node_modules\/steam\/steam\.js, which the checkout lacks: generated by the build: .*is git-ignored \(.*\.gitignore: node_modules\/;/],
    ['6:3', /public\/kettle\.js is a symbolic link/],
    ['8:14', /the build copies it into the site's sources \(\.\.\/package\.json docs:build: cp node_modules\/steam\/dist\/steam\.min\.js site\/public\/\)/],
    ['10:12', /the build copies it into the site's sources \(\.\.\/\.github\/workflows\/pages\.yml \(Stylesheet\): cp dist\/kettle\.css site\/public\/kettle\.css\)/],
    ['12:24', /public\/lid\.js is a symbolic link to \/postlint-fixture-absent\/lid\.js, which the checkout lacks: it leads out of the project/],
  ];
  assert.equal(unverifiable.length, expect.length, unverifiable.join('\n'));
  expect.forEach(([at, pattern], i) => {
    assert.ok(unverifiable[i].startsWith(`${at} `), unverifiable[i]);
    assert.match(unverifiable[i], pattern);
  });
  assert.ok(rows.every((each) => each.startsWith('site/downloads.md:')), rows.join('\n'));
});

test('public files the build writes: without the ignore lines, a symbolic link to a missing dist/ file is missing (installed node_modules stays unverifiable)', async () => {
  const {messages} = await lintBuildLinks({'.gitignore': 'site/.vitepress/dist\n'});
  const errors = messages.filter((message) => message.severity === 'error').map((message) => `${message.line}:${message.column}`);
  assert.deepEqual(errors, ['3:6', '5:6', '6:3', '6:37', '8:90', '10:85']);
  const steam = messages.find((message) => message.line === 4);
  assert.match(steam.message, /symbolic link to \.\.\/node_modules\/steam\/steam\.js, which the checkout lacks: the package install writes it/);
});

test('public files the build writes: a deploy step copying one file (without -r) into the output folder or public/ brings that name only; other missing files stay missing', async () => {
  const root = fixture('classes32c', 'public-build-links');
  const workflow = readFileSync(join(root, '.github', 'workflows', 'pages.yml'), 'utf8').replace(
    '      - run: npm run docs:build\n',
    '      - run: npm run docs:build\n      - run: cp node_modules/widget/widget.js site/.vitepress/dist/\n      - run: cp build/NOTICE site/public/\n      - run: mv build/sitemap.xml site/.vitepress/dist/\n      - run: cp -r node_modules/reveal.js site/.vitepress/dist/\n',
  );
  const page = `${readFileSync(join(root, 'site', 'downloads.md'), 'utf8')}\nCopied by the deploy job: <a href="./widget.js">widget.js</a>, [the notice](/NOTICE).\n\nSlides: [the deck's style](/reveal.js/css/reveal.css).\n`;
  const {messages} = await lintBuildLinks({'.github/workflows/pages.yml': workflow, 'site/downloads.md': page});
  const errors = messages.filter((message) => message.severity === 'error').map((message) => `${message.line}:${message.column} ${message.ruleId}`);
  // Before, any of these copies (a source the checkout lacks) was read as bringing anything: kettle.min.js and lid.css were hidden.
  assert.deepEqual(errors, ['5:6 no-missing-files', '6:37 no-missing-files', '8:90 no-missing-files', '10:85 no-missing-files']);
  const widget = messages.find((message) => message.line === 14 && message.column === 30);
  assert.match(widget?.message ?? '', /the build copies files into the site's output folder \(.*cp node_modules\/widget\/widget\.js site\/\.vitepress\/dist\/\)/);
  const notice = messages.find((message) => message.line === 14 && message.column === 64);
  assert.match(notice?.message ?? '', /the build copies it into the site's sources \(.*cp build\/NOTICE site\/public\/\)/);
  // A recursive copy of a folder whose name has a dot brings what it holds.
  const deck = messages.find((message) => message.line === 16);
  assert.match(deck?.message ?? '', /the build copies files into the site's output folder \(.*cp -r node_modules\/reveal\.js site\/\.vitepress\/dist\/\)/);
});
