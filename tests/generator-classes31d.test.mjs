// Round 29's held-out classes of fix31d, each on a small site of its own (fixtures/classes31d/),
// asserted by exact rule id, line and column, both ways:
// - the complexity pre-scan reads CommonMark HTML blocks as micromark does (a widget's JSON in a
//   `<script>` line under a `<div>` is raw HTML, no paragraph), and names the block it rejects;
// - a Hugo `{{< shortcode >}}` whose template reads the file its named argument gives: the file's
//   ids are the page's, and a file the build writes before Hugo runs (absent here) leaves the
//   page's fragments unverifiable.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, lintSite} from './rule-helpers.mjs';
import {assertLinearGrowth} from './growth.mjs';

const {tooComplex} = await import('../dist/src/complexity.js');
const {shortcodeArguments} = await import('../dist/src/text/shortcode-arguments.js');

const html = {htmlBlocks: true};
const limits = (await import('../dist/src/complexity.js')).complexityLimits;
/** A line of 3,000 link and emphasis delimiters that never close, as a widget's JSON data holds. */
const flood = `{"x":{"data":[${'["a_1",*b*],'.repeat(1000)}]}}`;
const paragraphReason = 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph';

test('complexity: a <div> line and a <script> data line under it are one HTML block (kind 6) to the blank line; the same flood after the blank line is a paragraph', () => {
  const widget = ['# Plot', '', '<div class="widget" id="w1"></div>', `<script type="application/json" data-for="w1">${flood}</script>`, '', 'After.', ''].join('\n');
  assert.equal(tooComplex(widget, limits, html), undefined);
  // Without CommonMark's HTML blocks (MDX, kramdown) the lines are still counted, and the reason says what they may be.
  assert.deepEqual(tooComplex(widget, limits), {line: 3, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph or HTML block'});
  // Must fail: a blank line ends the <div> block; the flood under it is a paragraph.
  const after = ['<div class="widget">', '', flood, ''].join('\n');
  assert.deepEqual(tooComplex(after, limits, html), {line: 3, reason: paragraphReason});
  // Must fail: the flood in a paragraph of its own, or continuing one.
  assert.deepEqual(tooComplex(['Intro.', '', flood, ''].join('\n'), limits, html), {line: 3, reason: paragraphReason});
  assert.deepEqual(tooComplex(['Intro', `text ${flood}`, ''].join('\n'), limits, html), {line: 1, reason: paragraphReason});
});

test('complexity: kinds 1–5 run over blank lines to their end, which may be on the opening line; the lines after the end are counted', () => {
  for (const [open, close] of [['<script type="application/json">', '</script>'], ['<pre>', '</PRE>'], ['<!-- data', '-->'], ['<?php', '?>'], ['<!DOCTYPE x', '>'], ['<![CDATA[', ']]>']]) {
    const inside = [open, flood, '', flood, close, 'Text.', ''].join('\n');
    assert.equal(tooComplex(inside, limits, html), undefined, open);
    // Must fail: the line after the end is a paragraph again.
    const past = [open, close, flood, ''].join('\n');
    assert.deepEqual(tooComplex(past, limits, html), {line: 3, reason: paragraphReason}, open);
  }
  // The end on the opening line: `<!-->` is a whole comment, so is a one-line script.
  assert.deepEqual(tooComplex(['<!-->', flood, ''].join('\n'), limits, html), {line: 2, reason: paragraphReason});
  assert.deepEqual(tooComplex([`<script>${'['.repeat(10)}</script>`, flood, ''].join('\n'), limits, html), {line: 2, reason: paragraphReason});
  // Any of the four raw end tags ends kind 1 (CommonMark 0.31 §4.6, condition 1).
  assert.deepEqual(tooComplex(['<style>', '</textarea>', flood, ''].join('\n'), limits, html), {line: 3, reason: paragraphReason});
});

test('complexity: kind 7 (any complete tag alone on its line) starts a block only where no paragraph may be open; an indented tag, or one in a list, is counted', () => {
  assert.equal(tooComplex(['Intro.', '', '<custom-chart data-id="a" hidden>', flood, ''].join('\n'), limits, html), undefined);
  assert.equal(tooComplex(['<span class=\'c\' />', flood, ''].join('\n'), limits, html), undefined);
  // Must fail: after a paragraph line kind 7 is text of the paragraph; an incomplete tag makes no block.
  assert.deepEqual(tooComplex(['Intro.', '<custom-chart>', flood, ''].join('\n'), limits, html), {line: 1, reason: paragraphReason});
  assert.deepEqual(tooComplex(['', '<custom-chart a="b>', flood, ''].join('\n'), limits, html), {line: 2, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph or HTML block'});
  // Kind 6 interrupts a paragraph.
  assert.equal(tooComplex(['Intro.', '<div>', flood, ''].join('\n'), limits, html), undefined);
  // Must fail: an indented tag may be a list item's, whose end would end the block earlier: counted, and named so.
  const listed = ['- item', '', '  <div>', `  ${flood}`, ''].join('\n');
  assert.deepEqual(tooComplex(listed, limits, html), {line: 3, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph or HTML block'});
  // A fence inside an HTML block opens nothing; a tag inside a fence opens nothing.
  assert.equal(tooComplex(['<div>', '```', flood, ''].join('\n'), limits, html), undefined);
  assert.deepEqual(tooComplex(['```', '<div>', '```', flood, ''].join('\n'), limits, html), {line: 4, reason: paragraphReason});
});

test('complexity: where an HTML block the scan does not follow may be open, a line that looks like an opener may be its content: nothing is skipped', () => {
  const either = 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph or HTML block';
  // An indented <script> runs to </script> (micromark: html, then a paragraph): the comment opener inside it opens nothing.
  assert.deepEqual(tooComplex(['  <script>', '<!--', '</script>', flood, '-->', ''].join('\n'), limits, html), {line: 1, reason: either});
  // An indented <div> runs to the blank line; the CDATA opener under it is its content, and the flood after the blank line a paragraph.
  assert.deepEqual(tooComplex(['<script src="x"></script>', '  <div>', '<![CDATA[', '', flood, ''].join('\n'), limits, html), {line: 5, reason: paragraphReason});
  // A tag after a heading may be a kind-7 block (the scan does not tell): the comment opener under it is not followed.
  assert.deepEqual(tooComplex(['# Title', '<custom-chart>', '<!--', '', flood, ''].join('\n'), limits, html), {line: 5, reason: paragraphReason});
  // Once the blank line has ended those, blocks are followed again.
  assert.equal(tooComplex(['  <div>', '', '<!--', flood, '-->', ''].join('\n'), limits, html), undefined);
});

test('complexity: each end is micromark\'s, character by character (`]]]>` ends no CDATA there; `--->` ends a comment)', () => {
  assert.equal(tooComplex(['<![CDATA[', ']]]>', flood, ''].join('\n'), limits, html), undefined);
  assert.deepEqual(tooComplex(['<![CDATA[', 'x ]]>', flood, ''].join('\n'), limits, html), {line: 3, reason: paragraphReason});
  assert.deepEqual(tooComplex(['<!--', 'x --->', flood, ''].join('\n'), limits, html), {line: 3, reason: paragraphReason});
  assert.equal(tooComplex(['<!--', 'x ->', flood, ''].join('\n'), limits, html), undefined);
  assert.deepEqual(tooComplex(['<script>', 'a </scripts> b </SCRIPT>', flood, ''].join('\n'), limits, html), {line: 3, reason: paragraphReason});
});

test('complexity: a bound crossed names the block it is in (table row, list item, heading)', () => {
  assert.deepEqual(tooComplex(['a | b', '--- | ---', `${flood} | x`, ''].join('\n'), limits, html), {line: 3, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one table row'});
  assert.deepEqual(tooComplex(['- item', `- ${flood}`, ''].join('\n'), limits, html), {line: 2, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one list item'});
  assert.deepEqual(tooComplex([`## ${flood}`, ''].join('\n'), limits, html), {line: 1, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one heading'});
});

test('complexity: HTML block lines cost linear time (long attribute lists, unclosed quotes, many openers)', () => {
  assertLinearGrowth('kind 7 open tags with many attributes', (text) => tooComplex(text, limits, html), (n) => `\n<x-a ${'b=c '.repeat(n)}>\n\n<x-a ${'d="e" '.repeat(n)}f="\n`, 20_000);
  assertLinearGrowth('lines that open and close HTML blocks', (text) => tooComplex(text, limits, html), (n) => '<!-- a -->\n<div>\n\n<x-y z>\n\n'.repeat(n), 5_000);
  assertLinearGrowth('a long comment', (text) => tooComplex(text, limits, html), (n) => `<!--\n${'- -> [a] *b*\n'.repeat(n)}-->\n`, 10_000);
});

test('complexity: in a Hugo site, a post whose widget data sits in an HTML block is checked, not fatal; the same data in a paragraph is fatal at its line', async () => {
  const site = filesOf(fixture('classes31d', 'widget-post'));
  const post = site['content/posts/styling.md'];
  const inBlock = {...site, 'content/posts/styling.md': post.replace('WIDGET', `<div class="widget" id="w1"></div>\n<script type="application/json" data-for="w1">${flood}</script>`)};
  assert.deepEqual((await lintSite('spelling', inBlock)).rows, []);
  const inParagraph = {...site, 'content/posts/styling.md': post.replace('WIDGET', `<div class="widget" id="w1"></div>\n\n${flood}`)};
  const {rows, messages} = await lintSite('spelling', inParagraph);
  assert.deepEqual(rows, ['content/posts/styling.md:9:1 fatal']);
  assert.equal(messages[0].message, `File is too complex to check: ${paragraphReason}; not checked`);
});

test('shortcode arguments: positional or named, quoted, raw or bare; the call\'s end is not a value', () => {
  assert.deepEqual(shortcodeArguments(' file="/generated/a b.html" markdown="true" >'), {positional: [], named: {file: '/generated/a b.html', markdown: 'true'}});
  assert.deepEqual(shortcodeArguments(' api-reference.html %'), {positional: ['api-reference.html'], named: {}});
  assert.deepEqual(shortcodeArguments(' "say \\"hi\\"" `raw` -%'), {positional: ['say "hi"', 'raw'], named: {}});
  assert.deepEqual(shortcodeArguments(' />'), {positional: [], named: {}});
});

const includeSite = () => filesOf(fixture('classes31d', 'generated-include'));

test('hugo: a {{< readfile file="/generated/…" >}} whose file the build writes (absent) leaves fragments into the page unverifiable; ids of an included file that exists are the page\'s, and misses there are reported', async () => {
  const {rows, messages} = await lintSite('no-broken-anchors', includeSite());
  assert.deepEqual(rows, ['content/concepts/modes.md:7:54 no-broken-anchors', 'content/concepts/modes.md:9:53 no-broken-anchors']);
  assert.match(messages[0].message, /ResponseHooks/);
});

test('hugo: once the generated file is there, its id attributes are the page\'s and a misspelt fragment into it is reported', async () => {
  const files = {...includeSite(), 'generated/options.html': '<table><tr id="listen_hosts"><td>listen_hosts</td></tr></table>\n'};
  const {rows} = await lintSite('no-broken-anchors', files);
  assert.deepEqual(rows, ['content/concepts/modes.md:5:56 no-broken-anchors', 'content/concepts/modes.md:7:54 no-broken-anchors', 'content/concepts/modes.md:9:53 no-broken-anchors']);
});

test('hugo: a {{< shortcode >}} that reads no file changes nothing: a misspelt fragment into its page is reported', async () => {
  const files = {...includeSite(), 'layouts/shortcodes/readfile.html': '<div class="note">{{ .Get "file" }}</div>\n'};
  const {rows} = await lintSite('no-broken-anchors', files);
  assert.deepEqual(rows, ['content/concepts/modes.md:5:5 no-broken-anchors', 'content/concepts/modes.md:5:56 no-broken-anchors', 'content/concepts/modes.md:7:5 no-broken-anchors', 'content/concepts/modes.md:7:54 no-broken-anchors', 'content/concepts/modes.md:9:53 no-broken-anchors']);
});

test('complexity: a backtick line whose info string holds a backtick opens no fence (micromark reads a paragraph): the flood under it is counted', () => {
  // Must fail: "```a`" is inline code in a paragraph, and the flood on the next line continues it.
  assert.deepEqual(tooComplex(['```a`', flood, ''].join('\n'), limits, html), {line: 1, reason: paragraphReason});
  assert.deepEqual(tooComplex(['Intro.', '', '```js `x`', flood, ''].join('\n'), limits), {line: 3, reason: paragraphReason});
  // A real fence still holds its lines: a tilde fence may have backticks in its info string.
  assert.equal(tooComplex(['~~~js `x`', flood, '~~~', ''].join('\n'), limits, html), undefined);
  assert.equal(tooComplex(['```js', flood, '```', ''].join('\n'), limits, html), undefined);
});
