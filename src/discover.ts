import {lstat, readdir, realpath, stat} from 'node:fs/promises';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {UsageError} from './errors.js';
import {matchesGlobs} from './config.js';
import {toPosix} from './paths.js';
import {gitRoot, ignoredBy, isWalkIgnored, isWithin, ownIgnoreFile, readScope, repositoryOf, type IgnoreScope, type Repository} from './ignore-files.js';

export interface DiscoverOptions {
  cwd: string;
  extensions: string[];
  /** Globs relative to `ignoreBase` (from the config's `ignore`). */
  ignore: string[];
  ignoreBase: string;
  /** Walk symbolic links that lead out of the folder being walked (config `followSymlinks`). */
  followSymlinks?: boolean;
  /** Where to say what was skipped (an unreadable folder, a link out of the tree). */
  warn?: (line: string) => void;
  /** Where --verbose notes go (how ignore files were read). */
  note?: (line: string) => void;
  /**
   * Told of each folder walked from the command line and of each file the walk passes (not
   * ignored) whose name is in `names`, whatever its extension: site detection learns of configs
   * that read pages outside their own folder without listing folders of its own.
   */
  witness?: {names: ReadonlySet<string>; walked(folder: string): void; seen(file: string): void};
}

/**
 * Folders never walked into (a file created in one is not part of the run either): version control's,
 * postlint's cache, and the folders package managers install third-party packages into by default
 * (npm's `node_modules`; Bower's `bower_components`, its `directory` setting's default; jspm's
 * `jspm_packages`): what is there is the packages' authors' writing, committed or not.
 */
export const skipDirs = new Set(['node_modules', 'bower_components', 'jspm_packages', '.git', '.hg', '.svn', '.postlint-cache']);
const globChars = /[*?[\]{}!]/;

/**
 * Turn the command line's paths and globs into a sorted list of files.
 * Folders are walked (honouring .gitignore and .postlintignore at every level; a file git
 * tracks is walked whatever .gitignore says, as git itself does); a file named on the command
 * line is taken whatever its extension; symlinked folders are followed once.
 */
export async function discover(inputs: string[], options: DiscoverOptions): Promise<string[]> {
  const found = new Set<string>();
  const extensions = new Set(options.extensions.map((ext) => (ext.startsWith('.') ? ext : `.${ext}`).toLowerCase()));
  const configIgnored = (path: string): boolean =>
    options.ignore.length > 0 && matchesGlobs(toPosix(relative(options.ignoreBase, path)), options.ignore);
  const wanted = (name: string): boolean => {
    const dot = name.lastIndexOf('.');
    return dot > 0 && extensions.has(name.slice(dot).toLowerCase());
  };

  for (const input of inputs.length > 0 ? inputs : ['.']) {
    const absolute = resolve(options.cwd, input);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      if (globChars.test(input)) {
        const {glob} = await import('tinyglobby');
        const matches = await glob(input, {cwd: options.cwd, absolute: true, ignore: [...skipDirs].map((name) => `**/${name}/**`)});
        if (matches.length === 0) throw new UsageError(`No files match the pattern "${input}"`);
        for (const match of matches) if (!configIgnored(match)) found.add(resolve(match));
        continue;
      }
      const link = await lstat(absolute).catch((error: NodeJS.ErrnoException) => error);
      if (link instanceof Error) {
        if (link.code === 'EACCES' || link.code === 'EPERM') throw new UsageError(`Permission denied: ${input} (a folder on its path cannot be entered)`);
      } else if (link.isSymbolicLink()) {
        throw new UsageError(`Broken or looping symbolic link: ${input}`);
      }
      throw new UsageError(`No such file or directory: ${input}`);
    }
    if (!info.isDirectory()) {
      // Files named on the command line are checked whatever they are (the engine reports what it
      // cannot read), and whatever .gitignore says; postlint's own ignore lists still apply, so
      // that a pre-commit hook handing over every staged file skips what the user excluded.
      if (!configIgnored(absolute) && !isWalkIgnored(parentScopes(absolute, options.cwd, [ownIgnoreFile]), absolute, false, undefined)) found.add(absolute);
      continue;
    }
    // A folder named on the command line is walked even when an ignore file above it lists it
    // (say, a generated site under a gitignored build folder): naming it is asking for it.
    const above = parentScopes(absolute, options.cwd);
    // Only this folder's paths are asked of git (the walk stays in it).
    const repository = repositoryOf(absolute, options.cwd, absolute);
    const scopes = isWalkIgnored(above, absolute, true, repository) ? [] : above;
    const tree = options.followSymlinks ? undefined : await realpath(absolute).catch(() => absolute);
    options.witness?.walked(absolute);
    await walk(absolute, scopes, new Set(), found, wanted, configIgnored, {cwd: options.cwd, tree, repository, warn: options.warn ?? ((line) => process.stderr.write(`${line}\n`)), ...(options.note ? {note: options.note} : {}), ...(options.witness ? {witness: options.witness} : {})});
  }
  return [...found].sort(comparePaths);
}

/** Deterministic order: by path, code point by code point (locale-independent). */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function walk(
  dir: string,
  inherited: IgnoreScope[],
  seen: Set<string>,
  found: Set<string>,
  wanted: (name: string) => boolean,
  configIgnored: (path: string) => boolean,
  bounds: WalkBounds,
): Promise<void> {
  // A folder reached twice (a symlink loop, or two links to one place) is walked once.
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return;
  seen.add(real);
  const scopes = [...inherited];
  const own = readScope(dir);
  if (own) scopes.push(own);
  let entries;
  try {
    entries = await readdir(dir, {withFileTypes: true});
  } catch (error) {
    // An unreadable folder cannot be a message on a file, so it is a line on stderr (files are reported by the engine).
    const code = (error as NodeJS.ErrnoException).code;
    bounds.warn(`postlint: cannot read the folder ${relative(bounds.cwd, dir) || dir} (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(error)}); its files are not checked`);
    return;
  }
  entries.sort((a, b) => comparePaths(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (!target) continue;
      isDir = target.isDirectory();
      isFile = target.isFile();
      // A link out of the tree (to /usr, to /etc/passwd) is not followed unless asked: a checked-out
      // tree must not make postlint read or walk the rest of the machine.
      if (bounds.tree && (isDir || (isFile && wanted(entry.name)))) {
        const real = await realpath(path).catch(() => undefined);
        if (!real || (real !== bounds.tree && !real.startsWith(bounds.tree === sep ? sep : bounds.tree + sep))) {
          if (!isWalkIgnored(scopes, path, isDir, bounds.repository) && !configIgnored(path)) {
            bounds.warn(`postlint: ${relative(bounds.cwd, path) || path} is a symbolic link out of the checked folder; not followed (set followSymlinks to follow it)`);
          }
          continue;
        }
      }
    }
    if (isDir && skipDirs.has(entry.name)) continue;
    if (isWalkIgnored(scopes, path, isDir, bounds.repository)) {
      noteWithoutGit(scopes, path, isDir, bounds);
      continue;
    }
    if (configIgnored(path)) continue;
    if (isDir) await walk(path, scopes, seen, found, wanted, configIgnored, bounds);
    else if (isFile) {
      if (wanted(entry.name)) found.add(path);
      if (bounds.witness?.names.has(entry.name)) bounds.witness.seen(path);
    }
  }
}

interface WalkBounds {
  cwd: string;
  /** The real path of the folder named on the command line; undefined when links may lead anywhere. */
  tree: string | undefined;
  /** The repository walked (git ignores only what it does not track). */
  repository: Repository;
  warn: (line: string) => void;
  note?: (line: string) => void;
  /** The no-git note was given (once a walk). */
  noted?: boolean;
  witness?: DiscoverOptions['witness'];
}

/** Say once (--verbose) that without git a `.gitignore` line skips files git might track. */
function noteWithoutGit(scopes: IgnoreScope[], path: string, isDir: boolean, bounds: WalkBounds): void {
  if (!bounds.note || bounds.noted || bounds.repository.tracked()) return;
  const match = ignoredBy(scopes, path, isDir, 'git');
  if (!match || ignoredBy(scopes, path, isDir, 'own')) return;
  bounds.noted = true;
  bounds.note(`postlint: ${relative(bounds.cwd, path) || path} is skipped by ${relative(bounds.cwd, match.file) || match.file} (${match.pattern}); with no git repository to ask, every path a .gitignore lists is skipped, tracked or not`);
}

/**
 * Ignore files in the folders above a walked path still apply to it, as in git: up to the
 * repository's root (the nearest folder with a .git), or else up to the working directory.
 */
export function parentScopes(start: string, cwd: string, names?: readonly string[]): IgnoreScope[] {
  const scopes: IgnoreScope[] = [];
  const top = gitRoot(start) ?? resolve(cwd);
  if (start === top || !isWithin(start, top)) return scopes;
  for (let dir = dirname(start); ; dir = dirname(dir)) {
    const scope = readScope(dir, names);
    if (scope) scopes.unshift(scope);
    if (dir === top || dir === dirname(dir)) break;
  }
  return scopes;
}
