import {createRequire} from 'node:module';
import {dirname, relative, resolve} from 'node:path';
import {toPosix} from './paths.js';
import {UsageError} from './errors.js';

/** git's well-known empty tree: the base of a repository that has no commit yet. */
const emptyTree = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** One changed path from `git diff --name-status`, absolute. */
export interface Change {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  path: string;
  /** The path before a rename. */
  from?: string;
}

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

// node:child_process loads on first use: most runs never start git.
const require = createRequire(import.meta.url);

function git(cwd: string, args: string[]): GitResult {
  const {spawnSync} = require('node:child_process') as typeof import('node:child_process');
  const result = spawnSync('git', args, {cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? '--changed and --staged need git, which is not on PATH' : `git failed: ${result.error.message}`);
  }
  return {ok: result.status === 0, stdout: result.stdout, stderr: result.stderr};
}

/** The repository's top folder, or undefined outside a git work tree. */
export function gitTopLevel(cwd: string): string | undefined {
  try {
    const result = git(cwd, ['rev-parse', '--show-toplevel']);
    return result.ok ? result.stdout.trim() : undefined;
  } catch {
    return undefined;
  }
}

function verify(top: string, ref: string): string | undefined {
  const result = git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return result.ok ? result.stdout.trim() : undefined;
}

function mergeBase(top: string, a: string, b: string): string | undefined {
  const result = git(top, ['merge-base', a, b]);
  return result.ok ? result.stdout.trim() : undefined;
}

/**
 * The commit to compare against when no --base is given: the merge base with the branch's
 * upstream, else with the remote's default branch, else with a local default branch
 * (init.defaultBranch, main, master) when on another branch. Undefined when there is none:
 * then the index and working tree are compared with HEAD.
 */
export function defaultBase(top: string): {base: string; ref: string} | undefined {
  if (!verify(top, 'HEAD')) return undefined;
  const candidates: string[] = ['@{upstream}'];
  const remoteHead = git(top, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  if (remoteHead.ok) candidates.push(remoteHead.stdout.trim());
  const current = git(top, ['symbolic-ref', '--quiet', '--short', 'HEAD']).stdout.trim();
  const configured = git(top, ['config', '--get', 'init.defaultBranch']).stdout.trim();
  for (const name of [configured, 'main', 'master']) if (name && name !== current) candidates.push(`refs/heads/${name}`);
  for (const ref of candidates) {
    if (!verify(top, ref)) continue;
    const base = mergeBase(top, 'HEAD', ref);
    if (base) return {base, ref};
  }
  return undefined;
}

/** The base commit for an explicit --base REF: its merge base with HEAD (what a pull request shows), else REF itself. */
export function baseFor(top: string, ref: string): string {
  const commit = verify(top, ref);
  if (!commit) throw new UsageError(`--base ${ref}: no such commit, branch or tag in ${top}`);
  return (verify(top, 'HEAD') && mergeBase(top, 'HEAD', commit)) || commit;
}

/** HEAD, or the empty tree before the first commit. */
export function headOrEmpty(top: string): string {
  return verify(top, 'HEAD') ?? emptyTree;
}

/** Changes between `base` and the working tree (staged and not), untracked files included. */
export function changesSince(top: string, base: string): Change[] {
  const changes = diff(top, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', base]);
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '-z']);
  for (const path of untracked.stdout.split('\0')) if (path) changes.push({status: 'added', path: resolve(top, path)});
  return changes;
}

/** Changes in the index (what `git commit` would record). */
export function stagedChanges(top: string): Change[] {
  return diff(top, ['diff', '--cached', '--name-status', '-z', '-M', '--no-ext-diff', headOrEmpty(top)]);
}

function diff(top: string, args: string[]): Change[] {
  // Run at the top level so paths are relative to it whatever diff.relative says.
  const result = git(top, args);
  if (!result.ok) throw new UsageError(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  const fields = result.stdout.split('\0');
  const changes: Change[] = [];
  for (let i = 0; i + 1 < fields.length; ) {
    const status = fields[i++]!;
    if (!status) break;
    const letter = status[0];
    if (letter === 'R' || letter === 'C') {
      const from = resolve(top, fields[i++]!);
      const path = resolve(top, fields[i++]!);
      changes.push(letter === 'R' ? {status: 'renamed', path, from} : {status: 'added', path});
      continue;
    }
    const path = resolve(top, fields[i++]!);
    changes.push({status: letter === 'D' ? 'deleted' : letter === 'A' ? 'added' : 'modified', path});
  }
  return changes;
}

/** The paths git tracks in one repository (its index), absolute, and every folder that holds one. */
export interface TrackedPaths {
  files: Set<string>;
  folders: Set<string>;
}

const trackedCache = new Map<string, TrackedPaths | null>();

/**
 * What git tracks in the repository whose top folder is `top`, read once a process; undefined
 * when git cannot tell (not on PATH, not a repository, one git refuses to read). Git ignores only
 * untracked files: a tracked file matched by a `.gitignore` line is still part of the repository.
 * With `below` (a folder in the repository), only what is tracked below it, which answers for
 * paths at or below it alone (the folders above it that hold it are listed too): a walk of one
 * folder of a large repository does not read the whole index's paths. The whole listing, once
 * read, answers for every folder.
 */
export function trackedPaths(top: string, below?: string): TrackedPaths | undefined {
  const root = resolve(top);
  const scope = below === undefined ? '' : toPosix(relative(root, resolve(below)));
  if (scope.startsWith('..')) return undefined;
  const whole = trackedCache.get(root);
  if (whole !== undefined || scope === '') return whole === undefined ? readTracked(root, '') : whole ?? undefined;
  return readTracked(root, scope);
}

function readTracked(root: string, scope: string): TrackedPaths | undefined {
  const key = scope === '' ? root : `${root}\0${scope}`;
  const known = trackedCache.get(key);
  if (known !== undefined) return known ?? undefined;
  let tracked: TrackedPaths | null = null;
  try {
    // The index, not HEAD: a file added but not yet committed is tracked too. Paths are relative to `root`;
    // the scope is a literal path (no glob), and git lists what is below it.
    const result = git(root, ['ls-files', '-z', '--cached', ...(scope === '' ? [] : ['--', `:(literal)${scope}`])]);
    if (result.ok) {
      tracked = {files: new Set(), folders: new Set()};
      for (const name of result.stdout.split('\0')) {
        if (!name) continue;
        const path = resolve(root, name);
        tracked.files.add(path);
        for (let dir = dirname(path); dir.length > root.length && !tracked.folders.has(dir); dir = dirname(dir)) tracked.folders.add(dir);
      }
    }
  } catch {
    tracked = null;
  }
  trackedCache.set(key, tracked);
  return tracked ?? undefined;
}

/**
 * The files git tracks (its index) in the repository whose top folder is `top` that have one of
 * these names, at any depth: git filters with a pathspec, so a large repository's listing is never
 * built here. Empty when git cannot tell (not on PATH, not a repository, one git refuses to read).
 */
export function trackedNamed(top: string, names: readonly string[]): string[] {
  try {
    const result = git(top, ['ls-files', '-z', '--cached', '--', ...names.map((name) => `:(glob)**/${name}`)]);
    const root = resolve(top);
    return result.ok ? result.stdout.split('\0').filter((name) => name !== '').map((name) => resolve(root, name)) : [];
  } catch {
    return [];
  }
}

/** Read the index again from now on (the language server after a commit or checkout). */
export function forgetTracked(): void {
  trackedCache.clear();
}
