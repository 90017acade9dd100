// Jekyll reads a front-matter key with no value (`title:`, YAML null) as the key left out: Psych gives nil, and
// Liquid's `page.title` is nil either way (a layout's `{% if page.title %}` passes over both, jekyll-seo-tag falls
// back to `site.title`; Document#populate_title's `data["title"] ||= titleize_slug` fills a post's alike). So it is
// no wrong type; `title: ''` is a string (truthy to Liquid) and still an empty title, and where the user requires
// a title the null one is missing. Exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule} from './rule-helpers.mjs';

const site = 'generators/jekyll-null-title';

test('jekyll: `title:` with no value on a page or a post is no wrong type; `title: \'\'` is still an empty title', async () => {
  const {rows} = await lintRule('front-matter', [site]);
  assert.deepEqual(rows, [`${site}/about.md:3:1 front-matter`]);
});

test('jekyll: where a title is required, a null one is a missing title (reported at the front matter\'s start)', async () => {
  const {rows, messages} = await lintRule('front-matter', [site], {options: {required: ['title']}});
  assert.deepEqual(rows, [`${site}/about.md:3:1 front-matter`, `${site}/index.md:1:1 front-matter`]);
  assert.match(messages.find((message) => message.file.endsWith('index.md')).message, /title/);
});
