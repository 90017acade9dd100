// A raw HTML `<pre>` whose tags the parser puts in separate nodes (a `<pre><code>` listing a list
// item splits into paragraphs and inline tags): the text between is code, not prose; text between
// inline `<code>` tags in a paragraph is still read. Raw `<a href>` text its address spells out:
// a name (src/spelling/raw-html-spans.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

const fixture = join(fixtures, 'spelling', 'raw-html-code');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.data.word}`);

test('spelling: words between a raw HTML <pre>\'s tags in separate nodes are code (also after a script whose body writes `<pre>`); the same word in prose, between inline <code> tags, or after a <pre> never closed, is reported', async () => {
  const {findings} = await lintRule({rule: 'spelling', fixture, paths: ['listing.md']});
  assert.deepEqual(rows(findings), [
    'listing.md:3:26 spelling thr',
    'listing.md:10:20 spelling thr',
    'listing.md:12:42 spelling thr',
    'listing.md:16:6 spelling thr',
    'listing.md:30:15 spelling thr',
  ]);
});

test('spelling: a <pre> named in a paragraph and a </pre> paragraphs later open no listing (kramdown closes the span element at its paragraph\'s end): the prose between is read', async () => {
  const {findings} = await lintRule({rule: 'spelling', fixture, paths: ['prose-pre.md']});
  assert.deepEqual(rows(findings), ['prose-pre.md:5:6 spelling thr']);
});

test('spelling: where the generator omits raw HTML (Hugo\'s Goldmark default), the text between a <pre>\'s tags in separate nodes is shown as prose and read; where it keeps raw HTML, it is the listing', async () => {
  const post = '# Post\n\n* The check compares the stack pointer.\n    <div class="highlight"><pre><code>first\nthen load thr here\nand stop</code></pre></div>\n';
  const hugo = await lintRule({rule: 'spelling', files: {'hugo.toml': 'title = "t"\n', 'content/post.md': post}, paths: ['content/post.md']});
  assert.deepEqual(rows(hugo.findings), ['content/post.md:5:11 spelling thr']);
  const plain = await lintRule({rule: 'spelling', files: {'content/post.md': post}, paths: ['content/post.md']});
  assert.deepEqual(rows(plain.findings), []);
});

test('spelling: a capitalized word of raw HTML link text its address spells as written names the target (a block or inline link); text the address does not spell, or a lower-case word it repeats (a file named after the text), or one after an `<a>` left open and before a stray `</a>` paragraphs later, is read', async () => {
  const {findings} = await lintRule({rule: 'spelling', fixture, paths: ['links.md']});
  assert.deepEqual(rows(findings), [
    'links.md:7:40 spelling Recieve',
    'links.md:9:37 spelling Recieve',
    'links.md:11:72 spelling seperate',
    'links.md:15:1 spelling Recieve',
    'links.md:21:1 spelling Recieve',
  ]);
});

test('spelling: a raw HTML link whose whole text is one word its address names as a project (a pages site\'s repository, a host label or its start) is that name; the word linked elsewhere or inside longer link text is read', async () => {
  const {findings} = await lintRule({rule: 'spelling', fixture, paths: ['project-links.md']});
  assert.deepEqual(rows(findings), ['project-links.md:7:62 spelling curtasin', 'project-links.md:9:81 spelling curtasin']);
});

test('spelling and no-placeholders: a highlighter\'s listing pasted as HTML (a <div> of colour-styled token spans, or class cnblogs_code) is code across its blank lines; prose after it, and a <div> of prose with one coloured word, are read', async () => {
  const listing = join(fixtures, 'spelling', 'highlighter-listings');
  const spelling = await lintRule({rule: 'spelling', fixture: listing, paths: ['listing.md']});
  assert.deepEqual(rows(spelling.findings), ['listing.md:13:18 spelling seperator', 'listing.md:15:68 spelling warnning']);
  const placeholders = await lintRule({rule: 'no-placeholders', fixture: listing, paths: ['listing.md']});
  assert.deepEqual(placeholders.findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`), ['listing.md:13:50 no-placeholders']);
  // Where Hugo's Goldmark omits the tags, the token spans still say a program's text; a code-block class alone says nothing of the text shown.
  const post = '# P\n\n<div style="padding: 4px;"><span style="color: #0000ff;">Dim</span><span style="color: #000000;">&nbsp;x\n\nseperator&nbsp;</span><span style="color: #000000;">=</span><span style="color: #008000;">1</span></div>\n\n<div class="cnblogs_code">\n\nrecieve it\n\n</div>\n';
  const hugo = await lintRule({rule: 'spelling', files: {'hugo.toml': 'title = "t"\n', 'content/post.md': post}, paths: ['content/post.md']});
  assert.deepEqual(rows(hugo.findings), ['content/post.md:9:1 spelling recieve']);
});

test('spelling: a program pasted as a paragraph, every line of three or more a statement of code (call, assignment, import, block header), is code; a paragraph with a line of prose among such lines is read', async () => {
  const pasted = join(fixtures, 'spelling', 'statement-paragraphs');
  const {findings} = await lintRule({rule: 'spelling', fixture: pasted, paths: ['pasted.md']});
  assert.deepEqual(rows(findings), ['pasted.md:12:23 spelling rigth', 'pasted.md:13:11 spelling arange']);
  // With Windows line ends (an exported post's CRLF), a line's comment is still taken off.
  const crlf = await lintRule({rule: 'spelling', fixture: pasted, paths: ['crlf.md']});
  assert.deepEqual(rows(crlf.findings), []);
});

test('spelling: prose lines shaped like statements are read: a word and a parenthetical (a space before the parenthesis), an assignment or import or block header whose words stand side by side', async () => {
  const pasted = join(fixtures, 'spelling', 'statement-paragraphs');
  const {findings} = await lintRule({rule: 'spelling', fixture: pasted, paths: ['prose-lines.md']});
  assert.deepEqual(rows(findings), [
    'prose-lines.md:3:13 spelling langauge',
    'prose-lines.md:7:11 spelling teh',
    'prose-lines.md:12:22 spelling chek',
    'prose-lines.md:17:10 spelling wil',
  ]);
});

test('spelling: a <div> of prose with three coloured words in two colours or more (a legend) is no highlighter listing: plain words run four in a row between its spans, and its typos are read', async () => {
  const listing = join(fixtures, 'spelling', 'highlighter-listings');
  const {findings} = await lintRule({rule: 'spelling', fixture: listing, paths: ['legend.md']});
  assert.deepEqual(rows(findings), ['legend.md:5:187 spelling constuction', 'legend.md:7:14 spelling teh']);
});
