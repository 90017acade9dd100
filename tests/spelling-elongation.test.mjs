// Expressive lengthening set in emphasis (src/spelling/elongation.ts): `*deeep*` and `**sooo**` are words the
// writer holds on purpose, not slips; a held letter without emphasis (`alll`) and an emphasised held letter that cuts
// to no word (`*occcured*`) are still reported, and so is one in an emphasised phrase (`*the folllowing steps*`): a key held down.
// So is a held letter in a bold label (`**Adddress**: …`, a table cell's `**Passsword**`): a label is no stressed word.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, findings, postlintJson} from './helpers.mjs';
import {shortenedForms} from '../dist/src/spelling/elongation.js';

const root = join(fixtures, 'spelling', 'elongation');

test('a word lengthened in emphasis is left alone; a held letter in plain prose and a run that cuts to no word are reported', () => {
  const {json} = postlintJson(['--offline', '--no-config', 'notes.md'], {cwd: root});
  assert.deepEqual(findings(json, root).filter((row) => row.endsWith(' spelling')), ['notes.md:5:14 spelling', 'notes.md:7:12 spelling', 'notes.md:9:11 spelling', 'notes.md:11:3 spelling', 'notes.md:15:5 spelling']);
});

test('each run of one letter is cut to two letters or one', () => {
  assert.deepEqual(shortenedForms('deeep'), ['deep', 'dep']);
  assert.deepEqual(shortenedForms('yeeesss'), ['yeess', 'yees', 'yess', 'yes']);
  assert.deepEqual(shortenedForms('deep'), []);
});
