// Front matter whose flow lists are indented with tabs (`tags: [` then a tab and an item), judged by the
// site's own YAML reader: Hugo's (goccy/go-yaml from v0.152, go-yaml v2 before) and Astro's (js-yaml)
// skip such a tab as white space and build the page; the `yaml` package (YAML 1.2 to the letter) refuses
// it. A tab as block indentation, or a list never closed, is still an error to every reader.
// Fixtures: fixtures/front-matter/flow-tabs/{hugo,astro}. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parse} from 'yaml';
import jsYaml from 'js-yaml';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';
import {flowTabsAsSpaces} from '../dist/src/frontmatter.js';

const rule = 'front-matter';

test('front-matter on Hugo: tabs starting lines inside a flow list are white space to its YAML reader; a tab-indented map and an unclosed list stay errors', async () => {
  const site = filesOf(fixture('front-matter', 'flow-tabs', 'hugo'));
  assert.deepEqual(await siteFindings(rule, site), [
    'content/notes/tab-indented-map.md:5:1 front-matter',
    'content/notes/unclosed-list.md:4:2 front-matter',
  ]);
  // The fields count as Hugo reads them: the draft in a block with a tabbed list is a draft.
  assert.deepEqual(await siteFindings('no-drafts', site), ['content/notes/unfinished.md:3:1 no-drafts']);
});

test('front-matter on Astro (not Starlight): js-yaml skips tabs inside a flow list; a tab-indented map stays an error, after a bracket in a value quoted over lines too', async () => {
  assert.deepEqual(await siteFindings(rule, filesOf(fixture('front-matter', 'flow-tabs', 'astro'))), [
    'src/content/blog/bracket-in-quotes.md:6:1 front-matter',
    'src/content/blog/tab-indented-map.md:4:1 front-matter',
  ]);
});

test('flow tabs: a value quoted over lines (`kind: \'shape {` … `}\'`) holds text, not brackets, so a tab after it is still inside the flow map', () => {
  const text = "sig:\n  {\n    kind: 'shape {\n      }',\n\t\textra: 1\n  }\n";
  assert.throws(() => parse(text));
  assert.deepEqual(parse(flowTabsAsSpaces(text)), {sig: {kind: 'shape { }', extra: 1}});
  // A bracket inside a value quoted over lines opens no flow collection: the tab after it is block indentation.
  assert.equal(flowTabsAsSpaces("title: 'a\n  [b'\nimage:\n\talt: x\n"), undefined);
});

test('front-matter on a site of a generator postlint does not know: its YAML reader is not known, so the tabbed list stays an error', async () => {
  const site = filesOf(fixture('front-matter', 'flow-tabs', 'astro'));
  delete site['astro.config.mjs'];
  site['next.config.js'] = 'module.exports = {};\n';
  assert.deepEqual(await siteFindings(rule, site), [
    'src/content/blog/bracket-in-quotes.md:6:1 front-matter',
    'src/content/blog/quoted-braces.md:9:3 front-matter',
    'src/content/blog/tab-indented-map.md:4:1 front-matter',
    'src/content/blog/tabbed-tags.md:5:2 front-matter',
  ]);
});

test('flow tabs: yaml-test-suite Y79Y/003, an error to YAML 1.2 that goccy/go-yaml (Hugo) reads (its failureTestNames), is read as that reader reads it', () => {
  const text = '- [\n\tfoo,\n foo\n ]\n';
  assert.throws(() => parse(text));
  assert.deepEqual(parse(flowTabsAsSpaces(text)), [['foo', 'foo']]);
  // A tab starting a line outside any flow collection is block indentation, left as it is for the error it is.
  assert.equal(flowTabsAsSpaces('menu:\n\tmain: 1\n'), undefined);
});

test('flow tabs: js-yaml itself (Astro\'s and gray-matter\'s reader) reads the fixtures\' blocks as postlint does, and refuses the ones postlint reports', () => {
  const block = (...parts) => /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(fixture('front-matter', 'flow-tabs', ...parts), 'utf8'))[1];
  // JSON_SCHEMA: dates stay text, as the `yaml` package's core schema leaves them; the lists and strings are what is compared.
  const jsRead = (text) => jsYaml.load(text, {schema: jsYaml.JSON_SCHEMA});
  for (const parts of [['astro', 'src', 'content', 'blog', 'tabbed-tags.md'], ['astro', 'src', 'content', 'blog', 'quoted-braces.md'], ['hugo', 'content', 'notes', 'listed.md'], ['hugo', 'content', 'notes', 'unfinished.md']]) {
    const text = block(...parts);
    assert.throws(() => parse(text), undefined, parts.join('/'));
    assert.deepEqual(parse(flowTabsAsSpaces(text)), jsRead(text), parts.join('/'));
  }
  for (const parts of [['astro', 'src', 'content', 'blog', 'tab-indented-map.md'], ['astro', 'src', 'content', 'blog', 'bracket-in-quotes.md'], ['hugo', 'content', 'notes', 'tab-indented-map.md'], ['hugo', 'content', 'notes', 'unclosed-list.md']]) {
    assert.throws(() => jsRead(block(...parts)), undefined, parts.join('/'));
  }
});

test('flow tabs: an apostrophe inside a plain value (`Lanterns \'n candles`) opens no quote, so the tabbed list on the lines after it is still read', async () => {
  const block = "title: Lanterns 'n candles\ntags: [\n\tnotes,\n\twriting\n]\n";
  assert.deepEqual(parse(flowTabsAsSpaces(block)), {title: "Lanterns 'n candles", tags: ['notes', 'writing']});
  const site = filesOf(fixture('front-matter', 'flow-tabs', 'hugo'));
  site['content/notes/apostrophe.md'] = `---\n${block}---\n\nA page whose title has an apostrophe.\n`;
  assert.deepEqual(await siteFindings(rule, site), [
    'content/notes/tab-indented-map.md:5:1 front-matter',
    'content/notes/unclosed-list.md:4:2 front-matter',
  ]);
});
