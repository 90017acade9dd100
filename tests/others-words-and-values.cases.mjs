// Classes learnt from the round-23 held-out verdicts (spelling, brand-casing): others' words a page
// quotes (a tracker's export of issue titles, link text that is its target's own title, a linked
// project's name written again) and values or identifiers in prose (option values joined without
// spaces or marked as the default, an identifier shorthand). Each both ways: the quoted words or
// the value are left alone, the same defect in the page's own prose is still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const page = (path) => readFileSync(`${fixtures}${path}`, 'utf8');
// Jekyll writes raw HTML blocks as they are: their text is prose a reader sees.
const jekyll = (name, text) => ({'_config.yml': 'title: t\n', [name]: text});

test('a tracker\'s export of issue titles (`* [[KEY-12](…/browse/KEY-12)] - title`, Jira\'s raw `<li>[<a href=…/browse/KEY-12>KEY-12</a>] - title`) is the tracker\'s record: left alone; the notes\' own sentences, an item that ends with a key, and a key-shaped link elsewhere (`[UTF-8](…/wiki/UTF-8)`) are read', async () => {
  const found = await siteFindings('spelling', jekyll('notes.md', page('quoted-records/tracker-export.md')), {options: {report: 'unknown'}});
  assert.deepEqual(found, ['notes.md:7:33 spelling', 'notes.md:9:49 spelling', 'notes.md:15:54 spelling', 'notes.md:24:39 spelling']);
});

test('a key whose link goes elsewhere than its entry, or a key after the title, does not make an item a tracker\'s record', async () => {
  const text = page('quoted-records/tracker-export.md')
    .replace('[[WID-8117](https://issues.example.org/jira/browse/WID-8117)]', '[[WID-8117](https://issues.example.org/jira/browse/WID-9999)]')
    .replace("<li>[<a href='https://issues.example.org/jira/browse/WID-7086'>WID-7086</a>] -         unnable to read temporary tables", "<li>unnable to read temporary tables [<a href='https://issues.example.org/jira/browse/WID-7086'>WID-7086</a>]");
  const found = await siteFindings('spelling', jekyll('notes.md', text), {options: {report: 'unknown'}});
  assert.ok(found.includes('notes.md:13:93 spelling'), found.join(', '));
  assert.ok(found.includes('notes.md:22:5 spelling'), found.join(', '));
  assert.ok(!found.includes('notes.md:14:76 spelling') && !found.includes('notes.md:20:115 spelling'), found.join(', '));
});

test('raw HTML link text that is its target\'s title, as the address slugs it (`<a href="…/ana/encouragin-you-to-write-blogs">Encouragin you to write blogs</a>`), quotes that title; link text the address does not spell, or a file named after its text, is read; a linked project\'s hyphenated name is that name again in the prose', async () => {
  const found = await siteFindings('spelling', jekyll('talks.md', page('quoted-sources/link-titles.md')), {options: {report: 'unknown'}});
  assert.ok(!found.includes('talks.md:3:87 spelling'), found.join(', '));
  assert.ok(!found.includes('talks.md:9:105 spelling'), found.join(', '));
  assert.ok(found.includes('talks.md:5:74 spelling'), found.join(', '));
  assert.ok(found.includes('talks.md:7:84 spelling'), found.join(', '));
  assert.ok(found.includes('talks.md:9:132 spelling'), found.join(', '));
});

test('a lower-case brand among option values joined without spaces (`(default,cisco,nonbulk)`, `[cisco|nokia|linux]`) or marked `(default)` where a value is set (`type: cisco (default)`; not in a sentence of its own), and a word of an identifier shorthand (`Influxdb(2)Writer`), are values and code; the same names in prose are still flagged', async () => {
  const found = await siteFindings('brand-casing', jekyll('options.md', page('quoted-sources/option-values.md')));
  assert.deepEqual(found, ['options.md:7:65 brand-casing', 'options.md:11:46 brand-casing', 'options.md:13:26 brand-casing']);
});

test('a blockquote that opens with the name of the project the paragraph before links to (`[check_widget_plus](…)` over `> Check Widget Plus uses …`) is that project\'s own description, quoted; a blockquote of the writer\'s own (`> Note: …`) is read', async () => {
  const found = await siteFindings('spelling', jekyll('checks.md', page('quoted-sources/blurb.md')));
  assert.deepEqual(found, ['checks.md:9:45 spelling', 'checks.md:13:42 spelling']);
});
