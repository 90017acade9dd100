// A `|` inside a code span still ends a GFM table cell (it needs `\|`): a row with a cell too many
// loses its last column on GitHub (an excess cell is dropped). Every row of docs/generators.md's
// tables has as many cells as its header.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

test('docs/generators.md: every table row has its header\'s cells', () => {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(new URL('../docs/generators.md', import.meta.url), 'utf8'));
  const uneven = tree.children
    .filter((node) => node.type === 'table')
    .flatMap((table) => table.children.filter((row) => row.children.length !== table.children[0].children.length).map((row) => `${row.position.start.line}: ${row.children.length} cells`));
  assert.deepEqual(uneven, []);
});
