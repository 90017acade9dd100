// The folders package managers install third-party packages into by default are never walked, as
// node_modules is not (src/discover.ts skipDirs): Bower's `bower_components` (its `directory`
// setting's default) and jspm's `jspm_packages`, committed or not. The site's own files beside them,
// and a file merely named like one, are still checked.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

const root = join(fixtures, 'package-install-folders');

test('bower_components and jspm_packages are not walked; the site\'s own files are checked', () => {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).sort(), ['docs/guide.md:3:1 no-placeholders', 'notes/bower_components.md:3:1 no-placeholders']);
});

test('a glob does not reach into them either', () => {
  const {json} = postlintJson(['--offline', '--no-config', '**/*.md'], {cwd: root});
  assert.deepEqual(findings(json, root).sort(), ['docs/guide.md:3:1 no-placeholders', 'notes/bower_components.md:3:1 no-placeholders']);
});
