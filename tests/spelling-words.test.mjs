import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {postlint, postlintJson, tempSite} from './helpers.mjs';

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
  assert.equal(stdout, 'collegues\t2\nfrobnicatte\t2\nqwxz\t1\nZorblat\t2\n');
});

test('--list-unknown-words --format json gives word, count and the words file', () => {
  const root = site();
  const {json} = postlintJson(['--list-unknown-words', 'content'], {cwd: root});
  assert.deepEqual(json.map((w) => [w.word, w.count, w.wordsFile]), [
    ['collegues', 2, '.postlint/words.txt'],
    ['frobnicatte', 2, '.postlint/words.txt'],
    ['qwxz', 1, '.postlint/words.txt'],
    ['Zorblat', 2, '.postlint/words.txt'],
  ]);
});

test('--add-words creates .postlint/words.txt sorted and de-duplicated; a second run flags nothing', () => {
  const root = site();
  const file = join(root, '.postlint', 'words.txt');
  assert.equal(existsSync(file), false);
  const first = postlint(['--add-words'], {cwd: root});
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, 'Added 4 words to .postlint/words.txt\n');
  assert.equal(readFileSync(file, 'utf8'), 'collegues\nfrobnicatte\nqwxz\nZorblat\n');
  assert.equal(postlint(['--list-unknown-words'], {cwd: root}).stdout, '');
  const {json} = postlintJson(['--rule', 'no-drafts:off', '.'], {cwd: root});
  assert.deepEqual(json.flatMap((f) => f.messages.filter((m) => m.ruleId === 'spelling')), []);
  assert.equal(postlint(['--add-words'], {cwd: root}).stdout, 'No unknown words; nothing to add\n');
  assert.equal(readFileSync(file, 'utf8'), 'collegues\nfrobnicatte\nqwxz\nZorblat\n');
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
