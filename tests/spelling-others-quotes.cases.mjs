import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// Others' words, as a Chinese or Japanese page sets them apart: a blockquote the paragraph before
// introduces with a full-width colon (`：`) and a link to its source; a page of quotations, each closed by
// its attribution line inside one blockquote; a hyphenated word held up in quotes (`“well-writen”这个词`).
// The site's own words stay read: a blockquote introduced without a source, what follows the last
// attribution, the same word used in a sentence.
test('spelling: quotations a CJK paragraph introduces with `：` and a link, runs of a blockquote closed by attribution lines, and a quoted hyphenated word are others\' words or mentions', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'others-quotes')});
  assert.deepEqual(findings.map(row), [
    'ciyu.md:5:11 spelling', // 这是一篇 well-writen 的文章: used, not mentioned
    'sayings.md:13:63 spelling', // after the last attribution: the site's own words
    'xiaoxi.md:13:12 spelling', // 我自己写了一句总结： introduces the writer's own words (no source linked)
  ]);
});
