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

// An Eleventy page with a paired shortcode whose samples are separated by `---` and `===` (setext underlines to Markdown).
const pairedPage = [
  '# Guide', // 1
  '',
  '## Nesting', // 3
  '',
  '{% codeExample \'nesting\' %}', // 5
  '  nav {',
  '    ul { margin: 0; }',
  '  }',
  '  ===', // 9
  '  nav',
  '    ul',
  '      margin: 0',
  '  ---', // 13
  '{% endcodeExample %}',
  '',
  '## Control flow', // 16
  '',
  '{% if site.beta %}',
  '## Beta', // 19
  '## Gamma',
  '{% endif %}',
  '',
  '## Empty', // 23
  '',
  '## Last', // 25
  '',
  'Text.',
].join('\n') + '\n';

test('no-empty-sections: headings inside a paired shortcode are the template\'s input; control flow keeps its headings', async () => {
  const {rows, messages} = await lintSite('no-empty-sections', {'eleventy.config.js': eleventyConfig, 'guide.md': pairedPage}, {severity: 'error'});
  // `## Nesting` holds the shortcode (a setext heading to Markdown); `## Beta` in an {% if %} is the page's own, and empty.
  assert.deepEqual(rows, ['guide.md:19:1 no-empty-sections', 'guide.md:23:1 no-empty-sections']);
  assert.match(messages[0].message, /^Section "Beta" is empty: no content follows its heading before the next heading, "Gamma"/);
});

test('no-empty-headings: a separator line under code inside a paired shortcode is no heading; a Hugo {{% %}} body is the page\'s', async () => {
  const eleventy = await lintSite('no-empty-headings', {'eleventy.config.js': eleventyConfig, 'guide.md': pairedPage, 'note.md': '# Note\n\nText.\n\n{% callout %}\n#\n{% endcallout %}\n\n{% if x %}\n#\n{% endif %}\n'}, {severity: 'error'});
  assert.deepEqual(eleventy.rows, ['note.md:10:1 no-empty-headings']);
  const hugo = await lintSite('no-empty-headings', {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/a.md': '---\ntitle: A\n---\n\n{{< details >}}\n#\n{{< /details >}}\n\n{{% details %}}\n#\n{{% /details %}}\n',
  }, {severity: 'error'});
  assert.deepEqual(hugo.rows, ['content/a.md:10:1 no-empty-headings']);
});

// fix33f: one concept of an empty section (src/text/unwritten-sections.ts). no-empty-sections leaves a heading that carries
// a link alone, so a link from elsewhere to it is no longer a link to an empty section either; the same heading without
// its permalink is a section left empty, and the link to it is reported.
test('no-broken-anchors: a heading\'s link to itself (its permalink) leads to no empty section, nor does a link from elsewhere to a heading no-empty-sections leaves alone; without the permalink it does', async () => {
  const page = [
    '# Spec', // 1
    '',
    'See [misc](#miscellaneous).', // 3
    '',
    '#### <a href="#miscellaneous" name="miscellaneous" class="anchor">Miscellaneous</a>', // 5
    '',
    '#### [Considerations](#considerations)', // 7
    '',
    'Text.',
  ].join('\n') + '\n';
  assert.deepEqual((await lintSite('no-broken-anchors', {'docs/spec.md': page}, {severity: 'error'})).rows, []);
  assert.deepEqual((await lintSite('no-empty-sections', {'docs/spec.md': page}, {severity: 'error'})).rows, []);
  const plain = page.replace('<a href="#miscellaneous" name="miscellaneous" class="anchor">Miscellaneous</a>', 'Miscellaneous');
  const {rows, messages} = await lintSite('no-broken-anchors', {'docs/spec.md': plain}, {severity: 'error'});
  assert.deepEqual(rows, ['docs/spec.md:3:5 no-broken-anchors']);
  assert.match(messages[0].message, /links to an empty section: heading "Miscellaneous"/);
  assert.deepEqual((await lintSite('no-empty-sections', {'docs/spec.md': plain}, {severity: 'error'})).rows, ['docs/spec.md:5:1 no-empty-sections']);
});
