import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// A site that sets no `lang` in its config still declares its language on the `<html>` element its
// layouts write (`<html lang="hu">`): its pages are in that language, whatever English terms their
// sentences use (Hungarian `modul`, `processzor`, `jobb` are no typos of `module`, `processor`, `job`).
// A passage that reads as English by itself (a quoted English sentence) is still checked.
const layouts = join(fixtures, 'spelling', 'jekyll-layout-lang');

test('spelling: a Jekyll page whose layout chain declares <html lang="hu"> is Hungarian; its English quotation is checked, and a file with no front matter takes the language every layout declares', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(layouts, 'hu-site')});
  assert.deepEqual(findings.map(row), [
    '_posts/2020-01-01-modulok.md:12:49 spelling', // recieved, in the English quotation
  ]);
});

test('spelling: a page whose own layout declares <html lang="en"> is English on a site whose other layout says hu; with the layouts disagreeing, a file no layout renders declares nothing', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(layouts, 'mixed-site')});
  assert.deepEqual(findings.map(row), [
    '_posts/2020-02-01-notes.md:6:21 spelling', // modul, on the page its layout declares English
    'notes/jegyzet.md:3:3 spelling', // modul: nothing declares this copied file's language
    'notes/jegyzet.md:3:26 spelling', // processzor
    'notes/jegyzet.md:3:58 spelling', // jobb
  ]);
});

test('spelling: an Eleventy page whose layout writes <html lang="hu"> is Hungarian; one whose layout writes the lang with template code is not declared by it', async () => {
  const page = (layout) => `---\nlayout: ${layout}\n---\n\nA modul betöltése után a processzor terhelése csökken, a jobb megoldás a cache.\n`;
  const files = {
    'eleventy.config.js': 'export default function () {}\n',
    '_includes/hu.njk': '<!doctype html>\n<html lang="hu">\n<body>{{ content | safe }}</body>\n</html>\n',
    '_includes/data.njk': '<!doctype html>\n<html lang="{{ site.lang }}">\n<body>{{ content | safe }}</body>\n</html>\n',
    'hu.md': page('hu.njk'),
    'data.md': page('data.njk'),
  };
  const {findings} = await lintRule({rule: 'spelling', configFile: false, files});
  assert.deepEqual(findings.map(row), ['data.md:5:3 spelling', 'data.md:5:26 spelling', 'data.md:5:58 spelling']);
});

test('htmlRootLang: a literal lang on <html> is the language; template code, an empty lang or none declares nothing; a partial has no <html>', async () => {
  const {htmlRootLang} = await import('../dist/src/site/html-root-lang.js');
  assert.equal(htmlRootLang('<!DOCTYPE html>\n<html class="x" lang="pt-BR">'), 'pt-br');
  assert.equal(htmlRootLang("<html lang='hu'>"), 'hu');
  assert.equal(htmlRootLang('<html lang="{{ page.lang | default: site.lang }}">'), 'template');
  assert.equal(htmlRootLang('<html lang="{{ .Site.LanguageCode }}">'), 'template');
  assert.equal(htmlRootLang('<html lang="">'), '');
  assert.equal(htmlRootLang('<html>'), '');
  assert.equal(htmlRootLang('<article>{{ content }}</article>'), undefined);
});

test('spelling: a Docusaurus site whose i18n.defaultLocale is not English: its docs are in that language (a Latin-script one: only English passages checked)', async () => {
  const config = "module.exports = {\n  title: 'x',\n  url: 'https://example.org',\n  baseUrl: '/',\n  i18n: {defaultLocale: 'hu', locales: ['hu', 'en']},\n};\n";
  const files = {
    'docusaurus.config.js': config,
    'docs/betoltes.md': '# Modul\n\nA modul betöltése után a processzor terhelése csökken, a jobb megoldás a cache.\n',
    'docs/quote.md': '# Idézet\n\nThe manual says that the module is loaded once and it is recieved by every client.\n',
  };
  const {findings} = await lintRule({rule: 'spelling', configFile: false, files});
  assert.deepEqual(findings.map(row), ['docs/quote.md:3:58 spelling']);
  // The same pages on a site whose default locale is English are checked throughout.
  const english = await lintRule({rule: 'spelling', configFile: false, files: {...files, 'docusaurus.config.js': config.replace("defaultLocale: 'hu'", "defaultLocale: 'en'")}});
  assert.deepEqual(english.findings.map(row), ['docs/betoltes.md:1:3 spelling', 'docs/betoltes.md:3:3 spelling', 'docs/betoltes.md:3:26 spelling', 'docs/betoltes.md:3:58 spelling', 'docs/quote.md:3:58 spelling']);
});

test('readsAsEnglish: English function words, one in eight and of three forms, with few of another language\'s; a Hungarian sentence with an `is` and English terms is not English', async () => {
  const {readsAsEnglish} = await import('../dist/src/spelling/other-language.js');
  assert.equal(readsAsEnglish('The manual says the module is loaded once and recieved by every client'.split(' ')), true);
  // Hungarian `is` ("also") and English terms: one English function word, of one form.
  assert.equal(readsAsEnglish('A deploy után a build is lefut, és a cache is törlődik'.split(' ')), false);
  // Too short to say.
  assert.equal(readsAsEnglish('the module is loaded'.split(' ')), false);
  // As many Hungarian function words as English ones: a mix, not English.
  assert.equal(readsAsEnglish('the module and the build is az egy hogy nem vagy csak'.split(' ')), false);
});

test('spelling: a page full of Hungarian function words that declares no language reads as Hungarian: not checked, and the notice names it', async () => {
  const page = '# Jegyzet\n\nEz a modul csak akkor töltődik be, ha a processzor már nem foglalt, és az egy jobb megoldás, mert így nincs várakozás. A cache pedig itt van, ezért nem kell újra letölteni, amikor a build után minden modul készen áll.\n';
  const {findings, result} = await lintRule({rule: 'spelling', configFile: false, files: {'jegyzet.md': page}, run: {verbose: true}});
  assert.deepEqual(findings.map(row), []);
  const notices = (result.notices ?? []).filter((notice) => notice.rule === 'spelling');
  assert.deepEqual(notices.map((notice) => notice.places), [['jegyzet.md (the page: Hungarian)']]);
});

test('spelling: on a page declared Portuguese that still reads as English (a locale copy filled in sentence by sentence), only its English sentences are checked', async () => {
  const page = [
    '---',
    'lang: pt-BR',
    '---',
    '',
    '# Module',
    '',
    'The module shows the version of the tool that is installed in the current folder, and it is fast.',
    'Por padrão o módulo vai exibir se uma das condições a seguir for atendida:',
    '',
    '- The current folder has a file that the tool reads when it starts',
    '- The tool is recieved from the network when it is missing from the folder',
    '- The tool reads one setting. Values: fast, slow, balanced, stadard',
    '- The tool reads one setting. Secara umum, berkas ini dibaca sekali saat aplikasi dimulai.',
    '- Nilai bawaan berkas.',
    '',
    'It is loaded once, and the output of the module is shown in the prompt for every folder you open.',
    '',
  ].join('\n');
  const {findings} = await lintRule({rule: 'spelling', configFile: false, options: {report: 'unknown'}, files: {'module.md': page}});
  // Not `padrão`, `módulo`, `exibir`… of the Portuguese sentence after the English one in the same paragraph, nor the
  // Indonesian sentence (no function word of any language, most words unknown) after an English one, nor an item with no
  // English function word at all; an English list of values with no function word, after an English sentence, is checked.
  assert.deepEqual(findings.map((finding) => `${row(finding)} ${finding.data.word}`), ['module.md:11:15 spelling recieved', 'module.md:12:61 spelling stadard']);
});

test('spelling: a layout declaring <html lang="zh-cmn-Hans"> (an extended language subtag) makes a Chinese page whose Latin-script words are English terms; a typo among them is reported', async () => {
  const {htmlRootLang} = await import('../dist/src/site/html-root-lang.js');
  assert.equal(htmlRootLang('<html lang="zh-cmn-Hans">'), 'cmn-hans');
  assert.equal(htmlRootLang('<html lang="zh-yue">'), 'yue');
  assert.equal(htmlRootLang('<html lang="zh-Hans-CN">'), 'zh-hans-cn');
  const files = {
    '_config.yml': 'title: t\n',
    '_layouts/default.html': '<!doctype html>\n<html lang="zh-cmn-Hans">\n<body>{{ content }}</body>\n</html>\n',
    '_posts/2020-01-01-a.md': '---\nlayout: default\ntitle: 测试\n---\n\n这是一个测试页面，我们写了很多中文内容，讲的是源码的目录结构。\n\n这个目录包含 Mac OS X Server（Which is based on NeXTStep whcih is based on Unix）的专用源码。\n',
  };
  const {findings} = await lintRule({rule: 'spelling', configFile: false, files});
  assert.deepEqual(findings.map(row), [
    '_posts/2020-01-01-a.md:8:51 spelling', // whcih, an English term's typo inside the Chinese sentence
  ]);
});

test('spelling: three letters after a language that has no extended language subtags are a country code (`lang: en-USA`): the page stays English and its typo is reported; `zh-yue` is still Cantonese', async () => {
  const {languageTag} = await import('../dist/src/site/generators/common.js');
  const read = {'en-USA': 'en-usa', 'sr-lat': 'sr-lat', 'zh-yue': 'yue', 'ar-arb': 'arb'};
  for (const [written, tag] of Object.entries(read)) assert.equal(languageTag(written), tag, written);
  const files = {'post.md': '---\ntitle: Notes\nlang: en-USA\n---\n\n# Notes\n\nWe recieved the package and read the notes.\n'};
  const {findings} = await lintRule({rule: 'spelling', configFile: false, files});
  assert.deepEqual(findings.map((finding) => `${row(finding)} ${finding.data.word}`), ['post.md:8:4 spelling recieved']);
});
