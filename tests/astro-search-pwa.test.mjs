// Astro integrations whose files their options name (astro-integration-options.ts): astro-pagefind writes
// and serves only its bundle folder (`/pagefind/`), @vite-pwa/astro only its service worker, Workbox's
// runtime chunk, the web manifest and (unless `injectRegister` says not) `registerSW.js`. A link to one of
// those is no missing file; any other path nothing serves stays missing. An option postlint cannot read
// (a computed file name, `outDir`, a Workbox `swDest`), a Pagefind config file, or Astro's own `srcDir`
// holds such paths back; the PWA options' own `srcDir` does not. Asserted by exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, ruleFindings, ruleMessages, siteFindings} from './rule-helpers.mjs';

const post = 'src/content/posts/sourdough-starter.md';
const registerSW = `${post}:7:5 no-missing-files`;
const rye = `${post}:8:60 no-missing-files`;
const glossary = `${post}:9:5 no-missing-files`;

/** The fixture with its config's PWA options replaced (`from` → `to`), and extra files. */
function variant(from, to, extra = {}) {
  const files = filesOf(fixture('astro-search-pwa'));
  assert.ok(files['astro.config.mjs'].includes(from), from);
  files['astro.config.mjs'] = files['astro.config.mjs'].replace(from, to);
  return {...files, ...extra};
}

test('pagefind and PWA files are served; a missing post, an unserved root path and the registration script injectRegister: false leaves out are reported', async () => {
  assert.deepEqual(await ruleFindings('no-missing-files', ['astro-search-pwa']), [
    `astro-search-pwa/${registerSW}`, `astro-search-pwa/${rye}`, `astro-search-pwa/${glossary}`,
  ]);
});

test('the files the integrations write are unverifiable with the integration named (showUnverifiable)', async () => {
  const messages = await ruleMessages('no-missing-files', ['astro-search-pwa'], {options: {showUnverifiable: true}});
  const at = (line, column) => messages.find((message) => message.line === line && message.column === column)?.message ?? '';
  assert.match(at(5, 23), /astro-pagefind may write or serve this path/);
  assert.match(at(6, 5), /an integration of the config writes this file/);
  assert.match(at(6, 31), /@vite-pwa\/astro may write or serve this path/);
});

test('with injectRegister left to its default the registration script is written', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', variant('      injectRegister: false,\n', '')), [rye, glossary]);
});

test('manifest: false writes no manifest; disable: true writes none of the PWA files', async () => {
  const manifest = `${post}:6:71 no-missing-files`;
  assert.deepEqual(await siteFindings('no-missing-files', variant("manifest: {name: 'Crumb notes', theme_color: '#c08040'}", 'manifest: false')), [manifest, registerSW, rye, glossary]);
  assert.deepEqual(await siteFindings('no-missing-files', variant("registerType: 'prompt',", "registerType: 'prompt', disable: true,")), [
    `${post}:6:5 no-missing-files`, `${post}:6:31 no-missing-files`, manifest, registerSW, rye, glossary,
  ]);
});

test('injectManifest builds sw.ts as sw.js with no Workbox chunk; a renamed worker moves the file served', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', variant("filename: 'sw.js',", "strategies: 'injectManifest', filename: 'sw.ts',")), [`${post}:6:31 no-missing-files`, registerSW, rye, glossary]);
  assert.deepEqual(await siteFindings('no-missing-files', variant("filename: 'sw.js',", "filename: 'worker.js',")), [`${post}:6:5 no-missing-files`, registerSW, rye, glossary]);
});

test('options held in a const of the config are read as written in the call', async () => {
  const files = variant('    AstroPWA({', '    AstroPWA(pwaOptions),\n    ({');
  // The object literal left behind becomes the const's value.
  files['astro.config.mjs'] = files['astro.config.mjs'].replace('    ({', '').replace(/\n {6}registerType[\s\S]*?\n {4}\}\),\n/, '\n')
    .replace('export default', "const pwaOptions = {injectRegister: false, filename: 'sw.js'};\n\nexport default");
  assert.deepEqual(await siteFindings('no-missing-files', files), [registerSW, rye, glossary]);
});

test('what postlint cannot read holds paths nothing serves back: a computed file name, outDir, a Workbox swDest, options it cannot see, a Pagefind config file, Astro\'s own srcDir', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', variant("filename: 'sw.js',", 'filename: workerName,')), []);
  assert.deepEqual(await siteFindings('no-missing-files', variant("filename: 'sw.js',", "outDir: 'dist/app',")), []);
  assert.deepEqual(await siteFindings('no-missing-files', variant("filename: 'sw.js',", "workbox: {swDest: resolve('dist', 'sw.js')},")), []);
  assert.deepEqual(await siteFindings('no-missing-files', variant('    AstroPWA({', '    AstroPWA(makeOptions()),\n    ({')), []);
  assert.deepEqual(await siteFindings('no-missing-files', {...filesOf(fixture('astro-search-pwa')), 'pagefind.yml': 'output_subdir: search\n'}), []);
  assert.deepEqual(await siteFindings('no-missing-files', variant("site: 'https://crumb.example.org',", "site: 'https://crumb.example.org',\n  srcDir: './site',")), []);
  // The default srcDir moves nothing.
  assert.deepEqual(await siteFindings('no-missing-files', variant("site: 'https://crumb.example.org',", "site: 'https://crumb.example.org',\n  srcDir: './src',")), [registerSW, rye, glossary]);
});

test('Markdown plugins that only add syntax, and the site\'s own plugin that changes no node, leave links alone; one of its own that walks links may rewrite them', async () => {
  // The fixture's config runs remark-definition-list, remark-extended-table and its own reading-time plugin: the first test's findings stand.
  const walker = 'import {visit} from "unist-util-visit";\nexport function remarkProofTime() { return (tree) => visit(tree, "link", (node) => { node.url = node.url.replace(/^\\/old\\//, "/"); }); }\n';
  assert.deepEqual(await siteFindings('no-missing-files', {...filesOf(fixture('astro-search-pwa')), 'src/remark/proof-time.mjs': walker}), []);
  const unlisted = variant("import {remarkExtendedTable} from 'remark-extended-table';", "import {remarkExtendedTable} from 'remark-table-links';");
  assert.deepEqual(await siteFindings('no-missing-files', unlisted), []);
});

test('Astro\'s own srcDir or i18n set through a spread at the config\'s top level still holds paths nothing serves back', async () => {
  const spread = (settings) => variant("export default defineConfig({\n", `const shared = ${settings};\n\nexport default defineConfig({\n  ...shared,\n`);
  assert.deepEqual(await siteFindings('no-missing-files', spread("{srcDir: './site'}")), []);
  assert.deepEqual(await siteFindings('no-missing-files', spread("{i18n: {locales: ['en', 'fr'], defaultLocale: 'en'}}")), []);
  // A spread that sets neither moves nothing.
  assert.deepEqual(await siteFindings('no-missing-files', spread("{trailingSlash: 'always'}")), [registerSW, rye, glossary]);
});

test('a spread inside an integration\'s options is no integration spread in: paths nothing serves stay missing', async () => {
  const files = variant('    sitemap(),', '    sitemap({...feedOptions}),');
  files['astro.config.mjs'] = files['astro.config.mjs'].replace('export default', "const feedOptions = {changefreq: 'weekly'};\n\nexport default");
  assert.deepEqual(await siteFindings('no-missing-files', files), [registerSW, rye, glossary]);
  // Integrations spread into the list itself are code postlint does not read.
  assert.deepEqual(await siteFindings('no-missing-files', variant('    sitemap(),', '    sitemap(),\n    ...extraIntegrations,')), []);
});

test('PWA options spread in from a const of the config are read; a spread postlint cannot read holds paths back', async () => {
  const spread = (part, declared) => {
    const files = variant("filename: 'sw.js',", part);
    files['astro.config.mjs'] = files['astro.config.mjs'].replace('export default', `${declared}\n\nexport default`);
    return files;
  };
  // The worker is worker.js: /sw.js is written by nothing.
  assert.deepEqual(await siteFindings('no-missing-files', spread('...worker,', "const worker = {filename: 'worker.js'};")), [`${post}:6:5 no-missing-files`, registerSW, rye, glossary]);
  assert.deepEqual(await siteFindings('no-missing-files', spread('...workerOptions(),', "const workerOptions = () => ({filename: 'worker.js'});")), []);
});

test('pwaAssets writes its preset\'s icons beside its image in the output, not any image anywhere', async () => {
  const line = 'An ![open crumb](/images/open-crumb.png), [the app icon](/pwa-192x192.png) and [the folder\'s icon](/icons/maskable-icon-512x512.png).';
  const at = (label) => `${post}:10:${line.indexOf(label) + 1} no-missing-files`;
  const withAssets = (options) => {
    const files = variant("filename: 'sw.js',", `filename: 'sw.js',\n      pwaAssets: ${options},`);
    files[post] = `${files[post]}${line}\n`;
    return files;
  };
  const crumb = at('![open crumb]');
  // The default image is public/favicon.svg: the icons are written at the root.
  assert.deepEqual(await siteFindings('no-missing-files', withAssets('{}')), [registerSW, rye, glossary, crumb, at('[the folder\'s icon]')]);
  // An image in public/icons/ has its icons written there.
  assert.deepEqual(await siteFindings('no-missing-files', withAssets("{image: 'public/icons/loaf.svg', preset: 'minimal'}")), [registerSW, rye, glossary, crumb, at('[the app icon]')]);
  // A pwa-assets config file or a preset of the site's own may name the icons anything: an image nothing serves is unverifiable.
  assert.deepEqual(await siteFindings('no-missing-files', withAssets('{config: true}')), [registerSW, rye, glossary]);
  assert.deepEqual(await siteFindings('no-missing-files', withAssets('{preset: loafPreset}')), [registerSW, rye, glossary]);
});
