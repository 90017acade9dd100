// Words a reader never sees, or that are not the writer's (round 30's judged false findings), each
// modelled with a case that must pass beside one that must still fail, at exact line and column:
// a definition whose destination is a Liquid tag (rendered before Jekyll parses the page), a
// blockquote introduced as someone else's words (`Ana points out:`), the romanisation of a letter of
// another script (`ठ (tha)`), a placeholder word in an open task of a checklist, and a heading that
// tells the reader to repeat what the page has just shown.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings, filesOf, fixture} from './rule-helpers.mjs';

const site = (name) => filesOf(fixture('classes32e', name));

test('brand-casing and spelling: labels of definitions that open with a Liquid destination are not read; a definition-shaped line after prose is', async () => {
  const post = '_posts/2024-02-01-stoves.md';
  // `[firefox]: …` (line 10) and `[recieve notes]: …` (line 11) follow `[kettles]: {% post_url … %}`: definitions once Liquid has run.
  assert.deepEqual(await siteFindings('brand-casing', site('rendered-definitions')), [`${post}:14:2 brand-casing`]);
  assert.deepEqual(await siteFindings('spelling', site('rendered-definitions')), []);
  const files = site('rendered-definitions');
  files[post] = files[post].replace('[github prose]', '[recieve prose]');
  assert.deepEqual(await siteFindings('spelling', files), [`${post}:14:2 spelling`]);
});

test('no-placeholders: a placeholder in the label of a Liquid-destination definition block is never shown; one in a definition-shaped line after prose is', async () => {
  const post = '_posts/2024-02-01-stoves.md';
  const files = site('rendered-definitions');
  files[post] = files[post].replace('[recieve notes]', '[ship notes TODO]').replace('[github prose]', '[github prose TODO]');
  assert.deepEqual(await siteFindings('no-placeholders', files), [`${post}:14:15 no-placeholders`]);
});

test('brand-casing: a Liquid-destination definition line right after prose is paragraph text, and the lines under it are read', async () => {
  const post = '_posts/2024-02-01-stoves.md';
  const files = site('rendered-definitions');
  files[post] = files[post].replace('A closing line of prose.\n\n[kettles]', 'A closing line of prose.\n[kettles]');
  assert.deepEqual(await siteFindings('brand-casing', files), [`${post}:9:2 brand-casing`, `${post}:13:2 brand-casing`]);
});

test('brand-casing: on a generator with no template pass before Markdown (MkDocs), a tag destination stays text and the block is read', async () => {
  const files = {'mkdocs.yml': 'site_name: Kettles\n', 'docs/index.md': '# Kettles\n\nSee [the post][kettles].\n\n[kettles]: {{ page.url }}\n[firefox]: https://www.mozilla.org/firefox/\n'};
  assert.deepEqual(await siteFindings('brand-casing', files), ['docs/index.md:6:2 brand-casing']);
});

test('spelling: a blockquote introduced as what someone else points out is their words; `As I pointed out:`, `As mentioned:` and the passive `It should be mentioned:` introduce the writer\'s own', async () => {
  assert.deepEqual(await siteFindings('spelling', site('others-quotes')), [
    '_posts/2024-03-01-letters.md:12:20 spelling',
    '_posts/2024-03-01-letters.md:16:11 spelling',
    '_posts/2024-03-01-letters.md:20:5 spelling', // It should be mentioned: (no speaker)
    '_posts/2024-03-01-letters.md:24:12 spelling', // Two things were added: (no speaker)
  ]);
});

test('spelling: a one-word romanisation in parentheses after a letter of another script is not read; a gloss of words, a parenthesis after a Latin word, a word of several letters, a Han character or a symbol, is', async () => {
  assert.deepEqual(await siteFindings('spelling', site('romanised')), [
    '_posts/2024-04-01-letters.md:7:16 spelling',
    '_posts/2024-04-01-letters.md:7:63 spelling',
    '_posts/2024-04-01-letters.md:9:52 spelling', // подсказки (definately)
    '_posts/2024-04-01-letters.md:9:91 spelling', // 键 (definately)
    '_posts/2024-04-01-letters.md:9:126 spelling', // µ (definately)
  ]);
});

test('no-placeholders: TODO in an open task that names its task is the item\'s state; the word alone, a note opened in a task, another word, a ticked item, a plain list item and filler are still reported', async () => {
  assert.deepEqual(await siteFindings('no-placeholders', site('open-tasks')), [
    'src/roadmap.md:7:7 no-placeholders', // - [ ] TODO
    'src/roadmap.md:8:12 no-placeholders', // - [x] Docs TODO - …
    'src/roadmap.md:9:7 no-placeholders', // - [ ] Lorem ipsum …
    'src/roadmap.md:13:29 no-placeholders', // - Learn more about meshes - TODO
    'src/roadmap.md:17:7 no-placeholders', // - [ ] TODO: fix this (a note opened in a task)
    'src/roadmap.md:18:24 no-placeholders', // - [ ] Install the CLI (TODO: add the link)
    'src/roadmap.md:19:7 no-placeholders', // - [ ] FIXME broken on Windows (not what the box says)
  ]);
});

test('no-empty-sections: `Repeat the above as necessary` is the instruction itself; `Repeat` alone and `Repeat events` are sections left empty', async () => {
  assert.deepEqual(await siteFindings('no-empty-sections', site('repeat-step')), ['_docs/guide.md:11:1 no-empty-sections', '_docs/guide.md:17:1 no-empty-sections']);
});
