// Rule concepts learnt from the round-8 held-out run, each with a small site of its own: what a
// careful editor of that site would change, judged against how its generator builds the page.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

const eleventyConfig = 'export default function (eleventyConfig) {}\n';

test('front-matter on Eleventy: a YAML 1.1 timestamp with a short offset is a date to js-yaml', async () => {
  const {rows, messages} = await lintSite('front-matter', {
    'eleventy.config.js': eleventyConfig,
    'posts/short-offset.md': '---\ntitle: A\ndate: 2016-08-30 15:00:00 -8\n---\n\nText.\n',
    'posts/one-digit.md': '---\ntitle: B\ndate: 2021-3-15 1:35:00 -8\n---\n\nText.\n',
    'posts/colon-offset.md': '---\ntitle: C\ndate: 2021-03-15 01:35:00 +05:30\n---\n\nText.\n',
    // js-yaml needs seconds in a date-time, a colon in a minutes offset and a day that exists.
    'posts/no-seconds.md': '---\ntitle: D\ndate: 2021-3-15 1:35 -8\n---\n\nText.\n',
    'posts/packed-offset.md': '---\ntitle: E\ndate: 2021-3-15 01:35:00 +0530\n---\n\nText.\n',
    'posts/no-day.md': '---\ntitle: F\ndate: 2021-2-30 01:35:00 -8\n---\n\nText.\n',
  }, {severity: 'error'});
  assert.deepEqual(rows, ['posts/no-day.md:3:1 front-matter', 'posts/no-seconds.md:3:1 front-matter', 'posts/packed-offset.md:3:1 front-matter']);
  assert.match(messages[1].message, /^"date" is not a date generators can read \("2021-3-15 1:35 -8"\)/);
});

test('front-matter on Hugo: go-yaml and Hugo\'s layouts do not read a one-digit offset', async () => {
  const {rows} = await lintSite('front-matter', {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/posts/a.md': '---\ntitle: A\ndate: 2016-08-30 15:00:00 -8\n---\n\nText.\n',
  }, {severity: 'error'});
  assert.deepEqual(rows, ['content/posts/a.md:3:1 front-matter']);
});

test('spelling: ids and classes in attribute lists are not prose; the words beside them still are', async () => {
  const page = [
    '---', // 1
    'title: Maybe',
    '---',
    '',
    ':quote[Say yes or no once you know.]{#maybe-isnt-a-cop-out}', // 5
    '',
    '## If you didnt log it {#if-you-didnt-log-it .wont-fix}', // 7
    '',
    'A paragraph.',
    '{: #youre-here title="doesnt matter"}', // 10
    '',
    'We recieve {notes} and {#isnt} from you.', // 12
  ].join('\n') + '\n';
  const {rows, messages} = await lintSite('spelling', {'docs/page.md': page}, {severity: 'error'});
  // `didnt` in the heading's text is written by the author; `recieve` is prose; `{notes}` is no attribute list.
  assert.deepEqual(rows, ['docs/page.md:7:11 spelling', 'docs/page.md:12:4 spelling']);
  assert.match(messages[0].message, /didnt/);
  assert.match(messages[1].message, /recieve/);
});
