// Run-wide spelling signals (src/spelling/site-signals.ts): a British site, and a site's own terms.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, findings, postlint, postlintJson, tempSite} from './helpers.mjs';

const sites = join(fixtures, 'spelling', 'sites');
const spellingRows = (json, base) => findings(json, base).filter((row) => row.endsWith(' spelling'));
// Every unknown word, so that the site signals show on words that are no likely typos.
const unknownConfig = join(fixtures, 'spelling', 'report-unknown.postlintrc.json');
const words = (json) => json.flatMap((file) => file.messages.filter((m) => m.ruleId === 'spelling').map((m) => m.data.word));

test('spelling: a site written in British English (default language) has its British spellings accepted; a real typo is still flagged', () => {
  const base = join(sites, 'british');
  const {json} = postlintJson(['--no-config', '.'], {cwd: base});
  assert.deepEqual(spellingRows(json, base), ['content/posts/models.md:7:42 spelling']);
  assert.deepEqual(words(json), ['recieve']);
});

test('spelling: on an American site a stray British spelling is still flagged, with the American form suggested', () => {
  const base = join(sites, 'american');
  const {json} = postlintJson(['-c', unknownConfig, '.'], {cwd: base});
  assert.deepEqual(spellingRows(json, base), ['content/posts/colour.md:6:49 spelling']);
  const message = json.flatMap((file) => file.messages)[0];
  assert.equal(message.data.word, 'behaviour');
  assert.equal(message.data.variant, 'en-GB');
  assert.deepEqual(message.data.suggestions, ['behavior']);
});

test('spelling: with spelling.language set, British detection is off (en-US set explicitly flags a British site)', () => {
  const root = tempSite({});
  cpSync(join(sites, 'british'), root, {recursive: true});
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({spelling: {language: 'en-US'}}));
  const {json} = postlintJson(['.'], {cwd: root});
  // (`colour` and `catalogue` themselves are in the technical vocabulary, accepted either way.)
  assert.deepEqual(words(json).sort(), ['analyse', 'behaviour', 'centre', 'colours', 'favourite', 'modelling', 'optimise', 'organisation', 'recieve']);
});

test('spelling: a word unknown in 3 files is a site term; a typo in 2 files, a known misspelling and a two-letter word in 3 are still flagged', () => {
  const base = join(sites, 'terms');
  const {json} = postlintJson(['-c', unknownConfig, '.'], {cwd: base});
  // Quuxdown (3 files) is not reported; recieve (a known misspelling) and eg (two letters) are, in all 3; shortode in its 2.
  assert.deepEqual(spellingRows(json, base), [
    'content/posts/post-1.md:6:58 spelling',
    'content/posts/post-1.md:6:86 spelling',
    'content/posts/post-1.md:7:9 spelling',
    'content/posts/post-2.md:6:58 spelling',
    'content/posts/post-2.md:6:86 spelling',
    'content/posts/post-2.md:7:3 spelling',
    'content/posts/post-3.md:6:58 spelling',
    'content/posts/post-3.md:6:86 spelling',
  ]);
  assert.deepEqual(words(json), ['recieve', 'eg', 'shortode', 'recieve', 'eg', 'shortode', 'recieve', 'eg']);
  const recieve = json[0].messages.find((m) => m.data?.word === 'recieve');
  assert.equal(recieve.data.typo, true);
  assert.equal(recieve.data.suggestions[0], 'receive');
});

test('spelling: siteTerms sets how many files make a site term (0 turns it off); a run on one file cannot see the others', () => {
  const root = tempSite({});
  cpSync(join(sites, 'terms'), root, {recursive: true});
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({rules: {spelling: ['warn', {siteTerms: 0, report: 'unknown'}]}}));
  assert.equal(words(postlintJson(['.'], {cwd: root}).json).filter((word) => word === 'Quuxdown').length, 3);
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({rules: {spelling: ['warn', {siteTerms: 4, report: 'unknown'}]}}));
  assert.equal(words(postlintJson(['.'], {cwd: root}).json).filter((word) => word === 'Quuxdown').length, 3);
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({rules: {spelling: ['warn', {siteTerms: 2, report: 'unknown'}]}}));
  // At 2, shortode (2 files) is taken for a term too.
  assert.deepEqual(words(postlintJson(['.'], {cwd: root}).json), ['recieve', 'eg', 'recieve', 'eg', 'recieve', 'eg']);
  const single = postlintJson(['-c', unknownConfig, join('content', 'posts', 'post-3.md')], {cwd: join(sites, 'terms')});
  assert.deepEqual(words(single.json), ['Quuxdown', 'recieve', 'eg']);
});

test('spelling: the words workflow lists site terms, so that a run on one file agrees with the whole site once they are added', () => {
  const root = tempSite({});
  cpSync(join(sites, 'terms'), root, {recursive: true});
  const listed = postlint(['--no-config', '--list-unknown-words', '.'], {cwd: root});
  assert.equal(listed.code, 0, listed.stderr);
  assert.match(listed.stdout, /Quuxdown/);
  const siteTerms = {rules: {spelling: ['warn', {siteTerms: -1}]}};
  // A negative count is not a valid setting.
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify(siteTerms));
  assert.equal(postlint(['.'], {cwd: root}).code, 2);
});

test('spelling: the site-wide signals give the same findings when files come from the cache', () => {
  const root = tempSite({});
  cpSync(join(sites, 'terms'), root, {recursive: true});
  cpSync(join(sites, 'british', 'content'), join(root, 'content'), {recursive: true});
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({cache: true, rules: {spelling: ['warn', {report: 'unknown'}]}}));
  const first = words(postlintJson(['.'], {cwd: root}).json);
  // British spellings accepted (this site reads as British), Quuxdown a site term; the typos stay.
  assert.deepEqual(first, ['recieve', 'recieve', 'eg', 'shortode', 'recieve', 'eg', 'shortode', 'recieve', 'eg']);
  assert.deepEqual(words(postlintJson(['.'], {cwd: root}).json), first);
});
