// A generated MDX page (an OpenAPI docs generator's: `<StatusCodes responses={{…}}>` with a schema of
// tens of kilobytes on one line) is checked, not refused as too complex: in MDX 2+ a JSX tag's
// attribute strings and `{expressions}` hold no emphasis, code or link delimiter (src/mdx-jsx-flow.ts
// reads them as JavaScript), and the complexity pre-scan skips the tags the parser surely reads
// (src/text/jsx-flow-tag.ts). What the parser reads as Markdown is still bounded: hostile variants
// of the same page are refused at their line, in bounded time and memory.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {fixture, ruleFindings} from './rule-helpers.mjs';
import {findings, tempSite} from './helpers.mjs';
import {draft, hostileRun} from './hostile-run.mjs';
import {assertLinearGrowth} from './growth.mjs';
import {complexityLimits, tooComplex} from '../dist/src/complexity.js';
import {remarkMdxJsxFlowTags} from '../dist/src/markdown.js';

const path = 'mdx-generated-props/docs/api/list-widgets.api.mdx';
const page = readFileSync(fixture(path), 'utf8');
const lines = page.split('\n');
// The page's layout (asserted, so that a change of the fixture shows here): the long tag opens on line 37.
assert.equal(lines[36], '<StatusCodes');
assert.ok(lines[39].length > 50_000 && lines[39].startsWith('  responses={{'));
const paragraphReason = 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph or HTML block';
const jsx = {jsxFlow: true};
const scan = (text, options = jsx) => tooComplex(text, complexityLimits, options);
const site = (text) => ({
  'package.json': readFileSync(fixture('mdx-generated-props', 'package.json'), 'utf8'),
  'docusaurus.config.js': readFileSync(fixture('mdx-generated-props', 'docusaurus.config.js'), 'utf8'),
  'docs/api/list-widgets.api.mdx': text,
  'docs/draft.md': draft,
});

test('a generated MDX page whose JSX props hold thousands of `*`, `_`, backticks and brackets is checked: the typos and missing links in its prose are found, nothing in its props', async () => {
  assert.deepEqual(await ruleFindings('spelling', [path]), [`${path}:29:24 spelling`, `${path}:45:106 spelling`]);
  assert.deepEqual(await ruleFindings('no-missing-files', [path]), [`${path}:29:54 no-missing-files`, `${path}:45:62 no-missing-files`]);
  assert.equal(scan(page), undefined);
  // Where the tags are no JSX blocks (CommonMark's reading, as for MDX 1 before its rewrite) the props are a paragraph's text.
  assert.deepEqual(scan(page, {}), {line: 37, reason: paragraphReason});
});

/** The page with `edit` applied to its lines, and the line (1-based) the guard must name. */
const variants = {
  // 50,000 unclosed `**` in a paragraph after the tag: Markdown, counted.
  'a hostile paragraph after the tag': {edit: (l) => [...l.slice(0, 45), '', `${'**a'.repeat(50_000)}`, ''], line: 47, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'},
  // Text after the tag's `>`: no JSX block (MDX reads it as JSX in a paragraph, the parser as a paragraph).
  'text after the tag\'s `>`': {edit: (l) => l.map((line, i) => (i === 40 ? '> and *more*' : line)), line: 37, reason: paragraphReason},
  // A `{` that never closes: the tag runs to the end of the file, so it is none.
  'a `{` that never closes': {edit: (l) => l.map((line, i) => (i === 39 ? line.slice(0, -1) : line)), line: 37, reason: paragraphReason},
  // A quote's lazy line: the parser's tag construct refuses it; the pre-scan follows no tag where a paragraph may be open.
  'the tag on a block quote\'s lazy line': {edit: (l) => l.map((line, i) => (i === 35 ? '> A note.' : line)), line: 36, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one block quote'},
  // A tag over a fence line that never closes, after a paragraph line (so not followed): inside what a
  // tag read no fence opens, and the paragraph after it is counted.
  'a fence line inside an attribute': {edit: (l) => [...l.slice(0, 35), 'Some text.', '<Example', '  code="', '```js', '"', '/>', '', `${'_a'.repeat(50_000)}`, ''], line: 43, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'},
};

for (const [name, {edit, line, reason}] of Object.entries(variants)) {
  test(`a hostile variant of the generated page (${name}) is still refused at line ${line}`, () => {
    assert.deepEqual(scan(edit(lines).join('\n')), {line, reason});
  });
}

test('a tag that fails (a template literal the fence\'s backticks end, open to the end of the file) hides no fence: the parser reads the fence, and the delimiters in it are code', () => {
  const text = [...lines.slice(0, 35), 'Some text.', '<Example', '  code={`', '```js', '`}', '/>', '', `${'_a'.repeat(50_000)}`, ''].join('\n');
  assert.equal(scan(text), undefined);
});

test('hostile variants run in bounded time and memory: refused at their line, the other file keeps its finding', () => {
  for (const name of ['a hostile paragraph after the tag', 'a `{` that never closes']) {
    const {edit, line, reason} = variants[name];
    const root = tempSite(site(edit(lines).join('\n')));
    // Measured about 3 s each under load (most of it the CLI's start); 60 s leaves room.
    const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root, {timeout: 60_000});
    const file = json.find((entry) => entry.filePath.endsWith('list-widgets.api.mdx'));
    assert.deepEqual(file.messages.map((m) => [m.line, m.message]), [[line, `File is too complex to check: ${reason}; not checked`]], stderr);
    assert.ok(findings(json, root).includes('docs/draft.md:4:1 no-drafts'), stderr);
  }
});

test('JSX nested thousands deep and braces nested thousands deep (each line a tag the next lines close, with text after the last `>`): checked in linear time; the link after them is found', () => {
  const nested = (n) => `# T\n\n${'<a b={[{"c": "*d*"}]}>\n'.repeat(n)}${'</a>\n'.repeat(n)}\n${'<a b={{\n'.repeat(n)}${'}\n'.repeat(n)}}> x *y*\n\nSee [the plan](missing.md).\n`;
  // Before: every line's attempt read on to the closing braces, and failed on the text after them (30 s for 8,000 lines).
  const mdx = unified().use(remarkParse).use(remarkMdxJsxFlowTags).freeze();
  assertLinearGrowth('MDX tags nested and failed', (text) => mdx.parse(text), nested, 150);
  assertLinearGrowth('the pre-scan over them', (text) => scan(text), nested, 2000);
  const root = tempSite(site(nested(5000)));
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root, {timeout: 120_000});
  assert.deepEqual(findings(json, root), [`docs/api/list-widgets.api.mdx:${4 * 5000 + 6}:5 no-missing-files`, 'docs/draft.md:4:1 no-drafts'], stderr);
});
