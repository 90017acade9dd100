// Where front matter ends, as remark-frontmatter reads it: the one helper the complexity pre-scan
// and both MDX component passes share (MDX 1: text/jsx-tags.ts codeJsxTags; MDX 2+: mdx-jsx-flow.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {frontMatterLineCount} from '../dist/src/text/front-matter-lines.js';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {remarkMdxJsxFlowTags} from '../dist/src/markdown.js';
import {codeJsxTags} from '../dist/src/text/jsx-tags.js';

test('front matter: its lines, closing fence included; none without an opening line or a closing fence', () => {
  assert.equal(frontMatterLineCount('---\ntitle: T\n---\n\nText.\n'), 3);
  assert.equal(frontMatterLineCount('+++\ntitle = "T"\n+++\n'), 3);
  assert.equal(frontMatterLineCount('---\n---'), 2, 'empty, at the end of the file');
  assert.equal(frontMatterLineCount('--- \t\ntitle: T\n---  \n'), 3, 'spaces and tabs after either fence');
  assert.equal(frontMatterLineCount('\ufeff---\ntitle: T\n---\n'), 3, 'after a byte-order mark');
  assert.equal(frontMatterLineCount('---\r\ntitle: T\r\n---\r\n'), 3, 'CRLF');
  assert.equal(frontMatterLineCount('---\rtitle: T\r---\r'), 3, 'lone CR');
  assert.equal(frontMatterLineCount('---\ntitle: T\n+++\nmore: 1\n---\n'), 5, 'only the same fence closes it');
  assert.equal(frontMatterLineCount('---\ntitle: T\n'), 0, 'never closed');
  assert.equal(frontMatterLineCount('---'), 0);
  assert.equal(frontMatterLineCount('----\ntitle: T\n---\n'), 0, 'four dashes are a thematic break');
  assert.equal(frontMatterLineCount('---x\ntitle: T\n---\n'), 0);
  assert.equal(frontMatterLineCount(' ---\ntitle: T\n---\n'), 0, 'indented');
  assert.equal(frontMatterLineCount('# Title\n---\n'), 0);
  assert.equal(frontMatterLineCount(''), 0);
});

test('mdx: a component tag inside front matter is left alone, also after a byte-order mark and past a line of the other fence', () => {
  const mdx = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkMdxJsxFlowTags);
  const types = (text) => mdx.parse(text).children.map((node) => node.type);
  // A TOML string holds a `---` line, a blank line and what looks like a component tag spanning lines.
  const matter = '+++\ndescription = """\n---\n\n<Note a={`\n# x\n`} />\n"""\n+++\n';
  for (const text of [matter, `\ufeff${matter}`]) assert.deepEqual(types(text), ['toml']);
  // After the front matter, the same tag is one JSX element (src/mdx-jsx-flow.ts): no heading.
  assert.deepEqual(types('---\ntitle: T\n---\n\n<Note a={`\n# x\n`} />\n'), ['yaml', 'html']);
});

test('mdx 1 (Docusaurus 2, codeJsxTags): a component tag inside front matter is left alone, also after a byte-order mark; after it, the tag is rewritten', () => {
  const matter = '+++\ndescription = """\n---\n\n<Note a={`\n# x\n`} />\n"""\n+++\n';
  for (const text of [matter, `\ufeff${matter}`]) assert.deepEqual(codeJsxTags(text), {text, lines: []});
  const body = '\n<Note a={`\n# x\n`} />\n';
  assert.deepEqual(codeJsxTags(`---\ntitle: T\n---\n${body}`).lines, [5]);
  assert.deepEqual(codeJsxTags(`\ufeff---\ntitle: T\n---\n${body}`).lines, [5], 'after a byte-order mark');
});
