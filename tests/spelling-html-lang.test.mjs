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

test('inline `lang` tags: a paragraph of many tags is read in one pass (cost 4× on 4×), its spans where HTML puts them', async () => {
  const {unified} = await import('unified');
  const {default: remarkParse} = await import('remark-parse');
  const {inlineLanguageSpans} = await import('../dist/src/spelling/html-lang.js');
  const {assertLinearGrowth} = await import('./growth.mjs');
  const parser = unified().use(remarkParse);
  const parsed = (source) => ({source, tree: parser.parse(source)});
  const read = ({source, tree}) => inlineLanguageSpans(tree, source);
  // Before: each tag was spliced into a copy of the whole block (11× the cost on 4× the tags).
  const page = (n) => `# A\n\nSee <i lang="fr">x</i> ${'<b>m</b> '.repeat(n)}<span lang="de">Wort</span> end.\n`;
  const small = page(2);
  assert.deepEqual(read(parsed(small)).map((span) => [small.slice(span.start, span.end), span.lang]), [['<i lang="fr">x</i>', 'fr'], ['<span lang="de">Wort</span>', 'de']]);
  assertLinearGrowth('inlineLanguageSpans', read, (n) => parsed(page(n)), 1000);
});
