// The file rules' tree walker (src/walk.ts) must visit what unist-util-visit visits, in its order,
// with the same parents, and skip a node's children exactly where unist-util-visit's SKIP would.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {visit, SKIP} from 'unist-util-visit';
import {remarkGfmWithoutLiterals} from '../dist/src/markdown.js';
import {walk, walkType} from '../dist/src/walk.js';

const doc = `---
title: A post
---

# Title with *emphasis* and \`code\`

Text with [a link](https://example.com "t") and ![alt](img.png) and a footnote[^1].

> Quote with a list:
>
> - item **one**
> - [x] item two
>
> | a | b |
> | - | - |
> | 1 | ~~2~~ |

<div id="x">html</div>

1. ### Heading in a list
2. ### Another

\`\`\`js
code();
\`\`\`

[ref]: https://example.com/ref

[^1]: The note, with *emphasis*.
`;

const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmWithoutLiterals).parse(doc);

test('walk visits every node in unist-util-visit\'s order, with the same parents', () => {
  const theirs = [];
  visit(tree, (node, _index, parent) => {
    theirs.push([node, parent]);
  });
  const ours = [];
  walk(tree, (node, parent) => {
    ours.push([node, parent]);
  });
  assert.ok(ours.length > 40, `a rich tree (${ours.length} nodes)`);
  assert.equal(ours.length, theirs.length);
  for (const [i, [node, parent]] of ours.entries()) {
    assert.equal(node, theirs[i][0], `node ${i} (${node.type})`);
    assert.equal(parent, theirs[i][1], `parent of node ${i} (${node.type})`);
  }
});

test('false skips a node\'s children as SKIP does', () => {
  const skipped = new Set(['heading', 'tableCell', 'listItem']);
  const theirs = [];
  visit(tree, (node) => {
    theirs.push(node);
    return skipped.has(node.type) ? SKIP : undefined;
  });
  const ours = [];
  walk(tree, (node) => {
    ours.push(node);
    return !skipped.has(node.type);
  });
  assert.deepEqual(ours.map((node) => node.type), theirs.map((node) => node.type));
  assert.ok(!ours.some((node) => node.type === 'emphasis' && theirs.indexOf(node) === -1));
});

test('walkType visits the nodes of one type, nested ones too, in order', () => {
  for (const type of ['emphasis', 'heading', 'text', 'definition', 'html']) {
    const theirs = [];
    visit(tree, type, (node) => {
      theirs.push(node);
    });
    const ours = [];
    walkType(tree, type, (node) => {
      ours.push(node);
    });
    assert.ok(ours.length > 0, type);
    assert.deepEqual(ours, theirs, type);
  }
});
