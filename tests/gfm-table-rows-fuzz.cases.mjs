// The guarded GFM table construct (src/gfm-table-rows.ts) against the package's own, on seeded
// generated documents: tables and table-like lines in list items (first line of an item, nested,
// wide ordered markers), block quotes (lazy lines too), footnote definitions, indented code,
// after a paragraph, under setext underlines and thematic breaks, after front matter, in MDX and
// kramdown parses, with LF, CRLF and CR line endings and tabs. Every tree must be the package's.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {gfmTable} from 'micromark-extension-gfm-table';
import {rng as random} from '../bench/generate.mjs';
import {remarkDollarMath, remarkGfmWithoutLiterals, remarkKramdownHtmlBlocks, remarkMdxJsxFlowTags} from '../dist/src/markdown.js';

/** The same GFM set with the package's own table construct in place of the guarded one. */
function everyLineTried() {
  remarkGfmWithoutLiterals.call(this);
  const extensions = this.data().micromarkExtensions;
  const at = extensions.findIndex((extension) => extension.flow?.null?.name === 'table');
  extensions[at] = gfmTable();
}

/** Processors as phase1.ts builds them (plain, MDX, kramdown), each with the guarded and the package's table. */
function pair(extra) {
  const build = (gfm) => extra(unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(gfm)).freeze();
  return [build(remarkGfmWithoutLiterals), build(everyLineTried)];
}
const parsers = {
  plain: pair((p) => p),
  mdx: pair((p) => p.use(remarkMdxJsxFlowTags)),
  kramdown: pair((p) => p.use(remarkDollarMath, {singleDollar: false, blocks: 'kramdown'}).use(remarkKramdownHtmlBlocks)),
};

const rows = ['a | b', '| a | b |', 'a|b', '|a|', 'x', 'one | two | three', '\ta\t|\tb', 'a \\| b', '`a | b`', 'a | `b|c`', '|', '||'];
const delimiters = ['--- | ---', '-|-', '|-|', ':-: | --:', '| :-- |', '-', '---', '- | -', '|---|---|', '-\t|\t-', '- - -', '***', '===', ':-', '| |', '-|-|-'];
const others = ['', '', 'Prose line', 'prose with | a pipe', '    code | x', '\tcode | y', '```', '~~~', '# Heading | h', '<div>', '</div>', '<!-- c -->', '<Tabs>', '</Tabs>', '$$', 'x = 1', '$$', '[^1]: note | cell', '[ref]: /url', '- item', '* a | b', '1. one | two', '123456789. wide', '10) a | b', '> quote | q', '>', '---', 'title: x', '+++', 'lazy | line'];

/** A line: a row, a delimiter-like line or another block's line, sometimes indented or wrapped in a container's marks. */
function line(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const r = next();
  let text = r < 0.35 ? pick(rows) : r < 0.65 ? pick(delimiters) : pick(others);
  const prefix = next();
  if (prefix < 0.12) text = '> ' + text;
  else if (prefix < 0.18) text = '>' + text;
  else if (prefix < 0.28) text = pick(['  ', '   ', '    ', ' ', '\t', '      ', '          ']) + text;
  else if (prefix < 0.36) text = pick(['- ', '* ', '1. ', '10. ', '123456789. ', '- - ', '> - ', '- > ', '>  1. ']) + text;
  return text;
}

/** A table's lines in one container: the first line may open it (`- `, `10. `, `> `), the others continue it (or are lazy). */
function tableOf(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const [opener, continuation] = pick([['', ''], ['- ', '  '], ['10. ', '    '], ['123456789. ', '           '], ['> ', '> '], ['>', '>'], ['> - ', '>   '], ['- > ', '  > '], ['[^1]: ', '    '], ['    ', '    '], ['\t', '\t'], ['  ', '  ']]);
  const [head, delimiter] = next() < 0.6 ? pick([['a | b', '-|-'], ['| a | b |', '| :-- | --: |'], ['|a|', '|-|'], ['one | two | three', '-\t|:-:|\t-'], ['a \\| b', '---']]) : [pick(rows), pick(delimiters)];
  const lines = [opener + head, continuation + delimiter];
  const body = Math.floor(next() * 3);
  for (let i = 0; i < body; i++) lines.push((next() < 0.2 ? '' : continuation) + pick([...rows, ...others]));
  return lines;
}

function documentOf(seed) {
  const next = random(seed);
  const count = 2 + Math.floor(next() * 7);
  const lines = [];
  if (next() < 0.1) lines.push(...(next() < 0.5 ? ['---', 'title: x', '---'] : ['+++', 'a = 1', '+++']));
  for (let i = 0; i < count; i++) {
    if (next() < 0.25) lines.push(...tableOf(next));
    else lines.push(line(next));
  }
  const ending = ['\n', '\n', '\r\n', '\r'][Math.floor(next() * 4)];
  let text = lines.join(ending);
  if (next() < 0.7) text += ending;
  if (next() < 0.03) text = '\ufeff' + text;
  return text;
}

/** The package's tree, after asserting the guarded parse gives the same (positions included). */
function compare(kind, text) {
  const [guarded, reference] = parsers[kind];
  const tree = reference.parse(text);
  assert.deepEqual(guarded.parse(text), tree, `${kind} ${JSON.stringify(text)}`);
  return tree;
}

/** Whether a tree holds a table. */
function hasTable(node) {
  return node.type === 'table' || (node.children ?? []).some(hasTable);
}

test('generated documents: the guarded table construct gives the package\'s tree (seeded)', () => {
  let tables = 0;
  // A few seconds; GFM_TABLE_FUZZ_SEEDS=N runs more (N seeds from 1).
  const seeds = Number(process.env.GFM_TABLE_FUZZ_SEEDS) || 1000;
  for (let seed = 1; seed <= seeds; seed++) {
    const text = documentOf(seed);
    const kind = ['plain', 'mdx', 'kramdown'][seed % 3];
    if (hasTable(compare(kind, text))) tables++;
  }
  // The generator must make tables, or it tests nothing.
  assert.ok(tables > seeds / 10, `only ${tables} documents with a table`);
});

const written = [
  '- a | b\n  - | -\n  c | d\n',
  '- item\n  - a | b\n    --|--\n    c|d\n',
  '123456789. a | b\n           --- | ---\n           c | d\n',
  '1) a | b\n   -|-\n',
  '> a | b\n> --|--\n> c | d\nlazy | row\n',
  '> a | b\n--|--\n',
  '> > a | b\n> > -|-\n> c\n',
  '- > a | b\n  > -|-\n',
  'paragraph\na | b\n-|-\nc | d\n',
  'a | b\n---\n',
  'a\n-\n',
  'a\n---\n',
  '***\na|b\n-|-\n***\n',
  '<div>\na | b\n-|-\n</div>\n',
  '<div>\n\na | b\n-|-\n\n</div>\n',
  '[^n]: a | b\n    -|-\n    c|d\n',
  '[^n]:\n    a | b\n    -|-\n',
  '---\ntitle: t\n---\na | b\n-|-\n',
  '+++\nx = 1\n+++\na | b\n-|-\n',
  '    a | b\n    -|-\n',
  '\ta | b\n\t-|-\n',
  ' \ta | b\n  -|-\n',
  'a|b\r\n-|-\r\n> c|d\r\n',
  'a|b\r-|-\rc|d\r\r> x|y\r> :-:|-\r',
  '<Tabs>\na | b\n-|-\n</Tabs>\n',
  '<Tabs>\n  <TabItem label="x">\n    a | b\n    -|-\n  </TabItem>\n</Tabs>\n',
  '$$\na | b\n-|-\n$$\n',
  '```\na | b\n-|-\n```\na|b\n-|-\n',
  '| a |\n| - |\n| b |\n|\n-\n',
  'a | b\n-|-\n\n\n-|-\n',
  'x\n\n- a | b\n-|-\n',
  '* a\n\n  b | c\n  -|-\n* d\n',
];

test('written documents: containers, interruptions, setext, code, HTML, front matter, MDX, math', () => {
  for (const text of written) for (const kind of Object.keys(parsers)) compare(kind, text);
});
