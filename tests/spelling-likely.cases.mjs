// Which unknown words spelling reports: by default (option report: "likely") only likely typos
// (src/spelling/likely.ts), whatever words lists the site keeps; every unknown word with "unknown";
// "auto" (the default before 0.2) widens the report once the site keeps a words list.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

const rule = 'spelling';
const base = join(fixtures, 'spelling', 'likely');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.data.word}${m.data.likely ? ` ${m.data.likely}` : ''}`);
/** The fixture folder with only spelling on; `configFile` one of its config files, else none. */
const lintFixture = (paths, configFile = false) => lintRule({rule, fixture: base, configFile, paths});
const lintFiles = (files, options = {}) => lintRule({rule, files, ...options});

test('spelling (default, no words list): known misspellings, dotless abbreviations and slips inside common words are reported', async () => {
  const {findings} = await lintFixture(['fail']);
  assert.deepEqual(rows(findings), [
    'fail/misspellings.md:3:24 spelling collegues misspelling',
    'fail/misspellings.md:5:1 spelling Recieve misspelling',
    'fail/misspellings.md:5:29 spelling eg abbreviation',
    'fail/misspellings.md:5:52 spelling ie abbreviation',
    'fail/slips.md:3:5 spelling imagary slip',
    'fail/slips.md:3:43 spelling memborable slip',
    'fail/slips.md:5:13 spelling subconciously slip',
    'fail/slips.md:5:40 spelling miserabily slip',
    // A combining form and a slip in its tail (micro + pohne): no other compound has that tail.
    'fail/slips.md:7:24 spelling micropohne slip',
    // Two words run together (ban + width), a letter dropped at the join of a common compound (band + width): a slip
    // of it; `softline`, `testbed` and `pathloss` (pass/coinages.md; `pathless` differs inside a part) are coinages.
    'fail/slips.md:9:29 spelling banwidth slip',
    // A letter added at the join (def + fended for def + ended): a slip of `defended`.
    'fail/slips.md:11:15 spelling deffended slip',
  ]);
  const eg = findings.find((m) => m.data?.word === 'eg');
  assert.equal(eg.data.suggestions[0], 'e.g.');
  const imagary = findings.find((m) => m.data?.word === 'imagary');
  assert.equal(imagary.data.suggestions[0], 'imagery');
});

test('spelling (auto, no words list): names, jargon, coinages, quoted mentions, British variants and Latin filler are left alone', async () => {
  const {findings, result} = await lintFixture(['pass']);
  assert.deepEqual(rows(findings), []);
  assert.equal(result.files.length, 5);
});

// (`distros`, `dockerized`, `inlines` are inflections of listed technical terms, so words: see the inflection test below.)
test('spelling (report: unknown): the same pass fixtures hold unknown words, each reported without a likely kind', async () => {
  const {findings} = await lintFixture(['pass'], 'unknown.postlintrc.json');
  assert.deepEqual(rows(findings), [
    'pass/coinages.md:4:23 spelling softline',
    'pass/coinages.md:4:41 spelling testbed',
    'pass/coinages.md:5:5 spelling bajillion',
    'pass/coinages.md:5:30 spelling trippable',
    'pass/coinages.md:6:43 spelling estree',
    'pass/coinages.md:7:9 spelling unhover',
    'pass/coinages.md:7:32 spelling deisolate',
    // A combining form and a tail the dictionary has with two others (polymorphic, isomorphic): a coinage.
    'pass/coinages.md:8:42 spelling megamorphic',
    'pass/coinages.md:9:43 spelling pathloss',
    'pass/mentions.md:3:14 spelling wll',
    'pass/mentions.md:4:11 spelling vertycal',
    'pass/names-and-jargon.md:3:18 spelling Lanczos',
    'pass/names-and-jargon.md:3:58 spelling pwdlib',
    'pass/names-and-jargon.md:5:24 spelling Plas',
    'pass/names-and-jargon.md:7:4 spelling Azion',
    'pass/names-and-jargon.md:9:1 spelling Azion', // each use is reported
  ]);
});

test('spelling (default): adding a word to a words list does not widen the report; report "auto" does, as it did by default before', async () => {
  const post = {'post.md': readFileSync(join(base, 'pass', 'names-and-jargon.md'), 'utf8')};
  assert.deepEqual((await lintFiles(post)).findings, []);
  const listed = {...post, '.postlint/words.txt': 'Lanczos\nCodeberg\n'};
  assert.deepEqual((await lintFiles(listed)).findings, []);
  const config = {spelling: {words: ['pwdlib']}};
  assert.deepEqual((await lintFiles(listed, {config})).findings, []);
  const auto = await lintFiles(listed, {config, options: {report: 'auto'}});
  assert.deepEqual(auto.findings.map((m) => `${m.line}:${m.column} ${m.data.word}`), ['5:24 Plas', '7:4 Azion', '9:1 Azion']);
});

test('spelling (report: likely): a words list does not widen the report; an explicit language reports the other variant', async () => {
  const {findings} = await lintFiles({
    '.postlint/words.txt': '# team words\n',
    'post.md': '# Notes\n\nThe default behaviour of Zorblat stays; the recieve step is done.\n',
  }, {config: {spelling: {language: 'en-US'}}, options: {report: 'likely'}});
  assert.deepEqual(findings.map((m) => [m.data.word, m.data.likely]), [['behaviour', 'variant'], ['recieve', 'misspelling']]);
});

test('spelling: report takes auto, likely or unknown; anything else is a configuration error', async () => {
  await assert.rejects(lintFiles({'post.md': 'Hello.\n'}, {options: {report: 'some'}}), (error) => error.name === 'UsageError' && /report/.test(error.message));
  assert.deepEqual((await lintFiles({'post.md': 'Hello.\n'}, {options: {report: 'likely'}})).findings, []);
});

test('spelling: a paragraph of 8 words or more, two in five of them unknown and no English function word, is not checked word by word', async () => {
  const latin = 'Maecenas sed diam eget risus varius blandit sit amet non magna.';
  const {findings} = await lintFiles({
    'post.md': `# Notes\n\n${latin}\n\nWe recieve the wax on Mondays, and the zorblat arrives with it.\n\nShort: varius blandit.\n\nCollegues again, frobnicatte and qwxz ideas from Frobnicatte.\n`,
  }, {options: {report: 'unknown'}});
  // The Latin paragraph is skipped; the English ones (the last has 4 unknown words in 9, and "and",
  // "from") and the short line (too short to judge) are checked.
  assert.deepEqual(findings.map((m) => `${m.line}:${m.column} ${m.data.word}`), ['5:4 recieve', '5:40 zorblat', '7:8 varius', '7:15 blandit', '9:1 Collegues', '9:18 frobnicatte', '9:34 qwxz', '9:50 Frobnicatte']);
});

test('spelling (default): words of a field are no likely typos — a counted plural (two criticals), a slip the page inflects (glowbals, glowbal); a lone slip still is', async () => {
  const {findings} = await lintFiles({
    'post.md': '# Findings\n\nThe scan found two criticals and three highs.\n\nThe glowbals beat the old glowbal.\n\nWe tried the glowbal approach.\n',
  });
  assert.deepEqual(findings.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.data.word}`), []);
  const again = await lintFiles({'post.md': '# Findings\n\nThe criticals issues come first, then the glowbal one.\n'});
  assert.deepEqual(again.findings.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.data.word}`), ['3:5 spelling criticals', '3:43 spelling glowbal']);
});

// British style guides (GOV.UK, the Guardian's) write `eg`, `ie` without full stops; American style keeps them.
test('spelling: dotless eg/ie are likely typos under en-US and, by default, on a site that writes e.g./i.e.; words under en-GB and British variants (withdrawn on a British site)', async () => {
  const text = '# Notes\n\nSome tools, eg hammers, and one more, ie this one.\n';
  const us = await lintFiles({'post.md': text}, {config: {spelling: {language: 'en-US'}}});
  assert.deepEqual(rows(us.findings), ['post.md:3:13 spelling eg abbreviation', 'post.md:3:39 spelling ie abbreviation']);
  assert.equal(us.findings[0].data.suggestions[0], 'e.g.');
  const gb = await lintFiles({'post.md': text}, {config: {spelling: {language: 'en-GB'}}, options: {report: 'unknown'}});
  assert.deepEqual(rows(gb.findings), []);
  // Language unset: reported only on a site whose own prose writes the dotted form as its style, four times as often (a site-wide signal).
  const house = await lintFiles({'post.md': text});
  assert.deepEqual(rows(house.findings), []);
  const mixed = await lintFiles({'post.md': text, 'style.md': '# Style\n\nWe keep the stops, i.e. like this.\n'});
  assert.deepEqual(rows(mixed.findings), []);
  const unset = await lintFiles({'post.md': text, 'style.md': '# Style\n\nWe keep the stops, i.e. like this, e.g. here, e.g. there, i.e. always, e.g. in lists, i.e. in tables, e.g. in notes, i.e. everywhere.\n'});
  assert.deepEqual(unset.findings.map((m) => [m.line, m.column, m.data.word, m.data.likely, m.data.variant, m.data.suggestions[0]]), [[3, 13, 'eg', 'abbreviation', 'en-GB', 'e.g.'], [3, 39, 'ie', 'abbreviation', 'en-GB', 'i.e.']]);
  // Reported as what it is: the site's style broken, not an unknown word (dictionaries list `eg`, `ie`).
  assert.deepEqual(unset.findings.map((m) => m.message), ['Abbreviation "eg" without its full stops; this site\'s style writes "e.g."', 'Abbreviation "ie" without its full stops; this site\'s style writes "i.e."']);
  assert.equal(us.findings[1].message, 'Abbreviation "ie" without its full stops; this site\'s style writes "i.e."');
  // A site that reads as British (two British spellings, no American one): its eg and ie go with them.
  const british = await lintFiles({'post.md': text, 'other.md': '# Colour\n\nWe analyse the colour picker and organise its centre.\n'});
  assert.deepEqual(rows(british.findings), []);
});

// Words of a field and of speech: a technical term inflected (the lists hold `upsert` only), an
// elided -ing in a quotation; every unknown word reported, so only these are left alone.
test('spelling (report: unknown): inflected technical terms and elided -ing forms are words; a plain unknown word is still reported', async () => {
  const text = "# Notes\n\nThe slice upserts rows. Upserting and upserted too.\n\n\"I was a-doin' nothin', just lookin’,\" he said of the linkin park.\n";
  const {findings} = await lintFiles({'post.md': text}, {options: {report: 'unknown'}});
  assert.deepEqual(rows(findings), ['post.md:5:55 spelling linkin']);
});

test('spelling: the headwords of a style guide\'s entries (headings of emphasized words only, three or more) are mentioned, not used; the same words in its prose, and an emphasized word in an ordinary heading, are read', async () => {
  const dir = join(fixtures, 'spelling', 'headwords');
  const lint = async (name) => (await lintRule({rule, files: {'hugo.toml': 'title = "t"\n', [name]: readFileSync(join(dir, name), 'utf8')}, paths: [name]})).findings.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
  // guide.md: `### _eg_` and `### _alot_` are entries' headwords; "eg and alot" in its last line are used.
  assert.deepEqual(await lint('guide.md'), ['15:22 spelling', '15:29 spelling']);
  // post.md: `### _Alot_ of news` is a heading of words, not a headword; one such heading is no list of entries anyway.
  assert.deepEqual(await lint('post.md'), ['3:6 spelling', '5:48 spelling']);
  // sections.md: three `## _Word_` section titles, none listing two words: a post's styling, its typos read.
  assert.deepEqual(await lint('sections.md'), ['3:5 spelling', '11:5 spelling']);
});
