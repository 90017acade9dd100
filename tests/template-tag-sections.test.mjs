// A paragraph of only template tags on a site whose generator runs Liquid or Nunjucks over the
// Markdown first (Eleventy's markdownTemplateEngine, Liquid by default; Jekyll): the converter sees
// what the tags write, so `{% include %}`, `{% render %}` and `{{ notes }}` fill their sections, and
// markdown-it-attrs never reads their braces as an attribute block; `{% assign %}` and a comment write
// nothing, so a section holding only them is empty. Fixture: fixtures/no-empty-sections/eleventy-liquid-tags.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, lintSite} from './rule-helpers.mjs';

test('no-empty-sections: on Eleventy with markdown-it-attrs, an include, a render and an output tag are content; an assign and a comment are not', async () => {
  const {rows, messages} = await lintSite('no-empty-sections', filesOf(fixture('no-empty-sections', 'eleventy-liquid-tags')));
  assert.deepEqual(rows, ['worksheet.md:17:1 no-empty-sections', 'worksheet.md:21:1 no-empty-sections']);
  assert.match(messages[0].message, /^Section "Evaluator section" is empty: no content follows its heading before the next heading, "Score" \(line 21\)/);
});

test('no-empty-sections: a template tag next to words is a paragraph as before; a tag-only paragraph in a section of Nunjucks `set`s is empty', async () => {
  const files = filesOf(fixture('no-empty-sections', 'eleventy-liquid-tags'));
  files['worksheet.md'] = '---\ntitle: Worksheet\n---\n\n## One\n\nSee {% include \'parts/table.html\' %} below.\n\n## Two\n\n{% set rating = "high" %}{# later #}\n\n## Three\n\nText.\n';
  const {rows} = await lintSite('no-empty-sections', files);
  assert.deepEqual(rows, ['worksheet.md:9:1 no-empty-sections']);
});
