// fix42c: a foreword signed by the writer ("— the author") is the writer's own; English release notes of the site's own
// project (the version its package.json declares) on a page in another script are the writer's; a list of nothing but
// product names after "options:" is the writer's prose unless a code span names the setting. Each with the case that
// must still be left alone; a project linked under its own organisation (`github.com/x-project/x`) is its owners' name site-wide.
// Fixtures: fixtures/words42c. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

const base = join(fixtures, 'words42c');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}${m.data?.word ? ` ${m.data.word}` : ''}`);
const lint = async (rule, folder) => rows((await lintRule({rule, fixture: join(base, folder), configFile: false})).findings);

test('spelling: "Foreword by the author" signed "— the author" is the writer\'s own (read); one signed by the person the heading names is left', async () => {
  assert.deepEqual(await lint('spelling', 'forewords'), ['by-the-author.md:7:36 spelling recieve']);
});

test('spelling: English notes of the site\'s own release (package.json 1.2.0) on a Chinese page are read; another project\'s copied notes are left', async () => {
  assert.deepEqual(await lint('spelling', 'own-changelog'), ['changelog.md:9:25 spelling propogates']);
});

test('brand-casing: product names alone after "options:" are the writer\'s (reported); a setting named in code, or a value only a setting takes, makes them values', async () => {
  assert.deepEqual(await lint('brand-casing', 'values'), ['hosts.md:3:18 brand-casing github', 'hosts.md:3:26 brand-casing gitlab', 'hosts.md:3:38 brand-casing bitbucket']);
});

test('spelling: a project linked under an organisation named after it is its owners\' lower-case name on every page, even a listed slip; one a person owns is no such evidence', async () => {
  assert.deepEqual(await lint('spelling', 'self-owned'), ['lessons.md:5:11 spelling alot']);
});

test('spelling: a numbered statement\'s short name in a math text (`Thm 1:`, `Lem. 2.3`) is its label; the same word without its number is read', async () => {
  assert.deepEqual(await lint('spelling', 'statements'), ['bounds.md:7:5 spelling thm']);
});

test('brand-casing: a lower-case slug opening a sentence (`Acme-github is`) keeps its later pieces a slug; a brand opening it, or the compound mid-sentence, is read', async () => {
  assert.deepEqual(await lint('brand-casing', 'compounds'), ['forks.md:7:1 brand-casing Javascript', 'forks.md:9:10 brand-casing github']);
});

test('spelling: an entry of a references list (authors first, a year) is the cited record; the writer\'s note in that list and a list under another heading are read', async () => {
  assert.deepEqual(await lint('spelling', 'references'), ['kettles.md:3:63 spelling recieve', 'kettles.md:12:56 spelling whistels', 'kettles.md:16:23 spelling Whistels']);
});
