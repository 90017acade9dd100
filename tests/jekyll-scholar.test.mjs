// jekyll-scholar's `{% bibliography %}` writes each entry of the BibTeX file it reads as
// `<span id="KEY">` (lib/jekyll/scholar/utilities.rb reference_tag), so a post's `[(Okafor 2019)](#okafor2019tides)`
// reaches the list. The file is `--file` joined to `scholar.source`, `.bib` added; `@string`/`@comment`
// blocks are no entries. With the plugin off the tag writes nothing; a filter postlint does not run
// (`--cited`, `--query`) or a template that never prints `reference` makes the keys unverifiable, never
// a fragment that names no key.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, siteFindings, siteUnverifiable, tempFolder} from './helpers.mjs';

const fixture = join(fixtures, 'jekyll-scholar');
const post = join('_posts', '2024-03-02-tides.md');

/** The fixture in a temporary folder, with `change(text)` applied to each named file. */
function variant(changes) {
  const root = tempFolder('postlint-scholar-');
  cpSync(fixture, root, {recursive: true});
  for (const [file, change] of Object.entries(changes)) writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
  return root;
}

const stillBroken = [
  '_posts/2024-03-02-tides.md:8:16 no-broken-anchors',
  '_posts/2024-03-02-tides.md:9:1 no-broken-anchors',
  '_posts/2024-03-09-currents.md:5:27 no-broken-anchors',
  '_posts/2024-03-09-currents.md:8:39 no-broken-anchors',
];

test('jekyll-scholar: the keys of the file a {% bibliography %} tag reads are ids of its page, and only of its page', () => {
  assert.deepEqual(siteFindings(fixture), stillBroken);
});

// Every citation link broken: the tag gave its page no id.
const allBroken = [
  '_posts/2024-03-02-tides.md:5:33 no-broken-anchors',
  '_posts/2024-03-02-tides.md:6:18 no-broken-anchors',
  '_posts/2024-03-09-currents.md:6:1 no-broken-anchors',
  ...stillBroken,
].sort();

test('jekyll-scholar: without the plugin the tag writes no ids', () => {
  const root = variant({'_config.yml': (text) => text.replace('plugins:\n  - jekyll-scholar\n', '')});
  assert.deepEqual(siteFindings(root), allBroken);
});

test('jekyll-scholar: the Gemfile group turns it on; a --prefix is part of each id', () => {
  const root = variant({
    '_config.yml': (text) => text.replace('plugins:\n  - jekyll-scholar\n', ''),
    [post]: (text) => text.replace('--file notes/tides', '--file notes/tides --prefix ref'),
  });
  writeFileSync(join(root, 'Gemfile'), "source 'https://rubygems.org'\ngroup :jekyll_plugins do\n  gem 'jekyll-scholar'\nend\n");
  assert.deepEqual(siteFindings(root), allBroken);
});

test('jekyll-scholar: --cited filters the keys, so they are unverifiable; a fragment that is no key stays broken', () => {
  const root = variant({[post]: (text) => text.replace('--file notes/tides', '--cited --file notes/tides')});
  assert.deepEqual(siteFindings(root), stillBroken);
  const rows = siteUnverifiable(root).filter((row) => /^[56]:/.test(row));
  // The post's two keys, and the other post's link to one of them.
  assert.deepEqual(rows.map((row) => row.split(' ')[0]), ['5:33', '6:1', '6:18']);
  assert.match(rows[0], /jekyll-scholar's \{% bibliography %\} \(line 13\)[^\n]*filtered by `--cited`/);
});

test('jekyll-scholar: a template that never prints `reference` makes the keys unverifiable', () => {
  const root = variant({'_layouts/entry.html': (text) => text.replace('{% assign shown = reference %}', '{% assign shown = entry.title %}')});
  assert.deepEqual(siteFindings(root), stillBroken);
});
