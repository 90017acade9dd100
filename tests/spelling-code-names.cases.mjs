import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {row} from './rule-helpers.mjs';

const dir = new URL('../fixtures/spelling/code-names/', import.meta.url).pathname;
const lint = async (files) => (await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {'hugo.toml': 'title = "t"\n', ...files}, paths: Object.keys(files)})).findings.map(row);

test('a part two of the page\'s identifiers hold (kNumZorbints, ParseZorbint32) is the code\'s term in its prose; a word the code does not write is still unknown', async () => {
  assert.deepEqual(await lint({'batch.md': readFileSync(join(dir, 'batch.md'), 'utf8')}), ['batch.md:10:5 spelling']);
});

test('a part of one identifier only (quoeueDepth) is the same typo in the prose: reported; the code naming it alone too (quoeue.push) makes it the code\'s term', async () => {
  const page = readFileSync(join(dir, 'queue.md'), 'utf8');
  assert.deepEqual(await lint({'queue.md': page}), ['queue.md:3:30 spelling']);
  const alone = page.replace('auto quoeueDepth = 8;', 'auto quoeueDepth = 8;\nquoeue.push(m);');
  assert.deepEqual(await lint({'queue.md': alone}), []);
});

const programs = new URL('../fixtures/spelling/program-names/', import.meta.url).pathname;
const programPage = (name) => readFileSync(join(programs, name), 'utf8');

test('a program the page runs in its code (a prompted shell line, a hyphenated name as inline code) is that program in its prose; a word only the prose writes is still unknown', async () => {
  // zorb-deflate: `$ zorb-deflate …` and `zorb-deflate`; qorbit and frobnik are not run anywhere.
  assert.deepEqual(await lint({'compress.md': programPage('compress.md')}), ['compress.md:3:79 spelling', 'compress.md:7:5 spelling', 'compress.md:7:39 spelling']);
  // Without the code, zorb-deflate's parts are unknown words of the prose.
  const prose = programPage('compress.md').replace(/`zorb-deflate`/, 'it').replace(/\n    \$ zorb-deflate.*\n/, '\n');
  assert.ok((await lint({'compress.md': prose})).some((found) => found.startsWith('compress.md:3:') && found !== 'compress.md:3:79 spelling'));
});

test('a project the site links to its own home (the host\'s or the repository\'s name) is that name on every page; a word that merely sits in a link is still read', async () => {
  const files = {'tools.md': programPage('tools.md'), 'other.md': programPage('other.md')};
  // qwendler (get-qwendler.io) and blorpus (github.com/acme/blorpus) are known site-wide; snorgle and teh
  // (a word of a link's path, not the host's or a repository's name) are not.
  assert.deepEqual(await lint(files), ['other.md:3:42 spelling', 'other.md:3:77 spelling']);
  // Without the links, the other page's names are unknown.
  assert.deepEqual(await lint({'other.md': files['other.md']}), ['other.md:3:21 spelling', 'other.md:3:31 spelling', 'other.md:3:42 spelling', 'other.md:3:77 spelling']);
});

test('a word that is a part of an identifier the prose writes as code (`sched_taskqueue_push()`, a snake_case name or a call) and a closed compound of known words (`task` + `queue`) is that code\'s term on the page; a slip in one name (`set_pipelne_depth()`), an English typo beside them, and the word on a page with no such name are read', async () => {
  const page = readFileSync(join(dir, 'prose-identifiers.md'), 'utf8');
  assert.deepEqual(await lint({'notes.md': page}), ['notes.md:5:11 spelling', 'notes.md:6:34 spelling']);
  const unnamed = page.replace('sched_taskqueue_push()', 'the push').replace('flushTaskqueue()', 'the flush');
  assert.deepEqual(await lint({'notes.md': unnamed}), ['notes.md:3:12 spelling', 'notes.md:4:38 spelling', 'notes.md:5:11 spelling', 'notes.md:5:31 spelling', 'notes.md:6:34 spelling']);
});

test('a hyphenated name the page\'s code writes whole (`"reader-show-next-mesage"` in a key binding) is that name where the prose writes it, a misspelled piece and all; the piece alone, a compound the code does not write and a typo beside them are read', async () => {
  assert.deepEqual(await lint({'keys.md': readFileSync(join(dir, 'command-compounds.md'), 'utf8')}), ['keys.md:4:32 spelling', 'keys.md:4:67 spelling', 'keys.md:5:63 spelling']);
});

// The dictionary's short entries (`cot`, `resp`, `nose`) split many slips into two "known words"
// (`cot` + `next`): a part that one identifier holds counts as a closed compound only when no swap
// of two letters and no letter put back makes it a known word (`cotnext` → `context`).
test('a slip in one identifier that splits into two short known words (`respnoseTime`: `resp` + `nose`, `cotnextSize`) is still the same slip in the prose; a closed compound no swap or missing letter explains (`envlist`) is the code\'s term', async () => {
  assert.deepEqual(await lint({'slips.md': readFileSync(join(dir, 'split-slips.md'), 'utf8')}), ['slips.md:8:12 spelling', 'slips.md:8:52 spelling']);
});

test('a known misspelling the page\'s code installs or imports (`cargo add ratatui`, `use ratatui::…`) or runs as a family of programs (`mosquitto_sub`, `mosquitto_pub`) is that project\'s name in its prose; a typo the code writes as a variable (`let recieve`) is still reported', async () => {
  const page = readFileSync(join(dir, 'packages.md'), 'utf8');
  assert.deepEqual(await lint({'packages.md': page}), ['packages.md:12:5 spelling']);
  // Without the code, the list's slips are read: the names are no longer evidenced.
  const bare = page.replace('`cargo add ratatui`', 'cargo').replace(/```rust[\s\S]*?```\n/, '').replace(/`mosquitto_sub[^`]*`/, 'one').replace(/`mosquitto_pub[^`]*`/, 'two');
  assert.deepEqual(await lint({'packages.md': bare}), ['packages.md:6:4 spelling', 'packages.md:8:5 spelling', 'packages.md:10:63 spelling']);
  // One program of the family is no family: `mosquitto_sub` alone leaves mosquitto read.
  const single = page.replace(/`mosquitto_pub[^`]*`/, 'two');
  assert.deepEqual(await lint({'packages.md': single}), ['packages.md:12:5 spelling', 'packages.md:14:86 spelling']);
});

test('a package or program family one page\'s code names is its name on the site\'s other pages; a typo beside it, and the names on a site whose code never writes them, are still reported', async () => {
  const other = readFileSync(join(dir, 'packages-other.md'), 'utf8');
  assert.deepEqual(await lint({'packages.md': readFileSync(join(dir, 'packages.md'), 'utf8'), 'other.md': other}), ['other.md:3:78 spelling', 'packages.md:12:5 spelling']);
  assert.deepEqual(await lint({'other.md': other}), ['other.md:3:12 spelling', 'other.md:3:39 spelling', 'other.md:3:78 spelling']);
});

test('an R package the page\'s code loads (`library(windmoll)`), in a code block or in code pasted as HTML (a highlighter\'s `<pre>`), is that package\'s name in its prose; without the code, or with the name only as a variable, it is read', async () => {
  const page = readFileSync(join(dir, 'r-library.md'), 'utf8');
  assert.deepEqual(await lint({'r-library.md': page}), []);
  assert.deepEqual(await lint({'r-library-html.md': readFileSync(join(dir, 'r-library-html.md'), 'utf8')}), []);
  assert.deepEqual(await lint({'r-library.md': page.replace('library(windmoll)', 'windmoll <- 3')}), ['r-library.md:3:12 spelling']);
  assert.deepEqual(await lint({'r-library.md': page.replace(/```r[\s\S]*```\n/, '')}), ['r-library.md:3:12 spelling']);
});
