// Starlight locales kept in a module the config imports (`locales: localesConfig` from
// './config/locales'), with the default locale in a folder of its own (`defaultLocale: 'en'`,
// `en/`): every locale folder is its language, so the spelling rule does not read a French page as
// English; an English typo in `en/` is still found exactly.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlint, postlintJson, tempSite} from './helpers.mjs';

const site = join(fixtures, 'generators', 'starlight-locales-module');

test('starlight: locales exported as an object literal by a TS module the config imports are read; en/ is English, fr/ French', () => {
  // The fixture reports every unknown word: read as English, the French page gives `moteur` (7:7, 9:4) and more.
  // On the Chinese page (zh-CN, Han script) its Latin-script words are English terms: `build` is known, `pipline` (7:5) a typo.
  const {json} = postlintJson(['--offline', '.'], {cwd: site});
  assert.deepEqual(findings(json, site).sort(), ['src/content/docs/en/guide.md:5:33 spelling', 'src/content/docs/zh-cn/guide.md:7:5 spelling']);
});

test('starlight: language() of a module-read locale: the key is the folder, `lang` its tag', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const {pageLanguage} = await import('../dist/src/site/language.js');
  const docs = join(site, 'src', 'content', 'docs');
  const info = await siteFor(docs);
  assert.equal(info.generator, 'starlight');
  assert.equal(pageLanguage(join(docs, 'fr', 'guide.md'), {}, info), 'fr');
  assert.equal(pageLanguage(join(docs, 'pt-br', 'guide.md'), {}, info), 'pt-br');
  assert.equal(pageLanguage(join(docs, 'en', 'guide.md'), {}, info), 'en');
  assert.equal(pageLanguage(join(docs, 'zh-cn', 'guide.md'), {}, info), 'zh-cn');
});

test('spelling: a language of another script is known by its CLDR script; a Latin-script language is not', async () => {
  const {nonLatinScript} = await import('../dist/src/spelling/passages.js');
  assert.deepEqual(['zh-cn', 'ja', 'ru', 'ar', 'hi'].map(nonLatinScript), [true, true, true, true, true]);
  // `jp` is no language tag: unknown, so not taken for another script.
  assert.deepEqual(['fr', 'pt-br', 'de', 'vi', 'jp', 'not a tag'].map(nonLatinScript), [false, false, false, false, false, false]);
});

const docsFiles = {
  'src/content/docs/en/index.md': '---\ntitle: Home\n---\n',
  'src/content/docs/en/guide.md': '---\ntitle: Guide\n---\n\nRun the comand once.\n',
  'src/content/docs/en/setup.md': '---\ntitle: Setup\n---\n',
  'src/content/docs/fr/guide.md': '---\ntitle: Guide\n---\n\nLe moteur démarre.\n',
  'src/content/docs/fr/setup.md': '---\ntitle: Installation\n---\n',
};

test('starlight: locales a module computes: language-code folders that mirror the named default locale folder (en/) are languages', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const {pageLanguage} = await import('../dist/src/site/language.js');
  const root = tempSite({
    'astro.config.mjs': "import starlight from '@astrojs/starlight';\nimport {locales} from './locales.mjs';\nexport default {integrations: [starlight({title: 'X', defaultLocale: 'en', locales})]};\n",
    'locales.mjs': "export const locales = Object.fromEntries(['en', 'fr'].map((lang) => [lang, {label: lang}]));\n",
    ...docsFiles,
    // A language-code name alone is not enough: `id/` holds pages `en/` does not have.
    'src/content/docs/id/tokens.md': '---\ntitle: Tokens\n---\n',
  });
  const docs = join(root, 'src', 'content', 'docs');
  const info = await siteFor(docs);
  assert.equal(pageLanguage(join(docs, 'fr', 'guide.md'), {}, info), 'fr');
  assert.equal(pageLanguage(join(docs, 'en', 'guide.md'), {}, info), 'en');
  assert.equal(pageLanguage(join(docs, 'id', 'tokens.md'), {}, info), undefined);
  // The folder postlint could not tell a language for is said under --verbose; the English typo is still found.
  const {stdout, stderr} = postlint(['--offline', '--verbose', '--format', 'json', '.'], {cwd: root});
  assert.match(stderr, /the config's `locales` could not be read .*the language-named folders id\/ are read as the default language/);
  const json = JSON.parse(stdout);
  assert.deepEqual(findings(json, root).filter((finding) => finding.endsWith('spelling')), ['src/content/docs/en/guide.md:5:9 spelling']);
});

test('starlight: locales read from a module leave no --verbose note; a default import of `export default {…}` is read too', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const {pageLanguage} = await import('../dist/src/site/language.js');
  const root = tempSite({
    'astro.config.mjs': "import starlight from '@astrojs/starlight';\nimport languages from './i18n/index.js';\nexport default {integrations: [starlight({title: 'X', defaultLocale: 'en', locales: languages})]};\n",
    'i18n/index.ts': "const languages = {\n  en: {label: 'English'},\n  // Portuguese\n  pt: {label: 'Português', lang: 'pt-BR'},\n};\nexport default languages;\n",
    'src/content/docs/en/guide.md': '---\ntitle: Guide\n---\n',
    'src/content/docs/pt/guide.md': '---\ntitle: Guia\n---\n',
  });
  const docs = join(root, 'src', 'content', 'docs');
  const info = await siteFor(docs);
  assert.equal(pageLanguage(join(docs, 'pt', 'guide.md'), {}, info), 'pt-br');
  assert.equal(pageLanguage(join(docs, 'en', 'guide.md'), {}, info), 'en');
  assert.equal(info.notes, undefined);
});
