/**
 * A script of another package a package-manager command runs, read as text: the package-manager
 * forms that pick a workspace package or a folder, and the script they run there.
 * - pnpm: `pnpm --filter <selector> [run] <script>` (also `-F`, `--filter=`), where the selector is
 *   a package name (its scope may be left out when one package has that name), or `./path` /
 *   `{./path}` from the folder pnpm runs in (pnpm.io "Filtering"); `pnpm -C <dir> [run] <script>`
 *   (`--dir`);
 * - npm: `npm run <script> -w <workspace>` (`--workspace`, `--workspace=`; a name or a folder,
 *   npm-workspaces), `npm --prefix <dir> run <script>`;
 * - yarn: `yarn workspace <name> [run] <script>`, `yarn --cwd <dir> [run] <script>`.
 * Workspace packages are the folders with a package.json that the workspace root's
 * `pnpm-workspace.yaml` `packages` or package.json `workspaces` globs name (negated globs left out).
 * Only what is certain counts: a glob selector (`@scope/*`), a dependency selector (`foo...`,
 * `^`), an exclusion (`!`), `--workspaces`/`-r` without a filter, or an option postlint does not
 * know, and no script is followed.
 */
import {dirname, join, relative, resolve} from 'node:path';
import picomatch from 'picomatch';
import {toPosix} from '../paths.js';
import {readSmallJsonObject as readJson} from '../read-text.js';
import {isWithin} from '../ignore-files.js';
import {workspaceGlobs} from './project-top.js';
import {walkFiles} from './generators/walk-files.js';

export interface OtherPackageScript {
  /** The package's folder, absolute. */
  dir: string;
  script: string;
}

/** Options that change nothing about which script runs where. */
const harmless = new Set(['--if-present', '--parallel', '--stream', '--aggregate-output', '--sequential', '--silent', '-s', '--no-bail', '--color', '--no-color', '--reporter-hide-prefix', '--workspace-concurrency', '--loglevel']);
/** Of those, the ones that take a value as the next word when not written `--x=value`. */
const takesValue = new Set(['--workspace-concurrency', '--loglevel']);
/** How deep below the workspace root packages are looked for, and how many folder entries at most. */
const maxDepth = 4;
const maxEntries = 50_000;

/**
 * The scripts of other packages the command `program args` (run in `cwd`) runs; undefined when it
 * runs none that way (a script of its own package, another command), [] when it does but which
 * one is not certain.
 */
export function otherPackageScripts(program: string, args: readonly string[], cwd: string): OtherPackageScript[] | undefined {
  const read = readArgs(program, args);
  if (read.selectors.length === 0 && read.dirs.length === 0) return undefined;
  if (read.unknown || read.script === undefined) return [];
  const dirs: string[] = read.dirs.map((dir) => resolve(cwd, dir));
  for (const selector of read.selectors) {
    const dir = selectPackage(selector, cwd, program === 'pnpm');
    if (dir === undefined) return [];
    dirs.push(dir);
  }
  return dirs.map((dir) => ({dir, script: read.script!}));
}

interface ReadArgs {
  /** Workspace package selectors (`--filter`, `-w`, `yarn workspace`). */
  selectors: string[];
  /** Folders named outright (`-C`, `--prefix`, `--cwd`). */
  dirs: string[];
  script?: string;
  /** An option or form postlint does not know: nothing is certain. */
  unknown: boolean;
}

function readArgs(program: string, args: readonly string[]): ReadArgs {
  const read: ReadArgs = {selectors: [], dirs: [], unknown: false};
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (!arg.startsWith('-')) {
      words.push(arg);
      // pnpm and yarn pass what follows the script's name to the script; npm reads its options anywhere.
      if (program !== 'npm' && scriptWord(words) !== undefined) break;
    } else if (program === 'pnpm' && (flag === '--filter' || flag === '-F')) pushDefined(read.selectors, value());
    else if (program === 'npm' && (flag === '--workspace' || flag === '-w')) pushDefined(read.selectors, value());
    else if ((program === 'pnpm' && (flag === '-C' || flag === '--dir')) || (program === 'npm' && flag === '--prefix') || (program === 'yarn' && flag === '--cwd')) pushDefined(read.dirs, value());
    else if (program === 'pnpm' && (flag === '-r' || flag === '--recursive')) continue;
    else if (harmless.has(flag)) {
      if (takesValue.has(flag) && inline === undefined) i++;
    } else read.unknown = true;
  }
  if (program === 'yarn' && words[0] === 'workspace') pushDefined(read.selectors, words[1]);
  const at = scriptWord(words);
  read.script = at === undefined || (program === 'npm' && at === 0) ? undefined : words[at];
  return read;
}

/** Where the script's name is among the command's words (`run x`, `x`, yarn's `workspace name [run] x`), once it is there. */
function scriptWord(words: readonly string[]): number | undefined {
  const first = words[0] === 'workspace' ? (words[2] === 'run' ? 3 : 2) : words[0] === 'run' || words[0] === 'run-script' ? 1 : 0;
  return words.length > first ? first : undefined;
}

function pushDefined(list: string[], value: string | undefined): void {
  if (value !== undefined && value !== '') list.push(value);
}

/** The folder of the one workspace package the selector names, from the workspace root at or above `cwd`. */
function selectPackage(selector: string, cwd: string, pnpm: boolean): string | undefined {
  const plain = pnpm ? selector.replace(/^\{(.*)\}$/, '$1') : selector;
  if (/[*?[\]!^]|\.\.\.|\w\.\.\w/.test(plain)) return undefined;
  const root = workspaceRoot(cwd);
  if (root === undefined) return undefined;
  const packages = workspacePackages(root);
  if (/^\.\.?(?:\/|$)/.test(plain) || (!pnpm && plain.includes('/') && !plain.startsWith('@'))) {
    // A folder: the package there, or the one package below it.
    const folder = resolve(cwd, plain);
    const within = packages.filter((pkg) => isWithin(pkg.dir, folder));
    return within.length === 1 ? within[0]!.dir : undefined;
  }
  const exact = packages.filter((pkg) => pkg.name === plain);
  if (exact.length === 1) return exact[0]!.dir;
  // npm also takes a workspace's folder by its name (`-w docs`).
  if (!pnpm && exact.length === 0) {
    const folder = packages.filter((pkg) => pkg.dir === resolve(cwd, plain));
    if (folder.length === 1) return folder[0]!.dir;
  }
  // pnpm: "--filter=core will pick @babel/core if core is not found" and no other package has that name.
  if (pnpm && exact.length === 0 && !plain.startsWith('@')) {
    const scoped = packages.filter((pkg) => pkg.name?.replace(/^@[^/]+\//, '') === plain);
    if (scoped.length === 1) return scoped[0]!.dir;
  }
  return undefined;
}

/** The nearest folder at or above `cwd` (four up at most) whose files list workspace packages. */
function workspaceRoot(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (let level = 0; level <= 4; level++) {
    if (workspaceGlobs(dir).positive.length > 0) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

const packagesCache = new Map<string, Array<{dir: string; name?: string}>>();

/** Forget what was read (the language server, after a build script changed). */
export function forgetWorkspacePackages(): void {
  packagesCache.clear();
}

/** The workspace's packages: folders below `root` (not node_modules, not hidden) with a package.json that its globs name. */
function workspacePackages(root: string): Array<{dir: string; name?: string}> {
  const cached = packagesCache.get(root);
  if (cached) return cached;
  const {positive, negative} = workspaceGlobs(root);
  const clean = (glob: string): string => glob.replace(/^\.\//, '').replace(/\/+$/, '');
  const named = picomatch(positive.map(clean));
  const excluded = negative.length > 0 ? picomatch(negative.map(clean)) : () => false;
  const folderOf = (path: string): string => toPosix(relative(root, dirname(path)));
  const {files} = walkFiles(root, {
    enter: (entry, path) => entry.name !== 'node_modules' && !entry.name.startsWith('.') && folderOf(join(path, 'x')).split('/').length <= maxDepth,
    keep: (entry, path) => entry.name === 'package.json' && named(folderOf(path)) && !excluded(folderOf(path)),
    maxEntries,
  });
  const found = files.flatMap((file) => {
    const pkg = readJson(file);
    return pkg ? [{dir: dirname(file), ...(typeof pkg.name === 'string' ? {name: pkg.name} : {})}] : [];
  });
  packagesCache.set(root, found);
  return found;
}
