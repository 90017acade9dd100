// Generator behaviours the round-4 held-out sites showed postlint lacked, each on a small fixture
// of its own, asserted by exact rule id, line and column (or no finding at all).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlint, postlintJson, siteFindings, tempSite} from './helpers.mjs';

const generators = join(fixtures, 'generators');

/** Every finding of a fixture site, as `file:line:col rule`. */
function run(name, args = []) {
  const site = join(generators, name);
  const {json} = postlintJson(['--offline', ...args, '.'], {cwd: site});
  return findings(json, site).sort();
}

test('jekyll: kramdown footnote ids (`#fn:name`, `#fnref:name`) are ids, also under the default GFM input', () => {
  assert.deepEqual(run('jekyll-footnotes'), [
    // GitHub's footnote ids are not on a kramdown page.
    'notes.md:11:38 no-broken-anchors',
    'other.md:7:49 no-broken-anchors',
  ]);
});

test('jekyll: kramdown footnote_prefix goes before the footnote name', () => {
  assert.deepEqual(run('jekyll-footnote-prefix'), ['page.md:9:32 no-broken-anchors']);
});

test('eleventy: InputPathToUrl reads input paths from the input folder; a permalink: false page is no draft and links to it are unverifiable', () => {
  assert.deepEqual(run('eleventy-input-paths'), [
    'src/docs/usage.md:10:27 no-missing-files',
    'src/docs/usage.md:9:30 no-broken-anchors',
  ]);
  const site = join(generators, 'eleventy-input-paths');
  const {json} = postlintJson(['--offline', '.'], {cwd: site});
  const usage = json.find((file) => file.filePath === join(site, 'src', 'docs', 'usage.md'));
  assert.deepEqual(usage.unverifiable.map(({line, column, url}) => `${line}:${column} ${url}`), ['11:43 /nav.md']);
});

test('docusaurus: only the versions versions.json lists are built and checked; a link in a version is read against that version', () => {
  // versioned_docs/version-1.0 (not listed) and versioned_docs_archived/ hold broken links and an empty section: never built, not reported.
  assert.deepEqual(run('docusaurus-versions'), ['versioned_docs/version-2.0/guide.md:4:51 no-broken-anchors']);
  const {stderr} = postlint(['--offline', '--verbose', '.'], {cwd: join(generators, 'docusaurus-versions')});
  assert.match(stderr, /postlint: 2 files left out: the site never builds them/);
});

test('docusaurus: a translated doc\'s .md links are read inside its own version and locale (the translation, then the version\'s folder)', () => {
  // Found: the ja 1.0 translation's `{#setup}`, a sibling, docs/ from a translation of the current docs.
  // Reported: targets only in another version, a file only in the translation's folder (no doc), a translated heading without an id.
  assert.deepEqual(run('docusaurus-i18n-versions'), [
    'i18n/ja/docusaurus-plugin-content-docs/current/guide.md:4:1 no-broken-anchors',
    'i18n/ja/docusaurus-plugin-content-docs/version-1.0/guide.md:4:1 no-broken-anchors',
    'i18n/ja/docusaurus-plugin-content-docs/version-1.0/guide.md:5:1 no-missing-files',
    'i18n/ja/docusaurus-plugin-content-docs/version-1.0/guide.md:6:1 no-broken-anchors',
    'i18n/ja/docusaurus-plugin-content-docs/version-1.0/guide.md:7:1 no-missing-files',
  ]);
  // A translation with no doc in its version's base folder, and one of a version versions.json does not list, are never built: their broken links are not reported.
  const {stderr} = postlint(['--offline', '--verbose', '.'], {cwd: join(generators, 'docusaurus-i18n-versions')});
  assert.match(stderr, /postlint: 2 files left out: the site never builds them/);
});

test('starlight: locale folders are languages (matched as Astro slugs them, without regard to case); the English typo is found exactly', () => {
  // The fixture reports every unknown word, so a Portuguese or French page read as English would be full of findings.
  assert.deepEqual(run('starlight-locales'), ['src/content/docs/guide.md:5:33 spelling']);
});

test('starlight: locales postlint cannot read: language-code folders that mirror the root are languages (the VitePress reading, shared)', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const {pageLanguage} = await import('../dist/src/site/language.js');
  const root = tempSite({
    'astro.config.mjs': "import starlight from '@astrojs/starlight';\nimport {locales} from './locales.mjs';\nexport default {integrations: [starlight({title: 'X', locales})]};\n",
    'src/content/docs/index.md': '---\ntitle: Home\n---\n',
    'src/content/docs/guide.md': '---\ntitle: Guide\n---\n',
    'src/content/docs/de/index.md': '---\ntitle: Start\n---\n',
    'src/content/docs/de/guide.md': '---\ntitle: Anleitung\n---\n',
  });
  const info = await siteFor(join(root, 'src', 'content', 'docs'));
  assert.equal(info.generator, 'starlight');
  assert.equal(pageLanguage(join(root, 'src', 'content', 'docs', 'de', 'guide.md'), {}, info), 'de');
  assert.equal(pageLanguage(join(root, 'src', 'content', 'docs', 'guide.md'), {}, info), undefined);
});

test('page languages come from each generator module (Hugo languages and content folders, Zola, MkDocs, Jekyll, mdBook)', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const {pageLanguage} = await import('../dist/src/site/language.js');
  const at = async (files, page) => {
    const root = tempSite(files);
    return pageLanguage(join(root, page), {}, await siteFor(join(root, page, '..')));
  };
  const hugo = {'hugo.toml': "defaultContentLanguage = 'en'\n[languages.en]\n[languages.de]\ncontentDir = 'inhalt'\n[languages.fr]\n", 'content/a.md': '', 'content/a.fr.md': '', 'inhalt/b.md': '', 'content/fr/c.md': ''};
  assert.equal(await at(hugo, 'content/a.md'), 'en');
  assert.equal(await at(hugo, 'content/a.fr.md'), 'fr');
  assert.equal(await at(hugo, 'inhalt/b.md'), 'de');
  assert.equal(await at(hugo, 'content/fr/c.md'), 'fr');
  const zola = {'config.toml': "base_url = 'https://example.org'\ndefault_language = 'nl'\n[languages.fr]\n", 'content/a.md': '', 'content/a.fr.md': ''};
  assert.equal(await at(zola, 'content/a.md'), 'nl');
  assert.equal(await at(zola, 'content/a.fr.md'), 'fr');
  const mkdocs = {'mkdocs.yml': 'site_name: X\ntheme:\n  name: material\n  language: de\n', 'docs/a.md': '', 'docs/a.fr.md': ''};
  assert.equal(await at(mkdocs, 'docs/a.md'), 'de');
  assert.equal(await at(mkdocs, 'docs/a.fr.md'), 'fr');
  const i18n = {'mkdocs.yml': 'site_name: X\nplugins:\n  - i18n:\n      docs_structure: folder\n      languages:\n        - locale: en\n          default: true\n        - locale: fr\n', 'docs/en/a.md': '', 'docs/fr/a.md': ''};
  assert.equal(await at(i18n, 'docs/fr/a.md'), 'fr');
  assert.equal(await at(i18n, 'docs/en/a.md'), 'en');
  assert.equal(await at({'_config.yml': 'lang: es\n', 'a.md': ''}, 'a.md'), 'es');
  assert.equal(await at({'book.toml': "[book]\nlanguage = 'ja'\n", 'src/SUMMARY.md': '', 'src/a.md': ''}, 'src/a.md'), 'ja');
});

test('hugo: front-matter keys are read without regard to case (`Title:` is a title, `Draft: true` a draft)', () => {
  assert.deepEqual(run('hugo-keys'), [
    'content/post/hello.md:7:6 no-unpublished-links',
    'content/post/next.md:4:1 no-drafts',
  ]);
});

test('starlight: locales imported from a JSON file are read; a language folder the config no longer names but that mirrors the root is its language', () => {
  assert.deepEqual(run('starlight-locales-json'), ['src/content/docs/guide.mdx:5:33 spelling']);
});

test('vitepress: headings of a file pulled in with <!--@include: …--> (from the page, or @/ from the source folder) are ids of the including page', () => {
  assert.deepEqual(run('vitepress-includes'), ['api.md:4:5 no-broken-anchors']);
});

test('hugo: folders mounted onto a content sub-path are read for refs; a mount whose folder is absent leaves its refs unverifiable, not "stops the build"', () => {
  assert.deepEqual(run('hugo-mounts'), [
    'content/sdks/_index.md:7:33 no-missing-files',
    'content/sdks/_index.md:8:33 no-broken-anchors',
  ]);
  const site = join(generators, 'hugo-mounts');
  const {json} = postlintJson(['--offline', '.'], {cwd: site});
  const index = json.find((file) => file.filePath === join(site, 'content', 'sdks', '_index.md'));
  assert.deepEqual(index.unverifiable.map(({line, column}) => `${line}:${column}`), ['6:12', '6:71']);
});

test('mkdocs: a snippet is found under pymdownx.snippets base_path and its headings are ids of the including page; exclude_docs files are no pages', async () => {
  assert.deepEqual(run('mkdocs-snippets'), ['docs/index.md:3:34 no-broken-anchors']);
  const {siteFor, generatorOf} = await import('../dist/src/site/generators/index.js');
  const site = join(generators, 'mkdocs-snippets');
  const info = await siteFor(site);
  assert.equal(generatorOf(info).isPage(join(site, 'docs', 'snippets', 'options.md'), info, undefined), false);
  assert.equal(generatorOf(info).isPage(join(site, 'docs', 'index.md'), info, undefined), true);
});

test('starlight: a page that renders a self-closed component on its own line has ids only the build knows; other pages are still checked', () => {
  // `#default-permission` is a heading <PluginPermissions /> writes: not reported; `#install` on a page without components is.
  assert.deepEqual(run('starlight-components'), ['src/content/docs/guide.mdx:7:31 no-broken-anchors']);
});

test('docusaurus: translations in i18n/<locale>/ are written in that locale', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const {pageLanguage} = await import('../dist/src/site/language.js');
  const root = tempSite({
    'docusaurus.config.js': "export default {i18n: {defaultLocale: 'en', locales: ['en', 'fr', 'pt-BR']}};\n",
    'docs/intro.md': '# Intro\n\nHello.\n',
    'i18n/fr/docusaurus-plugin-content-docs/current/intro.md': '# Introduction\n',
    'i18n/pt-BR/docusaurus-plugin-content-blog/post.md': '# Olá\n',
  });
  const info = await siteFor(root);
  assert.equal(pageLanguage(join(root, 'i18n', 'fr', 'docusaurus-plugin-content-docs', 'current', 'intro.md'), {}, info), 'fr');
  assert.equal(pageLanguage(join(root, 'i18n', 'pt-BR', 'docusaurus-plugin-content-blog', 'post.md'), {}, info), 'pt-br');
  // The site's own pages are in its i18n.defaultLocale.
  assert.equal(pageLanguage(join(root, 'docs', 'intro.md'), {}, info), 'en');
});

test('zola: the site root is a page without content/_index.md (Zola makes a default index section)', () => {
  assert.deepEqual(run('zola-root'), ['content/pages/about.md:6:27 no-missing-files']);
});

test('vitepress: a config written as a folder (.vitepress/config/index.ts) makes a VitePress site', async () => {
  // Not detected, the absolute links are left unchecked; detected, /guide/setup is a page and /guide/next is missing.
  assert.deepEqual(run('vitepress-config-folder'), ['index.md:5:6 no-missing-files']);
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const site = join(generators, 'vitepress-config-folder');
  const info = await siteFor(site);
  assert.equal(info?.generator, 'vitepress');
  assert.equal(info?.configFile, join(site, '.vitepress', 'config', 'index.ts'));
});

test('mkdocs: a config MkDocs is only given with --config-file (mkdocs-*.yml, joined by INHERIT) makes a MkDocs site when one file is no other\'s parent', async () => {
  // As plain Markdown `#uber-uns` would be the broken one (GitHub keeps "ü"); Python-Markdown's ids drop it.
  assert.deepEqual(run('mkdocs-config-file'), ['docs/index.md:3:25 no-broken-anchors']);
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const site = join(generators, 'mkdocs-config-file');
  const info = await siteFor(site);
  assert.equal(info?.generator, 'mkdocs');
  assert.equal(info?.configFile, join(site, 'mkdocs-site.yml'));
  // Read through INHERIT: the parent's use_directory_urls: false serves guide.md at guide.html.
  assert.equal(info?.config.use_directory_urls, false);
});

test('mkdocs: several mkdocs-*.yml a build could name: ids are checked, links that hang on the keys they differ on are unverifiable', async () => {
  assert.deepEqual(run('mkdocs-config-files'), ['docs/index.md:3:25 no-broken-anchors']);
  const site = join(generators, 'mkdocs-config-files');
  const {json} = postlintJson(['--offline', '.'], {cwd: site});
  const index = json.find((file) => file.filePath === join(site, 'docs', 'index.md'));
  assert.deepEqual(index.unverifiable.map(({line, column, url}) => `${line}:${column} ${url}`), ['5:6 /guide/']);
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const info = await siteFor(site);
  assert.equal(info?.generator, 'mkdocs');
  assert.equal(info?.configFile, undefined);
  // mkdocs-nav.yml has no site_name: MkDocs could not build it, so it is no candidate.
  assert.deepEqual(info?.config.unsettled, ['site_url', 'use_directory_urls']);
});

test('mkdocs: two mkdocs-*.yml that INHERIT one shared parent outside the candidates both read its keys', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const root = tempSite({
    'base.yml': 'docs_dir: pages\nuse_directory_urls: false\n',
    'mkdocs-en.yml': 'INHERIT: base.yml\nsite_name: Docs\nsite_url: https://example.org/en/\n',
    'mkdocs-fr.yml': 'INHERIT: ./base.yml\nsite_name: Docs\nsite_url: https://example.org/fr/\n',
    'pages/index.md': '# Home\n',
  });
  const info = await siteFor(root);
  assert.equal(info?.generator, 'mkdocs');
  assert.equal(info?.configFile, undefined);
  assert.equal(info?.config.docs_dir, 'pages');
  assert.equal(info?.config.use_directory_urls, false);
  assert.deepEqual(info?.config.unsettled, ['site_url']);
});

test('docusaurus: a translated `_` partial (the default exclude, imported by docs) and a translation whose base folder is computed or missing are not left out: their broken links are reported', () => {
  const config = (docs) => `module.exports = {title: 'X', url: 'https://x.example', baseUrl: '/', i18n: {defaultLocale: 'en', locales: ['en', 'fr']}, presets: [['classic', {docs: ${docs}}]]};\n`;
  const partial = tempSite({
    'package.json': '{"dependencies": {"@docusaurus/core": "3.5.0"}}\n',
    'docusaurus.config.js': config("{path: 'documentation'}"),
    'documentation/intro.md': '# Intro\n\nHello.\n',
    'i18n/fr/docusaurus-plugin-content-docs/current/_parts/note.md': '## Note\n\nVoir [x](./absent.md).\n',
    'i18n/fr/docusaurus-plugin-content-docs/current/_partial.md': '## Partie\n\nVoir [x](./absent.md).\n',
    'i18n/fr/docusaurus-plugin-content-docs/current/orphan.md': '# Orphelin\n\nVoir [x](./absent.md).\n',
  });
  assert.deepEqual(siteFindings(partial), [
    'i18n/fr/docusaurus-plugin-content-docs/current/_partial.md:3:6 no-missing-files',
    'i18n/fr/docusaurus-plugin-content-docs/current/_parts/note.md:3:6 no-missing-files',
  ]);
  for (const docs of ["{path: require('path').join(__dirname, 'website-docs')}", "{path: 'no-such-folder'}"]) {
    const root = tempSite({
      'package.json': '{"dependencies": {"@docusaurus/core": "3.5.0"}}\n',
      'docusaurus.config.js': config(docs),
      'docs/intro.md': '# Intro\n\nHello.\n',
      'website-docs/intro.md': '# Intro\n\nHello.\n',
      'i18n/fr/docusaurus-plugin-content-docs/current/guide.md': '# Guide\n\nVoir [x](./absent.md).\n',
    });
    assert.deepEqual(siteFindings(root), ['i18n/fr/docusaurus-plugin-content-docs/current/guide.md:3:6 no-missing-files'], docs);
  }
});
