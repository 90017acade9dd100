// mkdocs-static-i18n (round 19): each language is built with its own files, and a link or image in
// a page is looked up as `x.<language>.md`, then the default language's, then `x.md`
// (mkdocs_static_i18n/suffix.py and folder.py `I18nFiles.get_file_from_path` @ 1.3.1). Asserted by
// exact rule id, line and column both ways: the suffixed target found (and its anchors checked
// there), a target no build of the page's language holds still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule, lintSite} from './rule-helpers.mjs';
import {fixtures, repoRoot} from './helpers.mjs';

const dist = join(repoRoot, 'dist', 'src');
const {generatorOf, siteFor} = await import(join(dist, 'site', 'generators', 'index.js'));
const i18n = await import(join(dist, 'site', 'generators', 'mkdocs-i18n.js'));

const suffixSite = 'generators/mkdocs-i18n-suffix';

test('mkdocs i18n suffix: `setup.md` and `logo.png` are the page language\'s suffixed files (or the default\'s); a page no build holds is still missing', async () => {
  const {rows} = await lintRule('no-missing-files', [suffixSite]);
  assert.deepEqual(rows, [
    `${suffixSite}/docs/index.de.md:7:27 no-missing-files`,
    `${suffixSite}/docs/index.en.md:7:6 no-missing-files`,
    `${suffixSite}/docs/index.en.md:7:31 no-missing-files`,
  ]);
});

test('mkdocs i18n suffix: a fragment is checked in the language\'s version of the page', async () => {
  const {rows} = await lintRule('no-broken-anchors', [suffixSite]);
  assert.deepEqual(rows, [`${suffixSite}/docs/index.en.md:3:59 no-broken-anchors`]);
});

test('mkdocs i18n: a page of a language with `build: false` is not built; pages are served without their suffix, under /<locale>/ for other languages', async () => {
  const site = await siteFor(join(fixtures, suffixSite));
  const generator = generatorOf(site);
  assert.match(generator.excludedFromBuild(join(site.root, 'docs', 'notes.fr.md'), site), /build: false/);
  assert.equal(generator.excludedFromBuild(join(site.root, 'docs', 'setup.de.md'), site), undefined);
  assert.equal(generator.pageUrl(join(site.root, 'docs', 'setup.en.md'), site), '/setup/');
  assert.equal(generator.pageUrl(join(site.root, 'docs', 'setup.de.md'), site), '/de/setup/');
  assert.equal(generator.pageUrl(join(site.root, 'docs', 'index.de.md'), site), '/de/');
  assert.equal(generator.language(join(site.root, 'docs', 'setup.de.md'), site), 'de');
});

const setup = (structure, fallback = true) => i18n.i18nSetup({plugins: [{i18n: {docs_structure: structure, fallback_to_default: fallback, languages: [{locale: 'en', default: true, name: 'English'}, {locale: 'fr', name: 'Français'}]}}]});

test('mkdocs i18n: the lookup order of get_file_from_path, suffix and folder', () => {
  assert.deepEqual(i18n.lookupOrder('a/b.md', 'fr', setup('suffix')), ['a/b.fr.md', 'a/b.en.md', 'a/b.md']);
  assert.deepEqual(i18n.lookupOrder('img/x.png', 'en', setup('suffix')), ['img/x.en.png', 'img/x.png']);
  assert.deepEqual(i18n.lookupOrder('fr/b.md', 'fr', setup('folder')), ['fr/b.md', 'en/b.md', 'b.md']);
  assert.deepEqual(i18n.lookupOrder('b.md', 'fr', setup('folder')), ['fr/b.md', 'en/b.md', 'b.md']);
  assert.deepEqual(i18n.lookupOrder('b.md', 'fr', setup('folder', false)), ['fr/b.md', 'b.md']);
  // Python's RE_LOCALE: a file's last stem suffix that looks like a locale is its language.
  assert.deepEqual(i18n.fileLanguage('notes_17.1.md', setup('suffix')), {locale: 'en', localized: false, norm: 'notes_17.1.md'});
  assert.deepEqual(i18n.fileLanguage('a/x.fr.png', setup('suffix')), {locale: 'fr', localized: true, norm: 'a/x.png'});
});

test('mkdocs i18n: without fallback_to_default a French page does not reach an English-only file', () => {
  const files = new Set(['index.fr.md', 'only.en.md', 'both.en.md', 'both.fr.md']);
  const exists = (rel) => files.has(rel);
  assert.deepEqual(i18n.lookUpLink('index.fr.md', 'both.md', setup('suffix', false), exists), {found: 'both.fr.md'});
  assert.equal(i18n.lookUpLink('index.fr.md', 'only.md', setup('suffix', false), exists), undefined);
  assert.deepEqual(i18n.lookUpLink('index.fr.md', 'only.md', setup('suffix'), exists), {found: 'only.en.md'});
  // Written with its suffix, another language's file is in that language's build only.
  assert.deepEqual(i18n.lookUpLink('index.fr.md', 'only.en.md', setup('suffix', false), exists), {otherBuild: 'only.en.md', locale: 'en', build: 'fr'});
});

// ---- Python-Markdown expands tabs before it reads blocks (preprocessors.py NormalizeWhitespace, expandtabs(tab_length)) ----
// An admonition body indented by a tab is the block's body; the first unindented line after it starts a
// block of its own (admonition.py: detab's rest goes back to the block list), so `---` there is a rule.
const tabbedAdmonition = {
  'mkdocs.yml': 'site_name: T\nmarkdown_extensions:\n  - admonition\n',
  'docs/index.md': ['# Home', '', 'Intro.', '', '!!! warning "Careful"', '\tKeep a backup, see [the guide](gone.md).', '---', '', '## Empty', '', '## Next', '', 'Text.', '', 'Para line', '!!! note', '\tBody.', '---', '', 'End.', ''].join('\n'),
};

test('mkdocs admonition with a tab-indented body: `---` after it is a rule, not a heading\'s underline; an empty section is still reported', async () => {
  const {rows} = await lintSite('no-empty-sections', tabbedAdmonition);
  assert.deepEqual(rows, ['docs/index.md:9:1 no-empty-sections']);
});

test('mkdocs admonition with a tab-indented body: its links are the page\'s, at their own columns', async () => {
  const {rows} = await lintSite('no-missing-files', tabbedAdmonition);
  assert.deepEqual(rows, ['docs/index.md:6:21 no-missing-files']);
});

// Python-Markdown finds a marker inside a block too (admonition.py `RE = (?:^|\n)!!! …`, `test()` uses
// `RE.search`): after paragraph text with no blank line, `run()` reads the text before it as a paragraph
// and the tab-indented body as the admonition's Markdown, so the body's links are the page's.
const tabbedAfterText = {
  'mkdocs.yml': 'site_name: T\nmarkdown_extensions:\n  - admonition\n',
  'docs/index.md': ['# Home', '', 'Text before', '!!! note "Title"', '\tBody link [bad](missing-in-body.md) here.', '', 'End.', ''].join('\n'),
};

test('mkdocs admonition right after paragraph text with a tab-indented body: its broken link is still reported', async () => {
  const {rows} = await lintSite('no-missing-files', tabbedAfterText);
  assert.deepEqual(rows, ['docs/index.md:5:12 no-missing-files']);
  const good = {...tabbedAfterText, 'docs/missing-in-body.md': '# There\n'};
  assert.deepEqual((await lintSite('no-missing-files', good)).rows, []);
});

// A blank line between the marker and a tab-indented body: Python-Markdown still reads the body as the
// admonition's (admonition.py `parse_content`: an indented block whose previous sibling is an admonition
// continues it), paragraph after paragraph; an unindented heading after it is the page's again.
const tabbedAfterBlank = {
  'mkdocs.yml': 'site_name: T\nmarkdown_extensions:\n  - admonition\n',
  'docs/index.md': ['# Page', '', '!!! note "Blank after marker"', '', '\tBody one [bad1](missing1.md) here.', '', '\tSecond para [bad2](missing2.md).', '', '## Empty one', '', '## Next', '', 'Text.', ''].join('\n'),
};

test('mkdocs admonition with a blank line before its tab-indented body: the body\'s links are checked; the heading after it is still the page\'s', async () => {
  assert.deepEqual((await lintSite('no-missing-files', tabbedAfterBlank)).rows, ['docs/index.md:5:11 no-missing-files', 'docs/index.md:7:14 no-missing-files']);
  assert.deepEqual((await lintSite('no-empty-sections', tabbedAfterBlank)).rows, ['docs/index.md:9:1 no-empty-sections']);
});
