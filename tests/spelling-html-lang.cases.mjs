import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule} from 'postlint/testing';
import {row} from './rule-helpers.mjs';

// HTML's language of an element is its `lang` attribute, else its parent's; an X (Twitter) embed
// gives the language of the text its embed code wrote in `data-lang`, the post's own text in `<p lang>`.
const page = [
  '# Notes',
  '',
  '<div lang="fr"><p>Nous avons publié le carnet le lundi.</p></div>',
  '',
  '<blockquote class="twitter-tweet" data-lang="fr"><p lang="en" dir="ltr">Our zorblat shipped.</p>&mdash; Someone (@someone) <a href="https://twitter.com/someone/status/1">3 janvier 2020</a></blockquote>',
  '',
  '<div lang="en-GB"><p>The carnet, in English: a glorbix.</p></div>',
  '',
  '<p>Lundi again, undeclared.</p>',
  '',
].join('\n');

test('raw HTML in a declared language other than the dictionary\'s is not checked; undeclared or same-language text is', async () => {
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {'post.md': page}, paths: ['post.md']});
  assert.deepEqual(findings.map(row), ['post.md:5:77 spelling', 'post.md:7:48 spelling', 'post.md:9:4 spelling']);
  assert.deepEqual(findings.map((m) => m.data.word), ['zorblat', 'glorbix', 'Lundi']);
});

test('data-lang is the language only of an X embed: on another element it is data, and the text is checked', async () => {
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {'post.md': '# Notes\n\n<blockquote class="note" data-lang="fr"><p>Le vendredi zorblat.</p></blockquote>\n'}, paths: ['post.md']});
  assert.deepEqual(findings.map((m) => m.data.word), ['vendredi', 'zorblat']);
});
