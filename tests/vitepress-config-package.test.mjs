// A VitePress config made by another package (fixtures/vitepress-config-package): `defineConfig` from a theme package,
// or `extends` of a package's config, may set its own markdown.anchor (slugify, heading text), so fragments into
// automatic ids are unverifiable with one notice naming the package; VitePress's own defineConfig, and a package
// known to leave `markdown` alone, still have their broken fragments reported at line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {findings, postlintJson} from './helpers.mjs';

const root = fileURLToPath(new URL('../fixtures/vitepress-config-package', import.meta.url));
// The generators' index first: it settles the generator modules' import order.
await import('../dist/src/site/generators/index.js');
const {configPackage} = await import('../dist/src/site/generators/vitepress-config-package.js');

const {json} = postlintJson(['--offline', '--no-config', '--rule', 'spelling:off', '.'], {cwd: root});
const rows = findings(json, root).sort();

test('vitepress config package: VitePress own defineConfig and a markdown-neutral package still report broken fragments', () => {
  assert.deepEqual(
    rows.filter((row) => /^(?:plain|neutral|commented)\//.test(row)),
    [
      // A commented-out import of a theme package's defineConfig is no import: VitePress's own config.
      'commented/guide.md:3:5 no-broken-anchors',
      'commented/guide.md:3:82 no-broken-anchors',
      'commented/guide.md:5:5 no-missing-files',
      'neutral/guide.md:3:5 no-broken-anchors', // #light-the-lamp: VitePress's slugify keeps "(wick)" (light-wick-the-lamp)
      'neutral/guide.md:3:82 no-broken-anchors', // #oil
      'neutral/guide.md:5:5 no-missing-files',
      'plain/guide.md:3:5 no-broken-anchors',
      'plain/guide.md:3:82 no-broken-anchors',
      'plain/guide.md:5:5 no-missing-files',
    ],
  );
});

test('vitepress config package: a theme package\'s defineConfig or an extended package config leaves automatic ids unverifiable, explicit ids and missing pages still checked', () => {
  assert.deepEqual(
    rows.filter((row) => /^(?:wrapped|extended|arrow)\//.test(row)),
    ['arrow/guide.md:5:5 no-missing-files', 'extended/guide.md:5:5 no-missing-files', 'wrapped/guide.md:5:5 no-missing-files'],
  );
  for (const [site, pkg] of [['wrapped', '@lamplight/vitepress-theme'], ['extended', '@lamplight/theme'], ['arrow', '@lamplight/press-kit']]) {
    const guide = json.find((file) => file.filePath === join(root, site, 'guide.md'));
    // #trim is the explicit {#trim}: known, and not listed.
    assert.deepEqual(guide.unverifiable.map((u) => `${u.line}:${u.column} ${u.url}`), ['3:5 ./lanterns.md#light-the-lamp', '3:82 ./lanterns.md#oil']);
    assert.match(guide.unverifiable[0].reason, new RegExp(`gets its config from the package "${pkg.replace('/', '\\/')}", which may set its own markdown\\.anchor`));
  }
});

test('vitepress config package: which package makes the exported config', () => {
  assert.equal(configPackage("import { defineConfig } from 'vitepress'\nexport default defineConfig({})"), undefined);
  assert.equal(configPackage("import { defineConfig } from 'vitepress'\n// import { defineConfig } from '@acme/theme'\nexport default defineConfig({})"), undefined);
  assert.equal(configPackage("import { defineConfig } from 'vitepress'\n/* import { defineConfig } from '@acme/theme' */\nexport default defineConfig({})"), undefined);
  assert.equal(configPackage("import { defineConfig } from '@acme/press/config'\nexport default defineConfig({})"), '@acme/press');
  assert.equal(configPackage("import { defineConfig as d } from 'vitepress'\nimport { withPress } from 'press-kit'\nexport default withPress(d({}))"), 'press-kit');
  assert.equal(configPackage("import { defineConfig } from 'acme-theme'\nconst config = defineConfig({})\nexport default config"), 'acme-theme');
  assert.equal(configPackage("import { defineConfig } from 'acme-theme'\nexport default async () => {\n  return defineConfig({})\n}"), 'acme-theme');
  // A package's helper for one option (a sidebar), or a `return` in a helper before the config's, is not the config.
  assert.equal(configPackage("import { defineConfig } from 'vitepress'\nimport { sidebar } from 'side-kit'\nexport default defineConfig({themeConfig: {sidebar: sidebar({})}})"), undefined);
  assert.equal(configPackage("import { defineConfig } from 'vitepress'\nimport { slug } from 'slugs'\nexport default () => {\n  const f = (s) => { return slug(s) }\n  return defineConfig({})\n}"), undefined);
  assert.equal(configPackage("import type { Theme } from 'acme-theme'\nimport { defineConfigWithTheme } from 'vitepress'\nexport default defineConfigWithTheme<Theme>({})"), undefined);
  assert.equal(configPackage("import { defineConfigWithTheme } from '@acme/press'\nexport default defineConfigWithTheme<Theme<Options>>({})"), '@acme/press');
  assert.equal(configPackage("import base from '@acme/theme/config'\nexport default {extends: base}"), '@acme/theme');
  assert.equal(configPackage("import defineVersionedConfig from 'vitepress-versioning-plugin'\nexport default defineVersionedConfig({}, __dirname)"), undefined);
  assert.equal(configPackage("import { defineConfig } from 'vitepress'\nimport { withMermaid } from 'vitepress-plugin-mermaid'\nexport default withMermaid(defineConfig({}))"), undefined);
});

test('vitepress config package: a config exported as a function gives the config its body returns (Vite calls it with the config env)', () => {
  const themed = "import { themeDefine } from '@acme/theme'\n";
  assert.equal(configPackage(themed + 'export default () => themeDefine({})'), '@acme/theme');
  assert.equal(configPackage(themed + 'export default async (env) => (themeDefine({}))'), '@acme/theme');
  assert.equal(configPackage(themed + 'export default async function () { const x = 1; return themeDefine({}) }'), '@acme/theme');
  assert.equal(configPackage(themed + 'const config = ({mode}) => themeDefine({})\nexport default config'), '@acme/theme');
  assert.equal(configPackage(themed + 'function config() { return themeDefine({}) }\nexport default config'), '@acme/theme');
  assert.equal(configPackage(themed + "import { defineConfig } from 'vitepress'\nexport default defineConfig(async () => themeDefine({}))"), '@acme/theme');
  assert.equal(configPackage("import base from '@acme/theme/config'\nexport default base"), '@acme/theme');
  // VitePress's own config, whatever the function shape; a package helper inside it makes no config.
  const own = "import { defineConfig } from 'vitepress'\nimport { sidebar } from '@acme/theme'\n";
  assert.equal(configPackage(own + 'export default () => defineConfig({themeConfig: {sidebar: sidebar()}})'), undefined);
  assert.equal(configPackage(own + 'export default (env): Promise<UserConfig> => { if (env.mode) { return defineConfig({}) } return defineConfig({}) }'), undefined);
  assert.equal(configPackage(own + 'export default (defineConfig({}))'), undefined);
  assert.equal(configPackage(own + 'const f = () => sidebar()\nexport default function () { return defineConfig({}) }'), undefined);
});
