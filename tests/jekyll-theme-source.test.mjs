// A Jekyll theme gem whose source the site keeps (Gemfile `gem "quillmark", path: "_quillmark-fork"`): the folder
// gives the site its layouts and includes, read for the ids they write, and none of its files is a page or a site
// of its own while the site's Jekyll never reads the folder (`_`-named). Run on the theme alone, or with a folder the
// site's build reads, its demo post and README are checked. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

const site = join(fixtures, 'generators', 'jekyll-theme-source');

function rows(root, target = '.') {
  return findings(postlintJson(['--offline', '--no-config', '--no-cache', target], {cwd: root}).json, root).sort();
}

test('jekyll: the theme source folder is no site; its layouts and includes give the post its ids', () => {
  // #kept-notes is written by the theme's include (through its post layout); #remark-7f3a fits the site's include's
  // `{% assign remark_id = include.uid | prepend: 'remark-' %}` id (unverifiable); #appendix-map and #reply-7f3a by nothing.
  assert.deepEqual(rows(site), ['_posts/2024-03-02-river-walk.md:10:15 no-broken-anchors', '_posts/2024-03-02-river-walk.md:14:20 no-broken-anchors']);
});

test('jekyll: the theme checked on its own checks its demo post and README', () => {
  const copy = tempFolder('postlint-jekyll-theme-');
  cpSync(join(site, '_quillmark-fork'), copy, {recursive: true});
  assert.deepEqual(rows(copy), ['README.md:5:5 no-broken-anchors', '_posts/2020-01-01-styles-demo.md:5:1 no-placeholders']);
  rmSync(copy, {recursive: true, force: true});
});

test('jekyll: a theme folder the site\'s build reads (no leading _) is still checked', () => {
  const copy = tempFolder('postlint-jekyll-theme-');
  cpSync(site, copy, {recursive: true});
  renameSync(join(copy, '_quillmark-fork'), join(copy, 'quillmark-fork'));
  writeFileSync(join(copy, 'Gemfile'), readFileSync(join(copy, 'Gemfile'), 'utf8').replace('"_quillmark-fork"', '"quillmark-fork"'));
  const found = rows(copy);
  assert.ok(found.includes('quillmark-fork/_posts/2020-01-01-styles-demo.md:5:1 no-placeholders'), found.join('\n'));
  assert.ok(found.includes('quillmark-fork/README.md:5:5 no-broken-anchors'), found.join('\n'));
  rmSync(copy, {recursive: true, force: true});
});

test('jekyll: a folder the Gemfile does not load as the theme is checked as before', () => {
  const copy = tempFolder('postlint-jekyll-theme-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'Gemfile'), 'source "https://rubygems.org"\n\ngem "jekyll", "~> 4.3"\n');
  writeFileSync(join(copy, '_config.yml'), 'title: Field notes\ntheme: minima\n');
  // The folder is no theme of the site's: a site of its own; the post's layout is minima's, out of the checkout.
  assert.deepEqual(rows(copy), ['_quillmark-fork/README.md:5:5 no-broken-anchors', '_quillmark-fork/_posts/2020-01-01-styles-demo.md:5:1 no-placeholders']);
  rmSync(copy, {recursive: true, force: true});
});

test('jekyll: a folder holding the theme\'s gemspec but not loaded by the Gemfile is no site; its layouts are not taken for the build\'s', () => {
  const copy = tempFolder('postlint-jekyll-theme-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'Gemfile'), 'source "https://rubygems.org"\n\ngem "jekyll", "~> 4.3"\ngem "quillmark", "~> 1.2"\n');
  // The build takes the released gem: its post layout's ids are unknown, so neither anchor is reported.
  assert.deepEqual(rows(copy), []);
  rmSync(copy, {recursive: true, force: true});
});

test('jekyll: a kept theme source\'s assets/ are the site\'s, its Sass written as CSS (jekyll-sass-converter); a file it lacks is missing', () => {
  const copy = tempFolder('postlint-jekyll-theme-assets-');
  cpSync(site, copy, {recursive: true});
  mkdirSync(join(copy, '_quillmark-fork', 'assets', 'css'), {recursive: true});
  writeFileSync(join(copy, '_quillmark-fork', 'assets', 'css', 'quill.scss'), '---\n---\nbody { margin: 0; }\n');
  writeFileSync(join(copy, '_quillmark-fork', 'assets', 'css', 'print.css'), 'body { color: black; }\n');
  writeFileSync(join(copy, 'styles.md'), '---\ntitle: Styles\n---\n\nThe [screen style](/assets/css/quill.css), the [print style](/assets/css/print.css) and [none](/assets/css/none.css).\n');
  assert.deepEqual(rows(copy).filter((row) => row.startsWith('styles.md')), ['styles.md:5:89 no-missing-files']);
  rmSync(copy, {recursive: true, force: true});
});
