// VitePress's config is often assembled: the exported object spreads objects imported from other
// files (`{...shared, locales}` with `srcDir` in ./shared.ts), goes through defineConfig/mergeConfig,
// or merges an `extends` base under it. postlint reads the settings in the order the object gets
// them (config-settings.ts); one it cannot read leaves what depends on it unverifiable, never guessed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures, tempSite} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const site = join(fixtures, 'generators', 'vitepress-shared-config');

test('vitepress: srcDir and cleanUrls from an imported object the config spreads; root links resolve below it', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const info = await siteFor(site);
  assert.equal(info.config.srcDir, 'docs');
  assert.equal(info.config.cleanUrls, true);
  assert.equal(info.config.srcDirUnknown, undefined);
  // `/guide/setup` is docs/guide/setup.md; the one page that does not exist is still reported, exactly.
  const {findings} = await lintRule({rule: 'no-missing-files', fixture: site});
  assert.deepEqual(findings.map(row), ['docs/index.md:3:80 no-missing-files']);
});

test('vitepress: root links with fragments below the imported srcDir get their anchors checked', async () => {
  const {findings} = await lintRule({rule: 'no-broken-anchors', fixture: site});
  assert.deepEqual(findings.map(row), ['docs/guide/setup.md:3:25 no-broken-anchors']);
});

const settings = async (files) => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  return (await siteFor(tempSite({...files, 'index.md': '# Home\n'}))).config;
};

test('vitepress: the last srcDir in spread order wins; extends is merged under the object; mergeConfig in order', async () => {
  const shared = "export const shared = {srcDir: 'src', cleanUrls: true}\n";
  assert.equal((await settings({'.vitepress/shared.ts': shared, '.vitepress/config.ts': "import {shared} from './shared'\nexport default {...shared, srcDir: 'pages'}\n"})).srcDir, 'pages');
  assert.equal((await settings({'.vitepress/shared.ts': shared, '.vitepress/config.ts': "import {shared} from './shared'\nexport default {srcDir: 'pages', ...shared}\n"})).srcDir, 'src');
  // VitePress merges `extends` under the object's own keys wherever it is written.
  assert.equal((await settings({'.vitepress/shared.ts': shared, '.vitepress/config.ts': "import {shared} from './shared'\nexport default {srcDir: 'pages', extends: shared}\n"})).srcDir, 'pages');
  assert.equal((await settings({'.vitepress/shared.ts': shared, '.vitepress/config.ts': "import {shared} from './shared'\nexport default defineConfig({extends: shared})\n"})).srcDir, 'src');
  assert.equal((await settings({'.vitepress/shared.ts': shared, '.vitepress/config.ts': "import {mergeConfig} from 'vitepress'\nimport {shared} from './shared'\nexport default mergeConfig(shared, {srcDir: 'b'})\n"})).srcDir, 'b');
  // A default export of a local binding, and a function whose body returns the config.
  assert.equal((await settings({'.vitepress/config.ts': "const config = defineConfig({srcDir: 'docs'})\nexport default config\n"})).srcDir, 'docs');
  assert.equal((await settings({'.vitepress/config.ts': "export default async () => {\n  const items = await load()\n  return defineConfig({srcDir: 'docs', themeConfig: {sidebar: items.map((x) => { return x })}})\n}\n"})).srcDir, 'docs');
});

test('vitepress: a srcDir postlint cannot read is unknown (a computed value, a spread of the site\'s own computed object after it)', async () => {
  const computed = await settings({'.vitepress/config.ts': "export default defineConfig({srcDir: process.env.DOCS_DIR})\n"});
  assert.equal(computed.srcDir, undefined);
  assert.match(computed.srcDirUnknown, /process\.env\.DOCS_DIR/);
  const fromCall = await settings({'.vitepress/config.ts': "export default {srcDir: 'docs', ...sharedConfig()}\n"});
  assert.match(fromCall.srcDirUnknown, /sharedConfig\(\) returns/);
  // A package's shared config (a theme's, an organisation's preset) does not know the site's folders: it sets no srcDir.
  assert.equal((await settings({'.vitepress/config.ts': "import {base} from '@acme/docs-config'\nexport default {srcDir: 'docs', ...base}\n"})).srcDir, 'docs');
  const themeBase = await settings({'.vitepress/config.ts': "import baseConfig from '@vue/theme/config'\nexport default defineConfigWithTheme({extends: baseConfig, title: 'Demo'})\n"});
  assert.equal(themeBase.srcDir, undefined);
  assert.equal(themeBase.srcDirUnknown, undefined);
  // The object's own srcDir after the spread is what the site gets.
  assert.equal((await settings({'.vitepress/config.ts': "import {base} from '@acme/docs-config'\nexport default {...base, srcDir: 'docs'}\n"})).srcDir, 'docs');
  // A module outside the site folder is not followed.
  assert.match((await settings({'.vitepress/config.ts': "import {shared} from '../../shared'\nexport default {...shared}\n"})).srcDirUnknown, /does not read/);
});

test('vitepress: with srcDir unknown a root link it cannot find is unverifiable; a missing relative link is still reported', async () => {
  const root = tempSite({
    '.vitepress/config.ts': "export default defineConfig({srcDir: process.env.DOCS_DIR ?? 'docs', cleanUrls: true})\n",
    'docs/index.md': '# Home\n\nSee [the guide](/guide/setup) and [the notes](./notes.md).\n',
  });
  const {findings, result} = await lintRule({rule: 'no-missing-files', fixture: root});
  assert.deepEqual(findings.map(row), ['docs/index.md:3:35 no-missing-files']);
  // The root link is unverifiable at its place, naming why.
  const unverifiable = result.files.flatMap((file) => file.data.unverifiable ?? []);
  assert.deepEqual(unverifiable.map((entry) => `${entry.line}:${entry.column} ${entry.url}`), ['3:5 /guide/setup']);
  assert.match(unverifiable[0].reason, /srcDir is unknown.*DOCS_DIR/);
});

test('vitepress: a regex literal holding a quote or `//` does not hide the keys after it; an object whose end is not found leaves srcDir unknown, never absent', async () => {
  const regexConfig = "export default defineConfig({\n  markdown: {config: (md) => { md.use(plugin, {pattern: /['\"]/, url: /^https?:\\/\\//, srcDir: 'x'}) }},\n  srcDir: 'src', cleanUrls: true,\n})\n";
  assert.equal((await settings({'.vitepress/config.ts': regexConfig})).srcDir, 'src');
  const root = tempSite({
    '.vitepress/config.ts': regexConfig,
    'src/guide/parameters.md': '# Parameters\n',
    'src/index.md': '# Home\n\nSee [parameters](/guide/parameters) and [typo](/guide/parmeters).\n',
  });
  const {findings} = await lintRule({rule: 'no-missing-files', fixture: root});
  assert.deepEqual(findings.map(row), ['src/index.md:3:41 no-missing-files']);
  const unclosed = await settings({'.vitepress/config.ts': "export default defineConfig({\n  title: `open ${'{'}\n  srcDir: 'src',\n"});
  assert.equal(unclosed.srcDir, undefined);
  assert.match(unclosed.srcDirUnknown, /could not find where the object ends/);
});

test('vitepress: a conditional spread makes unknown only the keys its branches set; returns that all set the same srcDir give it', async () => {
  const shared = "export const shared = defineConfig({srcDir: 'src', cleanUrls: true})\n";
  const netlify = await settings({'.vitepress/shared.ts': shared, '.vitepress/config.ts': "import {shared} from './shared'\nexport default defineConfig({\n  ...shared,\n  ...(process.env.NETLIFY ? {base: '/'} : {}),\n})\n"});
  assert.equal(netlify.srcDir, 'src');
  assert.equal(netlify.srcDirUnknown, undefined);
  // A branch that sets srcDir makes it unknown; `c && {…}` is read the same way; branches that agree keep it.
  assert.match((await settings({'.vitepress/shared.ts': shared, '.vitepress/config.ts': "import {shared} from './shared'\nexport default {...shared, ...(process.env.X ? {srcDir: 'docs'} : {})}\n"})).srcDirUnknown, /sets srcDir only in some cases/);
  assert.match((await settings({'.vitepress/shared.ts': shared, '.vitepress/config.ts': "import {shared} from './shared'\nexport default {...shared, ...(process.env.X && {srcDir: 'docs'})}\n"})).srcDirUnknown, /sets srcDir only in some cases/);
  assert.equal((await settings({'.vitepress/config.ts': "export default {...(process.env.X ? {srcDir: 'docs', base: '/a/'} : {srcDir: 'docs'})}\n"})).srcDir, 'docs');
  const twoReturns = (second) => `export default async () => {\n  if (process.env.X) return defineConfig({srcDir: 'src', title: 'a'})\n  return defineConfig({srcDir: '${second}', title: 'b'})\n}\n`;
  assert.equal((await settings({'.vitepress/config.ts': twoReturns('src')})).srcDir, 'src');
  assert.match((await settings({'.vitepress/config.ts': twoReturns('docs')})).srcDirUnknown, /sets srcDir only in some cases/);
  const root = tempSite({
    '.vitepress/shared.ts': shared,
    '.vitepress/config.ts': "import {shared} from './shared'\nexport default defineConfig({...shared, ...(process.env.NETLIFY ? {base: '/'} : {})})\n",
    'src/guide/parameters.md': '# Parameters\n',
    'src/index.md': '# Home\n\nSee [parameters](/guide/parameters) and [typo](/guide/parmeters).\n',
  });
  const {findings} = await lintRule({rule: 'no-missing-files', fixture: root});
  assert.deepEqual(findings.map(row), ['src/index.md:3:41 no-missing-files']);
});

test('js-source: one string- and regex-aware bracket reading, shared by every config reader', async () => {
  const {balanced, closedBody, topLevelParts} = await import('../dist/src/site/generators/js-source.js');
  assert.deepEqual(topLevelParts("a: 'x,y', b: /[,}]/g, c: `{${d}`, e: f(1, 2)"), ["a: 'x,y'", 'b: /[,}]/g', 'c: `{${d}`', 'e: f(1, 2)']);
  assert.equal(balanced("({logo: '<svg>)</svg>', n: 1}) + 2", 0), "{logo: '<svg>)</svg>', n: 1}");
  // Division is no regex literal; a bracket that never closes has no body (balanced reads to the end, as before).
  assert.equal(balanced('(a / 2, b / 3)', 0), 'a / 2, b / 3');
  assert.equal(closedBody("{a: 'b'", 0), undefined);
  assert.equal(balanced("{a: 'b'", 0), "a: 'b'");
});
