// Which unknown words spelling reports: by default (option report: "likely") only likely typos
// (src/spelling/likely.ts), whatever words lists the site keeps; every unknown word with "unknown";
// "auto" (the default before 0.2) widens the report once the site keeps a words list.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, postlint, postlintJson, tempSite} from './helpers.mjs';

const base = join(fixtures, 'spelling', 'likely');
const rows = (json) =>
  json.flatMap((file) =>
    file.messages.filter((m) => m.ruleId === 'spelling').map((m) => `${file.filePath.slice(base.length + 1)}:${m.line}:${m.column} ${m.ruleId} ${m.data.word}${m.data.likely ? ` ${m.data.likely}` : ''}`),
  );

test('spelling (default, no words list): known misspellings, dotless abbreviations and slips inside common words are reported', () => {
  const {json} = postlintJson(['--no-config', '--rule', 'brand-casing:off', 'fail'], {cwd: base});
  assert.deepEqual(rows(json), [
    'fail/misspellings.md:3:24 spelling collegues misspelling',
    'fail/misspellings.md:5:1 spelling Recieve misspelling',
    'fail/misspellings.md:5:29 spelling eg abbreviation',
    'fail/misspellings.md:5:52 spelling ie abbreviation',
    'fail/slips.md:3:5 spelling imagary slip',
    'fail/slips.md:3:43 spelling memborable slip',
    'fail/slips.md:5:13 spelling subconciously slip',
    'fail/slips.md:5:40 spelling miserabily slip',
  ]);
  const eg = json[0].messages.find((m) => m.data?.word === 'eg');
  assert.equal(eg.data.suggestions[0], 'e.g.');
  const imagary = json[1].messages.find((m) => m.data?.word === 'imagary');
  assert.equal(imagary.data.suggestions[0], 'imagery');
});

test('spelling (auto, no words list): names, jargon, coinages, quoted mentions, British variants and Latin filler are left alone', () => {
  const {json} = postlintJson(['--no-config', '--rule', 'brand-casing:off', 'pass'], {cwd: base});
  assert.deepEqual(rows(json), []);
  assert.equal(json.length, 5);
});

test('spelling (report: unknown): the same pass fixtures hold unknown words, each reported without a likely kind', () => {
  const {json} = postlintJson(['-c', 'unknown.postlintrc.json', '--rule', 'brand-casing:off', 'pass'], {cwd: base});
  assert.deepEqual(rows(json), [
    'pass/coinages.md:3:9 spelling distros',
    'pass/coinages.md:3:22 spelling dockerized',
    'pass/coinages.md:4:23 spelling softline',
    'pass/coinages.md:4:41 spelling testbed',
    'pass/coinages.md:5:5 spelling bajillion',
    'pass/coinages.md:5:30 spelling trippable',
    'pass/coinages.md:6:16 spelling inlines',
    'pass/coinages.md:6:43 spelling estree',
    'pass/coinages.md:7:9 spelling unhover',
    'pass/coinages.md:7:32 spelling deisolate',
    'pass/mentions.md:3:14 spelling wll',
    'pass/mentions.md:4:11 spelling vertycal',
    'pass/names-and-jargon.md:3:18 spelling Lanczos',
    'pass/names-and-jargon.md:3:35 spelling Codeberg',
    'pass/names-and-jargon.md:3:58 spelling pwdlib',
    'pass/names-and-jargon.md:5:24 spelling Plas',
    'pass/names-and-jargon.md:7:4 spelling Azion',
  ]);
});

test('spelling (default): adding a word to a words list does not widen the report; report "auto" does, as it did by default before', () => {
  const root = tempSite({});
  cpSync(join(base, 'pass', 'names-and-jargon.md'), join(root, 'post.md'));
  const quiet = postlintJson(['--no-config', '--rule', 'brand-casing:off', '--rule', 'no-empty-sections:off', 'post.md'], {cwd: root});
  assert.deepEqual(quiet.json[0].messages, []);
  mkdirSync(join(root, '.postlint'));
  writeFileSync(join(root, '.postlint', 'words.txt'), 'Lanczos\nCodeberg\n');
  const listed = postlintJson(['--no-config', '--rule', 'brand-casing:off', '--rule', 'no-empty-sections:off', 'post.md'], {cwd: root});
  assert.deepEqual(listed.json[0].messages, []);
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({spelling: {words: ['pwdlib']}}));
  const configured = postlintJson(['--rule', 'brand-casing:off', '--rule', 'no-empty-sections:off', 'post.md'], {cwd: root});
  assert.deepEqual(configured.json[0].messages, []);
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({spelling: {words: ['pwdlib']}, rules: {spelling: ['warn', {report: 'auto'}]}}));
  const auto = postlintJson(['--rule', 'brand-casing:off', '--rule', 'no-empty-sections:off', 'post.md'], {cwd: root});
  assert.deepEqual(auto.json[0].messages.map((m) => `${m.line}:${m.column} ${m.data.word}`), ['5:24 Plas', '7:4 Azion']);
});

test('spelling (report: likely): a words list does not widen the report; an explicit language reports the other variant', () => {
  const root = tempSite({
    '.postlint/words.txt': '# team words\n',
    'post.md': '# Notes\n\nThe default behaviour of Zorblat stays; the recieve step is done.\n',
    '.postlintrc.json': JSON.stringify({spelling: {language: 'en-US'}, rules: {spelling: ['warn', {report: 'likely'}]}}),
  });
  const {json} = postlintJson(['--rule', 'brand-casing:off', 'post.md'], {cwd: root});
  assert.deepEqual(json[0].messages.map((m) => [m.data.word, m.data.likely]), [['behaviour', 'variant'], ['recieve', 'misspelling']]);
});

test('spelling: report takes auto, likely or unknown; anything else is a configuration error', () => {
  const root = tempSite({'post.md': 'Hello.\n', '.postlintrc.json': JSON.stringify({rules: {spelling: ['warn', {report: 'some'}]}})});
  const {code, stderr} = postlint(['post.md'], {cwd: root});
  assert.equal(code, 2);
  assert.match(stderr, /report/);
});

test('spelling: a paragraph of 8 words or more, two in five of them unknown and no English function word, is not checked word by word', () => {
  const latin = 'Maecenas sed diam eget risus varius blandit sit amet non magna.';
  const root = tempSite({
    '.postlintrc.json': JSON.stringify({rules: {spelling: ['warn', {report: 'unknown'}]}}),
    'post.md': `# Notes\n\n${latin}\n\nWe recieve the wax on Mondays, and the zorblat arrives with it.\n\nShort: varius blandit.\n\nCollegues again, frobnicatte and qwxz ideas from Frobnicatte.\n`,
  });
  const {json} = postlintJson(['--rule', 'brand-casing:off', 'post.md'], {cwd: root});
  // The Latin paragraph is skipped; the English ones (the last has 4 unknown words in 9, and "and",
  // "from") and the short line (too short to judge) are checked.
  assert.deepEqual(json[0].messages.map((m) => `${m.line}:${m.column} ${m.data.word}`), ['5:4 recieve', '5:40 zorblat', '7:8 varius', '7:15 blandit', '9:1 Collegues', '9:18 frobnicatte', '9:34 qwxz']);
});

test('spelling (default): words of a field are no likely typos — a counted plural (two criticals), a slip the page inflects (glowbals, glowbal); a lone slip still is', () => {
  const root = tempSite({
    'post.md': '# Findings\n\nThe scan found two criticals and three highs.\n\nThe glowbals beat the old glowbal.\n\nWe tried the glowbal approach.\n',
  });
  const {json} = postlintJson(['--no-config', '--rule', 'brand-casing:off', 'post.md'], {cwd: root});
  assert.deepEqual(json[0].messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.data.word}`), []);
  const typo = tempSite({'post.md': '# Findings\n\nThe criticals issues come first, then the glowbal one.\n'});
  const again = postlintJson(['--no-config', '--rule', 'brand-casing:off', 'post.md'], {cwd: typo});
  assert.deepEqual(again.json[0].messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.data.word}`), ['3:5 spelling criticals', '3:43 spelling glowbal']);
});
