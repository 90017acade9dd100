import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings, siteFindings} from './rule-helpers.mjs';

// A `#` or `%` line of a Python or YAML block is a comment: its first word is prose, not a program
// the page runs, so the same misspelling in the page's prose is still reported. In a console session
// `#` is the root prompt, and its command (like a `$` one) is a program's name in the prose.
// A piece of a hyphenated program the page runs (`$ snarf-untill`) is that name's even when it is a known misspelling.
test('spelling: a code comment is no shell prompt; a console block\'s `#` and `$` lines are', async () => {
  assert.deepEqual(await ruleFindings('spelling', ['spelling-comment-prompts']), [
    'spelling-comment-prompts/parsing.md:3:4 spelling',
    'spelling-comment-prompts/parsing.md:3:64 spelling',
  ]);
});

// A project linked to its home is the site's name for it on every page, unless the misspellings list
// knows the word (`alot`): then another page's "read alot of posts" is still the slip. A name no list
// knows (`newsboat`) stays accepted site-wide.
test('spelling: a linked project named by a known misspelling is not accepted site-wide', async () => {
  assert.deepEqual(await ruleFindings('spelling', ['spelling-linked-misspelling']), [
    'spelling-linked-misspelling/week.md:3:8 spelling',
    'spelling-linked-misspelling/week.md:3:32 spelling',
  ]);
});

// Eleventy renders `.html` layouts with the config's `htmlTemplateEngine`: under EJS the body is
// written by `<%- content %>`, which is no Liquid tag, so the page's body is read, not taken as hidden.
// Under the default (Liquid) a layout with no tag at all, or Handlebars-style `{{{ }}}`, is unknown too;
// a Liquid redirect layout that never outputs `content` still hides the body.
test('eleventy: an .html layout is read as Liquid only when htmlTemplateEngine leaves it so', async () => {
  assert.deepEqual(await ruleFindings('no-placeholders', ['generators/eleventy-html-engine']), ['generators/eleventy-html-engine/src/notes/draft.md:8:26 no-placeholders']);
  assert.deepEqual(await ruleFindings('no-placeholders', ['generators/eleventy-html-liquid']), [
    'generators/eleventy-html-liquid/src/notes/bars.md:8:26 no-placeholders',
    'generators/eleventy-html-liquid/src/notes/plain.md:8:26 no-placeholders',
  ]);
});

// Folder data's `lang` names the prose's language only when CLDR names that language: a snippet
// collection's `"lang": "js"` (or the shell's `"sh"`, a retired code) is the code's language, and its
// English pages are still spell-checked. `lang`/`locale` win over `language`.
test('eleventy: folder data naming a programming language does not make its pages another language', async () => {
  assert.deepEqual(await ruleFindings('spelling', ['generators/eleventy-code-lang']), [
    'generators/eleventy-code-lang/src/guides/throttle.md:7:16 spelling',
    'generators/eleventy-code-lang/src/scripts/throttle.md:7:16 spelling',
    'generators/eleventy-code-lang/src/snippets/throttle.md:7:16 spelling',
  ]);
});

// A quote introduced as an example is a sample the reader writes: its empty link is their slot. A
// placeholder word in it (`> TODO` after "Here is an example:") is the example never written: reported.
test('no-placeholders: a sample quote excuses its empty links only, not a placeholder word', async () => {
  assert.deepEqual(await ruleFindings('no-placeholders', ['placeholder-sample-quote']), ['placeholder-sample-quote/notes.md:9:3 no-placeholders']);
});

// "labeled TODO until…" names the marker; "labeled TODO: swap in the final numbers" is a note left
// after the pointer word, a colon and words being the note's shape (the same for "marked FIXME: …").
test('no-placeholders: a pointer word before a marker that opens a note with a colon is no mention', async () => {
  assert.deepEqual(await ruleFindings('no-placeholders', ['placeholder-pointer-note']), [
    'placeholder-pointer-note/figures.md:3:28 no-placeholders',
    'placeholder-pointer-note/figures.md:7:15 no-placeholders',
  ]);
});

// The quotation checks read each line's quote marks once, as the matches come: a line of many
// quoted markers costs time in proportion to its length. Compared as growth of CPU time (growth.mjs:
// 4× the text must not take anything near the 16× a scan per match would, re-measured over 16× the
// text on a busy machine), not as wall time.
test('no-placeholders: a line of many quoted markers is read in linear time', async () => {
  const {assertLinearGrowthAsync} = await import('./growth.mjs');
  const files = (count) => ({'a.md': `# T\n\n${'"TODO '.repeat(count)}\n`});
  await assertLinearGrowthAsync('no-placeholders on a line of quoted markers', (site) => siteFindings('no-placeholders', site), files, 3000);
});
