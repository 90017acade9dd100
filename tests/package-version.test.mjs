// The one reader of "which version of npm package X builds this site" (src/site/generators/package-version.ts),
// shared by the Docusaurus and VitePress version readers: lockfiles of each manager, read as text.
import {test} from 'node:test';
import assert from 'node:assert/strict';
// The package's entry first, as the CLI loads it (the generator modules import one another through the site index).
import '../dist/src/index.js';
import {installedVersion, lockedVersions, lowestOf, nearestDeclaredRange} from '../dist/src/site/generators/package-version.js';
import {relativeModuleFile} from '../dist/src/site/generators/js-source.js';
import {join} from 'node:path';
import {tempSite} from './helpers.mjs';

test('lockedVersions reads npm (v2+ and v1), yarn (v1 and berry) and pnpm keys (v9, v6 with peers)', () => {
  const npm = tempSite({'package-lock.json': JSON.stringify({packages: {'node_modules/@docusaurus/core': {version: '3.1.0'}}})});
  assert.deepEqual(lockedVersions(npm, '@docusaurus/core'), ['3.1.0']);
  const npmV1 = tempSite({'package-lock.json': JSON.stringify({dependencies: {vitepress: {version: '1.6.4'}}})});
  assert.deepEqual(lockedVersions(npmV1, 'vitepress'), ['1.6.4']);
  const yarn = tempSite({'yarn.lock': '"vitepress@^1.0.0", vitepress@^1.2.0:\n  version "1.6.4"\n  resolved "x"\n\n"vitepress-plugin@^1":\n  version "9.9.9"\n'});
  assert.deepEqual(lockedVersions(yarn, 'vitepress'), ['1.6.4']);
  const berry = tempSite({'yarn.lock': '"@docusaurus/core@npm:^2.4.0":\n  version: 2.4.3\n  resolution: "x"\n'});
  assert.deepEqual(lockedVersions(berry, '@docusaurus/core'), ['2.4.3']);
  const pnpm = tempSite({'pnpm-lock.yaml': "packages:\n\n  vitepress@2.0.0-alpha.5(postcss@8.4.0):\n    resolution: {}\n  /vitepress/1.0.0-rc.4_@algolia+client-search@4.19.1:\n    resolution: {}\n"});
  assert.deepEqual(lockedVersions(pnpm, 'vitepress'), ['2.0.0-alpha.5', '1.0.0-rc.4']);
  assert.deepEqual(lockedVersions(tempSite({'a.md': '# A\n'}), 'vitepress'), []);
});

test('the nearest package.json range (up to the workspace root that lists the site folder), its lowest version, and the installed copy', () => {
  const root = tempSite({'package.json': JSON.stringify({workspaces: ['docs'], devDependencies: {vitepress: '^2.0.0-alpha.16'}}), 'docs/package.json': JSON.stringify({name: 'docs'}), 'docs/node_modules/vitepress/package.json': JSON.stringify({version: '1.6.4'})});
  assert.equal(nearestDeclaredRange(join(root, 'docs'), 'vitepress'), '^2.0.0-alpha.16');
  assert.deepEqual(lowestOf('^2.0.0-alpha.16'), [2, 0, 0, ['alpha', 16]]);
  assert.deepEqual(lowestOf('2.x'), [2, 0, 0, []]);
  assert.equal(lowestOf('workspace:*'), undefined);
  assert.equal(installedVersion(join(root, 'docs'), 'vitepress'), '1.6.4');
});

test('relativeModuleFile resolves a relative import as Node and TypeScript bundlers do', () => {
  const root = tempSite({'config.mjs': '', 'locales.ts': '', 'lib/index.ts': '', 'data.json': '{}'});
  const from = join(root, 'config.mjs');
  assert.equal(relativeModuleFile(from, './locales'), join(root, 'locales.ts'));
  assert.equal(relativeModuleFile(from, './locales.js'), join(root, 'locales.ts'));
  assert.equal(relativeModuleFile(from, './lib'), join(root, 'lib', 'index.ts'));
  assert.equal(relativeModuleFile(from, './data.json'), join(root, 'data.json'));
  assert.equal(relativeModuleFile(from, './missing'), undefined);
});
