// VitePress's `srcDir` is a top-level option of its config: the same key inside a plugin's options
// (`pwa: {srcDir: '.vitepress'}`, vite-plugin-pwa's own folder) is not where the pages are. Read as the
// site's, it made every page "outside the source" and silenced the page rules on the whole site.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {tempSite} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const page = '# Guide\n\nIntro.\n\n## Options\n\n## Usage\n\nText.\n';

test('vitepress: a plugin option named srcDir is not the site\'s; an empty section is still found exactly', async () => {
  const root = tempSite({
    '.vitepress/config.ts': "import {defineConfig} from 'vitepress'\nimport {withPwa} from '@vite-pwa/vitepress'\nexport default withPwa(defineConfig({\n  title: 'X',\n  pwa: {\n    srcDir: '.vitepress',\n  },\n}))\n",
    'index.md': '# Home\n\nWelcome.\n',
    'guide.md': page,
  });
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  assert.equal((await siteFor(root)).config.srcDir, undefined);
  const {findings} = await lintRule({rule: 'no-empty-sections', fixture: root});
  assert.deepEqual(findings.map(row), ['guide.md:5:1 no-empty-sections']);
});

test('vitepress: a top-level srcDir is read, before or after nested objects', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const root = tempSite({
    '.vitepress/config.mts': "export default {\n  themeConfig: {nav: [{text: 'a', link: '/a'}]},\n  srcDir: 'src',\n  vite: {build: {srcDir: 'nope'}},\n}\n",
    'src/index.md': '# Home\n\nWelcome.\n',
    'src/guide.md': page,
  });
  assert.equal((await siteFor(root)).config.srcDir, 'src');
  const {findings} = await lintRule({rule: 'no-empty-sections', fixture: root});
  assert.deepEqual(findings.map(row), ['src/guide.md:5:1 no-empty-sections']);
});
