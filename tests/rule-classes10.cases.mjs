// Rule concepts learnt from the round-9 held-out run (issue 16's precision pass), each with a small
// site of its own: the false alarm gone, and the true finding of the same shape still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

test('no-placeholders: TODO as a thing someone has or inside a quoted phrase is a mention; a leftover of the same shape is kept', async () => {
  const page = [
    '# Notes', // 1
    '',
    'Reading the docs gave me small ideas to put in my December TODO.', // 3: a noun, the writer's list
    '',
    'Those usually go into my "long TODO" list and stay there.', // 5: inside a quoted phrase
    '',
    'Our build is TODO.', // 7: a verb between: a leftover
    '',
    'The cache makes builds TK times faster.', // 9: running prose: a leftover
    '',
    'We moved "the parser" to TODO next week.', // 11: the quote closed before the word: a leftover
    '',
    'This makes our build TODO times faster.', // 13: the clause goes on after the word: a leftover
    '',
  ].join('\n');
  const {rows, messages} = await lintSite('no-placeholders', {'notes.md': page});
  assert.deepEqual(rows, ['notes.md:7:14 no-placeholders', 'notes.md:9:24 no-placeholders', 'notes.md:11:26 no-placeholders', 'notes.md:13:22 no-placeholders']);
  assert.match(messages[0].message, /^Placeholder "TODO" left in the text/);
});

test('no-empty-headings: on Material for MkDocs an empty `#` as the only level-1 heading leaves the page untitled; elsewhere it is reported', async () => {
  const material = 'site_name: Docs\ntheme:\n  name: material\n';
  const embed = '#\n!!swagger-http https://example.org/openapi.json!!\n';
  // Material adds no title to a page that has a level-1 heading: the empty one is the page's way to go untitled.
  assert.deepEqual((await lintSite('no-empty-headings', {'mkdocs.yml': material, 'docs/api.md': embed})).rows, []);
  // A second level-1 heading titles the page: the empty one is an empty heading.
  const twice = '# API\n\nText.\n\n#\n\nMore.\n';
  assert.deepEqual((await lintSite('no-empty-headings', {'mkdocs.yml': material, 'docs/api.md': twice})).rows, ['docs/api.md:5:1 no-empty-headings']);
  // The plain MkDocs theme titles nothing by itself: an empty heading is reported.
  assert.deepEqual((await lintSite('no-empty-headings', {'mkdocs.yml': 'site_name: Docs\ntheme: mkdocs\n', 'docs/api.md': embed})).rows, ['docs/api.md:1:1 no-empty-headings']);
  // An empty `##` on a Material page is still empty.
  assert.deepEqual((await lintSite('no-empty-headings', {'mkdocs.yml': material, 'docs/api.md': '#\n\n##\n\nText.\n'})).rows, ['docs/api.md:3:1 no-empty-headings']);
});

test('no-empty-sections: label: version headings in a run are the content; an empty section beside them is kept', async () => {
  const page = [
    '## Clients', // 1
    '',
    'What changed.',
    '',
    '### Roku app', // 5
    '',
    '#### Latest Release: 3.1.9', // 7: a stated value
    '',
    '#### Minimum Server Version: v10.9.0', // 9
    '',
    '#### Highlights', // 11
    '',
    '- Poster orientation.',
    '',
    '### Desktop app', // 15: only empty subsections, reported at them (one problem, one finding)
    '',
    '#### The Release', // 17: a topic, no value: still empty
    '',
    '#### Version notes', // 19: still empty (before the end of its parent section)
    '',
    '### Web', // 21
    '',
    'Text.',
    '',
  ].join('\n');
  const {rows} = await lintSite('no-empty-sections', {'post.md': page});
  assert.deepEqual(rows, ['post.md:17:1 no-empty-sections', 'post.md:19:1 no-empty-sections']);
});

test('front-matter: a key given twice is read as the generator reads it (Jekyll and MkDocs keep the last; Eleventy refuses the block)', async () => {
  const same = '---\nlayout: page\ntitle: Card\nlayout: page\n---\n\nText.\n';
  const other = '---\ntitle: Roadmap\nredirect_from:\n  - /old/\nlayout: page\nredirect_from:\n  - /older/\n---\n\nText.\n';
  const jekyll = await lintSite('front-matter', {'_config.yml': 'title: Site\n', 'card.md': same, 'roadmap.md': other});
  // The same value twice changes nothing; another value loses the first (line 3) at the repeat (line 6).
  assert.deepEqual(jekyll.rows, ['roadmap.md:6:1 front-matter']);
  assert.equal(jekyll.messages[0].severity, 'warning'); // the page builds: a warning
  assert.match(jekyll.messages[0].message, /^"redirect_from" is given again with another value \(first on line 3\); Jekyll's YAML reader \(Ruby's Psych\) keeps the last one/);
  const mkdocs = await lintSite('front-matter', {'mkdocs.yml': 'site_name: Docs\n', 'docs/card.md': same, 'docs/roadmap.md': other});
  assert.deepEqual(mkdocs.rows, ['docs/roadmap.md:6:1 front-matter']);
  // Eleventy reads front matter with js-yaml, which refuses a repeated key: the page's fields are all lost.
  const eleventy = await lintSite('front-matter', {'eleventy.config.js': 'export default function () {}\n', 'card.md': same});
  assert.equal(eleventy.rows.length, 1);
  assert.match(eleventy.rows[0], /^card\.md:\d+:\d+ front-matter$/);
  assert.match(eleventy.messages[0].message, /^Invalid YAML front matter/);
  assert.equal(eleventy.messages[0].severity, 'error'); // the build stops
});
