import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule} from 'postlint/testing';
import {row} from './rule-helpers.mjs';

// crate-ci/typos (docs/reference.md): `extend-words` maps a typo to its correction; a word mapped
// to itself is always valid, in any case. A word mapped to another word is a typo, not a word.
const post = '# Notes\n\nZorblat users and zorblat fans meet glorbix and Quuxdown.\n';

test('typos users keep their words: [default.extend-words] and [type.md.extend-words] entries mapped to themselves', async () => {
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {
    'hugo.toml': 'title = "t"\n',
    'typos.toml': '# typos config\n[default.extend-words]\nzorblat = "zorblat"\nquuxdown = "quixdown"\n\n[type.md.extend-words]\nglorbix = "glorbix"\n',
    'post.md': post,
  }, paths: ['post.md']});
  // `quuxdown` is declared a typo of `quixdown`: not a word of the site.
  assert.deepEqual(findings.map(row), ['post.md:3:49 spelling']);
  assert.deepEqual(findings.map((m) => m.data.word), ['Quuxdown']);
});

test('without a typos config the same words are unknown', async () => {
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {'hugo.toml': 'title = "t"\n', 'post.md': post}, paths: ['post.md']});
  assert.deepEqual(findings.map((m) => m.data.word), ['Zorblat', 'zorblat', 'glorbix', 'Quuxdown']);
});

test('a known misspelling the typos config declares valid is the site\'s word, also in the default (likely typos) mode', async () => {
  const files = {'hugo.toml': 'title = "t"\n', 'post.md': '# Notes\n\nI thanked my collegues.\n'};
  const before = await lintRule({rule: 'spelling', files, paths: ['post.md']});
  assert.deepEqual(before.findings.map(row), ['post.md:3:14 spelling']);
  const after = await lintRule({rule: 'spelling', files: {...files, '_typos.toml': '[default.extend-words]\ncollegues = "collegues"\n'}, paths: ['post.md']});
  assert.deepEqual(after.findings, []);
});

test('typos config in Cargo.toml metadata or pyproject.toml [tool.typos], found in a folder above the site (up to the repository)', async () => {
  const files = {
    '.git/HEAD': 'ref: refs/heads/main\n',
    'Cargo.toml': '[package]\nname = "x"\n\n[package.metadata.typos.default.extend-words]\nzorblat = "zorblat"\n',
    'docs/hugo.toml': 'title = "t"\n',
    'docs/post.md': '# Notes\n\nThe zorblat and glorbix.\n',
  };
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files, paths: ['docs/post.md']});
  assert.deepEqual(findings.map((m) => m.data.word), ['glorbix']);
  // The nearest folder with a typos config wins, as in typos: the site's own pyproject.toml.
  const nearer = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {...files, 'docs/pyproject.toml': '[tool.typos.default.extend-words]\nglorbix = "glorbix"\n'}, paths: ['docs/post.md']});
  assert.deepEqual(nearer.findings.map((m) => m.data.word), ['zorblat']);
});

test('a Cargo.toml without typos metadata is no typos config; a typos.toml that is not TOML is named in a message', async () => {
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {'hugo.toml': 'title = "t"\n', 'Cargo.toml': '[package]\nname = "zorblat"\n', 'post.md': '# Notes\n\nThe zorblat.\n'}, paths: ['post.md']});
  assert.deepEqual(findings.map((m) => m.data.word), ['zorblat']);
  const broken = await lintRule({rule: 'spelling', files: {'hugo.toml': 'title = "t"\n', 'typos.toml': '[default.extend-words\n', 'post.md': '# Notes\n\nHello.\n'}, paths: ['post.md']});
  assert.match(broken.findings[0].message, /typos\.toml: not TOML/);
});

test('the site\'s title alone does not make a known misspelling the site\'s word: a words list or typos config says so', async () => {
  const files = {'hugo.toml': 'title = "Collegues"\n', 'post.md': '# Notes\n\nI thanked my collegues.\n'};
  const {findings} = await lintRule({rule: 'spelling', files, paths: ['post.md']});
  assert.deepEqual(findings.map(row), ['post.md:3:14 spelling']);
  const declared = await lintRule({rule: 'spelling', files: {...files, '.typos.toml': '[default.extend-words]\ncollegues = "collegues"\n'}, paths: ['post.md']});
  assert.deepEqual(declared.findings, []);
});
