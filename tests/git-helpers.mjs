// Real temporary git repositories for the changed-files and pre-commit tests.
import {spawnSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {tempSite} from './helpers.mjs';

// The tests' commits must not depend on the machine's git config (identity, hooks, signing).
export const gitEnv = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Run git in `cwd`; throws with git's stderr when it fails. */
export function git(cwd, ...args) {
  const result = spawnSync('git', args, {cwd, encoding: 'utf8', env: {...process.env, ...gitEnv}});
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A temporary repository holding `files`, committed on branch main. */
export function gitRepo(files) {
  const root = tempSite(files, 'postlint-git-');
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'initial');
  return root;
}

export function write(root, path, content) {
  mkdirSync(dirname(join(root, path)), {recursive: true});
  writeFileSync(join(root, path), content);
}

export function remove(root, path) {
  rmSync(join(root, path));
}

