// Liquid and Nunjucks blocks whose content is template text, not Markdown: `{% set %}`,
// `{% capture %}`, `{% raw %}`, `{% verbatim %}`, `{% highlight %}`. On a Liquid/Nunjucks site
// (Eleventy, Jekyll) no rule reads inside them; on Hugo the same tags are plain text.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, postlintJson, tempSite} from './helpers.mjs';
import {fenceTemplateCode} from '../dist/src/template-code.js';

function rows(cwd) {
  const {json} = postlintJson(['--no-config', '--offline', '.'], {cwd});
  return json.flatMap((file) => file.messages.map((m) => `${file.filePath.slice(cwd.length + 1)}:${m.line}:${m.column} ${m.ruleId}`));
}

const setBlock = '{% set codeBlock %}\n---\ntitle: My post\n---\n# install the theme first\nSee [x](missing.md) for details.\n{% endset %}\n';

test('eleventy: a {% set %} block holding ---, a # comment and a broken link gives no finding', () => {
  const root = tempSite({'eleventy.config.js': 'export default function (eleventyConfig) {}\n', 'a.md': `---\ntitle: A\n---\n\n## Front matter\n\n${setBlock}`});
  assert.deepEqual(rows(root), []);
});

test('eleventy: set, capture, raw and highlight blocks are template code; the same link outside is still broken', () => {
  // Line 40: `Outside the blocks, [x](missing.md) is still broken.`; no empty section before any block.
  assert.deepEqual(rows(join(fixtures, 'template-code', 'eleventy')), ['setup.md:40:21 no-missing-files']);
});

test('jekyll: a {% capture %} block is template code', () => {
  const root = tempSite({'_config.yml': 'title: T\n', 'a.md': `---\ntitle: A\n---\n\n## Sample\n\n${setBlock.replace('set codeBlock', 'capture codeBlock').replace('endset', 'endcapture')}\n[x](missing.md)\n`});
  assert.deepEqual(rows(root), ['a.md:15:1 no-missing-files']);
});

test('hugo runs no Liquid: the same page is read as Markdown', () => {
  const found = rows(join(fixtures, 'template-code', 'hugo'));
  assert.ok(found.includes('content/setup.md:13:5 no-missing-files'), found.join('\n'));
  assert.ok(found.includes('content/setup.md:40:21 no-missing-files'), found.join('\n'));
});

test('fenceTemplateCode: same length, one-line set left alone, tags inside a Markdown fence left alone', () => {
  const text = '{% set x = 1 %}\n{%- set y -%}\n# c\n{%- endset -%}\n~~~~~\n{% raw %}\n# c\n{% endraw %}\n~~~~~\n';
  const out = fenceTemplateCode(text, {liquid: true});
  assert.equal(out.length, text.length);
  assert.deepEqual(out.split('\n').map((line) => line.trimEnd()), ['{% set x = 1 %}', '~~~~', '# c', '~~~~', '~~~~~', '{% raw %}', '# c', '{% endraw %}', '~~~~~', '']);
  assert.equal(fenceTemplateCode(text), text);
  // A fence inside the block: the replacement fence is longer, so it stays inside.
  const nested = '{% raw %}\n~~~~\na\n~~~~\n{% endraw %}\n';
  assert.deepEqual(fenceTemplateCode(nested, {liquid: true}).split('\n').map((line) => line.trimEnd()), ['~~~~~', '~~~~', 'a', '~~~~', '~~~~~', '']);
});

test('eleventy: a capture and a raw block opened and closed on one line ({%- set x %}{% raw %} … {% endraw %}{%- endset %}) are one block of template code', () => {
  const block = '{% codetitle "sample.md" %}\n{%- set codeBlock %}{% raw %}\n---\ntitle: My post\n---\n# install the theme first\n{% endraw %}{%- endset %}\n{{ codeBlock | highlight("markdown") | safe }}\n';
  const root = tempSite({'eleventy.config.js': 'export default function (eleventyConfig) {}\n', 'a.md': `---\ntitle: A\n---\n\n## Front matter\n\n${block}\n## After\n\n[x](missing.md)\n`});
  assert.deepEqual(rows(root), ['a.md:18:1 no-missing-files']);
  const text = '{%- set codeBlock %}{% raw %}\n# c\n{% endraw %}{%- endset %}\n';
  assert.equal(fenceTemplateCode(text, {liquid: true}).length, text.length);
  assert.deepEqual(fenceTemplateCode(text, {liquid: true}).split('\n').map((line) => line.trimEnd()), ['~~~~', '# c', '~~~~', '']);
});
