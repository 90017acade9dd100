import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// A handle credited after a link (`[post](https://blog.haoling.example/…) (by haoling)`) that the link's
// address spells as one of its labels is the author's name; a credit the address does not spell, or one
// with no link before it, is read.
test('spelling: a handle credited after a link whose host spells it is a name; other credits are read', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'credits')});
  assert.deepEqual(findings.map(row), ['extras.md:4:62 spelling', 'extras.md:5:23 spelling']);
});

test('credits: a paragraph of many links each credited is read in one pass (cost 4× on 4×), each credit against the link just before it', async () => {
  const {unified} = await import('unified');
  const {default: remarkParse} = await import('remark-parse');
  const {creditedHandles} = await import('../dist/src/spelling/credits.js');
  const {assertLinearGrowth} = await import('./growth.mjs');
  const parser = unified().use(remarkParse);
  const parsed = (source) => ({source, tree: parser.parse(source)});
  const read = ({source, tree}) => creditedHandles(tree, source);
  // Before: each credit filtered every link of its paragraph (10× the cost on 4× the credits).
  const page = (n) => `# A\n\n${'[a](https://a.example.com/) by a, '.repeat(n)}[b](https://b.example.com/) by a.\n`;
  const small = page(2);
  assert.deepEqual([...read(parsed(small))].map((at) => small.slice(at, at + 2)), ['a,', 'a,'], 'the last credit follows b.example.com, which does not spell `a`');
  assertLinearGrowth('creditedHandles', read, (n) => parsed(page(n)), 1500);
});
