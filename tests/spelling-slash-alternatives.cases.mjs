// Words set against each other by a slash (`internal/external`, `and/or`): the slash reads "or", so
// each part is a word of the sentence and is spell-checked (round 46: `internal/exteral` went unread,
// every chunk with a slash being taken for a path). Only letters, two or three parts, every other part
// an ordinary word: a longer chain, a leading slash, or a part that is a name (`zorblat/recieve`, a
// repository) is a path, left alone. Brand casing does not read the parts (src/spelling/slash-alternatives.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

const fixture = join(fixtures, 'spelling', 'slash-alternatives');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.data.word}`);

test('spelling reads the parts of slashed alternatives beside ordinary words, not a path\'s', async () => {
  const {findings} = await lintRule({rule: 'spelling', fixture, configFile: false, paths: ['post.md']});
  assert.deepEqual(rows(findings), [
    // `internal/exteral`, `(closed/seperate)` in parentheses, a word after `and/or` (read before too), `top/botom`.
    'post.md:3:29 spelling exteral',
    'post.md:5:24 spelling seperate',
    'post.md:5:64 spelling recieve',
    'post.md:11:9 spelling botom',
    // Left alone: four parts (7), a leading slash (7), beside a name (9: zorblat, kilnco).
  ]);
});

test('brand-casing does not read slashed parts (a name beside a word there is a path\'s part)', async () => {
  const {findings} = await lintRule({rule: 'brand-casing', fixture, configFile: false, paths: ['post.md']});
  assert.deepEqual(findings, []);
});

test('spelling (report: unknown): a slashed part is reported only as a likely typo; a path\'s part in prose is no unknown word', async () => {
  // Paths written in prose without a leading slash read like alternatives (every other part a word), and a
  // project's own name sits in them (`themes/kilnbook/layouts`); a name beside a product (`vue/react`) too.
  // Before slashed parts were read, neither was reported in any mode; a typo there still is (`internal/exteral`).
  const {findings} = await lintRule({rule: 'spelling', files: {
    'post.md': '# Theme\n\nCopy the files from themes/kilnbook/layouts before you build.\n\nIt works with vue/react and the internal/exteral vent.\n',
  }, options: {report: 'unknown'}});
  assert.deepEqual(rows(findings), ['post.md:5:42 spelling exteral']);
});
