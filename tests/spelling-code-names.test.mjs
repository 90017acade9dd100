import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {row} from './rule-helpers.mjs';

test('a part of a compound identifier the page\'s code writes (kNumZorbints) is the code\'s term in its prose; a word the code does not write is still unknown', async () => {
  const dir = new URL('../fixtures/spelling/code-names/', import.meta.url).pathname;
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {'hugo.toml': 'title = "t"\n', 'batch.md': readFileSync(join(dir, 'batch.md'), 'utf8')}, paths: ['batch.md']});
  assert.deepEqual(findings.map(row), ['batch.md:9:5 spelling']);
});
