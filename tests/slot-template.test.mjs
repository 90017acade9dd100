// A page that is the template a program of the repository copies and fills (src/text/slot-template.ts): its path names a
// template (`docs/template/`) and it holds the program's `{{slot}}` placeholders (its title a slot alone, or three slots in
// its prose), which the generator leaves as written. no-empty-sections leaves its empty sections to the program. Either
// sign alone, or a generator that runs a template language over the page, leaves it a page. Fixture:
// fixtures/classes42a/slot-template (MkDocs). Exact rule, line, column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {ruleFindings} from './rule-helpers.mjs';
import {slotTemplate} from '../dist/src/text/slot-template.js';

const site = 'classes42a/slot-template';

test('a template with a program\'s slots is left alone; a slot title elsewhere, or a template folder page with no slots, is reported', async () => {
  assert.deepEqual(await ruleFindings('no-empty-sections', [site]), [`${site}/docs/page/tool.md:4:1 no-empty-sections`, `${site}/docs/template/notes.md:5:1 no-empty-sections`]);
});

test('slots the generator fills at build (Liquid, Nunjucks) make no template; two slots in prose are not enough', () => {
  const parse = (text) => unified().use(remarkParse).parse(text);
  const titled = parse('{{tool-name}}\n=====\n\n## Settings\n');
  assert.ok(slotTemplate(titled, 'docs/template/tool.md', false));
  assert.equal(slotTemplate(titled, 'docs/template/tool.md', true), undefined);
  assert.equal(slotTemplate(titled, 'docs/tools/tool.md', false), undefined);
  assert.equal(slotTemplate(parse('# Vendor\n\nMade by {{maker}} in {{town}}.\n\n## Prices\n'), 'templates/vendor.md', false), undefined);
  assert.equal(slotTemplate(parse('# Vendor\n\n`{{maker}}` `{{town}}` `{{shop}}`\n\n## Prices\n'), 'templates/vendor.md', false), undefined);
  assert.ok(slotTemplate(parse('# Vendor\n\nMade by {{maker}} in {{town}}, sold by {{ shop }}.\n'), 'page-template.md', false));
});

// VitePress compiles each page as a Vue component: `{{ glaze }}` in its text is Vue's interpolation, filled at build, so a
// page in a template folder with three of them is a page like any other (fixtures/classes42a/slot-template-vitepress).
test('VitePress fills a page\'s {{ }} at build: its empty sections are still reported', async () => {
  assert.deepEqual(await ruleFindings('no-empty-sections', ['classes42a/slot-template-vitepress']), ['classes42a/slot-template-vitepress/docs/template/celadon.md:9:1 no-empty-sections']);
});
