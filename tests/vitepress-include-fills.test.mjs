// VitePress's include plugin pastes any file's text (`<!-- @include: part.inc -->`) into the page before it is read:
// a section holding only such a comment is filled when that text shows something before a heading of its level.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, siteFindings as run, tempSite} from './helpers.mjs';

const site = join(fixtures, 'generators', 'vitepress-include-any-file');

test('vitepress: an include of any file fills its section (`.inc`, `.txt`, a nested include, `@/` Markdown without its front matter, a line range); a missing file (nested too), text that opens with a heading of the section\'s level, or only comments and rules do not', () => {
  assert.deepEqual(run(site), [
    // A link into a section the include fills lands right (`#options`); one into the section nothing fills does not.
    'index.md:3:53 no-broken-anchors',
    // `parts/only-heading.inc` opens with `## EXAMPLES IN FULL`: the page's `## EXAMPLES` is still empty.
    'tools/kiln-fire.md:23:1 no-empty-sections',
    // `parts/no-such-part.inc` is not there: nothing is pasted.
    'tools/kiln-fire.md:27:1 no-empty-sections',
    // `parts/comment-only.inc` holds a comment and a rule: nothing a reader sees.
    'tools/kiln-fire.md:35:1 no-empty-sections',
    // `parts/nested-missing.txt` only includes a file that is not there (read from its own folder): nothing.
    'tools/kiln-fire.md:43:1 no-empty-sections',
  ]);
});

test('vitepress: the pasted text is read as Markdown block starts', async () => {
  const {pastedShows} = await import('../dist/src/site/include-fills.js');
  const none = () => 'nothing';
  assert.equal(pastedShows('### Deeper\n\nText.\n', 2, none), 'shows');
  assert.equal(pastedShows('## Same level\n\nText.\n', 2, none), 'closes');
  assert.equal(pastedShows('Title\n=====\n\nText.\n', 2, none), 'closes');
  assert.equal(pastedShows('Title\n-----\n\nText.\n', 1, none), 'shows');
  assert.equal(pastedShows('[ref]: https://example.org\n\n***\n', 2, none), 'nothing');
  assert.equal(pastedShows('```sh\nkiln-fire\n```\n', 2, none), 'shows');
  assert.equal(pastedShows('<!--\nfor editors\n-->\n', 2, none), 'nothing');
  // A nested include that cannot be told (a region) may fill: unverifiable, so filled.
  assert.equal(pastedShows('<!-- @include: x.inc#part -->\n', 2, (_path, selects) => (selects ? undefined : 'nothing')), 'shows');
  assert.equal(pastedShows('<!-- @include: x.inc -->\n', 2, none), 'nothing');
  // What the nested file pastes comes first: a heading it opens with ends the section before the text after it.
  assert.equal(pastedShows('<!-- @include: x.inc -->\n\nText.\n', 2, () => 'closes'), 'closes');
  // Two includes on one line paste two files, in order (VitePress's `includeRE` is global): the first one's text shows.
  assert.equal(pastedShows('<!-- @include: a.inc --> <!-- @include: b.inc -->\n', 2, (path) => (path === 'a.inc' ? 'shows' : 'nothing')), 'shows');
  assert.equal(pastedShows('<!-- @include: a.inc --><!-- @include: b.inc -->\n', 2, (path) => (path === 'b.inc' ? 'closes' : 'nothing')), 'closes');
});

// Hostile input: every part includes the next one twice and the last shows nothing. VitePress pastes 2^n copies of
// nothing; reading each include afresh took as long, so a chain of 40 files hung the run.
test('vitepress: parts that include each other many times over are read in bounded time', {timeout: 30000}, () => {
  const files = {'.vitepress/config.mts': "export default {title: 'Kiln tools'};\n", 'index.md': '# Kiln\n\n## Notes\n\n<!-- @include: parts/p0.inc -->\n\n## End\n\nFired.\n'};
  for (let i = 0; i < 40; i++) files[`parts/p${i}.inc`] = `<!-- @include: p${i + 1}.inc -->\n<!-- @include: p${i + 1}.inc -->\n`;
  files['parts/p40.inc'] = '<!-- for editors -->\n';
  const started = Date.now();
  assert.deepEqual(run(tempSite(files)), ['index.md:3:1 no-empty-sections']);
  assert.ok(Date.now() - started < 20000);
});

// A cycle is left unexpanded, as VitePress does (a comment: nothing shown); a cycle through parts that also include each
// other over and over is read up to a bound, then postlint abstains (filled).
test('vitepress: an include cycle shows nothing; a cycle of many-times-over includes ends in bounded time', {timeout: 30000}, () => {
  const config = {'.vitepress/config.mts': "export default {title: 'Kiln tools'};\n"};
  const page = '# Kiln\n\n## Notes\n\n<!-- @include: parts/p0.inc -->\n\n## End\n\nFired.\n';
  const cycle = {...config, 'index.md': page, 'parts/p0.inc': '<!-- @include: p1.inc -->\n', 'parts/p1.inc': '<!-- @include: p0.inc -->\n<!-- @include: ../index.md -->\n'};
  assert.deepEqual(run(tempSite(cycle)), ['index.md:3:1 no-empty-sections']);
  const many = {...config, 'index.md': page};
  for (let i = 0; i < 40; i++) many[`parts/p${i}.inc`] = `<!-- @include: p${i + 1}.inc -->\n<!-- @include: p${i + 1}.inc -->\n<!-- @include: p0.inc -->\n`;
  many['parts/p40.inc'] = '<!-- for editors -->\n';
  const started = Date.now();
  assert.deepEqual(run(tempSite(many)), []);
  assert.ok(Date.now() - started < 20000);
});

// What a nested include pastes comes first: when it opens with a heading of the section's level, the section ends there,
// whatever text follows the include in the outer part.
test('vitepress: a nested include that opens with a heading of the section\'s level ends the section before the text after it', () => {
  const site = tempSite({
    '.vitepress/config.mts': "export default {title: 'Kiln tools'};\n",
    'index.md': '# Kiln\n\n## Notes\n\n<!-- @include: parts/notes.inc -->\n\n## End\n\nFired.\n',
    'parts/notes.inc': '<!-- @include: notes-full.inc -->\n\nMore about the notes.\n',
    'parts/notes-full.inc': '## Notes in full\n\nThe long notes.\n',
  });
  assert.deepEqual(run(site), ['index.md:3:1 no-empty-sections']);
});

// The include plugin joins a path to the page's folder (`path.join`): `/parts/x.inc` is below the page's folder, not at
// the disk's root.
test('vitepress: an include path that starts with a slash is read from the page\'s folder', () => {
  const site = tempSite({
    '.vitepress/config.mts': "export default {title: 'Kiln tools'};\n",
    'guide/index.md': '# Kiln\n\n## Notes\n\n<!-- @include: /parts/notes.inc -->\n\n## Missing\n\n<!-- @include: /parts/none.inc -->\n\n## End\n\nFired.\n',
    'guide/parts/notes.inc': 'The notes.\n',
  });
  assert.deepEqual(run(site), ['guide/index.md:7:1 no-empty-sections']);
});
