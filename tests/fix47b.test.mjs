// fix47b: what a page shows — a heading of one escaped character, a page's title heading.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

test('no-empty-headings: a backslash-escaped character is shown (## \\*, ## \\#); unescaped marks, a comment or nothing still show nothing', async () => {
  const page = [
    '# Title', '', '## \\*', '', 'Any type.', '', '## \\#', '', 'Numbers.', '', '## **', '', 'Text.', '',
    '## <!-- -->', '', 'Text.', '', '##', '', 'Text.', '', '### \\', '', 'Text.', '',
  ].join('\n');
  assert.deepEqual(await siteFindings('no-empty-headings', {'post.md': page}), [
    'post.md:11:1 no-empty-headings', // ## ** : markers, unescaped
    'post.md:15:1 no-empty-headings', // a comment
    'post.md:19:1 no-empty-headings', // nothing
    'post.md:23:1 no-empty-headings', // a lone backslash escapes nothing
  ]);
});

// An Eleventy site whose layout prints the title or not; the page opens with a level-1 heading over another.
const config = 'module.exports = () => ({dir: {input: "src"}});\n';
const base = (head, body) => `<!doctype html>\n<html>\n<head>\n  <title>{{ title }}</title>\n  <meta name="og:title" content="{{ title }}">\n</head>\n<body>\n${head}\n{{ content | safe }}\n</body>\n</html>\n`;
const page = '---\nlayout: base.njk\ntitle: Widget API\n---\n\n# Widget API overview\n\n# Widget\n\nText.\n\n# Gadget\n\n## Empty part\n\n## Filled part\n\nText.\n';
const titled = (layout) => ({'.eleventy.js': config, 'src/_includes/base.njk': layout, 'src/api.md': page});

test('no-empty-sections: an Eleventy page whose layouts print no title opens with its title heading, not an empty section; printed, commented out or unknown', async () => {
  const rule = 'no-empty-sections';
  const emptyPart = 'src/api.md:14:1 no-empty-sections';
  // The title only in <head> and an attribute, the <h1> commented out: the first `#` is the page's title.
  assert.deepEqual(await siteFindings(rule, titled(base('<!--<h1>{{ title }}</h1>-->\n{# <h1>{{ title }}</h1> #}', ''))), [emptyPart]);
  // The layout prints the title: the first `#` is a section, left empty.
  assert.deepEqual(await siteFindings(rule, titled(base('<h1 class="t">{{ title }}</h1>', ''))), ['src/api.md:6:1 no-empty-sections', emptyPart]);
  // Through an include, or an <h1> written from other data: printed.
  const withInclude = {...titled(base('{% include "header.njk" %}', '')), 'src/_includes/header.njk': '<header><h2>{{ title | upper }}</h2></header>\n'};
  assert.deepEqual(await siteFindings(rule, withInclude), ['src/api.md:6:1 no-empty-sections', emptyPart]);
  assert.deepEqual(await siteFindings(rule, titled(base('<h1>{{ heading }}</h1>', ''))), ['src/api.md:6:1 no-empty-sections', emptyPart]);
  // A shortcode may read the page's data; an include not in the checkout is unknown: today's reading.
  assert.deepEqual(await siteFindings(rule, titled(base('{% pageHeader %}', ''))), ['src/api.md:6:1 no-empty-sections', emptyPart]);
  // Another page's title (a collection item's) is not this page's.
  // The site's name from global data in an <h1> (src/_data/meta.json) is the site's, not the page's title; with
  // _data/eleventyComputed.js any data may come from the title.
  const meta = {'src/_data/meta.json': '{"siteName": "Widgets"}\n'};
  assert.deepEqual(await siteFindings(rule, {...titled(base('<h1>{{ meta.siteName }}</h1>', '')), ...meta}), [emptyPart]);
  assert.deepEqual(await siteFindings(rule, {...titled(base('<h1>{{ meta.siteName }}</h1>', '')), ...meta, 'src/_data/eleventyComputed.js': 'module.exports = {};\n'}), ['src/api.md:6:1 no-empty-sections', emptyPart]);
  assert.deepEqual(await siteFindings(rule, {...meta, ...titled(base('{% set items = [] %}{% for post in collections.all %}{% set items = (items.push({title: post.data.title}), items) %}<a href="{{ post.url }}">{{ post.data.title }}</a>{% endfor %}<h1>{{ meta.siteName }}</h1>', ''))}), [emptyPart]);
});
