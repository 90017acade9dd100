// mend40c: review of fix40b/fix40c/fix40g (spelling and brand-casing) — each test failed on 132bbc85.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {copiedChangelogSpans} from '../dist/src/spelling/copied-changelog.js';
import {repostMark} from '../dist/src/spelling/reposted.js';

const base = join(fixtures, 'mend40c');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}${m.data?.word ? ` ${m.data.word}` : ''}`);
const lint = async (rule, folder) => rows((await lintRule({rule, fixture: join(base, folder), configFile: false})).findings);

const heading = (text) => ({type: 'heading', depth: 2, children: [{type: 'text', value: text}]});

test('copied changelog: a heading of a pre-release label and a long run of digits is read in linear time (no backtracking over the digits)', () => {
  const started = Date.now();
  const spans = copiedChangelogSpans({type: 'root', children: [heading(`1.0 beta ${'1'.repeat(28)}x`)]});
  assert.deepEqual(spans, []);
  assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
});

test('spelling: `write` alone is writing, not a spelling cited (`written *entirly* in C`, `we write *realy* small`); an emphasised adjective before a kind of software (`a *powerfull* tool`, `the *usefull* library`) is read; cited spellings and a program named so stay mentions', async () => {
  assert.deepEqual(await lint('spelling', 'emphasis'), ['used.md:3:24 spelling entirly', 'used.md:3:59 spelling realy', 'used.md:5:10 spelling powerfull', 'used.md:5:48 spelling usefull']);
});

test('brand-casing: `either` alone before a list is the writer\'s own alternatives (`against either mysql, postgres or sqlite`), read; `must be one of`, `can be either` name a setting\'s values', async () => {
  assert.deepEqual(await lint('brand-casing', 'values'), ['either.md:3:40 brand-casing mysql', 'either.md:3:59 brand-casing sqlite']);
});

test('repost: Butterfly\'s `copyright_author` on a site that names no author is no evidence of another writer (the page is read); against a named author it still marks a repost', async () => {
  assert.equal(repostMark({copyright_author: 'Ana Lima'}), undefined);
  assert.equal(repostMark({author: 'Ana Lima', copyright_author: 'Quill Barnaby'}), '`copyright_author` naming another author');
  assert.deepEqual(await lint('spelling', 'credited'), ['own.md:6:23 spelling recieve']);
  assert.deepEqual(await lint('brand-casing', 'credited'), ['own.md:6:5 brand-casing Github']);
});

test('forewords: a year the heading and the byline share is no signer\'s name (`## Preface (2024)` … `— Ana Lima, 2024`: the writer\'s own preface, read)', async () => {
  assert.deepEqual(await lint('spelling', 'forewords'), ['dated.md:5:20 spelling recieve']);
});

test('credited quotation: a link inside the quotation is no credit\'s link (the closing mark found in the source, past the first link\'s address); a credit linking out still names the source', async () => {
  assert.deepEqual(await lint('spelling', 'quoted'), ['no-credit-link.md:3:110 spelling recieve']);
});
