import {existsSync} from 'node:fs';
import {readSmallFile} from './read-text.js';
import {lstat, readdir, realpath, stat} from 'node:fs/promises';
import {dirname, join, relative, resolve, sep} from 'node:path';
import ignore, {type Ignore} from 'ignore';
import {UsageError} from './errors.js';
import {matchesGlobs} from './config.js';
import {toPosix} from './paths.js';

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
}

/** Folders never walked into (a file created in one is not part of the run either). */
export const skipDirs = new Set(['node_modules', '.git', '.hg', '.svn', '.postlint-cache']);
const ignoreFiles = ['.gitignore', '.postlintignore'];
const globChars = /[*?[\]{}!]/;

interface Scope {
  dir: string;
  rules: Ignore;
}

/**
 * Turn the command line's paths and globs into a sorted list of files.
 * Folders are walked (honouring .gitignore and .postlintignore at every level); a file named
 * on the command line is taken whatever its extension; symlinked folders are followed once.
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
        const matches = await glob(input, {cwd: options.cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**']});
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
      if (!configIgnored(absolute) && !isIgnored(parentScopes(absolute, options.cwd, ['.postlintignore']), absolute, false)) found.add(absolute);
      continue;
    }
    // A folder named on the command line is walked even when an ignore file above it lists it
    // (say, a generated site under a gitignored build folder): naming it is asking for it.
    const above = parentScopes(absolute, options.cwd);
    const scopes = isIgnored(above, absolute, true) ? [] : above;
    const tree = options.followSymlinks ? undefined : await realpath(absolute).catch(() => absolute);
    await walk(absolute, scopes, new Set(), found, wanted, configIgnored, {cwd: options.cwd, tree, warn: options.warn ?? ((line) => process.stderr.write(`${line}\n`))});
  }
  return [...found].sort(comparePaths);
}

/** Deterministic order: by path, code point by code point (locale-independent). */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function walk(
  dir: string,
  inherited: Scope[],
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
  const own = readIgnoreFiles(dir);
  if (own) scopes.push({dir, rules: own});
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
          if (!isIgnored(scopes, path, isDir) && !configIgnored(path)) {
            bounds.warn(`postlint: ${relative(bounds.cwd, path) || path} is a symbolic link out of the checked folder; not followed (set followSymlinks to follow it)`);
          }
          continue;
        }
      }
    }
    if (isDir && skipDirs.has(entry.name)) continue;
    if (isIgnored(scopes, path, isDir) || configIgnored(path)) continue;
    if (isDir) await walk(path, scopes, seen, found, wanted, configIgnored, bounds);
    else if (isFile && wanted(entry.name)) found.add(path);
  }
}

interface WalkBounds {
  cwd: string;
  /** The real path of the folder named on the command line; undefined when links may lead anywhere. */
  tree: string | undefined;
  warn: (line: string) => void;
}

function isIgnored(scopes: Scope[], path: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const rel = toPosix(relative(scope.dir, path));
    if (rel && !rel.startsWith('..') && scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

function readIgnoreFiles(dir: string, names: string[] = ignoreFiles): Ignore | undefined {
  let rules: Ignore | undefined;
  for (const name of names) {
    let text: string;
    try {
      // Regular files only, size-limited; a refused one (a link to /dev/zero, a FIFO) is said once.
      text = readSmallFile(join(dir, name));
    } catch {
      continue;
    }
    rules ??= ignore();
    rules.add(text);
  }
  return rules;
}

/**
 * Ignore files in the folders above a walked path still apply to it, as in git: up to the
 * repository's root (the nearest folder with a .git), or else up to the working directory.
 */
function parentScopes(start: string, cwd: string, names: string[] = ignoreFiles): Scope[] {
  const scopes: Scope[] = [];
  const top = gitRoot(start) ?? resolve(cwd);
  if (start === top || !start.startsWith(top === sep ? top : top + sep)) return scopes;
  for (let dir = dirname(start); ; dir = dirname(dir)) {
    const rules = readIgnoreFiles(dir, names);
    if (rules) scopes.unshift({dir, rules});
    if (dir === top || dir === dirname(dir)) break;
  }
  return scopes;
}

function gitRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dir === dirname(dir)) return undefined;
  }
}
