// Config files read as JavaScript text (src/site/generators/js-source.ts, config-settings.ts): a
// bracket inside a string, a template literal, a comment or a regex literal closes nothing
// (`bracketCloses`, which Eleventy's passthrough copies read loops with), in linear time; and a
// config function's `return` inside its own blocks (`if (…) { return {…} }`) is one of its returns,
// an inner function's is not, and one postlint cannot place makes the config unread, never guessed.
// Fixture: fixtures/generators/eleventy-string-brackets. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {findings, fixtures, postlintJson, tempSite} from './helpers.mjs';
import {row} from './rule-helpers.mjs';
import {assertLinearGrowth} from './growth.mjs';
import {bracketCloses} from '../dist/src/site/generators/js-source.js';
import {readPassthroughCopies} from '../dist/src/site/generators/eleventy-copies.js';

test('js-source: bracketCloses skips brackets in strings, template literals, comments and regex literals', () => {
  const text = "f(a, \")\", '}', `)${x}`, /\\)/, b) /* ) */ // )\n{ c: [1] }";
  const closes = bracketCloses(text);
  assert.equal(closes.get(1), text.indexOf(' /*') - 1);
  const brace = text.lastIndexOf('{');
  assert.equal(closes.get(brace), text.length - 1);
  assert.equal(closes.get(text.indexOf('[')), text.indexOf(']'));
  // A bracket inside a string is no bracket: it has no entry. One that never closes runs to the end.
  assert.equal(closes.get(text.indexOf('}')), undefined);
  assert.equal(bracketCloses('g(1, "x"').get(1), 8);
});

test('eleventy: a loop whose body holds ")" and "}" in strings, a regex and a template literal still gives its copy (fixture)', () => {
  const root = join(fixtures, 'generators', 'eleventy-string-brackets');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  // diagram.png is copied to /notes/first/ by the loop's call; chart.png is nowhere: reported, not unverifiable.
  assert.deepEqual(findings(json, root).filter((line) => !/spelling|brand-casing/.test(line)), ['pages/notes/first.md:5:40 no-missing-files']);
  assert.deepEqual(json.flatMap((file) => file.unverifiable ?? []), []);
  // A call in a string is no call; one the loop cannot name is still unread.
  assert.deepEqual(readPassthroughCopies(["const s = 'config.addPassthroughCopy(\"x\")';\nconfig.addPassthroughCopy(dirs.x);"]), {copies: [], unread: 1});
});

test('js-source: bracketCloses grows linearly with strings, comments and regex literals', () => {
  const chunk = "call(a, ')', \"}\", `${b}`, /\\)/g) // } )\n/* ( */ { k: [x / 2] }\n";
  assertLinearGrowth('bracketCloses', (text) => bracketCloses(text), (n) => chunk.repeat(n), 2000);
});

const settings = async (files) => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  return (await siteFor(tempSite({...files, 'index.md': '# Home\n'}))).config;
};
const blockReturns = (first, second) => `export default async ({mode}) => {\n  if (mode === 'preview') {\n    return defineConfig({srcDir: '${first}'})\n  } else {\n    const sidebar = items.map((x) => { return {text: x} })\n  }\n  return defineConfig({srcDir: '${second}'})\n}\n`;

test('config-settings: a return inside the config function\'s own block counts; an inner function\'s does not', async () => {
  // Before, only the last return was read: srcDir 'docs' was taken as known.
  assert.match((await settings({'.vitepress/config.ts': blockReturns('src', 'docs')})).srcDirUnknown, /sets srcDir only in some cases/);
  const agree = await settings({'.vitepress/config.ts': blockReturns('docs', 'docs')});
  assert.equal(agree.srcDir, 'docs');
  assert.equal(agree.srcDirUnknown, undefined);
  // try/catch and switch blocks are the function's too.
  const inSwitch = "export default (env) => {\n  switch (env) {\n    case 'a': return {srcDir: 'a'}\n  }\n  try { return {srcDir: 'b'} } catch { }\n  return {srcDir: 'b'}\n}\n";
  assert.match((await settings({'.vitepress/config.ts': inSwitch})).srcDirUnknown, /sets srcDir only in some cases/);
  // A return in braces postlint cannot tell a block from an object by (a label's `label: {`): it abstains.
  const unknownBraces = "export default () => {\n  label: { return {srcDir: 'a'} }\n  return {srcDir: 'b'}\n}\n";
  assert.match((await settings({'.vitepress/config.ts': unknownBraces})).srcDirUnknown, /returns from a place postlint cannot read/);
});

test('config-settings: a site whose config returns srcDir from a block: links checked when the returns agree, never guessed when they differ', async () => {
  const site = (first, second) => tempSite({
    '.vitepress/config.ts': blockReturns(first, second),
    'docs/guide/parameters.md': '# Parameters\n',
    'docs/index.md': '# Home\n\nSee [parameters](/guide/parameters) and [typo](/guide/parmeters).\n',
  });
  assert.deepEqual((await lintRule({rule: 'no-missing-files', fixture: site('docs', 'docs')})).findings.map(row), ['docs/index.md:3:41 no-missing-files']);
  assert.deepEqual((await lintRule({rule: 'no-missing-files', fixture: site('src', 'docs')})).findings.map(row), []);
});

test('js-source: a regex literal after an arrow or an operator is no division, so its `//` opens no comment; a division stays one', async () => {
  // Before: `=> /^\/\//` was read as a division, its `//` as a comment that hid the line's `{`,
  // so the config function's braces were mismatched and its srcDir unread ("returns from a place
  // postlint cannot read"): the site-root index.md was linted as a page.
  const config = "export default ({mode}) => {\n  const nav = links.filter((x) => /^\\/\\//.test(x)).map((x) => {\n    return {text: x, link: x}\n  })\n  return {srcDir: 'docs'}\n}\n";
  const read = await settings({'.vitepress/config.ts': config});
  assert.equal(read.srcDir, 'docs');
  assert.equal(read.srcDirUnknown, undefined);
  const text = 'f((x) => /\\/\\//.test(x), a + /\\/*/.source, b / c / d)';
  assert.equal(bracketCloses(text).get(1), text.length - 1);
  assert.equal(bracketCloses('g(a / 2 / (b), "x")').get(1), 18);
  // A postfix `i++` ends a value: the `/` after it divides, and `(` after it is code.
  const postfix = 'g(i++ / 2, (j), 3 / k)';
  assert.equal(bracketCloses(postfix).get(postfix.indexOf('(j')), postfix.indexOf('j)') + 1);
});

test('config-settings: a return followed by a run of blank lines is read in linear time (cost 4× on 4×)', async () => {
  await import('../dist/src/site/generators/index.js');
  const {functionReturns} = await import('../dist/src/site/generators/config-settings.js');
  // Before: each line end trimmed the whole text before it to see whether the statement had begun.
  const make = (n) => `(m) => { if (m) { return ${'\n'.repeat(n)}{srcDir: 'a'} } }`;
  assert.equal(functionReturns(make(3)), undefined);
  assert.deepEqual(functionReturns("(m) => { return {srcDir: 'a'} }"), {params: ['m'], returns: "{srcDir: 'a'}"});
  assertLinearGrowth('functionReturns, blank lines after a return', functionReturns, make, 5000);
});
