// kramdown's math block (gettalong/kramdown lib/kramdown/parser/kramdown/math.rb): `$$` starting a
// block, up to the first `$$` that ends its line before a block boundary, is one math block even
// with blank lines inside; anything else is paragraphs whose `$$…$$` are math spans. Own small
// examples, asserted by rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {lintSite} from './rule-helpers.mjs';
import {remarkDollarMath} from '../dist/src/markdown.js';
import {mathBlocks} from '../dist/src/kramdown-math-block.js';
import {assertLinearGrowth} from './growth.mjs';

const post = (...body) => ['---', 'title: Orbits', '---', '', ...body, ''].join('\n');
const site = (page, config = '') => ({'_config.yml': `title: Blog\n${config}`, '_posts/2024-03-04-orbits.md': page});
const file = '_posts/2024-03-04-orbits.md';

const blankInside = post(
  'The period follows from the energy.',
  '',
  '$$',
  '\\begin{aligned}',
  'E &= \\tfrac{1}{2} m v^2 - recieve',
  '',
  '- \\frac{k}{r} &= recieve',
  '\\end{aligned}',
  '$$',
  '',
  'We recieve the period from it.',
);

test('kramdown: a `$$` block holding a blank line is one math block; the prose after it is read', async () => {
  const {rows} = await lintSite('spelling', site(blankInside), {severity: 'error'});
  assert.deepEqual(rows, [`${file}:15:4 spelling`]);
});

test('kramdown: the same page converted by jekyll-commonmark has no math: the TeX is prose', async () => {
  const {rows} = await lintSite('spelling', site(blankInside, 'markdown: CommonMarkGhPages\n'), {severity: 'error'});
  assert.deepEqual(rows, [`${file}:9:27 spelling`, `${file}:11:18 spelling`, `${file}:15:4 spelling`]);
});

test('kramdown: `$$` that starts no block (it would interrupt a paragraph, or text follows its closing `$$`) leaves paragraphs', async () => {
  const interrupting = post('The period follows.', '$$', 'x = recieve', '', 'y = 2', '$$', '');
  const trailing = post('$$ x = recieve', '', 'y = 2 $$ as shown.', '');
  assert.deepEqual((await lintSite('spelling', site(interrupting), {severity: 'error'})).rows, [`${file}:7:5 spelling`]);
  assert.deepEqual((await lintSite('spelling', site(trailing), {severity: 'error'})).rows, [`${file}:5:8 spelling`]);
});

test('kramdown: a math block in a list item, blank line and all, is math; the item after it is prose', async () => {
  const page = post('1. Write the energy:', '', '   $$ E = recieve', '', '   + k $$', '', '2. Then recieve the period.');
  const {rows} = await lintSite('spelling', site(page), {severity: 'error'});
  assert.deepEqual(rows, [`${file}:11:9 spelling`]);
});

test('kramdown: a math block whose container starts past column 4 (a nested item, a `10.` item) is math; after the item\'s text, no blank line, it stays prose', async () => {
  const nested = post('- Energy:', '  - Kinetic part:', '', '    $$ E = recieve', '', '    + k $$', '', '    We recieve the period.');
  const tenth = post('10. Write the energy:', '', '    $$', '    E = recieve', '', '    + k', '    $$', '', '11. Then recieve the period.');
  const interrupting = post('- Energy:', '  - Kinetic part:', '    $$ E = recieve', '', '    + k $$');
  assert.deepEqual((await lintSite('spelling', site(nested), {severity: 'error'})).rows, [`${file}:12:8 spelling`]);
  assert.deepEqual((await lintSite('spelling', site(tenth), {severity: 'error'})).rows, [`${file}:13:10 spelling`]);
  assert.deepEqual((await lintSite('spelling', site(interrupting), {severity: 'error'})).rows, [`${file}:7:12 spelling`]);
});

// The tree kramdown's reading gives, for the cases its own tests cover (test/testcases/block/15_math), in examples of our own.
const kramdownTree = unified().use(remarkParse).use(remarkDollarMath, {singleDollar: false, blocks: 'kramdown'}).freeze();
const blocks = (text) => kramdownTree.parse(text).children.map((node) => `${node.type} ${node.position.start.line}:${node.position.start.column}`);

test('kramdown math blocks: where one starts and ends', () => {
  assert.deepEqual(blocks('$$a$$\n'), ['math 1:1']);
  assert.deepEqual(blocks('   $$a\n\nb$$'), ['math 1:4']);
  assert.deepEqual(blocks('    $$a$$\n'), ['code 1:1']); // four spaces: indented code first
  assert.deepEqual(blocks('Text.\n$$a$$\n'), ['paragraph 1:1']); // never ends a paragraph
  assert.deepEqual(blocks('# Title\n$$a$$\n\nb\n'), ['heading 1:1', 'paragraph 2:1', 'paragraph 4:1']); // not after a block without a blank line
  assert.deepEqual(blocks('$$a$$\nText.\n'), ['paragraph 1:1']); // no boundary after it
  assert.deepEqual(blocks('$$a$$ \n{: .wide}\n'), ['math 1:1', 'paragraph 2:1']); // a block attribute line is a boundary
  assert.deepEqual(blocks('$$a\r\n\r\nb$$\r\n\r\nc\r\n'), ['math 1:1', 'paragraph 5:1']); // CRLF is LF to kramdown
  assert.deepEqual(blocks('$$a\n- b\n> c\n# d\n$$\n\ne\n'), ['math 1:1', 'paragraph 7:1']); // list, quote and heading lines are math inside
  assert.deepEqual(blocks('$$a\n\n- b\n- c\n'), ['paragraph 1:1', 'list 3:1']); // unclosed: a paragraph, and the list after it
  assert.deepEqual(blocks('$$a$$$\n\nb\n'), ['paragraph 1:1', 'paragraph 3:1']); // the FIRST `$$` closes; a `$` after it is text
  const innermost = (node) => (node.type === 'list' ? innermost(node.children.at(-1)) : node.children.at(-1)?.type === 'list' ? innermost(node.children.at(-1)) : node);
  const item = (text) => innermost(kramdownTree.parse(text).children[0]).children.map((node) => `${node.type} ${node.position.start.line}:${node.position.start.column}`);
  assert.deepEqual(item('- a\n  - b\n\n    $$\n    x\n\n    y\n    $$\n'), ['paragraph 2:5', 'math 4:5']); // the nested item's own column
  assert.deepEqual(item('10. a\n\n    $$x\n\n    y$$\n'), ['paragraph 1:5', 'math 3:5']);
  assert.deepEqual(item('10. a\n\n        $$x$$\n'), ['paragraph 1:5', 'code 3:5']); // four columns into the item: indented code
  assert.deepEqual(blocks('> $$a\n>\n> b$$\n'), ['blockquote 1:1']); // after a container's marker: left to the paragraphs
  assert.deepEqual(kramdownTree.parse('> $$a\n>\n> b$$\n').children[0].children.map((node) => node.type), ['paragraph', 'paragraph']);
});

test('kramdown math blocks: found in one pass, the first `$$` after each opening closing it', () => {
  assert.deepEqual([...mathBlocks('$$a\n\nb$$\n\n$$c$$ d\n\n$$$$')], [[0, {close: 6, end: 8}], [19, {close: 21, end: 23}]]);
  // Many openings with no closing: each search stops at the next `$$`, and the parse takes the
  // blocks found once for its text (not a search per opening it tries). Asserted by growth (n vs 4n):
  // a search to the end from each opening, or one per opening tried, costs ~16× (was: 50,000
  // openings under the test's time limit, which a rescan per opening passed slowly).
  const many = (n) => '$$ x\n\n'.repeat(n);
  assert.equal(mathBlocks(many(2000)).size, 0);
  assert.equal(blocks(many(2000)).length, 2000);
  assertLinearGrowth('mathBlocks on unclosed openings', mathBlocks, many, 5000);
  assertLinearGrowth('the kramdown parse of unclosed openings', (text) => kramdownTree.parse(text), many, 1000);
});

// linear-math-text.ts only decides sooner: on generated pages its tree is micromark-extension-math's.
test('inline math: the same tree as micromark-extension-math on 3,000 generated pages of `$` runs, escapes, code and containers', async () => {
  const {math} = await import('micromark-extension-math');
  const {mathFromMarkdown} = await import('mdast-util-math');
  const parts = ['$', '$$', '$$$', 'a', ' ', '\n', '\n\n', '\\$', '`', '# ', '> ', '- ', '*', 'x y'];
  for (const singleDollar of [false, true]) {
    const reference = unified().use(remarkParse).use(function () {
      (this.data().micromarkExtensions ??= []).push({text: math({singleDollarTextMath: singleDollar}).text});
      (this.data().fromMarkdownExtensions ??= []).push(mathFromMarkdown());
    }).freeze();
    const linear = unified().use(remarkParse).use(remarkDollarMath, {singleDollar}).freeze();
    let seed = 11;
    const next = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 1500; i++) {
      let text = next(20) === 0 ? '\uFEFF' : '';
      for (let j = 1 + next(30); j > 0; j--) text += parts[next(parts.length)];
      assert.deepEqual(linear.parse(text), reference.parse(text), JSON.stringify(text));
    }
  }
});
