// Docusaurus translations of `src/pages/` (i18n/<locale>/docusaurus-plugin-content-pages/): the pages plugin lists its
// pages from src/pages/ and reads each from the translation's folder where that has the same file
// (plugin-content-pages src/content.ts), so a translation with no page of its own in src/pages/ (an index.mdx beside an
// index.tsx) is never built and is left out; a built one reads its relative URLs from its page's URL, and a doc it
// links to is read in its locale.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempSite} from './helpers.mjs';

const site = join(fixtures, 'generators', 'docusaurus-page-translations');

test('docusaurus: a translated page with no src/pages counterpart is left out; a built one resolves its URL links in its locale', () => {
  const {json, stderr} = postlintJson(['--offline', '--no-config', '--verbose', '.'], {cwd: site});
  // index.mdx (src/pages has index.tsx) is not built: its links are not read. about.md is: `docs/getting-started/introduction`
  // is the URL /ja/docs/getting-started/introduction, the ja doc, where `#intro-ja` is and `#intro` is not; `docs/nope` is no page.
  assert.deepEqual(findings(json, site).sort(), [
    'i18n/ja/docusaurus-plugin-content-pages/about.md:3:53 no-missing-files',
    'i18n/ja/docusaurus-plugin-content-pages/about.md:3:71 no-broken-anchors',
    'src/pages/about.md:3:48 no-missing-files',
  ]);
  assert.match(stderr, /index\.mdx: Docusaurus builds a translation only of a page in src\/pages\/, which has no index\.mdx/);
});

test('docusaurus: with a pages folder the config sets, translated pages are checked as before', () => {
  const root = tempSite({
    'docusaurus.config.js': "export default {title: 'T', url: 'https://example.org', baseUrl: '/', presets: [['classic', {docs: {}, pages: {path: 'site-pages'}}]]};\n",
    'package.json': '{"dependencies":{"@docusaurus/core":"^3.0.0"}}\n',
    'src/pages/index.tsx': 'export default function Home() { return null; }\n',
    'docs/intro.md': '# Intro\n\nHello.\n',
    'i18n/ja/docusaurus-plugin-content-pages/index.mdx': '# Home\n\n[Gone](./nope.md).\n',
  });
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  assert.deepEqual(findings(json, root), ['i18n/ja/docusaurus-plugin-content-pages/index.mdx:3:1 no-missing-files']);
});
