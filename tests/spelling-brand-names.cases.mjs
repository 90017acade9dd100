import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule} from 'postlint/testing';
import {row} from './rule-helpers.mjs';

// A name as brand-casing knows it right is a word: Dribbble (a Simple Icons title only Simple Icons
// capitalizes, so brand-casing accepts dribbble too). A name that is also a known misspelling is not.
test('spelling knows the right forms of listed brand names, not a name that is also a known misspelling', async () => {
  const text = '# Notes\n\nI browsed dribbble and Dribbble for ideas.\n\nWe keep testin the layout.\n';
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {'post.md': text}, paths: ['post.md']});
  assert.deepEqual(findings.map(row), ['post.md:5:9 spelling']);
  assert.deepEqual(findings.map((m) => m.data.word), ['testin']);
  // In the default mode, dribbble was a likely slip of dribble; now it is the name.
  const likely = await lintRule({rule: 'spelling', files: {'post.md': text}, paths: ['post.md']});
  assert.deepEqual(likely.findings.map(row), ['post.md:5:9 spelling']);
});
