// MDX's JSX in flow (src/mdx-jsx-flow.ts): a line of JSX tags is a block of its own and the lines
// after it are Markdown (micromark-extension-mdx-jsx); in a `.md` page CommonMark's HTML block still
// runs to the next blank line.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fixture, ruleFindings, siteFindings} from './rule-helpers.mjs';
import {findings, postlintJson, tempSite} from './helpers.mjs';

test('MDX: a fence inside a component, holding a blank line, ends at its own closing backticks; the heading after the component is the page\'s', async () => {
  // tabs.mdx:7 links to the heading after <Tabs> (found) and to a heading never written (broken).
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['mdx-jsx-flow/tabs.mdx']), ['mdx-jsx-flow/tabs.mdx:7:44 no-broken-anchors']);
  // The same text as CommonMark: the HTML block ends at the fence's blank line, the closing backticks open a fence to the end.
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['mdx-jsx-flow/tabs.md']), ['mdx-jsx-flow/tabs.md:7:5 no-broken-anchors', 'mdx-jsx-flow/tabs.md:7:44 no-broken-anchors']);
});

test('MDX: the lines between a component\'s tags are Markdown, headings and links; in a .md page they are raw HTML', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['mdx-jsx-flow/content.mdx']), []);
  assert.deepEqual(await ruleFindings('no-missing-files', ['mdx-jsx-flow/content.mdx']), ['mdx-jsx-flow/content.mdx:7:6 no-missing-files']);
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['mdx-jsx-flow/content.md']), ['mdx-jsx-flow/content.md:3:5 no-broken-anchors']);
  assert.deepEqual(await ruleFindings('no-missing-files', ['mdx-jsx-flow/content.md']), []);
});

test('MDX: indentation makes no code (MDX has no indented code): a nested component\'s indented content is prose and links', async () => {
  assert.deepEqual(await ruleFindings('spelling', ['mdx-jsx-flow/nested.mdx']), ['mdx-jsx-flow/nested.mdx:5:13 spelling']);
  assert.deepEqual(await ruleFindings('no-missing-files', ['mdx-jsx-flow/nested.mdx']), ['mdx-jsx-flow/nested.mdx:5:37 no-missing-files']);
});

test('Docusaurus 2 compiles MDX 1, whose JSX blocks end at a blank line as HTML does: the heading after the fence is lost there; Docusaurus 3 (MDX 3) reads it', async () => {
  const page = readFileSync(fixture('mdx-jsx-flow', 'tabs.mdx'), 'utf8');
  const site = (core) => ({
    'docusaurus.config.js': "module.exports = {url: 'https://example.org', baseUrl: '/'};\n",
    'package.json': JSON.stringify({dependencies: {'@docusaurus/core': core}}),
    'docs/tabs.md': page,
  });
  assert.deepEqual(await siteFindings('no-broken-anchors', site('^2.4.0')), ['docs/tabs.md:7:5 no-broken-anchors', 'docs/tabs.md:7:44 no-broken-anchors']);
  assert.deepEqual(await siteFindings('no-broken-anchors', site('3.1.0')), ['docs/tabs.md:7:44 no-broken-anchors']);
});

test('Docusaurus version from any @docusaurus/* package, the lockfile or node_modules; none says: the ids MDX 1 and MDX 3 read differently are unverifiable', async () => {
  const page = readFileSync(fixture('mdx-jsx-flow', 'tabs.mdx'), 'utf8');
  const site = (extra) => ({'docusaurus.config.js': "module.exports = {url: 'https://example.org', baseUrl: '/'};\n", 'docs/tabs.md': page, ...extra});
  const mdx1 = ['docs/tabs.md:7:5 no-broken-anchors', 'docs/tabs.md:7:44 no-broken-anchors'];
  const mdx3 = ['docs/tabs.md:7:44 no-broken-anchors'];
  // The preset alone (no core listed): its version is the site's.
  assert.deepEqual(await siteFindings('no-broken-anchors', site({'package.json': JSON.stringify({dependencies: {'@docusaurus/preset-classic': '^2.4.0'}})})), mdx1);
  assert.deepEqual(await siteFindings('no-broken-anchors', site({'package.json': JSON.stringify({dependencies: {'@docusaurus/preset-classic': '~3.1.0'}})})), mdx3);
  // A range that names no version (a workspace): the lockfile's, then the installed core's.
  const workspace = JSON.stringify({dependencies: {'@docusaurus/core': 'workspace:*'}});
  assert.deepEqual(await siteFindings('no-broken-anchors', site({'package.json': workspace, 'package-lock.json': JSON.stringify({packages: {'node_modules/@docusaurus/core': {version: '2.4.3'}}})})), mdx1);
  assert.deepEqual(await siteFindings('no-broken-anchors', site({'package.json': workspace, 'yarn.lock': '"@docusaurus/core@^3.0.0":\n  version "3.0.1"\n  resolved "x"\n'})), mdx3);
  assert.deepEqual(await siteFindings('no-broken-anchors', site({'node_modules/@docusaurus/core/package.json': JSON.stringify({version: '2.0.0'})})), mdx1);
  // Nothing says: #options-for-names is a heading in MDX 3 only, so neither found nor broken; the page's other ids are left open too.
  const root = tempSite(site({}));
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).filter((row) => row.endsWith('no-broken-anchors')), []);
  const unverifiable = json.flatMap((file) => (file.unverifiable ?? []).map(({line, column, url}) => `${file.filePath.slice(root.length + 1)}:${line}:${column} ${url}`));
  assert.deepEqual(unverifiable, ['docs/tabs.md:7:5 #options-for-names', 'docs/tabs.md:7:44 #no-such-heading']);
});

test('MDX JSX flow: which lines are tag blocks (html nodes of their own lines) and which are left to CommonMark', async () => {
  const {unified} = await import('unified');
  const {default: remarkParse} = await import('remark-parse');
  const {remarkMdxJsxFlowTags} = await import('../dist/src/markdown.js');
  const processor = unified().use(remarkParse).use(remarkMdxJsxFlowTags);
  const blocks = (text) => processor.parse(text).children.map((node) => `${node.type}@${node.position.start.line}-${node.position.end.line}`);
  assert.deepEqual(blocks('<a>\n  <b>\n    c\n\n    ```\n    d\n    ```\n  </b>\n</a>'), ['html@1-1', 'html@2-2', 'paragraph@3-3', 'code@5-7', 'html@8-8', 'html@9-9']); // nested, indented
  assert.deepEqual(blocks('<a>\nb\n</a>'), ['html@1-1', 'paragraph@2-2', 'html@3-3']); // mdx-jsx: "an element w/ content"
  assert.deepEqual(blocks('<a> <b>\t\nc\n  </b> </a>'), ['html@1-1', 'paragraph@2-2', 'html@3-3']); // tags after tags
  assert.deepEqual(blocks('<x\n  y={[1, "}"]}\n  z=\'a\'\n/>\n# H'), ['html@1-4', 'heading@5-5']); // a tag over lines, braces in a string
  assert.deepEqual(blocks('<Tip>{`a\n\nb`}</Tip>\ntext'), ['html@1-3', 'paragraph@4-4']); // an expression after a tag
  assert.deepEqual(blocks('<Note>some text</Note>\nmore'), ['paragraph@1-2']); // more than tags on the line: CommonMark's
  assert.deepEqual(blocks('<https://example.com>\ntext'), ['paragraph@1-2']); // an autolink, no tag
  assert.deepEqual(blocks('<!-- c -->\ntext'), ['html@1-1', 'paragraph@2-2']); // CommonMark's HTML (a comment) as before
  assert.deepEqual(blocks('<a href="x" title>\n'), ['html@1-1']);
  assert.deepEqual(blocks('<a b="unclosed\n\ntext'), ['paragraph@1-1', 'paragraph@3-3']); // never closes: not a tag block
  // A tag open at the end of a container fails there only: the tags after the container are still tags.
  assert.deepEqual(blocks('> <a b="x\n\n<X>\ntext'), ['blockquote@1-1', 'html@3-3', 'paragraph@4-4']);
  assert.deepEqual(blocks('<a {\n<a {\ntext'), ['paragraph@1-3']); // open at the end of the file: no tag, from any of its lines
  // JavaScript comments hold anything (text/js-expression.ts): an apostrophe, a brace, a quote.
  assert.deepEqual(blocks("<Config\n  items={[\n    // don't deploy\n    1,\n  ]}\n/>\n# H"), ['html@1-6', 'heading@7-7']);
  assert.deepEqual(blocks('<X a={/* } " */ 1} />\n# H'), ['html@1-1', 'heading@2-2']);
  assert.deepEqual(blocks('<X a={`${"}"} // ${1}`} />\n# H'), ['html@1-1', 'heading@2-2']); // `//` in a template is text
  assert.deepEqual(blocks('> <X\n/>'), ['blockquote@1-2']); // no lazy line inside a tag (mdx-jsx: "should not support lazy flow"): CommonMark's paragraph
});

test('MDX 1 (codeJsxTags): a JavaScript comment in a multi-line tag holds anything; the tag is still rewritten', async () => {
  const {codeJsxTags} = await import('../dist/src/text/jsx-tags.js');
  assert.deepEqual(codeJsxTags("Text.\n\n<Config\n  items={[\n    // don't deploy\n    '# x',\n  ]}\n/>\n").lines, [3]);
  assert.deepEqual(codeJsxTags('Text.\n\n<Config\n  a={/* { */ 1}\n# x\n/>\n').lines, [3]);
});
