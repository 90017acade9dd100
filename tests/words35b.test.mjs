// fix35b: words a page or its site vouches for — the adverb of an -able adjective, a package a page
// links in its registry, the people the site says wrote it — and a product named like a listed brand
// on a page about its own owner's family. Each with the case that must still be reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {adjectiveOfAdverb, adverbTakenForAdjective} from '../dist/src/spelling/able-adverbs.js';
import {namedProject} from '../dist/src/spelling/site-signals.js';

const base = join(fixtures, 'words35b');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.data.word}${m.data.likely ? ` ${m.data.likely}` : ''}`);
const lint = async (rule, folder, options) => rows((await lintRule({rule, fixture: join(base, folder), configFile: false, ...(options ? {options} : {})})).findings);

test('spelling: the adverb of an -able adjective is a word (configurably where an adverb goes); a stem typo, a known misspelling and the adverb where the adjective was meant are still reported', async () => {
  assert.deepEqual(await lint('spelling', 'adverbs'), ['fail.md:3:66 spelling noteably misspelling', 'fail.md:4:28 spelling configurably misspelling']);
  // Every unknown word: `extensibly` is now known; `configurably` stays an unknown word (the list's entry), no likely typo.
  assert.deepEqual(await lint('spelling', 'adverbs', {report: 'unknown'}), ['fail.md:3:32 spelling confgurably', 'fail.md:3:66 spelling noteably misspelling', 'fail.md:4:28 spelling configurably misspelling', 'pass.md:4:1 spelling configurably']);
});

test('able adverbs: the adjective, and the adjective\'s place', () => {
  assert.equal(adjectiveOfAdverb('configurably'), 'configurable');
  assert.equal(adjectiveOfAdverb('Visibly'), 'visible');
  assert.equal(adjectiveOfAdverb('tably'), undefined);
  assert.equal(adverbTakenForAdjective('configurably', ['configurable'], 'and ideally\n'), true);
  assert.equal(adverbTakenForAdjective('configurably', ['configurable'], 'The limit is '), false);
  assert.equal(adverbTakenForAdjective('configurably', ['configurable'], 'a **fully** '), false);
  assert.equal(adverbTakenForAdjective('configurably', ['configurable', 'configurability'], 'and '), false);
});

test('spelling: a package the page links in its registry (docs.rs) is a name, capitalized at a line\'s start too; an unlinked name is still reported', async () => {
  assert.deepEqual(await lint('spelling', 'crates', {report: 'unknown'}), ['other.md:3:11 spelling alot misspelling', 'verse.md:8:3 spelling Zindlewick']);
  // A crate named like a known misspelling: its page's capitalized use is the crate, another page's slip is still one.
  assert.deepEqual(await lint('spelling', 'crates'), ['other.md:3:11 spelling alot misspelling']);
  assert.equal(namedProject('Quorblet', new Set(['quorblet'])), true);
  assert.equal(namedProject('quorblet', new Set(['Quorblet'])), false);
  assert.equal(namedProject('QuorBlet', new Set(['quorblet'])), false);
  assert.equal(namedProject('', new Set(['quorblet'])), false);
});

test('spelling: the site owner\'s name (package.json author) and the page\'s front-matter author are names as written; another page, another case and other words are still read', async () => {
  assert.deepEqual(await lint('spelling', 'owner', {report: 'unknown'}), [
    'content/index.md:5:66 spelling Tovrik',
    'content/other.md:5:19 spelling Dostava',
    'content/post.md:6:70 spelling quelbrin',
  ]);
});

test('spelling: a Jekyll site\'s config author ({name}) is a name on its pages; another unknown name is still read', async () => {
  assert.deepEqual(await lint('spelling', 'owner-jekyll', {report: 'unknown'}), ['about.md:5:21 spelling Brelkin']);
});

test('brand-casing: WebPack on a page that names Xilinx or Vivado is their FPGA edition (WebPACK); on a page about bundling it is still held to the bundler\'s form', async () => {
  assert.deepEqual(await lint('brand-casing', 'homonyms'), ['bundler.md:3:28 brand-casing WebPack']);
});

test('no-placeholders: "TODO List" in Title Case ending its phrase is the to-do list; followed by words it is a note whose verb is List, and a TODO alone is still reported', async () => {
  const {findings} = await lintRule({rule: 'no-placeholders', fixture: join(base, 'todo'), configFile: false});
  assert.deepEqual(findings.filter((m) => m.file === 'terms.md').map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`), ['terms.md:7:1 no-placeholders', 'terms.md:9:21 no-placeholders']);
});

test('no-placeholders: "TODO Note:" or "TODO Item -" opening a note\'s text on its line is a leftover note; "My TODO List:" ending its line over a list is the list\'s name', async () => {
  const {findings} = await lintRule({rule: 'no-placeholders', fixture: join(base, 'todo'), configFile: false});
  assert.deepEqual(findings.filter((m) => m.file === 'notes.md').map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`), ['notes.md:5:1 no-placeholders', 'notes.md:9:1 no-placeholders']);
});

test('brand-casing: a blockquote a Chinese sentence introduces as an excerpt from elsewhere (摘录…：) is others\' words; an excerpt of the writer\'s own piece and a note are read', async () => {
  const {findings} = await lintRule({rule: 'brand-casing', fixture: join(base, 'quoted'), configFile: false});
  assert.deepEqual(findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`), ['intro.md:9:9 brand-casing', 'intro.md:13:7 brand-casing', 'intro.md:17:9 brand-casing']);
});

test('brand-casing: a blockquote introduced as an excerpt of this piece itself (下面摘录本文的要点：) is the writer\'s own words, still read', async () => {
  const {findings} = await lintRule({rule: 'brand-casing', fixture: join(base, 'quoted'), configFile: false});
  assert.ok(findings.some((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}` === 'intro.md:17:9 brand-casing'));
});

test('spelling: a registered file extension before a word for files (opf 和 css 文件, the opf file, xhtml/opf files) names a file type; a typo that is no extension and the extension used alone are still reported', async () => {
  assert.deepEqual(await lint('spelling', 'file-types'), ['formats.md:7:6 spelling teh misspelling', 'formats.md:9:5 spelling opf misspelling', 'slips.md:3:12 spelling odf misspelling']);
});

test('spelling: an extension that is also a known slip of "of" (odf) names a file type only after its dot, a determiner or in a list of extensions; "the number odf files" is still the slip', async () => {
  const rows = await lint('spelling', 'file-types');
  assert.ok(rows.includes('slips.md:3:12 spelling odf misspelling'));
  assert.equal(rows.filter((row) => row.startsWith('slips.md:')).length, 1);
});

test('brand-casing: link text naming a Wikipedia article whose title writes the word otherwise (Affine_transformation, not AFFiNE) is that term; a link to the name\'s own article and the word outside the link are still read', async () => {
  const {findings} = await lintRule({rule: 'brand-casing', fixture: join(base, 'encyclopedia'), configFile: false});
  assert.deepEqual(findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`), ['redirects.md:3:25 brand-casing', 'terms.md:5:29 brand-casing', 'terms.md:5:105 brand-casing']);
});

test('brand-casing: a link to a Wikipedia title that is the word alone in the wrong case ([Javascript](…/wiki/Javascript), a redirect) is the name miscased, still reported', async () => {
  const {findings} = await lintRule({rule: 'brand-casing', fixture: join(base, 'encyclopedia'), configFile: false});
  assert.deepEqual(findings.filter((m) => m.file === 'redirects.md').map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.data.word}`), ['redirects.md:3:25 brand-casing Javascript']);
});
