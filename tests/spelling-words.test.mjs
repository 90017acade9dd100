import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures, postlint, postlintJson, tempSite} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const unknownConfig = join(fixtures, 'spelling', 'report-unknown.postlintrc.json');

const site = () =>
  tempSite({
    'hugo.toml': 'title = "t"\n',
    'content/a.md': '---\ntitle: "Zorblat notes"\n---\n\nMy collegues and zorblat, `notaword` in code.\n',
    'content/b.md': 'Collegues again, frobnicatte and qwxz-ish ideas from Frobnicatte.\n',
  });

test('--list-unknown-words prints every unknown word once, sorted, with counts', () => {
  const root = site();
  const {code, stdout} = postlint(['--list-unknown-words'], {cwd: root});
  assert.equal(code, 0);
  assert.equal(stdout, 'collegues\t2\nfrobnicatte\t2\nqwxz\t1\nzorblat\t2\n');
});

test('--list-unknown-words --format json gives word, count and the words file', () => {
  const root = site();
  const {json} = postlintJson(['--list-unknown-words', 'content'], {cwd: root});
  assert.deepEqual(json.map((w) => [w.word, w.count, w.wordsFile]), [
    ['collegues', 2, '.postlint/words.txt'],
    ['frobnicatte', 2, '.postlint/words.txt'],
    ['qwxz', 1, '.postlint/words.txt'],
    ['zorblat', 2, '.postlint/words.txt'],
  ]);
});

test('--add-words creates .postlint/words.txt sorted and de-duplicated, lists known misspellings apart; once they are fixed a second run flags nothing', () => {
  const root = site();
  const file = join(root, '.postlint', 'words.txt');
  assert.equal(existsSync(file), false);
  const first = postlint(['--add-words'], {cwd: root});
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, 'Added 3 words to .postlint/words.txt\nNot added, known misspellings to fix in the text: collegues\n');
  assert.equal(readFileSync(file, 'utf8'), 'frobnicatte\nqwxz\nzorblat\n');
  assert.equal(postlint(['--list-unknown-words'], {cwd: root}).stdout, 'collegues\t2\n');
  const json = postlintJson(['--add-words', '--format', 'json'], {cwd: root}).json;
  assert.deepEqual(json, [{misspellings: [{word: 'collegues', count: 2}]}]);
  for (const name of ['a.md', 'b.md']) {
    const path = join(root, 'content', name);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/ollegues/g, 'olleagues'));
  }
  const {json: lint} = postlintJson(['--rule', 'no-drafts:off', '-c', unknownConfig, '.'], {cwd: root});
  assert.deepEqual(lint.flatMap((f) => f.messages.filter((m) => m.ruleId === 'spelling')), []);
  assert.equal(postlint(['--add-words'], {cwd: root}).stdout, 'No unknown words; nothing to add\n');
  assert.equal(readFileSync(file, 'utf8'), 'frobnicatte\nqwxz\nzorblat\n');
});

test('--add-words with recieve and sofware adds neither; the rest goes in', () => {
  const root = tempSite({'hugo.toml': 'title = "t"\n', 'post.md': 'We recieve sofware from the zorblat.\n'});
  assert.equal(postlint(['--add-words'], {cwd: root}).stdout, 'Added 1 word to .postlint/words.txt\nNot added, known misspellings to fix in the text: recieve, sofware\n');
  assert.equal(readFileSync(join(root, '.postlint', 'words.txt'), 'utf8'), 'zorblat\n');
});

test('a postlint-disable-next-line spelling over the first use of a word leaves its later uses reported', async () => {
  const files = {
    'hugo.toml': 'title = "t"\n',
    'post.md': '# Notes\n\n<!-- postlint-disable-next-line spelling -->\nThe zorblat once.\n\nThe zorblat twice, and the zorblat again.\n',
  };
  const {findings} = await lintRule({rule: 'spelling', files, options: {report: 'unknown'}});
  assert.deepEqual(findings.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.data.word} ${m.data.count}`), ['6:5 spelling zorblat 2', '6:28 spelling zorblat 2']);
  assert.equal(postlint(['--list-unknown-words'], {cwd: tempSite(files)}).stdout, 'zorblat\t2\n');
});

test('cspell users keep their words: cspell:ignore and cspell:words comments, and cspell.json / .cspell.json words', async () => {
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {
    'hugo.toml': 'title = "t"\n',
    'cspell.json': '{\n  // the team\'s words\n  "version": "0.2",\n  "words": ["zorblat"],\n  "ignoreWords": ["wibbleton"],\n}\n',
    '.cspell.json': '{"words": ["quuxdown"]}\n',
    'post.md': '# Notes\n\n<!-- cspell:ignore frobnicatte, blorptastic -->\n<!-- spell-checker:words snarfle -->\n\nThe zorblat, wibbleton, quuxdown, frobnicatte, blorptastic and snarfle meet a glorbix.\n',
    'other.md': '# More\n\nThe frobnicatte is not ignored here.\n',
  }, paths: ['post.md', 'other.md']});
  assert.deepEqual(findings.map(row), ['other.md:3:5 spelling', 'post.md:6:79 spelling']);
  assert.deepEqual(findings.map((m) => m.data.word), ['frobnicatte', 'glorbix']);
});

test('a cspell.json that is not JSON is named in a message on the files, not a crash', async () => {
  const {findings} = await lintRule({rule: 'spelling', files: {'hugo.toml': 'title = "t"\n', 'cspell.json': '{"words": [\n', 'post.md': '# Notes\n\nHello.\n'}, paths: ['post.md']});
  assert.match(findings[0].message, /cspell\.json: not JSON/);
});

test('--add-words keeps the header comments and merges into an existing list without duplicates', () => {
  const root = tempSite({
    'hugo.toml': 'title = "t"\n',
    '.postlint/words.txt': '# Our words\n\nzebrafy\nAardvarkish\n',
    'post.md': 'Zebrafy and blorp, then Blorp and aardvarkish and wumbo.\n',
  });
  assert.equal(postlint(['--add-words'], {cwd: root}).stdout, 'Added 2 words to .postlint/words.txt\n');
  assert.equal(readFileSync(join(root, '.postlint', 'words.txt'), 'utf8'), '# Our words\n\nAardvarkish\nblorp\nwumbo\nzebrafy\n');
});

test('--list-unknown-words leaves out words that a control comment silences', () => {
  const root = tempSite({
    'hugo.toml': 'title = "t"\n',
    'post.md': 'A zorblat here.\n\n<!-- postlint-disable-next-line spelling -->\nA frobnicatte there.\n',
  });
  assert.equal(postlint(['--list-unknown-words'], {cwd: root}).stdout, 'zorblat\t1\n');
});

test('--list-unknown-words counts every file on a site big enough for worker threads', () => {
  const files = {};
  for (let i = 0; i < 260; i++) files[`posts/p${String(i).padStart(3, '0')}.md`] = `# Post ${i}\n\nThe zorblax met a wibblefrotz.\n`;
  const root = tempSite(files);
  const {code, stdout} = postlint(['--offline', '--list-unknown-words', '.'], {cwd: root});
  assert.equal(code, 0);
  assert.match(stdout, /^wibblefrotz\s+260$/m);
  assert.match(stdout, /^zorblax\s+260$/m);
});
