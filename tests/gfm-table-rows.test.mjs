// GFM tables are tried only on a line that a possible delimiter row follows (src/gfm-table-rows.ts):
// the trees must be the ones micromark-extension-gfm-table makes when it tries every line.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {gfmTable} from 'micromark-extension-gfm-table';
import {remarkGfmWithoutLiterals} from '../dist/src/markdown.js';
import {headRowLines} from '../dist/src/gfm-table-rows.js';
import {assertLinearGrowth} from './growth.mjs';

/** The same GFM set with the package's own table construct in place of the guarded one. */
function everyLineTried() {
  remarkGfmWithoutLiterals.call(this);
  const extensions = this.data().micromarkExtensions;
  const at = extensions.findIndex((extension) => extension.flow?.null?.name === 'table');
  extensions[at] = gfmTable();
}

const guarded = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmWithoutLiterals).freeze();
const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(everyLineTried).freeze();

const samples = [
  'a | b\n--- | ---\nc | d\nnot a row? still one\n',
  'A paragraph line\na | b\n-|-\nc|d\n',
  '> a | b\n> --- | ---\n> c | d\n',
  '- a | b\n  :-- | --:\n  c | d\n- next item | x\n',
  '1. item\n\n   | a | b |\n   | - | - |\n   | c | d |\n',
  'a|b\r\n-|-\r\nc|d\r\n',
  'a|b\r-|-\rc|d\r',
  '\ufeffa|b\n-|-\n',
  '\tx | y\n\t- | -\n',
  '| a |\n| - |\n| b |\nlazy line\n\n| c |\n| :-: |\n',
  '> | a |\n| - |\n',
  'Setext heading | with pipe\n---\n',
  'a | b\n\n--- | ---\n',
  '[^1]: note | cell\n    --- | ---\n',
  '---\ntitle: x\n---\na | b\n- | -\n',
  'Prose with | a pipe\nand more prose | here\n',
  'a | b\n- | - | -\n',
  '    code | x\n    - | -\n',
];

test('tables are read as when every line is tried: containers, line endings, lazy lines, setext, non-tables', () => {
  for (const text of samples) assert.deepEqual(guarded.parse(text), reference.parse(text), JSON.stringify(text));
});

test('a table is still found (the guard lets its head row through)', () => {
  const tree = guarded.parse('> a | b\n> --- | ---\n> c | d\n');
  assert.equal(tree.children[0].children[0].type, 'table');
  assert.equal(tree.children[0].children[0].children.length, 2);
});

test('head rows: the lines a possible delimiter row follows, counted as micromark counts lines', () => {
  assert.deepEqual([...headRowLines('a\nb | c\n--- | ---\nd\n')], [2]);
  assert.deepEqual([...headRowLines('a|b\r\n-|-\r\nc\rx\r> :-:\n')], [1, 4]);
  assert.deepEqual([...headRowLines('no delimiter | here\nplain text\n')], []);
  // A line of pipes without a dash is no delimiter row.
  assert.deepEqual([...headRowLines('a | b\n| |\n')], []);
});

test('head rows: a long run of delimiter marks followed by another character costs linear time', () => {
  // `^[ \t>|:-]*-[ \t>|:-]*$` tried every `-` of such a run as its one dash: quadratic.
  assertLinearGrowth('headRowLines on a run of dashes and an x', headRowLines, (n) => `a\n${'-'.repeat(n)}x\n`, 4000);
  assertLinearGrowth('headRowLines on lines of dashes', headRowLines, (n) => 'a\n' + '-\n'.repeat(n), 4000);
});
