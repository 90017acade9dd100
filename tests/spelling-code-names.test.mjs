import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {row} from './rule-helpers.mjs';

const dir = new URL('../fixtures/spelling/code-names/', import.meta.url).pathname;
const lint = async (files) => (await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {'hugo.toml': 'title = "t"\n', ...files}, paths: Object.keys(files)})).findings.map(row);

test('a part two of the page\'s identifiers hold (kNumZorbints, ParseZorbint32) is the code\'s term in its prose; a word the code does not write is still unknown', async () => {
  assert.deepEqual(await lint({'batch.md': readFileSync(join(dir, 'batch.md'), 'utf8')}), ['batch.md:10:5 spelling']);
});

test('a part of one identifier only (quoeueDepth) is the same typo in the prose: reported; the code naming it alone too (quoeue.push) makes it the code\'s term', async () => {
  const page = readFileSync(join(dir, 'queue.md'), 'utf8');
  assert.deepEqual(await lint({'queue.md': page}), ['queue.md:3:30 spelling']);
  const alone = page.replace('auto quoeueDepth = 8;', 'auto quoeueDepth = 8;\nquoeue.push(m);');
  assert.deepEqual(await lint({'queue.md': alone}), []);
});
