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

// Eleventy runs no template engine over a Markdown page with `markdownTemplateEngine: false` in the config, or with
// `templateEngineOverride: md` in its front matter (per page): the tags are printed as text, which is content.
test('no-empty-sections: on Eleventy with `markdownTemplateEngine: false`, or on a page with `templateEngineOverride: md`, a tag-only paragraph is printed text: its section is not empty; the other pages\' still are', async () => {
  const files = filesOf(fixture('no-empty-sections', 'eleventy-liquid-tags'));
  // (Without markdown-it-attrs, whose braces reading of a printed `{% … %}` is another question.)
  const config = (engine) => `export default function () {\n  return {markdownTemplateEngine: ${engine}};\n}\n`;
  const off = {...files, 'eleventy.config.js': config('false')};
  assert.deepEqual((await lintSite('no-empty-sections', off)).rows, []);
  files['eleventy.config.js'] = config("'liquid'");
  const page = {...files, 'plain.md': files['worksheet.md'].replace('title: Worksheet\n', 'title: Plain\ntemplateEngineOverride: md\n')};
  assert.deepEqual((await lintSite('no-empty-sections', page)).rows, ['worksheet.md:17:1 no-empty-sections', 'worksheet.md:21:1 no-empty-sections']);
  // `njk,md` runs Nunjucks first: the assign-only section is empty again.
  const njk = {...files, 'worksheet.md': files['worksheet.md'].replace('title: Worksheet\n', 'title: Worksheet\ntemplateEngineOverride: njk,md\n')};
  assert.deepEqual((await lintSite('no-empty-sections', njk)).rows, ['worksheet.md:18:1 no-empty-sections', 'worksheet.md:22:1 no-empty-sections']);
});
