// Hugo: a layout that writes files into the page (`readFile "content/x.md" | markdownify`, a held
// `$faq := readFile …` rendered later, `readFile "static/x.html" | safeHTML` in a partial) gives the
// page those files' ids; a path computed at build time leaves its other fragments unverifiable.
// Permalink patterns from the page's date as Hugo reads it (a TOML offset date's own day, the
// `:filename` date source and the slug it leaves, `:monthname`), and Go date layouts. The default
// language's own contentDir is served from `/`. Exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {writeFileSync} from 'node:fs';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

const generators = join(fixtures, 'generators');

function run(name, rules) {
  const site = join(generators, name);
  const config = join(tempFolder('postlint-hugo-layout-files-'), 'postlintrc.json');
  writeFileSync(config, JSON.stringify({rules: {'no-broken-anchors': ['warn', {showUnverifiable: true}]}}));
  const {json} = postlintJson(['--offline', '--no-cache', '--config', config, '.'], {cwd: site});
  const messages = json.flatMap((file) => file.messages.map((m) => ({...m, file: file.filePath.slice(site.length + 1)})));
  const rows = findings(json, site).filter((row) => rules.some((rule) => row.endsWith(` ${rule}`))).sort();
  return {rows, messages};
}

test('hugo: ids of the files a layout writes into the page are the page\'s; a computed path is unverifiable, a heading nowhere still broken', () => {
  const {rows, messages} = run('hugo-readfile-layout', ['no-broken-anchors']);
  assert.deepEqual(rows, [
    'content/computed/part.md:6:5 no-broken-anchors',
    'content/handbook/contents.md:8:3 no-broken-anchors',
    'content/notes/reading.md:6:25 no-broken-anchors',
  ]);
  const computed = messages.find((m) => m.file === 'content/computed/part.md');
  assert.equal(computed.data?.unverifiable, true);
  assert.match(computed.message, /layouts\/computed\/single\.html renders a Markdown file it reads from a path computed at build time/);
  const steeping = messages.find((m) => m.file === 'content/handbook/contents.md');
  assert.notEqual(steeping.data?.unverifiable, true);
});

test('hugo: permalinks from a TOML offset date\'s own day and the :filename date source; a plain page\'s missing image is reported', () => {
  const {rows} = run('hugo-permalink-dates', ['no-broken-anchors', 'no-missing-files']);
  assert.deepEqual(rows, [
    'content/links/index.md:6:3 no-broken-anchors',
    'content/links/index.md:8:3 no-broken-anchors',
    'content/news/late-release.md:8:1 no-missing-files',
  ]);
});

test('hugo: the default language\'s contentDir is served from /; another language\'s tree is not', () => {
  const {rows} = run('hugo-language-contentdir', ['no-missing-files']);
  assert.deepEqual(rows, [
    'content/en/entry/2017/search.md:5:72 no-missing-files',
    'content/ja/entry/2017/search.md:7:7 no-missing-files',
  ]);
});

// Hugo's own table (resources/page/permalinks_test.go testdataPermalinks): a page dated
// 2012-04-06, titled "Spf13 Vim 3.0 Release and new website", slug "The Slug", at
// `blue/test-page/index.md` (a bundle: `:filename` is its folder). Patterns with a time of day
// (`:2006_01_02_15_04_05`) give no URL: postlint does not read the time.
test('hugo permalinks: Hugo\'s conformance table', async () => {
  await import('../dist/src/site/generators/index.js'); // the generators' own import order
  const {permalinkUrl, goDateLayout} = await import('../dist/src/site/generators/hugo-permalinks.js');
  const data = {title: 'Spf13 Vim 3.0 Release and new website', slug: 'The Slug'};
  const day = {year: 2012, month: 4, day: 6};
  const expand = (pattern) => permalinkUrl(pattern, 'blue/test-page/index.md', data, false, {day});
  assert.equal(expand('/:year-:month-:title/'), '/2012-04-Spf13-Vim-3.0-Release-and-new-website/');
  assert.equal(expand('/:year/:yearday/:month/:monthname/:day/:weekday/:weekdayname/'), '/2012/97/04/April/06/5/Friday/');
  assert.equal(expand('/:section/'), '/blue/');
  assert.equal(expand('/:slug/'), '/The-Slug/');
  assert.equal(expand('/:slugorfilename/'), '/The-Slug/');
  assert.equal(expand('/:filename/'), '/test-page/');
  assert.equal(expand('/:contentbasename/'), '/test-page/');
  assert.equal(expand('/:06-:1-:2-:Monday/'), '/12-4-6-Friday/');
  assert.equal(expand('/:2006_01_02_15_04_05/'), undefined);
  assert.equal(expand('/blog/:fred/'), undefined);
  assert.equal(goDateLayout('_2006', day), '_2012');
  assert.equal(goDateLayout('Jan_2', day), 'Apr 6');
  assert.equal(goDateLayout('002', day), '097');
  // Lower-cased as Hugo writes the path unless `disablePathToLower`.
  assert.equal(permalinkUrl('/:monthname/:slug/', 'notes/2021-04-06-brewing.md', {}, true, {day, nameSlug: 'brewing'}), '/april/brewing/');
});

// A read inside `{{ if … }}` runs for some pages only: a link to one of that file's ids is
// unverifiable, not fine; a read under `{{ with .Params.chapters }}` is none for a page without
// `chapters`, so that page's missing heading is still broken; a partial called under `{{ if
// .Params.appendix }}` writes its file's ids into the pages that set `appendix` (9: fine) only (10).
test('hugo: a file the layout reads under a condition: its ids unverifiable, a page the condition turns away keeps its broken anchors', () => {
  const {rows, messages} = run('hugo-readfile-conditional', ['no-broken-anchors']);
  assert.deepEqual(rows, [
    'content/notes/reading.md:10:17 no-broken-anchors',
    'content/notes/reading.md:5:45 no-broken-anchors',
    'content/notes/reading.md:6:19 no-broken-anchors',
    'content/notes/reading.md:7:23 no-broken-anchors',
  ]);
  const at = (line) => messages.find((m) => m.file === 'content/notes/reading.md' && m.line === line);
  assert.equal(at(5).data?.unverifiable, true);
  assert.match(at(5).message, /writes in setup\.md when \{\{ if eq \.Title "Handbook" \}\} holds/);
  assert.notEqual(at(6).data?.unverifiable, true);
  assert.equal(at(7).data?.unverifiable, true);
  assert.notEqual(at(10).data?.unverifiable, true);
  assert.match(at(7).message, /path computed at build time \(\{\{ readFile \. \| markdownify \}\}\) when \{\{ range \. \}\} holds/);
});

// A plain page whose permalink postlint cannot work out: an image nothing publishes is missing,
// but one a module mount (`images` mounted at `static/img`), `staticDir1` or a language's own
// `staticDir` publishes may be there.
test('hugo: a plain page at an unknown URL: a file a module mount publishes is not called missing', () => {
  const {rows} = run('hugo-permalink-mounts', ['no-missing-files']);
  assert.deepEqual(rows, ['content/posts/post.md:12:1 no-missing-files']);
});
