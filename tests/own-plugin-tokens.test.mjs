// A template token in a link destination (`{@forumUrl@}/c/help`, `%sourceUrl%/releases`) names a
// file only when a Markdown plugin of the site's own replaces it: on a site that runs one (a remark
// plugin the Docusaurus config declares and lists in its docs and blog plugins), such a link is
// unverifiable, said once for the site in a notice naming the plugin; a misspelt relative link and a
// missing image on that same site stay reported. On a site whose plugins are all packages', the same
// token link is a missing file.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, siteFindings, siteStderr, siteUnverifiable, tempSite} from './helpers.mjs';

const {templateToken} = await import('../dist/src/site/template-token.js');
const {configOwnPlugins, docusaurusOwnPlugins, markdownItOwnPlugins} = await import('../dist/src/site/generators/own-markdown-plugins.js');

const site = join(fixtures, 'own-plugin-tokens', 'docusaurus');

test('token links are unverifiable under the site\'s own remark plugin; a misspelt link and a missing image stay reported', () => {
  assert.deepEqual(siteFindings(site).filter((row) => row.includes('no-missing-files')), ['docs/intro.md:6:12 no-missing-files', 'docs/intro.md:8:1 no-missing-files']);
  const unverifiable = siteUnverifiable(site).filter((row) => /[{%][@\w]/.test(row));
  assert.deepEqual(unverifiable.map((row) => row.split(': ')[0]), ['3:26 {@forumUrl@}/c/help', '4:1 {@sourceUrl@}/releases', '4:1 {@sourceUrl@}', '5:31 %sourceUrl%/releases/1.0']);
  for (const row of unverifiable) assert.match(row, /a template token such as \{@name@\}, \{name\} or %name% is no part of a URL, and the site runs Markdown plugins of its own \(fillSettings \(declared in the config\)\) that may replace it/);
  assert.match(siteStderr(site), /4 links whose destinations hold a template token left unreported: /);
});

test('without a plugin of the site\'s own the token link is a missing file', () => {
  assert.deepEqual(siteFindings(join(fixtures, 'own-plugin-tokens', 'docusaurus-plain')).filter((row) => row.includes('no-missing-files')), ['docs/intro.md:3:26 no-missing-files']);
});

test('VitePress: a markdown-it plugin of the site\'s own (`md.use(fillVersion)`) makes a token link unverifiable; a misspelt one stays', () => {
  const vitepress = join(fixtures, 'own-plugin-tokens', 'vitepress');
  assert.deepEqual(siteFindings(vitepress).filter((row) => row.includes('no-missing-files')), ['index.md:4:1 no-missing-files']);
  assert.deepEqual(siteUnverifiable(vitepress).map((row) => row.split(': ')[0]), ['3:6 /releases/{version}/notes']);
  assert.match(siteUnverifiable(vitepress)[0], /plugins of its own \(fillVersion \(\.\/fill-version\.mjs\), a markdown-it rule of the site's own\)/);
});

test('MkDocs: a hook with a page event (on_page_markdown) makes a token link unverifiable; one with none leaves it missing', () => {
  const mkdocs = join(fixtures, 'own-plugin-tokens', 'mkdocs');
  assert.deepEqual(siteFindings(mkdocs).filter((row) => row.includes('no-missing-files')), ['docs/index.md:4:1 no-missing-files']);
  assert.match(siteUnverifiable(mkdocs).join('\n'), /^3:15 changes\/%release%\.md: .*\(the MkDocs hook hooks\/fill\.py\)/);
  const configOnly = tempSite({
    'mkdocs.yml': 'site_name: Cogs\nhooks:\n  - hooks/setup.py\n',
    'hooks/setup.py': 'def on_config(config, **kwargs):\n    return config\n',
    'docs/index.md': '# Cogs\n\nSee [this release](changes/%release%.md).\n',
  });
  assert.deepEqual(siteFindings(configOnly).filter((row) => row.includes('no-missing-files')), ['docs/index.md:3:5 no-missing-files']);
});

test('template tokens: braces and %name%, not percent-encoded bytes nor folders', () => {
  assert.equal(templateToken('{@githubUrl@}/issues'), '{@githubUrl@}');
  assert.equal(templateToken('/docs/{version}/api.md'), '{version}');
  assert.equal(templateToken('%BASE_URL%/x'), undefined, '%BA is a percent-encoded byte');
  assert.equal(templateToken('%release%/notes.md'), '%release%');
  assert.equal(templateToken('caf%C3%A9%20menu.md'), undefined);
  assert.equal(templateToken('./guide/setup.md'), undefined);
  assert.equal(templateToken('./{a b}/x.md'), undefined);
});

test('own plugins of a config: declared functions, inline ones and local modules; packages and their options are not', () => {
  const docusaurus = "const gfm = require('remark-gfm');\nconst local = require('./lib/local');\nfunction fill() { return () => {}; }\nmodule.exports = {presets: [['classic', {docs: {remarkPlugins: [gfm, [fill, {a: 1}]]}, blog: {rehypePlugins: [local, [gfm, {transform: (x) => x}]]}}]], plugins: [['./plugins/posts', {remarkPlugins: [() => (tree) => tree]}]]};";
  assert.deepEqual(docusaurusOwnPlugins(docusaurus), ['fill (declared in the config)', 'local (./lib/local)', 'an inline function']);
  assert.deepEqual(docusaurusOwnPlugins("const gfm = require('remark-gfm');\nmodule.exports = {presets: [['classic', {docs: {remarkPlugins: [gfm]}}]]};"), []);
  assert.deepEqual(docusaurusOwnPlugins("export default {markdown: {preprocessor: ({fileContent}) => fileContent}};"), ['markdown.preprocessor']);
  assert.deepEqual(configOwnPlugins("import tidy from './src/tidy.mjs';\nimport math from 'remark-math';\nexport default {markdown: {remarkPlugins: [math, tidy]}};"), ['tidy (./src/tidy.mjs)']);
});

test('markdown-it plugins of the site\'s own: `.use` of a local module or a declared function, and rules it writes', () => {
  assert.deepEqual(markdownItOwnPlugins("import anchor from 'markdown-it-anchor';\nimport vars from './md/vars.js';\nexport default {markdown: {config(md) { md.use(anchor, {level: 2}).use(vars); }}};"), ['vars (./md/vars.js)']);
  assert.deepEqual(markdownItOwnPlugins("const links = (md) => {};\nmodule.exports = (c) => { c.amendLibrary('md', (md) => md.use(links)); };"), ['links (declared in the config)']);
  assert.deepEqual(markdownItOwnPlugins("export default {markdown: {config(md) { md.renderer.rules.link_open = (t, i) => ''; }}};"), ['a markdown-it rule of the site\'s own']);
  assert.deepEqual(markdownItOwnPlugins("import attrs from 'markdown-it-attrs';\n// md.use(require('./old'))\nexport default {markdown: {config: (md) => md.use(attrs)}};"), []);
});

test('reading a config\'s own plugins stays linear: nested plugin lists, many `.use(` calls', async () => {
  const {assertLinearGrowth} = await import('./growth.mjs');
  assertLinearGrowth('docusaurusOwnPlugins', docusaurusOwnPlugins, (n) => `export default {${'remarkPlugins: ['.repeat(n)}${']'.repeat(n)}};`, 1000);
  assertLinearGrowth('markdownItOwnPlugins', markdownItOwnPlugins, (n) => `const f = () => {};\nmd${'.use(f'.repeat(n)}${')'.repeat(n)};`, 1000);
});

test('a plugin list or a function in a comment is none the build runs: the token link stays a missing file', () => {
  const commented = tempSite({
    'package.json': '{"name": "w", "private": true, "dependencies": {"@docusaurus/core": "2.4.3"}}',
    'docusaurus.config.js': "function fillSettings() { return () => {}; }\nmodule.exports = {title: 'W', url: 'https://w.example', baseUrl: '/',\n  presets: [['@docusaurus/preset-classic', {docs: {\n    // remarkPlugins: [fillSettings],\n    /* rehypePlugins: [fillSettings], */\n  }}]]};\n",
    'docs/intro.md': '# W\n\nSee [the forum]({@forumUrl@}/c/help).\n',
  });
  assert.deepEqual(siteFindings(commented).filter((row) => row.includes('no-missing-files')), ['docs/intro.md:3:5 no-missing-files']);
  assert.deepEqual(docusaurusOwnPlugins("function fill() {}\nmodule.exports = {presets: [['classic', {docs: {\n  // remarkPlugins: [fill],\n}}]]};"), []);
  assert.deepEqual(configOwnPlugins("import tidy from './src/tidy.mjs';\nexport default {markdown: {/* remarkPlugins: [tidy] */}};"), []);
});

test('a token only in the fragment leaves the path checked: a misspelt file under it is missing on a site with a plugin of its own', () => {
  const fragments = tempSite({
    'package.json': '{"name": "w", "private": true, "dependencies": {"@docusaurus/core": "2.4.3"}}',
    'docusaurus.config.js': "function fillSettings() { return () => {}; }\nmodule.exports = {title: 'W', url: 'https://w.example', baseUrl: '/',\n  presets: [['@docusaurus/preset-classic', {docs: {remarkPlugins: [fillSettings]}}]]};\n",
    'docs/intro.md': '# W\n\nSee [setup](./guide/stup.md#{version}) and [notes](./guide/setup.md#%release%).\n\nAnd [spaced](./guide/set%20up.md#{version}).\n',
    'docs/guide/setup.md': '# Setup\n\nText.\n',
    'docs/guide/set up.md': '# Set up\n\nText.\n',
  });
  assert.deepEqual(siteFindings(fragments).filter((row) => row.includes('no-missing-files')), ['docs/intro.md:3:5 no-missing-files']);
  assert.deepEqual(siteUnverifiable(fragments).map((row) => row.split(': ')[0]), ['3:44 ./guide/setup.md#%release%', '5:5 ./guide/set%20up.md#{version}']);
});
