import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {row} from './rule-helpers.mjs';
import {parseSelectors} from '../dist/src/spelling/ignored-elements.js';

// pyspelling (facelessuser/pyspelling): a config (`.pyspelling.yml`, or `.spellcheck.yml` as the GitHub
// Actions that run it name it) whose matrix tasks on the site's pages give word lists (`dictionary.wordlists`)
// and, in the html filter, `ignores`: CSS selectors of elements pyspelling skips. On an MkDocs site with
// attr_list, `{: .nospellcheck }` after a link, an image, a paragraph or a heading gives the element the class.
const dir = new URL('../fixtures/spelling/pyspelling/', import.meta.url).pathname;
const names = ['mkdocs.yml', '.spellcheck.yml', '.wordlist.txt', '.scripts-words.txt', 'docs/index.md'];
const files = Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
const page = ['docs/index.md'];

test('pyspelling users keep their words and their skipped elements; a misspelling outside them is still reported', async () => {
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files, paths: page});
  // `plimsoddle` is only in the word list of a task on Python files: not the pages' word.
  assert.deepEqual(findings.map(row), ['docs/index.md:3:38 spelling', 'docs/index.md:6:76 spelling', 'docs/index.md:15:16 spelling']);
  assert.deepEqual(findings.map((m) => m.data.word), ['plimsoddle', 'misspeled', 'Snorfle']);
});

test('without the config every word is the dictionary\'s to judge', async () => {
  const {'.spellcheck.yml': _, ...rest} = files;
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: rest, paths: page});
  const words = findings.map((m) => m.data.word);
  for (const word of ['zorblat', 'glorbixes', 'Wobblet', 'snizzle', 'Kwispel', 'misspeled', 'flurbish', 'Koptekst', 'Snorfle']) assert.ok(words.includes(word), word);
});

test('without attr_list (MkDocs leaves `{: .nospellcheck }` as text) no element has the class: its words are checked', async () => {
  const mkdocs = 'site_name: Zorblat notes\n';
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {...files, 'mkdocs.yml': mkdocs}, paths: page});
  const words = findings.map((m) => m.data.word);
  for (const word of ['Wobblet', 'Kwispel', 'flurbish', 'Koptekst']) assert.ok(words.includes(word), word);
  assert.ok(!words.includes('zorblat'));
});

test('a task on the Markdown sees classes only when its markdown filter lists attr_list; element names always', async () => {
  const config = (extensions) => `matrix:\n- name: Markdown\n  pipeline:\n  - pyspelling.filters.markdown:\n      markdown_extensions: [${extensions}]\n  - pyspelling.filters.html:\n      ignores: [':is(code, pre)', h2, .nospellcheck]\n  sources: ['docs/**/*.md']\n`;
  const plain = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {...files, '.spellcheck.yml': config('pymdownx.superfences')}, paths: page});
  assert.deepEqual(plain.findings.filter((m) => m.data.word === 'Koptekst' || m.data.word === 'Wobblet').map(row), ['docs/index.md:5:32 spelling']);
  const listed = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {...files, '.spellcheck.yml': config('markdown.extensions.attr_list')}, paths: page});
  assert.deepEqual(listed.findings.filter((m) => ['Koptekst', 'Wobblet', 'flurbish'].includes(m.data.word)).map(row), []);
});

test('a word list that cannot be read and selectors postlint cannot match are said in one notice', async () => {
  const {'.wordlist.txt': _, ...rest} = files;
  const {findings, result} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: rest, paths: page});
  const notices = (result.notices ?? []).filter((notice) => notice.kind === 'pyspelling');
  assert.equal(notices.length, 1);
  assert.match(notices[0].message, /\.wordlist\.txt \(ENOENT\) could not be read/);
  assert.match(notices[0].message, /`div > p` is not matched/);
  assert.ok(findings.some((m) => m.data.word === 'zorblat'));
});

test('the simple selectors are read, the rest left out', () => {
  assert.deepEqual(parseSelectors(['code, pre', '.nospellcheck', 'a.magiclink', 'p#intro.note', 'div > p', '[lang]', '*', ':not(a)']), {
    selectors: [{tag: 'code', classes: []}, {tag: 'pre', classes: []}, {classes: ['nospellcheck']}, {tag: 'a', classes: ['magiclink']}, {tag: 'p', classes: ['note'], id: 'intro'}],
    unsupported: ['div > p', '[lang]', '*', ':not(a)'],
  });
});

test('a brand in a pyspelling word list is a word for spelling, not a form brand-casing leaves alone', async () => {
  const listed = {...files, '.wordlist.txt': 'zorblat\nGithub\n', 'docs/index.md': '# Sources\n\nThe zorblat sources are on Github since May.\n'};
  const {findings} = await lintRule({rule: 'brand-casing', files: listed, paths: page});
  assert.deepEqual(findings.map(row), ['docs/index.md:3:28 brand-casing']);
});

test('on a Jekyll site kramdown reads no attribute list at a heading\'s end (only `{#id}`): a typo in `## … {: .nospellcheck }` is still reported; a paragraph\'s last-line list still skips it', async () => {
  const jekyll = {'_config.yml': 'title: Zorblat notes\n', '.spellcheck.yml': files['.spellcheck.yml'], '.wordlist.txt': files['.wordlist.txt']};
  const page = '# Notes\n\n## A misspeled heading {: .nospellcheck }\n\nA paragraph whose flurbish words the site skips.\n{: .nospellcheck }\n';
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {...jekyll, 'docs/index.md': page}, paths: ['docs/index.md']});
  assert.deepEqual(findings.map((m) => `${row(m)} ${m.data.word}`), ['docs/index.md:3:6 spelling misspeled']);
});

test('a task\'s ignored elements are its own: a changelog task skipping `li` leaves the list items of the docs pages another task reads checked', async () => {
  const config = "matrix:\n- name: Docs\n  pipeline:\n  - pyspelling.filters.markdown:\n  - pyspelling.filters.html:\n      ignores: [code, pre]\n  sources: ['docs/**/*.md']\n- name: Changelog\n  pipeline:\n  - pyspelling.filters.markdown:\n  - pyspelling.filters.html:\n      ignores: [li]\n  sources: ['CHANGELOG.md']\n";
  const site = {'mkdocs.yml': 'site_name: Zorblat notes\n', '.spellcheck.yml': config, 'docs/index.md': '# Notes\n\n- The first misspeled item.\n- Another item.\n', 'CHANGELOG.md': '# Changes\n\n- Fix the glorbix parser.\n'};
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: site, paths: ['docs/index.md', 'CHANGELOG.md']});
  assert.deepEqual(findings.map((m) => `${row(m)} ${m.data.word}`), ['docs/index.md:3:13 spelling misspeled']);
});

test('a word list named from the repository\'s top (a CI step runs `pyspelling -c site/.spellcheck.yml` there) is read from there, and the notice says so', async () => {
  const config = 'matrix:\n- name: Pages\n  dictionary:\n    wordlists: [site/.wordlist.txt]\n  sources: [\'site/docs/**/*.md\']\n';
  const moved = {'.git': 'gitdir: elsewhere\n', 'site/mkdocs.yml': files['mkdocs.yml'], 'site/.spellcheck.yml': config, 'site/.wordlist.txt': 'zorblat\n', 'site/docs/index.md': '# Zorblat\n\nThe zorblat runs, but misspeled.\n'};
  const {findings, result} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: moved, paths: ['site/docs/index.md']});
  assert.deepEqual(findings.map(row), ['site/docs/index.md:3:23 spelling']);
  const notices = (result.notices ?? []).filter((notice) => notice.kind === 'pyspelling');
  assert.equal(notices.length, 1);
  assert.match(notices[0].message, /site\/\.wordlist\.txt was read from the repository's top, not the config's folder/);
  // Found in neither folder: missing, named as the config's folder reads it.
  const {'site/.wordlist.txt': _, ...lost} = moved;
  const gone = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: lost, paths: ['site/docs/index.md']});
  assert.match(gone.result.notices.find((notice) => notice.kind === 'pyspelling').message, /site\/site\/\.wordlist\.txt \(ENOENT\) could not be read/);
});
