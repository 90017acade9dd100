// Rule concepts learnt from the round-8 tune half, each with a small site of its own.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

const docusaurus = {
  'docusaurus.config.js': "export default {i18n: {defaultLocale: 'en', locales: ['en', 'pt-BR']}};\n",
  'docs/intro.md': '# Intro\n\nThe server is started once.\n',
};

// About 40 words of English prose with one typo on line 3.
const englishPage = [
  '# Overview',
  '',
  'The server and the client talk to each other over a single connection. It is kept open for as long as the page is',
  'shown, and the client will recieve every event that the server sends to it. If the connection is lost, the client',
  'will try to open it again, and it will send the events that were buffered while it was away from the server.',
  '',
].join('\n');

// The same page translated: the locale folder says Portuguese and so does its prose.
const portuguesePage = [
  '# Visão geral',
  '',
  'O servidor e o cliente conversam um com o outro através de uma única conexão. Ela fica aberta enquanto a página',
  'é mostrada, e o cliente vai receber cada evento que o servidor envia para ele. Se a conexão cair, o cliente',
  'tenta abrir ela de novo, e envia os eventos que ficaram guardados enquanto estava longe do servidor.',
  '',
].join('\n');

test('spelling: a page under a locale folder whose prose is still the untranslated English page is checked', async () => {
  const {rows} = await lintSite('spelling', {
    ...docusaurus,
    // Docusaurus builds a translation only of a doc the docs folder has (readVersionDocs lists docs from there).
    'docs/untranslated.md': '# Overview\n',
    'docs/translated.md': '# Overview\n',
    'i18n/pt-BR/docusaurus-plugin-content-docs/current/untranslated.md': englishPage,
    'i18n/pt-BR/docusaurus-plugin-content-docs/current/translated.md': portuguesePage,
  }, {severity: 'error'});
  assert.deepEqual(rows, ['i18n/pt-BR/docusaurus-plugin-content-docs/current/untranslated.md:4:28 spelling']);
});

// A German page among English ones, its language declared nowhere (the site's default is English).
const germanPage = [
  '# Einstellungen',
  '',
  'Die Box wird immer ihre eigene Adresse als Server des Gastnetzes einstellen. Um die Anfragen dennoch über den',
  'Filter zu senden, muss dieser als Server für die Box eingetragen werden. Da es keine andere Option gibt, werden',
  'alle Anfragen aus dem Gastnetz so erscheinen, als ob sie direkt von der Box kommen. Bitte immer prüfen.',
  '',
].join('\n');

test('brand-casing: on a page whose prose reads as another language, a lower-case word is that language\'s own (`immer`)', async () => {
  const {rows} = await lintSite('brand-casing', {
    'mkdocs.yml': 'site_name: X\ntheme:\n  name: material\n  language: en\n',
    'docs/box-de.md': germanPage,
    // The same word in English prose names the library, written wrongly.
    'docs/state.md': '# State\n\nWe keep the state of the page in a store, and we update it with immer so that it is never changed in place.\n',
    // The bundled data holds `Immer` only to other capitals (a title-cased-only name): the site holds it to its case.
  }, {severity: 'error', config: {spelling: {brands: ['Immer']}}});
  assert.deepEqual(rows, ['docs/state.md:3:65 brand-casing']);
});

const releaseNotes = [
  '## [1.2.1](https://github.com/o/r/compare/v1.2.0...v1.2.1) (2026-07-20)', // 1
  '',
  '### Bug Fixes',
  '',
  '* render nunjucks macros on github recieve hooks ([f573f9a](https://github.com/o/r/commit/f573f9a5780f5dc1))', // 5
  '',
  '# [1.2.0](https://github.com/o/r/compare/v1.1.0...v1.2.0) (2026-07-16)',
  '',
  '### Features',
  '',
  '* add a filter ([b206dfe](https://github.com/o/r/commit/b206dfe0000000000))',
  '',
].join('\n');

// Written by hand: a version heading alone does not make notes generated.
const handNotes = '# Changes\n\n## 1.2.1\n\nWe fixed how github hooks recieve events.\n';

test('spelling and brand-casing leave generated release notes alone, by their structure, not their name', async () => {
  const files = {'CHANGELOG.md': releaseNotes, 'docs/changes.md': handNotes, 'docs/notes.md': releaseNotes};
  const spelling = await lintSite('spelling', files, {severity: 'error'});
  assert.deepEqual(spelling.rows, ['docs/changes.md:5:27 spelling']);
  const brands = await lintSite('brand-casing', files, {severity: 'error'});
  assert.deepEqual(brands.rows, ['docs/changes.md:5:14 brand-casing']);
});

test('no-empty-headings: a heading of symbols its own section writes as code names that operator', async () => {
  const page = [
    '# Errors', // 1
    '',
    '### !', // 3: the `!` operator (a question mark is a sign read as a word, see no-empty-headings.cases.mjs)
    '`!` negates the condition after it.',
    '',
    '### !', // 6: nothing in its section says `!`
    '',
    'Some text.',
    '',
    '### :', // 10
    '',
    'The colon `::` is a path.',
    '',
  ].join('\n');
  const {rows} = await lintSite('no-empty-headings', {'book.toml': '[book]\ntitle = "X"\n', 'src/SUMMARY.md': '- [Errors](errors.md)\n', 'src/errors.md': page}, {severity: 'error'});
  assert.deepEqual(rows, ['src/errors.md:6:1 no-empty-headings', 'src/errors.md:10:1 no-empty-headings']);
});

test('front-matter on Hugo: a section page with an empty title is titled from its folder; a post is not', async () => {
  const {rows} = await lintSite('front-matter', {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/wiki/_index.md': '---\ntitle:\n---\n\nNotes.\n',
    'content/notes/_index.md': "---\ntitle: ''\n---\n\nNotes.\n",
    'content/notes/a.md': "---\ntitle: ''\n---\n\nText.\n",
  }, {severity: 'error'});
  assert.deepEqual(rows, ['content/notes/a.md:2:1 front-matter']);
});
