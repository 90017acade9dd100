// Docusaurus links that are URL paths, asserted by exact rule id, line and column both ways
// (fixtures/generators/docusaurus-url-links, docusaurus-trailing-slash.ts):
// - a link without `.md` is a URL the browser and the build's broken-links check (core brokenLinks.ts,
//   parseURLPath(link, pagePath)) read from the page's route path, which `trailingSlash` makes
//   (applyTrailingSlash, @docusaurus/utils-common): `true` adds the slash, `false` drops it (a category
//   index `/docs/guide/` too), unset leaves the permalink, and a host that serves the other form decides;
// - a doc of another docs plugin is read from that plugin's URL (`routeBasePath`);
// - a `_category_` generated index is a route per version (its `slug`, else `/category/<label slugged>`), also
//   where the config's `versions` gives a version its own `path` (no folder of the docs');
// - a version whose path the config computes (`[latest]: {path: latest}`): links leaving its path are unverifiable.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {filesOf, fixture, lintSite} from './rule-helpers.mjs';
import {repoRoot} from './helpers.mjs';

const site = 'generators/docusaurus-url-links';
const files = filesOf(fixture(site));
const withSetting = (value) => ({...files, 'docusaurus.config.js': files['docusaurus.config.js'].replace('trailingSlash: true,', value)});
const rows = async (variant) => (await lintSite('no-missing-files', variant)).rows;
const {linkBases, trailingSlashSetting} = await import(join(repoRoot, 'dist', 'src', 'site', 'generators', 'docusaurus-trailing-slash.js'));
const {readPluginSettings} = await import(join(repoRoot, 'dist', 'src', 'site', 'generators', 'docusaurus-urls.js'));

// Reported with every setting: a page no URL form makes, categories no _category_ file makes, another plugin's missing page.
const alwaysMissing = [
  'docs/guide/index.md:3:51 no-missing-files', // ./missing-page
  'docs/guide/moved.md:7:63 no-missing-files', // ../sibling from its slug's URL /docs/elsewhere/moved: /docs/elsewhere/sibling or /docs/sibling
  'docs/guide/page.md:5:37 no-missing-files', // ../missing-page
  'docs/reference/api.md:5:26 no-missing-files', // ../../teardown
  'docs/reference/api.md:5:54 no-missing-files', // ../../category/toolbox
  'guides/alpha.md:3:47 no-missing-files', // ../gamma/
];
const sorted = (list) => [...list].sort();

test('docusaurus trailingSlash: true: links are read from /docs/guide/page/, so ./sibling is below the page and ../sibling beside it', async () => {
  assert.deepEqual(await rows(files), sorted([
    ...alwaysMissing,
    // ./sibling → /docs/guide/page/sibling: no page, though guide/sibling.md is beside the file.
    'docs/guide/page.md:3:45 no-missing-files',
    // ../../teardown below the version's path: no category of version 1.0 makes it (../../setup is its generated index).
    'versioned_docs/version-1.0/reference/api.md:3:65 no-missing-files',
  ]));
  const {messages} = await lintSite('no-missing-files', files);
  assert.match(messages.find((message) => message.line === 3 && message.file === 'docs/guide/page.md').message, /\/docs\/guide\/page\/sibling.*\/docs\/guide\/page\//);
});

test('docusaurus trailingSlash: false: links are read from /docs/guide/page and the index at /docs/guide, one folder up', async () => {
  assert.deepEqual(await rows(withSetting('trailingSlash: false,')), sorted([
    ...alwaysMissing,
    'docs/guide/index.md:3:29 no-missing-files', // ./sibling from /docs/guide → /docs/sibling
    'docs/guide/moved.md:7:27 no-missing-files', // ../../guide/sibling from /docs/elsewhere/moved → /guide/sibling
    'docs/guide/page.md:3:20 no-missing-files', // ../sibling → /docs/sibling
    'docs/reference/api.md:3:24 no-missing-files', // ../../setup → /setup
    'docs/reference/api.md:3:51 no-missing-files', // ../../category/tool-box/ → /category/tool-box/
    'guides/alpha.md:3:29 no-missing-files', // ../beta/ → /beta/
    // The version's links now leave /docs/1.0, whose path the config computes: unverifiable, not reported.
  ]));
  // Joi's boolean() converts the string, as the config is validated.
  assert.deepEqual(await rows(withSetting("trailingSlash: 'false',")), await rows(withSetting('trailingSlash: false,')));
});

test('docusaurus trailingSlash unset: the permalink is read (the index keeps its slash); a link only the host\'s other form reaches is unverifiable', async () => {
  // From /docs/guide/page, ../sibling is /docs/sibling: only /docs/guide/page/ (a host's redirect) reaches guide/sibling.md.
  assert.deepEqual(await rows(withSetting('')), sorted(alwaysMissing));
});

test('docusaurus: the setting as the config text writes it, and the URLs a page reads links from', () => {
  assert.equal(trailingSlashSetting("export default {trailingSlash: true}"), true);
  assert.equal(trailingSlashSetting('trailingSlash: "false",'), false);
  assert.equal(trailingSlashSetting('trailingSlash: process.env.SLASH === "1",'), 'unknown');
  assert.equal(trailingSlashSetting('baseUrl: "/"'), undefined);
  assert.deepEqual(linkBases('/docs/a', true), {build: ['/docs/a/'], host: []});
  assert.deepEqual(linkBases('/docs/a/', false), {build: ['/docs/a'], host: []});
  assert.deepEqual(linkBases('/', false), {build: ['/'], host: []});
  assert.deepEqual(linkBases('/docs/a', undefined), {build: ['/docs/a'], host: ['/docs/a/']});
  assert.deepEqual(linkBases('/docs/a', 'unknown'), {build: ['/docs/a', '/docs/a/'], host: []});
});

test('docusaurus: a version\'s own `path` is not the docs folder\'s; a computed lastVersion or version key leaves version paths unknown', () => {
  const settings = readPluginSettings(files['docusaurus.config.js']);
  assert.equal(settings.docsPathUnknown, undefined);
  assert.equal(settings.versionPathsUnknown, true);
  assert.deepEqual(settings.versionPaths, {current: ''});
  const literal = readPluginSettings("module.exports = {presets: [['classic', {docs: {lastVersion: '1.0', versions: {current: {path: 'next'}}, remarkPlugins: [math]}}]]};");
  assert.equal(literal.versionPathsUnknown, undefined);
  assert.equal(readPluginSettings("module.exports = {presets: [['classic', {docs: {path: docsPath}}]]};").docsPathUnknown, true);
});

test('docusaurus: a spread inside an option\'s array sets no version path; a link leaving the docs is still reported', async () => {
  // Only a spread among the docs' own options (`...shared`) may set lastVersion or versions; `[math, ...shared]` cannot.
  const spreadInArray = "const shared = [];\nmodule.exports = {title: 'S', url: 'https://s.example.org', baseUrl: '/', presets: [['classic', {docs: {sidebarPath: './sidebars.js', remarkPlugins: [math, ...shared], editUrl: dev ? [a] : b}}]]};\n";
  assert.equal(readPluginSettings(spreadInArray).versionPathsUnknown, undefined);
  assert.equal(readPluginSettings("module.exports = {presets: [['classic', {docs: {...shared, sidebarPath: './sidebars.js'}}]]};").versionPathsUnknown, true);
  const site = {
    'docusaurus.config.js': spreadInArray,
    'sidebars.js': "module.exports = {docs: [{type: 'autogenerated', dirName: '.'}]};\n",
    'docs/intro.md': '# Intro\n\nText.\n',
    'docs/guide/page.md': '# Page\n\nBack to [intro](../intro) and [far](../../nothing).\n',
  };
  // From /docs/guide/page, ../../nothing is /nothing: no page (the unversioned docs are at /docs/, not a computed version path).
  assert.deepEqual(await rows(site), ['docs/guide/page.md:3:31 no-missing-files']);
});
