import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {row} from './rule-helpers.mjs';
import {spellings} from '../dist/src/spelling/vale-vocab.js';

// Vale (vale.sh/docs/keys/vocab): `.vale.ini`'s global `StylesPath` and `Vocab` name vocabularies,
// `<StylesPath>/config/vocabularies/<name>/accept.txt` (Vale 3; `<StylesPath>/Vocab/<name>/` before),
// one word, phrase or regular expression a line. The entries are the site's words.
const dir = new URL('../fixtures/spelling/vale-vocab/', import.meta.url).pathname;
const names = ['hugo.toml', '.vale.ini', 'styles/config/vocabularies/Site/accept.txt', 'styles/Vocab/Old/accept.txt', 'post.md'];
const files = Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

test('Vale users keep their words: accept.txt entries, words, phrases and patterns with finitely many spellings', async () => {
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files, paths: ['post.md']});
  // `[Pp]lonk.*` matches endlessly many words: no word postlint can list, left to Vale.
  assert.deepEqual(findings.map(row), ['post.md:5:18 spelling', 'post.md:5:42 spelling']);
  assert.deepEqual(findings.map((m) => m.data.word), ['plonkwazz', 'wibblet']);
});

test('without the Vocab key (or the .vale.ini) the same words are unknown', async () => {
  const ini = files['.vale.ini'].replace(/^Vocab = .*\n/m, '');
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {...files, '.vale.ini': ini}, paths: ['post.md']});
  assert.deepEqual(findings.map((m) => m.data.word), ['Zorblat', 'glorbixes', 'Quuxdown', 'raison', "d'etre", 'frobnitz', 'plonkwazz', 'wibblet']);
});

test('a Vale pattern gives its spellings when they are few: groups, `?`, classes; not `*`, `+`, `.`, anchors', () => {
  assert.deepEqual(spellings('Repurpos(e|(able)|(ing))'), ['Repurpose', 'Repurposable', 'Repurposing']);
  assert.deepEqual(spellings('Arduino(s?)'), ['Arduino', 'Arduinos']);
  assert.deepEqual(spellings('[Oo]bservability'), ['Observability', 'observability']);
  for (const endless of ['[pP]y.*\\b', 'a+', 'x{2}', '\\bword', '[^a]b', '(?=a)b']) assert.equal(spellings(endless), undefined, endless);
  assert.equal(spellings('[a-z][a-z][a-z]'), undefined); // 17576 spellings: a shape, not words
});

test('a brand in a Vale vocabulary is a word for spelling, not a form brand-casing leaves alone', async () => {
  const vocab = {...files, 'styles/config/vocabularies/Site/accept.txt': 'neovim\n', 'post.md': '# Editors\n\nSince neovim config files are plain Lua, I keep them in git.\n'};
  const {findings} = await lintRule({rule: 'brand-casing', files: vocab, paths: ['post.md']});
  assert.deepEqual(findings.map(row), ['post.md:3:7 brand-casing']);
});
