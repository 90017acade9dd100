/**
 * Ignore files (`.gitignore`, `.postlintignore`) as git reads them: each file's lines apply to the
 * paths below its folder, the folders above a path count up to the repository's top, and git
 * ignores only files it does not track. Shared by discovery (what is walked) and the site index
 * (a link into a git-ignored path the repository lacks is build output, not a missing file).
 */
import {existsSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import ignore, {type Ignore} from 'ignore';
import {toPosix} from './paths.js';
import {trackedPaths, type TrackedPaths} from './git.js';
import {readSmallFile} from './read-text.js';

export const gitIgnoreFile = '.gitignore';
export const ownIgnoreFile = '.postlintignore';

/**
 * The ignore files of one folder: git's and postlint's own apart (only git's yield to tracking),
 * and both read as one list, postlint's last (so that `!generated/` in `.postlintignore` checks
 * what `.gitignore` leaves out).
 */
export interface IgnoreScope {
  dir: string;
  git?: Ignore;
  own?: Ignore;
  both: Ignore;
}

/** Where a path is ignored: the ignore file and the line (pattern) that decides. */
export interface IgnoreMatch {
  file: string;
  pattern: string;
}

function readLines(path: string): string | undefined {
  try {
    // Regular files only, size-limited; a refused one (a link to /dev/zero, a FIFO) is said once.
    return readSmallFile(path);
  } catch {
    return undefined;
  }
}

/** The ignore files of one folder (`names` limits which are read), or undefined when it has none. */
export function readScope(dir: string, names: readonly string[] = [gitIgnoreFile, ownIgnoreFile]): IgnoreScope | undefined {
  const gitText = names.includes(gitIgnoreFile) ? readLines(join(dir, gitIgnoreFile)) : undefined;
  const ownText = names.includes(ownIgnoreFile) ? readLines(join(dir, ownIgnoreFile)) : undefined;
  if (gitText === undefined && ownText === undefined) return undefined;
  const both = ignore();
  for (const text of [gitText, ownText]) if (text !== undefined) both.add(text);
  return {
    dir,
    both,
    ...(gitText !== undefined ? {git: ignore().add(gitText)} : {}),
    ...(ownText !== undefined ? {own: ignore().add(ownText)} : {}),
  };
}

/** Which ignore file of the scopes ignores the path (`both`: either), and by which line; the first scope that does. */
export function ignoredBy(scopes: readonly IgnoreScope[], path: string, isDir: boolean, kind: 'git' | 'own' | 'both'): IgnoreMatch | undefined {
  for (const scope of scopes) {
    const rules = scope[kind];
    if (!rules) continue;
    const rel = toPosix(relative(scope.dir, path));
    if (!rel || rel.startsWith('..')) continue;
    const result = rules.test(isDir ? `${rel}/` : rel);
    if (result.ignored) return {file: join(scope.dir, kind === 'own' || (kind === 'both' && !scope.git) ? ownIgnoreFile : gitIgnoreFile), pattern: result.rule?.pattern ?? ''};
  }
  return undefined;
}

/** The nearest folder at or above `start` that holds a `.git` (a repository's top, or a submodule's). */
export function gitRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dir === dirname(dir)) return undefined;
  }
}

/** Is `path` below (or at) `top`? */
export function isWithin(path: string, top: string): boolean {
  return path === top || path.startsWith(top === sep ? top : top + sep);
}

/**
 * The repository a path is in: its top folder (or, without one, the working folder, up to which
 * ignore files are read) and what git tracks there, asked only when an ignore line matches.
 */
export class Repository {
  private known: TrackedPaths | null | undefined;
  private knownBelow: TrackedPaths | null | undefined;

  constructor(
    readonly top: string,
    /** The folder holding `.git`, when there is one. */
    private readonly root: string | undefined,
    /** The folder a walk stays in (a folder named on the command line): what git tracks is read for it alone while only paths in it are asked. */
    private readonly walked?: string,
  ) {}

  /** What git tracks (for `path`, when given); undefined without a repository git can read (then the ignore files alone decide). */
  tracked(path?: string): TrackedPaths | undefined {
    if (this.root === undefined) return undefined;
    if (this.known === undefined && this.walked !== undefined && (path === undefined || isWithin(path, this.walked))) {
      if (this.knownBelow === undefined) this.knownBelow = trackedPaths(this.root, this.walked) ?? null;
      return this.knownBelow ?? undefined;
    }
    if (this.known === undefined) this.known = trackedPaths(this.root) ?? null;
    return this.known ?? undefined;
  }

  /** Does git track this file, or (a folder) a file below it? False without git. */
  isTracked(path: string, isDir: boolean): boolean {
    const tracked = this.tracked(path);
    return tracked !== undefined && (isDir ? tracked.folders.has(path) : tracked.files.has(path));
  }
}

/** The repository of a path (found by its `.git`), else the working folder as the top, as discovery reads ignore files. */
export function repositoryOf(path: string, cwd: string, walked?: string): Repository {
  const root = gitRoot(path);
  return new Repository(root ?? resolve(cwd), root, walked);
}

/**
 * Is the path left out of a folder walk? By `.postlintignore` always; by `.gitignore` unless git
 * tracks it (git ignores only untracked files; without git the ignore file alone decides).
 */
export function isWalkIgnored(scopes: readonly IgnoreScope[], path: string, isDir: boolean, repository: Repository | undefined): boolean {
  if (!ignoredBy(scopes, path, isDir, 'both')) return false;
  if (!repository || ignoredBy(scopes, path, isDir, 'own')) return true;
  return !repository.isTracked(path, isDir);
}
