// A definition is never shown (CommonMark, "Link reference definitions"); a paragraph that opens with
// template tag lines (`{% include references.md %}`) is pasted over before the generator parses it, so
// the definitions under the tags are definitions, not paragraph text. A shortcut reference's own text
// (`[Github]`) and a definition-shaped line after prose are still read, each at its own line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings, filesOf, fixture} from './rule-helpers.mjs';

const site = () => filesOf(fixture('pasted-definitions'));
const post = '_posts/2024-01-01-labels.md';

test('brand-casing: labels of definitions under an include tag are not read; the shortcut reference text and a definition-shaped prose line are', async () => {
  assert.deepEqual(await siteFindings('brand-casing', site()), [
    `${post}:6:27 brand-casing`, // [Github]: the reference's own visible text
    `${post}:9:2 brand-casing`, // after prose: paragraph text, shown
  ]);
});

test('spelling: a typo in a pasted definition label is not reported; the same typo written as text still is', async () => {
  assert.deepEqual(await siteFindings('spelling', site()), []);
  const files = site();
  files[post] = files[post].replace('[Github] hosts them.', '[Github] hosts them, recieve notes.');
  assert.deepEqual(await siteFindings('spelling', files), [`${post}:6:47 spelling`]);
});

test('no-missing-files: `[text][label](X)` where an included file defines the label is a reference link and text, not a link to X', async () => {
  const dir = 'pasted-labels';
  assert.deepEqual(await siteFindings('no-missing-files', filesOf(fixture(dir))), [
    '_posts/2024-03-01-arrivals.md:9:14 no-missing-files', // `tide tabels`: no pasted file defines it, so `[tide tabels](HW2)` is a link
    '_posts/2024-03-02-departures.md:5:41 no-missing-files', // nothing is pasted into this page
  ]);
});

test('no-missing-files: a definition shown in a fenced code block defines no label, so `[text][label](X)` on a page with an include is still a link to X', async () => {
  const files = filesOf(fixture('pasted-labels'));
  files['_posts/2024-03-03-syntax.md'] = '---\ntitle: Syntax\n---\n\nA reference link is written so:\n\n```markdown\n[guide]: https://example.com/guide\n```\n\nSee the [draft][guide](missing.md) before you start.\n\n{% include links.md %}\n';
  assert.deepEqual(await siteFindings('no-missing-files', files), [
    '_posts/2024-03-01-arrivals.md:9:14 no-missing-files',
    '_posts/2024-03-02-departures.md:5:41 no-missing-files',
    '_posts/2024-03-03-syntax.md:11:16 no-missing-files',
  ]);
});
