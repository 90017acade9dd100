// Starlight writes each docs page's title as `<h1 id="_top">` (PAGE_TITLE_ID, since 0.2.0): a link to
// `#_top` is a link to the page's title. A site that replaces the title component with one that does
// not show it writes the id leaves such a link unverifiable. Asserted by rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule, siteFindings} from './rule-helpers.mjs';

const dir = 'starlight-page-title';

test('starlight: #_top is the page title\'s id, on a page and from another (a hero page too); a near miss is still reported', async () => {
  const {rows} = await lintRule('no-broken-anchors', [`${dir}/default`]);
  assert.deepEqual(rows, [`${dir}/default/src/content/docs/brewing.md:9:52 no-broken-anchors`]);
});

test('starlight: a replacement title component that renders Starlight\'s own keeps #_top', async () => {
  const {rows} = await lintRule('no-broken-anchors', [`${dir}/wrapped`]);
  assert.deepEqual(rows, [`${dir}/wrapped/src/content/docs/brewing.md:9:52 no-broken-anchors`]);
});

test('starlight: a replacement that writes its own <h1> leaves #_top unverifiable (the hero page\'s Hero is still Starlight\'s)', async () => {
  const {rows} = await lintRule('no-broken-anchors', [`${dir}/replaced`]);
  assert.deepEqual(rows, [`${dir}/replaced/src/content/docs/brewing.md:9:52 no-broken-anchors`]);
  const {messages} = await lintRule('no-broken-anchors', [`${dir}/replaced`], {options: {showUnverifiable: true}});
  const shown = messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.message}`);
  assert.equal(shown.length, 3);
  assert.match(shown.find((line) => line.startsWith(`${dir}/replaced/src/content/docs/brewing.md:9:26 `)), /replaces Starlight's PageTitle component with \.\/src\/components\/PageTitle\.astro, which does not show that it writes id="_top"/);
  assert.match(shown.find((line) => line.startsWith(`${dir}/replaced/src/content/docs/index.mdx:8:12 `)), /PageTitle/);
  // index.mdx has a hero: Starlight's Hero writes its title, and the replaced PageTitle is not rendered there.
  assert.equal(shown.some((line) => line.startsWith(`${dir}/replaced/src/content/docs/index.mdx:8:49 `)), false);
});

test('starlight: only Starlight writes _top; another generator\'s page has no such id', async () => {
  const rows = await siteFindings('no-broken-anchors', {
    'docusaurus.config.js': "module.exports = {title: 'Kettle', url: 'https://example.org', baseUrl: '/'};\n",
    'docs/brewing.md': '---\ntitle: Brewing\n---\n\nBack to [the title](#_top).\n',
  });
  assert.deepEqual(rows, ['docs/brewing.md:5:9 no-broken-anchors']);
});

test('starlight: a replacement from a package (not in the checkout) leaves #_top unverifiable', async () => {
  const rows = await siteFindings('no-broken-anchors', {
    'astro.config.mjs': "import starlight from '@astrojs/starlight';\nexport default {integrations: [starlight({title: 'K', components: {PageTitle: 'kettle-theme/PageTitle.astro'}})]};\n",
    'src/content/docs/brewing.md': '---\ntitle: Brewing\n---\n\nBack to [the title](#_top) or [a miss](#_topp).\n',
  });
  assert.deepEqual(rows, ['src/content/docs/brewing.md:5:31 no-broken-anchors']);
});
