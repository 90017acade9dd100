// A package.json script of the site or its workspace root that copies other output into the site's
// output folder (`cp -rf api/dist/* docs/.vitepress/dist`): a site-root URL the checkout lacks may be
// served from it (unverifiable, naming the script); a copy of named files brings only those names.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempSite} from './helpers.mjs';

const generators = join(fixtures, 'generators');

function rows(site, args = ['--no-config']) {
  const {json} = postlintJson(['--offline', '--no-cache', ...args, '.'], {cwd: site});
  return {json, rows: findings(json, site).filter((row) => /no-missing-files/.test(row)).sort()};
}

test('build copies into the output folder: a globbed copy leaves site-root URLs unverifiable; a missing relative page is still reported', () => {
  assert.deepEqual(rows(join(generators, 'vitepress-output-copies')).rows, ['docs/index.md:4:27 no-missing-files']);
});

test('build copies into the output folder: showUnverifiable names the script that copies', () => {
  const config = tempSite({'postlint.json': JSON.stringify({rules: {'no-missing-files': ['error', {showUnverifiable: true}]}})});
  const {json} = rows(join(generators, 'vitepress-output-copies'), ['--config', `${config}/postlint.json`]);
  const messages = json.flatMap((file) => file.messages.map((message) => message.message));
  assert.ok(messages.some((message) => message.includes('"/http-api.html" cannot be checked') && message.includes('package.json build:docs → after:build-docs: cp -rf api/dist/* docs/.vitepress/dist')), messages.join('\n'));
});

test('build copies into the output folder: a copy of named files brings only those names', () => {
  assert.deepEqual(rows(join(generators, 'vitepress-output-copies-files')).rows, ['docs/index.md:3:6 no-missing-files']);
});

test('build copies into the output folder: a copy of a file the build wrote there (index.html to 404.html) brings only its new name', () => {
  // Before: any copy inside the output folder left every missing site-root URL unverifiable.
  assert.deepEqual(rows(join(generators, 'vitepress-output-copies-built')).rows, ['docs/index.md:3:6 no-missing-files']);
});
