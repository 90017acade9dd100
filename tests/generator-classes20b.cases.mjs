// MkDocs blocks with an indented Markdown body (round 20): the title of `!!!` (Python-Markdown
// admonition.py `RE`), `???`/`???+` (pymdownx/details.py `START`) and `===` (pymdownx/tabbed.py
// `START`) is `"(.*?)"` then spaces to the line's end, so it runs to the line's last quote and may
// hold quotes of its own (a title with `<a href="#x">`). The body of such a block is Markdown, its raw
// HTML ids are the page's; a line whose last quote is not at its end starts no block, and its
// indented lines stay code. Asserted by exact rule id, line and column both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from './rule-helpers.mjs';
import {repoRoot} from './helpers.mjs';

const site = 'generators/mkdocs-details-titles';
const {readIndentedBlocks} = await import(join(repoRoot, 'dist', 'src', 'text', 'indented-blocks.js'));

test('mkdocs blocks whose title holds quotes: their bodies\' ids are found; a body that is not one is still code', async () => {
  const {rows} = await lintRule('no-broken-anchors', [site]);
  assert.deepEqual(rows, [
    `${site}/docs/index.md:3:87 no-broken-anchors`,
    `${site}/docs/index.md:3:112 no-broken-anchors`,
  ]);
});

test('mkdocs details whose title holds quotes: a link in its body is the page\'s, at its own column', async () => {
  const {rows} = await lintRule('no-missing-files', [site]);
  assert.deepEqual(rows, [`${site}/docs/index.md:9:9 no-missing-files`]);
});

test('indented blocks: a title runs to the line\'s last quote, as `"(.*?)" *(?:\\n|$)` does', () => {
  const read = (marker) => readIndentedBlocks(`${marker}\n\n    Body.\n`, ['admonition', 'details', 'tabbed']);
  assert.equal(read('??? note "A <a href="#x">y</a>"'), '\n\n-   Body.\n'.replace(/^/, ' '.repeat('??? note "A <a href="#x">y</a>"'.length)));
  assert.equal(read('???+ "a "b" c"  '), `${' '.repeat(16)}\n\n-   Body.\n`);
  assert.equal(read('!!! tip "say "hi""'), `${' '.repeat(18)}\n\n-   Body.\n`);
  assert.equal(read('=== "a "b""'), `${' '.repeat(11)}\n\n-   Body.\n`);
  // The last quote is not at the line's end: no block, the body stays code.
  assert.equal(read('??? note "a" b'), '??? note "a" b\n\n    Body.\n');
  assert.equal(read('!!! note "a" "b" c'), '!!! note "a" "b" c\n\n    Body.\n');
});
