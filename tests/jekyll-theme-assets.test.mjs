// Jekyll copies a theme's assets/ folder into the site (theme_assets_reader.rb), for a gem theme
// (`theme:`) and one jekyll-remote-theme downloads (`remote_theme:`) alike. Their files are not in the
// checkout: a missing /assets/… file may be the theme's (unverifiable, src/site/generators/jekyll-theme-assets.ts).
// A file of a folder the site keeps itself is missing; without a named theme it is missing; a path outside /assets/ is missing either way; a site file in other case stays a case warning.
// Fixture: fixtures/generators/jekyll-theme-assets. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, postlintJson, tempFolder} from './helpers.mjs';

function run(config, files = {}) {
  const root = tempFolder('postlint-jekyll-theme-assets-');
  cpSync(join(fixtures, 'generators', 'jekyll-theme-assets'), root, {recursive: true});
  if (config !== undefined) writeFileSync(join(root, '_config.yml'), config);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  return json.flatMap((file) => file.messages.map((message) => `${file.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId}`));
}

const outsideAssets = 'search.md:11:3 no-missing-files';
const otherCase = 'search.md:9:59 no-missing-files';
// In assets/images/posts/, a folder the site keeps itself: its file is the writer's, missing whatever the theme.
const ownFolder = 'search.md:13:5 no-missing-files';

test('jekyll: a remote theme or a gem theme may bring a missing /assets/ file; a path outside assets/, a case mismatch and a file of a folder the site keeps stay findings', () => {
  assert.deepEqual(run(), [otherCase, outsideAssets, ownFolder]);
  assert.deepEqual(run('title: Theme assets\ntheme: example-theme\n'), [otherCase, outsideAssets, ownFolder]);
});

test('jekyll: without a named theme the /assets/ file is missing', () => {
  assert.deepEqual(run('title: Theme assets\n'), ['search.md:7:24 no-missing-files', otherCase, outsideAssets, ownFolder]);
});

test('jekyll: assets/ itself is where the theme\'s files join the site\'s, so a missing file right in it (a theme\'s /assets/main.css) may be the theme\'s', () => {
  const page = {'style.md': '---\ntitle: Style\n---\n\nThe [stylesheet](/assets/main.css) the theme builds.\n'};
  assert.deepEqual(run(undefined, page), [otherCase, outsideAssets, ownFolder]);
  // Without a named theme it is missing, at its line and column.
  assert.deepEqual(run('title: Theme assets\n', page).filter((finding) => finding.startsWith('style.md')), ['style.md:5:5 no-missing-files']);
});
