// A page that is a template its reader copies and fills in (src/text/template-page.ts): it names
// itself a template (file name or title) and tells its reader to copy it. Its empty sections, the
// links into them, its placeholders and empty links are slots, left alone by no-empty-sections,
// no-broken-anchors and no-placeholders; a page that only names templates, or only says "copy this
// file", is still checked. Asserted by rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {appendFileSync, cpSync} from 'node:fs';
import {join} from 'node:path';
import {fixture, ruleFindings, siteFindings} from './rule-helpers.mjs';
import {findings, postlintJson, tempFolder} from './helpers.mjs';

const dir = 'no-empty-sections/template';

test('no-empty-sections: a template page\'s empty sections are its slots; pages that name a template but are none are still checked', async () => {
  assert.deepEqual(await ruleFindings('no-empty-sections', [dir]), [
    `${dir}/notes.md:7:1 no-empty-sections`, // "Copy this file", but neither name nor title says template
    `${dir}/release-template.md:7:1 no-empty-sections`, // named a template, no instruction to copy it
    `${dir}/templates.md:11:1 no-empty-sections`, // "Copy this template into …:" introduces the code sample
  ]);
});

test('no-broken-anchors: a link into a template page\'s empty section is no warning; one into another page\'s still is', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', [dir]), [`${dir}/guide.md:7:5 no-broken-anchors`]);
});

test('no-placeholders: a template page\'s TODO and empty link are slots; another page\'s are leftovers', async () => {
  assert.deepEqual(await ruleFindings('no-placeholders', [dir]), [`${dir}/notes.md:13:1 no-placeholders`, `${dir}/notes.md:13:26 no-placeholders`]);
});

test('template pages: the instruction must be prose that names the page; the word "template" must be a word of the name', async () => {
  const page = (instruction) => `---\ntitle: Plan\n---\n\n${instruction}\n\n## First\n\n## Second\n\nText.\n`;
  const rows = await siteFindings('no-empty-sections', {
    'kep-template.md': page('Make a copy of this template and fill it in.'),
    'TEMPLATE.md': page('Create a copy of this file for each new plan.'),
    'templates.md': page('Make a copy of this template and fill it in.'), // a page about templates
    'templating-guide.md': page('Make a copy of this template and fill it in.'),
    'rfc-template.md': `---\ntitle: Plan\n---\n\n\`\`\`md\nCopy this template.\n\`\`\`\n\n## First\n\n## Second\n\nText.\n`, // the words are code
  });
  assert.deepEqual(rows, ['rfc-template.md:9:1 no-empty-sections', 'templates.md:7:1 no-empty-sections', 'templating-guide.md:7:1 no-empty-sections']);
});

test('template pages: a cached run keeps a page\'s template status (no-broken-anchors reads it from the pages a link leads to)', () => {
  const root = tempFolder();
  cpSync(fixture(dir), root, {recursive: true});
  const env = {POSTLINT_CACHE_SETTLE_MS: '0'};
  const lint = (cache) => findings(postlintJson(['--offline', '--no-config', cache, '.'], {cwd: root, env}).json, root).sort();
  const first = lint('--cache');
  assert.deepEqual(lint('--cache'), first);
  // The linking page changes: it is checked again against the templates' facts the cache kept.
  appendFileSync(join(root, 'guide.md'), '\nSee more.\n');
  const fresh = lint('--no-cache');
  assert.ok(fresh.includes('guide.md:7:5 no-broken-anchors'));
  assert.deepEqual(lint('--cache'), fresh);
});
