// Run-wide spelling signals (src/spelling/site-signals.ts): a British site, and a site's own terms.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures, postlint, postlintJson, tempSite} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const rule = 'spelling';
const sites = join(fixtures, 'spelling', 'sites');
const unknown = {report: 'unknown'};
const words = (json) => json.flatMap((file) => file.messages.filter((m) => m.ruleId === 'spelling').map((m) => m.data.word));
const wordsOf = (findings) => findings.map((m) => m.data.word);
/** One site of the fixtures, only spelling on, no config file. */
const lintSite = (site, options = {}) => lintRule({rule, fixture: join(sites, site), configFile: false, ...options});

test('spelling: a site written in British English (default language) has its British spellings accepted; a real typo is still flagged', async () => {
  const {findings} = await lintSite('british');
  assert.deepEqual(findings.map(row), ['content/posts/models.md:7:42 spelling']);
  assert.deepEqual(wordsOf(findings), ['recieve']);
});

test('spelling: on an American site a stray British spelling is still flagged, with the American form suggested', async () => {
  const {findings} = await lintSite('american', {options: unknown});
  assert.deepEqual(findings.map(row), ['content/posts/colour.md:6:49 spelling']);
  const [message] = findings;
  assert.equal(message.data.word, 'behaviour');
  assert.equal(message.data.variant, 'en-GB');
  assert.deepEqual(message.data.suggestions, ['behavior']);
});

test('spelling: with spelling.language set, British detection is off (en-US set explicitly flags a British site)', async () => {
  const {findings} = await lintSite('british', {config: {spelling: {language: 'en-US'}}});
  // (`colour` and `catalogue` themselves are in the technical vocabulary, accepted either way.)
  assert.deepEqual(wordsOf(findings).sort(), ['analyse', 'behaviour', 'centre', 'colours', 'favourite', 'modelling', 'optimise', 'organisation', 'recieve']);
});

test('spelling: a word unknown in 3 files is a site term; a typo in 2 files, a known misspelling and a two-letter word in 3 are still flagged', async () => {
  const {findings} = await lintSite('terms', {options: unknown});
  // Quuxdown (3 files) is not reported; recieve (a known misspelling) and eg (two letters) are, in all 3; shortode in its 2.
  assert.deepEqual(findings.map(row), [
    'content/posts/post-1.md:6:58 spelling',
    'content/posts/post-1.md:6:86 spelling',
    'content/posts/post-1.md:7:9 spelling',
    'content/posts/post-2.md:6:58 spelling',
    'content/posts/post-2.md:6:86 spelling',
    'content/posts/post-2.md:7:3 spelling',
    'content/posts/post-3.md:6:58 spelling',
    'content/posts/post-3.md:6:86 spelling',
  ]);
  assert.deepEqual(wordsOf(findings), ['recieve', 'eg', 'shortode', 'recieve', 'eg', 'shortode', 'recieve', 'eg']);
  const recieve = findings.find((m) => m.file === 'content/posts/post-1.md' && m.data.word === 'recieve');
  assert.equal(recieve.data.typo, true);
  assert.equal(recieve.data.suggestions[0], 'receive');
});

test('spelling: siteTerms sets how many files make a site term (0 turns it off); a run on one file cannot see the others', async () => {
  const terms = async (siteTerms) => wordsOf((await lintSite('terms', {options: {siteTerms, report: 'unknown'}})).findings);
  assert.equal((await terms(0)).filter((word) => word === 'Quuxdown').length, 3);
  assert.equal((await terms(4)).filter((word) => word === 'Quuxdown').length, 3);
  // At 2, shortode (2 files) is taken for a term too.
  assert.deepEqual(await terms(2), ['recieve', 'eg', 'recieve', 'eg', 'recieve', 'eg']);
  const single = await lintSite('terms', {options: unknown, paths: ['content/posts/post-3.md']});
  assert.deepEqual(wordsOf(single.findings), ['Quuxdown', 'recieve', 'eg']);
});

test('spelling: the words workflow lists site terms, so that a run on one file agrees with the whole site once they are added', async () => {
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

test('spelling: the site-wide signals give the same findings when files come from the cache', async () => {
  const root = tempSite({});
  cpSync(join(sites, 'terms'), root, {recursive: true});
  cpSync(join(sites, 'british', 'content'), join(root, 'content'), {recursive: true});
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({cache: true, rules: {spelling: ['warn', {report: 'unknown'}]}}));
  const first = words(postlintJson(['.'], {cwd: root}).json);
  // British spellings accepted (this site reads as British; `eg` without dots is British style too), Quuxdown a site term; the typos stay.
  assert.deepEqual(first, ['recieve', 'recieve', 'shortode', 'recieve', 'shortode', 'recieve']);
  assert.deepEqual(words(postlintJson(['.'], {cwd: root}).json), first);
});

test('spelling: a British form whose American form British English keeps as a word of its own (licence/license, metre/meter) is a British spelling', async () => {
  // On a British site it is accepted with the rest; a real typo is still flagged.
  const british = await lintSite('british-licence');
  assert.deepEqual(british.findings.map(row), ['content/posts/fonts.md:7:62 spelling']);
  assert.deepEqual(wordsOf(british.findings), ['tabel']);
  // On an American site the lone British form is reported as one, with the American form suggested.
  const american = await lintSite('american-licence', {options: unknown});
  assert.deepEqual(american.findings.map(row), ['content/posts/fonts.md:6:26 spelling']);
  const [message] = american.findings;
  assert.equal(message.data.word, 'licence');
  assert.equal(message.data.variant, 'en-GB');
  assert.deepEqual(message.data.suggestions.slice(0, 1), ['license']);
});

test('spelling: a known misspelling two pages write capitalized in running text, alone (`Puppet and Facter`), is the site\'s name; its lower-case use is that name. A person\'s name beside another (`Ana Teh`) or one page\'s name is no evidence', async () => {
  const {findings} = await lintSite('named-misspellings');
  // facts.md's `collected by facter` is not reported: agent.md and release.md write `Facter` alone mid-sentence.
  assert.deepEqual(findings.map(row), ['content/posts/once.md:3:34 spelling', 'content/posts/people.md:3:39 spelling']);
  assert.deepEqual(wordsOf(findings), ['alot', 'teh']);
});
