// The page's nodes by type (src/node-index.ts), made by one walk and kept per tree: the rules and the
// spelling concepts that asked a walk for a few types each must get what that walk gave, in its order,
// with the same parents, and a tree whose root took other children must not be answered from the old index.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {remarkGfmWithoutLiterals} from '../dist/src/markdown.js';
import {walk} from '../dist/src/walk.js';
import {eachOfTypes, forgetNodeIndex} from '../dist/src/node-index.js';

const doc = `---
title: A post
---

# Title with *emphasis* and \`code\`

Text with [a link](https://example.com "t"), [a reference][ref] and \`inline\` code.

> Quote with \`code\` and a list:
>
> - item **one** with [another link](https://example.org)
> - [x] item \`two\`

<div id="x">html</div>

\`\`\`sh
$ run --it
\`\`\`

1. ### Heading in a list
2. \`\`\`js
   nested();
   \`\`\`

[ref]: https://example.com/ref
`;

const parse = () => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmWithoutLiterals).parse(doc);

/** What a walk of the whole tree filtering by type gives: the reading the index replaces. */
function walked(tree, types) {
  const out = [];
  walk(tree, (node, parent) => {
    if (types.includes(node.type)) out.push([node, parent]);
  });
  return out;
}

function indexed(tree, types) {
  const out = [];
  eachOfTypes(tree, types, (node, parent) => out.push([node, parent]));
  return out;
}

test('eachOfTypes gives a walk\'s nodes of those types, in document order, with their parents', () => {
  const tree = parse();
  const kinds = [['code'], ['inlineCode'], ['code', 'inlineCode'], ['code', 'inlineCode', 'html'], ['definition', 'link', 'linkReference'], ['heading', 'html'], ['text', 'emphasis', 'strong'], ['listItem', 'paragraph', 'inlineCode'], ['table']];
  for (const types of kinds) {
    const theirs = walked(tree, types);
    const ours = indexed(tree, types);
    if (types[0] !== 'table') assert.ok(ours.length > 1, types.join());
    assert.equal(ours.length, theirs.length, types.join());
    for (const [i, [node, parent]] of ours.entries()) {
      assert.equal(node, theirs[i][0], `${types.join()}: node ${i} (${node.type})`);
      assert.equal(parent, theirs[i][1], `${types.join()}: parent of node ${i}`);
    }
  }
  // Asked again, from the index kept for the tree: the same answer.
  assert.deepEqual(indexed(tree, ['code', 'inlineCode']), walked(tree, ['code', 'inlineCode']));
});

test('a visitor answering false is not given the nodes of its types inside that node, as a walk does not go into it', () => {
  const tree = parse();
  // The walk the converted readings were: not into a list (the quote's list, the ordered list), nor into a quote.
  const stops = (node) => node.type === 'list' || node.type === 'blockquote';
  const cases = [['list', 'inlineCode'], ['blockquote', 'list', 'link'], ['list'], ['blockquote', 'inlineCode', 'code', 'heading']];
  for (const types of cases) {
    const theirs = [];
    walk(tree, (node, parent) => {
      if (!types.includes(node.type)) return undefined;
      theirs.push([node, parent]);
      return stops(node) ? false : undefined;
    });
    const ours = [];
    eachOfTypes(tree, types, (node, parent) => {
      ours.push([node, parent]);
      return stops(node) ? false : undefined;
    });
    assert.deepEqual(ours.map(([node]) => node.type), theirs.map(([node]) => node.type), types.join());
    for (const [i, [node, parent]] of ours.entries()) {
      assert.equal(node, theirs[i][0], `${types.join()}: node ${i}`);
      assert.equal(parent, theirs[i][1], `${types.join()}: parent of node ${i}`);
    }
    // Below the root (no index): the same.
    const quote = tree.children.find((node) => node.type === 'blockquote');
    const below = [];
    eachOfTypes(quote, types, (node) => {
      below.push(node);
      return stops(node) ? false : undefined;
    });
    const belowWalked = [];
    walk(quote, (node) => {
      if (!types.includes(node.type)) return undefined;
      belowWalked.push(node);
      return stops(node) ? false : undefined;
    });
    assert.deepEqual(below, belowWalked, `below the root: ${types.join()}`);
  }
  // What the skip leaves out: the quote's list and link, and the ordered list's inline code, are not given.
  const given = [];
  eachOfTypes(tree, ['blockquote', 'list', 'link'], (node) => {
    given.push(node.type);
    return stops(node) ? false : undefined;
  });
  assert.deepEqual(given, ['link', 'blockquote', 'list']);
});

test('below the root (a list, a quote) eachOfTypes walks that node', () => {
  const tree = parse();
  const quote = tree.children.find((node) => node.type === 'blockquote');
  assert.deepEqual(indexed(quote, ['inlineCode', 'link']), walked(quote, ['inlineCode', 'link']));
  assert.equal(indexed(quote, ['inlineCode']).length, 2);
});

test('a root given other children (a page read as all front matter) is indexed again', () => {
  const tree = parse();
  assert.equal(indexed(tree, ['code']).length, 2);
  // As phase 1 does when a page's front matter runs to its end: the root's children are another list.
  tree.children = [tree.children[0]];
  assert.deepEqual(indexed(tree, ['code']), []);
  assert.deepEqual(indexed(tree, ['yaml']).map(([node]) => node.type), ['yaml']);
  // And as the language server may: the same list, a child added at the front.
  tree.children.unshift({type: 'html', value: '<!-- x -->'});
  assert.deepEqual(indexed(tree, ['html']).map(([node]) => node.value), ['<!-- x -->']);
});

test('forgetNodeIndex drops what a change deeper in the tree would leave stale', () => {
  const tree = parse();
  assert.equal(indexed(tree, ['inlineCode']).length, 4);
  // A plugin of another pipeline (remark-cli) changing a paragraph between two postlint rules.
  const paragraph = tree.children.find((node) => node.type === 'paragraph');
  paragraph.children = paragraph.children.filter((node) => node.type !== 'inlineCode');
  forgetNodeIndex(tree);
  assert.equal(indexed(tree, ['inlineCode']).length, 3);
  assert.deepEqual(indexed(tree, ['inlineCode']), walked(tree, ['inlineCode']));
});
