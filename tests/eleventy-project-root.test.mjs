// Eleventy reads dir.input, dir.output and --input from the folder it runs in (the project root),
// not from its config file's folder (11ty/eleventy ProjectDirectories; docs "Configuration";
// 11ty/eleventy#232). A package.json script above the config that runs `eleventy --config=./web/.eleventy.js`
// makes that package's folder the site's root: web/content/ is the input, its pages are checked.
// With no such script, an input folder that is no folder from the config's own is said as a notice,
// and every file is checked rather than left out as "outside the input". Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite} from './helpers.mjs';

const args = ['--offline', '--no-config', '--no-cache', '.'];
const config = 'module.exports = function () {\n  return {dir: {input: "./web/content", includes: "../_includes", output: "_site"}};\n};\n';
const page = '---\ntitle: Notes\n---\n# Notes\n\nSee [a lost page](/nowhere/) and [the guide](/guide/).\n';
const guide = '---\ntitle: Guide\n---\n# Guide\n\nRead on.\n';

test('eleventy --config=./web/.eleventy.js in the package above: the package folder is the project root, web/content/ the input', () => {
  const root = tempSite({'package.json': JSON.stringify({scripts: {build: 'npx @11ty/eleventy --config=./web/.eleventy.js'}}), 'web/.eleventy.js': config, 'web/content/notes.md': page, 'web/content/guide.md': guide, 'web/_includes/base.njk': '{{ content }}\n'});
  const result = postlintJson(['--verbose', ...args], {cwd: root});
  assert.deepEqual(findings(result.json, root).sort(), ['web/content/notes.md:6:5 no-missing-files']);
  assert.match(result.stderr, /site \. \(eleventy, from web\/\.eleventy\.js\)/);
  assert.doesNotMatch(result.stderr, /outside Eleventy's input folder/);
  // Run from the config's own folder, the site is still the project's.
  const inner = postlintJson(['--verbose', ...args], {cwd: `${root}/web`});
  assert.deepEqual(findings(inner.json, `${root}/web`).sort(), ['content/notes.md:6:5 no-missing-files']);
});

test('eleventy: an input folder that is none from the config\'s folder, and no script says where Eleventy runs: a notice, and no page is left out', () => {
  // Where the pages are served is unknown too: their site-root links are not judged.
  const root = tempSite({'web/.eleventy.js': config, 'web/content/notes.md': page});
  const result = postlintJson(['--verbose', ...args], {cwd: `${root}/web`});
  assert.deepEqual(findings(result.json, `${root}/web`).sort(), []);
  assert.match(result.stderr, /postlint: 1 file to check/);
  assert.match(result.stderr, /dir\.input "\.\/web\/content" of \.eleventy\.js is no folder from the config's folder/);
  assert.doesNotMatch(result.stderr, /left out/);
});
