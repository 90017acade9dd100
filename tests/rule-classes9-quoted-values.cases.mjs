// Rule concepts learnt from the round-9 tune half: text a page quotes from elsewhere (issue and
// pull-request titles in release notes) and identifiers or config values written in prose.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

const mkdocs = {'mkdocs.yml': 'site_name: X\n'};

const notes = [
  '# Release 2.1.0', // 1
  '',
  'This release makes the parser recieve events from Github directly.', // 3: the notes' own prose
  '',
  '## Fixed Issues',
  '',
  '* [#35](https://github.com/o/r/pull/35): \\[javascript] Javascript tokenizer now skips comments - [Ann Lee](https://github.com/annlee) (@annlee)', // 7
  '* Correct the contraint check for the Github hook ([#26911](https://github.com/o/r/pull/26911))', // 8
  '* Switch to using native mdbook fragment redirects', // 9
  '  [#15861](https://github.com/o/r/pull/15861)',
  '* Fix the Github hook loop by @someone in https://github.com/o/r/pull/12', // 11
  '* javascript', // 12: a module id over its issues
  '    * [#201](https://github.com/o/r/issues/201): \\[javascript] template strings are not parsed',
  '* Upgrade to Typescript 3 in [#8149](https://github.com/o/r/issues/8149)', // 14: the writer sums up an issue
  '* We rewrote the Github hook. It no longer drops events ([#40](https://github.com/o/r/pull/40))', // 15: two sentences of prose
  '',
].join('\n');

test('spelling and brand-casing leave quoted issue and pull-request titles alone, and read the notes\' own prose', async () => {
  const files = {...mkdocs, 'docs/release-2.1.0.md': notes};
  const spelling = await lintSite('spelling', files, {severity: 'error'});
  assert.deepEqual(spelling.rows, ['docs/release-2.1.0.md:3:31 spelling']);
  const brands = await lintSite('brand-casing', files, {severity: 'error'});
  assert.deepEqual(brands.rows, [
    'docs/release-2.1.0.md:3:51 brand-casing',
    'docs/release-2.1.0.md:14:14 brand-casing',
    'docs/release-2.1.0.md:15:18 brand-casing',
  ]);
});

test('brand-casing: an MDX import right after the front matter is code, a name in the prose below it is not', async () => {
  const page = ['---', 'title: Home', '---', "import Github from './github.astro';", '', '<Github />', '', 'Host it on Github.', ''].join('\n');
  const {rows} = await lintSite('brand-casing', {
    'docusaurus.config.js': 'export default {};\n',
    'docs/index.mdx': page,
  }, {severity: 'error'});
  assert.deepEqual(rows, ['docs/index.mdx:8:12 brand-casing']);
});

test('brand-casing: a table column of option values keeps its values as a config file takes them; its prose cells are read', async () => {
  const table = [
    '# Options', // 1
    '',
    '| Option | Default | Possible values |',
    '| --- | --- | --- |',
    '| databaseType | sql | sql, mongodb, couchbase, no |', // 5
    '| prodDatabaseType | mysql | mysql, mariadb, postgresql, no |',
    '| testFrameworks | [] | cypress, gatling |',
    '| authenticationType | jwt | jwt, session, oauth2 |',
    '| cacheProvider | no | ehcache, hazelcast, memcached, no |',
    '| searchEngine | no | elasticsearch, couchbase, no |',
    '| clientTheme | none | Any Bootswatch theme, or none |', // 11
    '| ciProvider | - | Github or none |', // 12: prose in the values column
    '',
    '| Use option value | Comment |',
    '| --- | --- |',
    '| mapstruct | Create DTOs |',
    '| serviceClass | A service class |',
    '| infinite-scroll | Needs paging |',
    '| couchbase | Needs the search engine |', // 19
    '',
    'Store the data in couchbase.', // 21: prose
    '',
  ].join('\n');
  const {rows} = await lintSite('brand-casing', {...mkdocs, 'docs/options.md': table}, {severity: 'error'});
  assert.deepEqual(rows, ['docs/options.md:12:20 brand-casing', 'docs/options.md:21:19 brand-casing']);
});

test('spelling: `eg` as a piece of a hyphenated name is no abbreviation; standing alone it is (on a site that writes e.g. as its style)', async () => {
  // The site's style: the stops written four times as often as not (site-signals.ts).
  const style = {'docs/style.md': '# Style\n\nWe keep the stops, e.g. here, e.g. there, i.e. always, i.e. everywhere.\n'};
  const page = '# Functions\n\nInstall a Function named function-eg from the registry.\n\nSome tools, eg the command line, need it; others, e.g. the API, do not.\n';
  const {rows} = await lintSite('spelling', {...mkdocs, ...style, 'docs/functions.md': page}, {severity: 'error'});
  assert.deepEqual(rows, ['docs/functions.md:5:13 spelling']);
  // Glued to a name with capitals by a hyphen, it is the abbreviation written carelessly.
  const glued = '# Errors\n\nWrap a non-HttpException-eg cause for an IOException; the e.g. form is the right one.\n';
  const second = await lintSite('spelling', {...mkdocs, ...style, 'docs/errors.md': glued}, {severity: 'error'});
  assert.deepEqual(second.rows, ['docs/errors.md:3:26 spelling']);
});

test('brand-casing: the values of a field three list items repeat are values; a field said once is prose', async () => {
  const page = [
    '# Workflows', // 1
    '',
    '* publish-release: Publishes the release',
    '  * Environment: maven-central',
    '  * Environment: github', // 5
    '* publish-docs: Publishes the docs',
    '  * Environment: sourceforge',
    '',
    '## Hosting',
    '',
    '* Hosting: github', // 11: one item, the writer's own words
    '',
  ].join('\n');
  const {rows} = await lintSite('brand-casing', {...mkdocs, 'docs/workflows.md': page}, {severity: 'error'});
  assert.deepEqual(rows, ['docs/workflows.md:11:12 brand-casing']);
});
