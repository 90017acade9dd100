// Shared test helpers: run the built CLI as a subprocess, and make temporary sites.
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {chmodSync, cpSync, lstatSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cliPath = join(repoRoot, 'dist', 'bin', 'cli.js');
export const fixtures = join(repoRoot, 'fixtures');

// Temporary folders the helpers make are removed when the test process exits: a suite run leaves
// nothing behind in the system's temporary folder (the built-package copies are 130 MB each).
const madeFolders = [];
// The same folders, for the reuse of a run on one (offlineRun below).
const madeSites = new Set();
process.on('exit', () => {
  for (const folder of madeFolders) rmSync(folder, {recursive: true, force: true, maxRetries: 2});
});

/** A new temporary folder, removed when the test process exits. */
export function tempFolder(prefix = 'postlint-test-') {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  madeFolders.push(folder);
  madeSites.add(folder);
  return folder;
}

/** Run postlint; returns {code, stdout, stderr}. */
export function postlint(args, {cwd = repoRoot, env = {}, input} = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    // GITHUB_WORKSPACE moves the paths of --format github and markdown: a test sets it when it means to.
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_WORKSPACE: undefined, ...env},
    input,
    // Room for a shared CI runner under load (runs of 60 s were seen at load ~30): a bound on a hang, not a speed check.
    timeout: 180_000,
  });
  if (result.error) throw result.error;
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Run postlint with --format json and return the parsed results plus exit code. */
export function postlintJson(args, options) {
  const result = postlint(['--format', 'json', ...args], options);
  let json;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    throw new Error(`postlint did not print JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  return {...result, json};
}

/** Flatten JSON results into "file:line:col rule" strings, file relative to `base`. */
export function findings(json, base) {
  const rows = [];
  for (const file of json) {
    const rel = file.filePath.startsWith(base + '/') ? file.filePath.slice(base.length + 1) : file.filePath;
    for (const m of file.messages) rows.push(`${rel}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'}`);
  }
  return rows;
}

// The folders tempFolder made (tempSite's too), and the last offline run on each with its arguments and the bytes of
// every file in it: most tests ask siteFindings and then siteUnverifiable of one site, the same run.
// A run is reused only on a folder this file made (nothing above it but the system's temporary folder),
// or a folder inside one, whose files (all of the made folder's), names and bytes, are all as they were after that run, and when no other folder made here has
// changed since either (a site may read one: a themesDir, a module, a content mount elsewhere in the
// temporary folder); any change runs postlint again.
const lastRuns = new Map();

function treeDigest(root) {
  const hash = createHash('sha256');
  for (const entry of readdirSync(root, {recursive: true, withFileTypes: true}).map((e) => join(e.parentPath ?? e.path, e.name)).sort()) {
    const stat = lstatSync(entry);
    hash.update(`${relative(root, entry)}\0${stat.mode}\0`);
    // A link may lead out of the folder, where a change would not show here: no reuse then.
    if (stat.isSymbolicLink()) throw new Error(`a link: ${entry}`);
    if (stat.isFile()) hash.update(readFileSync(entry));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * The state of a folder made here that is not the site: every entry's name and change time (the kernel moves
 * ctime on any write, rename, chmod or utimes, and no call sets it back), or that it is gone.
 */
function stampDigest(folder) {
  const hash = createHash('sha256');
  let entries;
  try {
    entries = readdirSync(folder, {recursive: true, withFileTypes: true});
  } catch {
    return 'gone';
  }
  hash.update(String(lstatSync(folder, {bigint: true}).ctimeNs));
  for (const entry of entries.map((e) => join(e.parentPath ?? e.path, e.name)).sort()) {
    hash.update(`${relative(folder, entry)}\0${lstatSync(entry, {bigint: true}).ctimeNs}\0`);
  }
  return hash.digest('hex');
}

/**
 * The state for reuse of a run in `root`, a folder made here (`made`) or one inside it (a monorepo's docs/: the
 * whole made folder is digested, so its files above `root` count too), or undefined where a file cannot be
 * read or is a link (then nothing is reused).
 */
function siteKey(root, made, argv) {
  try {
    const others = [...madeSites].filter((folder) => folder !== made).sort().map((folder) => `${folder}=${stampDigest(folder)}`);
    return `${JSON.stringify(argv)} ${relative(made, root)} ${treeDigest(made)} ${others.join(' ')}`;
  } catch {
    return undefined;
  }
}

/** The folder made here that is `root` or holds it, if any. */
function madeFolderOf(root) {
  if (madeSites.has(root)) return root;
  for (const folder of madeSites) if (root.startsWith(folder + sep) && !relative(folder, root).split(sep).includes('..')) return folder;
  return undefined;
}

function offlineRun(root, args) {
  const argv = ['--offline', '--no-config', ...args, '.'];
  const made = madeFolderOf(root);
  if (made === undefined) return postlintJson(argv, {cwd: root});
  const last = lastRuns.get(root);
  const before = siteKey(root, made, argv);
  if (before !== undefined && last?.key === before) return last.result;
  const result = postlintJson(argv, {cwd: root});
  lastRuns.set(root, {key: siteKey(root, made, argv), result});
  return result;
}

/** Every finding of an offline, config-less run on a temporary site, as `file:line:col rule`, sorted. */
export function siteFindings(root, args = []) {
  return findings(offlineRun(root, args).json, root).sort();
}

/** That run's JSON report (messages with their text, unverifiable links), for the assertions siteFindings' rows do not cover. */
export function siteJson(root, args = []) {
  return offlineRun(root, args).json;
}

/** What such a run (with `args`, as siteFindings was given) printed on stderr (its notices: the same in every output format). */
export function siteStderr(root, args = []) {
  return offlineRun(root, args).stderr;
}

/** The links such a run could not check, as `line:col url: reason`, sorted. */
export function siteUnverifiable(root) {
  return offlineRun(root, []).json.flatMap((file) => (file.unverifiable ?? []).map((entry) => `${entry.line}:${entry.column} ${entry.url}: ${entry.reason}`)).sort();
}

/** Write a tree of files ({'a/b.md': 'text'}) into a new temporary folder; returns its path. */
export function tempSite(files, prefix = 'postlint-test-') {
  const root = tempFolder(prefix);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), {recursive: true});
    writeFileSync(full, content);
  }
  return root;
}

/** A copy of the built package (dist and package.json, node_modules linked) to alter in a test. */
export function copyPackage(prefix = 'postlint-pkg-') {
  const pkg = tempFolder(prefix);
  cpSync(join(repoRoot, 'dist'), join(pkg, 'dist'), {recursive: true});
  cpSync(join(repoRoot, 'package.json'), join(pkg, 'package.json'));
  symlinkSync(join(repoRoot, 'node_modules'), join(pkg, 'node_modules'));
  return pkg;
}

let sharedCopy;
/**
 * The built CLI in a world-readable temporary folder of its own, for tests that run postlint as an
 * unprivileged user: the checkout may sit in a private folder (a 0700 mktemp -d) that such a user
 * cannot enter. Copied once per test process; returns the copy's cli.js.
 */
export function worldReadableCli() {
  if (sharedCopy) return sharedCopy;
  // A checkout the unprivileged user can already read throughout (every folder enterable, every
  // file readable) is used as it is: the copy is 80 MB, tens of seconds on a busy disk.
  if (readableBy(65534, ['dist', 'package.json', 'node_modules'].map((part) => join(repoRoot, part)))) return (sharedCopy = cliPath);
  const pkg = tempFolder('postlint-shared-');
  // Only what the built CLI runs with: the lock file's dev-only packages (the compiler, the
  // bundler, types, remark-cli) are a third of node_modules and not needed here.
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8'));
  const devOnly = new Set(Object.entries(lock.packages ?? {}).filter(([, info]) => info.dev).map(([key]) => key));
  const needed = (path) => !devOnly.has(relative(repoRoot, path).split(sep).join('/'));
  for (const part of ['dist', 'package.json', 'node_modules']) cpSync(join(repoRoot, part), join(pkg, part), {recursive: true, verbatimSymlinks: true, filter: needed});
  chmodTree(pkg);
  sharedCopy = join(pkg, 'dist', 'bin', 'cli.js');
  return sharedCopy;
}

/** Whether the user `uid` can enter every folder and read every file under `paths` (false where it cannot switch to that user). */
function readableBy(uid, paths) {
  // A link to a folder is not followed (it could loop): such a tree counts as unreadable.
  const walk = `const {accessSync, constants, lstatSync, readdirSync, statSync} = require('node:fs');
    const check = (path) => {
      const link = lstatSync(path).isSymbolicLink();
      const stat = statSync(path);
      if (link && stat.isDirectory()) throw new Error('a linked folder: ' + path);
      accessSync(path, stat.isDirectory() ? constants.R_OK | constants.X_OK : constants.R_OK);
      if (stat.isDirectory()) for (const name of readdirSync(path)) check(path + '/' + name);
    };
    for (const path of process.argv.slice(1)) check(path);`;
  const result = spawnSync(process.execPath, ['-e', walk, ...paths], {uid, gid: uid, stdio: 'ignore', timeout: 60_000});
  return result.status === 0;
}

function chmodTree(dir) {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) chmodTree(path);
    else if (entry.isFile()) chmodSync(path, 0o644 | (statSync(path).mode & 0o111 ? 0o111 : 0));
  }
}
