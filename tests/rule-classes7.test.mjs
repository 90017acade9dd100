// Rule concepts learnt from the round-6 held-out run, each with a small site of its own: what a
// careful editor of that site would change, judged against how its generator builds the page.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

const eleventyConfig = 'export default function (eleventyConfig) {}\n';

test('front-matter on Eleventy: an empty tags list, date words and a folder\'s data file are what Eleventy reads them as', async () => {
  const {rows, messages} = await lintSite('front-matter', {
    'eleventy.config.js': eleventyConfig,
    // The folder's data file gives every post a layout and tags; a post needs no title of its own.
    'posts/posts.11tydata.json': '{"layout": "post.njk", "tags": ["post"]}\n',
    'posts/empty-lists.md': '---\ntitle: Empty lists\ntags: null\ncategories:\n---\n\nText.\n',
    'posts/modified.md': '---\ndate: Last Modified\n---\n\nText.\n',
    'posts/created.md': '---\ndate: git Created\n---\n\nText.\n',
    'posts/words.md': '---\ndate: CREATED\n---\n\nText.\n',
    // Not date words, and not a list: still reported.
    'posts/tuesday.md': '---\ntitle: Tuesday\ndate: Last Tuesday\n---\n\nText.\n',
    'posts/empty-title.md': '---\ntitle: null\npermalink: null\n---\n\nText.\n',
  }, {severity: 'error'});
  assert.deepEqual(rows, ['posts/empty-title.md:2:1 front-matter', 'posts/tuesday.md:3:1 front-matter']);
  assert.match(messages[0].message, /^"title" should be a string, not empty/);
  assert.match(messages[1].message, /^"date" is not a date generators can read \("Last Tuesday"\)/);
});

test('front-matter elsewhere: an Eleventy date word is still reported where the generator does not read it', async () => {
  const {rows} = await lintSite('front-matter', {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/posts/a.md': '---\ntitle: A\ndate: Last Modified\n---\n\nText.\n',
  }, {severity: 'error'});
  assert.deepEqual(rows, ['content/posts/a.md:3:1 front-matter']);
});

test('no-empty-sections: a heading that is a link by reference (a call to action) or that states a score is the content', async () => {
  const page = [
    '# Plugin', // 1
    '',
    'Text.',
    '',
    '## [See the Demo][1]', // 5: a call to action, by reference
    '',
    ' [1]: /demo/',
    '',
    '## [Download the Source Code][2]', // 9
    '',
    '## Candidates', // 11
    '',
    '### Alice',
    '',
    'Her font.',
    '',
    '#### Candidate Font Score: -3', // 17: a result line
    '',
    '### Bob',
    '',
    'His font.',
    '',
    '#### Rating: 4/5', // 23
    '',
    '## [Undefined][9]', // 25: no definition, so plain text: still empty
    '',
    '## Score', // 27: a topic with no number: still empty
    '',
    '## Step 2: Build', // 29: a numbered step, not a result: still empty (a lone step)
    '',
    '## Licensing',
    '',
    'MIT.',
    '',
    ' [2]: https://example.org/download',
    '',
  ].join('\n');
  const {rows, messages} = await lintSite('no-empty-sections', {'post.md': page});
  assert.deepEqual(rows, ['post.md:25:1 no-empty-sections', 'post.md:27:1 no-empty-sections', 'post.md:29:1 no-empty-sections']);
  assert.match(messages[0].message, /^Section "\[Undefined\]\[9\]" is empty: no content follows its heading before the next heading, "Score"/);
});

test('brand-casing: a name two sources of names write differently (BlackBerry) and a camelCase identifier (getX) are left alone', async () => {
  const page = [
    'It supports Apple iOS 3, Android 2.1 and BlackBerry 6 devices.', // 1
    '',
    '### getX, getY, getXY', // 3: YUI's methods, not the GetX brand
    '',
    'Call getX on the element. We host the code on Github.', // 5: Github is still wrong
    '',
  ].join('\n');
  const {rows, messages} = await lintSite('brand-casing', {'post.md': page});
  assert.deepEqual(rows, ['post.md:5:47 brand-casing']);
  assert.equal(messages[0].message, '`Github` is written `GitHub`');
});

test('the bundled names: a one-capital icon title the English dictionary writes with inner capitals has no right form', async () => {
  const {innerCapitalNames, writtenOtherwise, vocabulary} = await import('../dist/src/spelling/vocabulary.js');
  const written = innerCapitalNames('3\nBlackBerry/M\nblackberry/GSM\nOcaml\n');
  assert.equal(writtenOtherwise('Blackberry', written), true);
  // Inner capitals in the title stand (SourceForge, OCaml); an all-lower or unlisted name is not touched.
  assert.equal(writtenOtherwise('SourceForge', innerCapitalNames('1\nSourceforge\n')), false);
  assert.equal(writtenOtherwise('Gmail', written), false);
  const {names} = await vocabulary();
  assert.equal(names.has('Blackberry'), false);
  assert.equal(names.has('Gmail'), true);
});

test('spelling: a short piece of a hyphenated word is a syllable; a page mostly in another language is left alone, a typo on an English page is still found', async () => {
  const spanish = [
    '---',
    'title: Guía rápida de ramas',
    '---',
    '',
    '| Comando | Descripción |',
    '| --- | --- |',
    '| `branch` | Crea una rama nueva para el trabajo local |',
    '| `merge` | Une los cambios de otra rama en la rama actual |',
    '| `log` | Muestra el historial de versiones de la rama |',
    '| `push` | Sube todos los cambios locales al repositorio remoto |',
    '| `pull` | Descarga e integra el historial del repositorio remoto |',
    '',
    '- Guarda los archivos antes de cambiar de rama.',
    '- Revisa el estado del directorio de trabajo.',
    '',
  ].join('\n');
  const english = [
    '# Notes', // 1
    '',
    'Put on the electric one-sie of standards and let the code run.', // 3: `sie` is a syllable
    '',
    'This page is well-writen, and I will recieve the parcel tomorrow.', // 5: both are typos
    '',
  ].join('\n');
  const {rows, messages} = await lintSite('spelling', {'downloads/guia.md': spanish, 'notes.md': english});
  assert.deepEqual(rows, ['notes.md:5:19 spelling', 'notes.md:5:38 spelling']);
  assert.match(messages[0].message, /^Unknown word "writen"/);
  assert.match(messages[1].message, /^Unknown word "recieve"/);
});

test('spelling --verbose names the page it leaves alone as another language', async () => {
  const {postlint, tempSite} = await import('./helpers.mjs');
  const root = tempSite({
    'guia.md': ['# Guía', '', ...Array.from({length: 6}, (_, i) => `- Paso ${i + 1}: guarda los archivos del proyecto y revisa el estado del directorio.`), ''].join('\n'),
  });
  const {stderr} = postlint(['--no-config', '--verbose', '--rule', 'spelling:warn', '.'], {cwd: root});
  assert.match(stderr, /spelling: guia\.md: not checked, its prose reads as another language than en-US \(\d+ of \d+ words unknown/);
});

test('no-missing-files: a README the site never builds may link to a folder (GitHub lists it); a page of the site may not', async () => {
  const {rows, messages} = await lintSite('no-missing-files', {
    'mkdocs.yml': 'site_name: Docs\n',
    'docs/index.md': '# Docs\n\nSee [the samples](samples/).\n',
    'docs/samples/a.txt': 'a\n',
    'examples/one.py': 'print(1)\n',
    // Beside the docs: GitHub renders it, and shows a folder without a README as its listing.
    'README.md': '# Project\n\nSee [`examples/`](./examples/) and [`tests`](./tests) and [gone](./gone/).\n',
    'tests/test_one.py': 'assert True\n',
  });
  assert.deepEqual(rows, ['README.md:3:59 no-missing-files', 'docs/index.md:3:5 no-missing-files']);
  assert.match(messages[0].message, /"\.\/gone\/" does not exist/);
  assert.match(messages[1].message, /is a folder with no index file/);
});
