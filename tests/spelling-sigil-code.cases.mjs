// A Ruby symbol or variable left without backticks in prose (`:seperator`) that the page writes as
// inline code too is a code value, not an English word (src/spelling/sigil-code.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

const fixture = join(fixtures, 'spelling', 'sigil-code');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.data.word}`);

test('spelling: a :symbol the page also writes as inline code is code; the word without its sigil, or a symbol no code names, is reported', async () => {
  const {findings} = await lintRule({rule: 'spelling', fixture, paths: ['options.md']});
  assert.deepEqual(rows(findings), [
    'options.md:7:22 spelling seperator',
    'options.md:7:63 spelling seperate',
  ]);
});

test('spelling: a $variable the page also writes as inline code is code; a $variable no code names is reported', async () => {
  const {findings} = await lintRule({rule: 'spelling', fixture, paths: ['variables.md']});
  assert.deepEqual(rows(findings), ['variables.md:5:36 spelling enviroment']);
});
