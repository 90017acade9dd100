// Hugo's language suffix in a content file's name (`_index.en.md`, `index.en.md`), read as Hugo's path parser
// reads it (common/paths/pathparser.go): a suffix that is one of the site's languages (or, with no `languages`,
// the default language, `en` unless `defaultContentLanguage` says otherwise) is no part of the name, so the file
// is the section's (or leaf bundle's) index for links, `ref`/`relref` and relative refs; any other suffix stays in
// the name (`_index.fr.md` on an English-only site is a regular page). Exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, siteFindings, tempFolder} from './helpers.mjs';

const fixture = join(fixtures, 'generators', 'hugo-language-suffix');
const linkRows = (folder) => siteFindings(folder).filter((row) => /no-missing-files|no-broken-anchors/.test(row));

function withConfig(config) {
  const folder = tempFolder('postlint-hugo-language-suffix-');
  cpSync(fixture, folder, {recursive: true});
  writeFileSync(join(folder, 'hugo.toml'), `baseURL = "https://example.org/"\ntitle = "Tea shop"\n${config}`);
  return folder;
}

test('hugo: the names Hugo reads a language from, with and without configured languages', async () => {
  await import('../dist/src/site/generators/index.js'); // the generators' own import order
  const {hugoContentName} = await import('../dist/src/site/generators/hugo-file-language.js');
  const site = (config) => ({root: '/site', config});
  assert.deepEqual(hugoContentName('_index.en.md', site({})), {name: '_index', language: 'en'});
  assert.deepEqual(hugoContentName('_index.fr.md', site({})), {name: '_index.fr', language: undefined});
  assert.deepEqual(hugoContentName('_index.en.md', site({defaultContentLanguage: 'de'})), {name: '_index.en', language: undefined});
  assert.deepEqual(hugoContentName('index.no.md', site({languages: {no: {}, en: {}}})), {name: 'index', language: 'no'});
  assert.deepEqual(hugoContentName('post.FR.md', site({languages: {en: {}, fr: {}}})), {name: 'post', language: 'fr'});
  assert.deepEqual(hugoContentName('post.sv.md', site({languages: {en: {}}, disableLanguages: ['sv']})), {name: 'post', language: 'sv'});
  assert.deepEqual(hugoContentName('notes.md', site({})), {name: 'notes', language: undefined});
});

test('hugo: `_index.en.md` is its section and `index.en.md` its leaf bundle on a site with no languages (default en): site-root links, refs, relative refs and `ref "."` find them; a missing id, a suffix that is no language and a missing page are reported', () => {
  assert.deepEqual(linkRows(fixture), [
    'content/guide.md:11:12 no-missing-files',
    'content/guide.md:12:11 no-missing-files',
    'content/guide.md:8:3 no-broken-anchors',
  ]);
});

test('hugo: with configured languages the suffix of each is the index (`_index.fr.md` too), but only in its own language: an English page\'s ref to a French-only section still fails', () => {
  assert.deepEqual(linkRows(withConfig('[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n')), [
    'content/guide.md:11:12 no-missing-files',
    'content/guide.md:12:11 no-missing-files',
    'content/guide.md:8:3 no-broken-anchors',
  ]);
});

test('hugo: with defaultContentLanguage = "de" and no languages, `.en` is no language: `_index.en.md` is a regular page and the section has no index', () => {
  assert.deepEqual(linkRows(withConfig('defaultContentLanguage = "de"\n')), [
    'content/guide.md:11:12 no-missing-files',
    'content/guide.md:12:11 no-missing-files',
    'content/guide.md:6:3 no-missing-files',
    'content/guide.md:9:10 no-missing-files',
    'content/shop/kettles/_index.en.md:6:17 no-missing-files',
    'content/shop/kettles/copper.md:6:14 no-missing-files',
  ]);
});
