// A folder named on the command line asks git only what it tracks below that folder (a literal
// pathspec), not the whole repository's index: the same files are walked and skipped as with the
// whole listing, and a folder name holding glob characters is read as written.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {postlintJson} from './helpers.mjs';
import {git, gitRepo, write} from './git-helpers.mjs';
import {forgetTracked, trackedPaths} from '../dist/src/git.js';

const files = {
  '.gitignore': '/build/\n',
  'docs/.gitignore': 'drafts/\n',
  'docs/index.md': '# Home\n\nText.\n',
  'other/page.md': '# Other\n\n## Empty\n\n## Next\n\nText.\n',
  'a*/x.md': '# X\n\nText.\n',
  'ab/y.md': '# Y\n\nText.\n',
};

/** The files a run on `folder` (from the repository's top) checks, and its findings. */
function run(root, folder) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', folder], {cwd: root});
  return {
    checked: json.map((file) => file.filePath.slice(root.length + 1)).sort(),
    found: json.flatMap((file) => file.messages.map((message) => `${file.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId}`)).sort(),
  };
}

test('a named folder: a tracked file under an ignored folder is checked, an untracked one is skipped', () => {
  const root = gitRepo(files);
  write(root, 'docs/drafts/kept.md', '# Kept\n\n## Empty\n\n## Next\n\nText.\n');
  write(root, 'docs/drafts/local.md', '# Local\n\n## Empty\n\n## Next\n\nText.\n');
  git(root, 'add', '-f', 'docs/drafts/kept.md');
  assert.deepEqual(run(root, 'docs'), {checked: ['docs/drafts/kept.md', 'docs/index.md'], found: ['docs/drafts/kept.md:3:1 no-empty-sections']});
  // Named itself: a file is tracked below it, so the ignore line still skips the untracked one.
  assert.deepEqual(run(root, 'docs/drafts').checked, ['docs/drafts/kept.md']);
});

test('a named folder that an ignore line lists: walked whole while git tracks nothing below it; with a tracked file there, the lines above still skip untracked ones', () => {
  const root = gitRepo({...files, '.gitignore': '/build/\n*.tmp.md\n'});
  write(root, 'build/page.md', '# Page\n\nText.\n');
  write(root, 'build/scratch.tmp.md', '# Scratch\n\nText.\n');
  assert.deepEqual(run(root, 'build').checked, ['build/page.md', 'build/scratch.tmp.md']);
  git(root, 'add', '-f', 'build/page.md');
  assert.deepEqual(run(root, 'build').checked, ['build/page.md']);
});

test('what git tracks below a folder: that folder\'s files only, its name read literally, and the folders holding them', () => {
  const root = gitRepo(files);
  forgetTracked();
  const below = trackedPaths(root, join(root, 'a*'));
  assert.deepEqual([...below.files], [join(root, 'a*', 'x.md')]);
  assert.ok(below.folders.has(join(root, 'a*')) && !below.folders.has(join(root, 'ab')));
  assert.deepEqual([...trackedPaths(root, join(root, 'docs')).files].sort(), [join(root, 'docs', '.gitignore'), join(root, 'docs', 'index.md')]);
  assert.equal(trackedPaths(root, join(root, 'nothing')).files.size, 0);
  // The whole listing, once read, answers for any folder.
  const whole = trackedPaths(root);
  assert.equal(whole.files.size, 6);
  assert.equal(trackedPaths(root, join(root, 'docs')), whole);
  assert.equal(trackedPaths(root, join(root, '..')), undefined);
});
