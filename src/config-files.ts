import {dirname, isAbsolute, relative, resolve} from 'node:path';
import {statSync, type Stats} from 'node:fs';
import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';
import {readSmallFile} from './read-text.js';
import stripJsonComments from 'strip-json-comments';
import {UsageError} from './errors.js';
import {importModule} from './dynamic-import.js';

/** Where a config is looked for, in each folder from the working directory upward. */
export const searchPlaces = [
  'package.json',
  '.postlintrc.json',
  '.postlintrc.jsonc',
  '.postlintrc.yaml',
  '.postlintrc.yml',
  'postlint.config.js',
  'postlint.config.mjs',
];

/** One config file as read, before `extends` is followed. */
export interface ConfigFile {
  filepath: string;
  /** What the file holds (for package.json, its "postlint" key); undefined when empty. */
  content: unknown;
}

/**
 * JSON with comments and trailing commas (JSONC, as VS Code, markdownlint-cli2 and cspell read
 * their JSON configs). strip-json-comments blanks comments and trailing commas with spaces, so
 * JSON.parse still reports the position in the file as written. (Microsoft's jsonc-parser would
 * report every syntax error, but its ES build imports without file extensions, which Node cannot
 * load, and its UMD build cannot be bundled.)
 */
export function loadJsonc(filepath: string, content: string): unknown {
  if (content.trim() === '') return undefined;
  try {
    return JSON.parse(stripJsonComments(content, {trailingCommas: true}));
  } catch (error) {
    // "… in JSON at position 44" (and, on newer Node, "(line 3 column 33)"): said as file:line:column.
    const message = (error as Error).message;
    const position = /\bat position (\d+)/.exec(message);
    const what = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^Unexpected end of JSON input$/, 'the file ends too early');
    const where = position ? `:${lineColumn(content, Number(position[1]))}` : '';
    throw new UsageError(`${displayPath(filepath)}${where}: invalid JSON: ${what}`);
  }
}

/** 1-based "line:column" of an offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

async function loadYaml(filepath: string, content: string): Promise<unknown> {
  const {parse} = await import('yaml');
  try {
    return parse(content);
  } catch (error) {
    throw new UsageError(`${displayPath(filepath)}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** A path as the user would type it: relative to the working directory. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  if (rel === '') return '.';
  // Another drive (Windows) has no relative path.
  return isAbsolute(rel) ? path : rel;
}

/**
 * A JavaScript config, loaded as lilconfig's own loader does (import(), then require() when import()
 * fails, keeping import()'s error for an ES module), with import() from src/dynamic-import.ts.
 */
async function loadModule(path: string): Promise<unknown> {
  try {
    return (await importModule<{default?: unknown}>(pathToFileURL(path).href)).default;
  } catch (error) {
    try {
      return createRequire(import.meta.url)(path) as unknown;
    } catch (requireError) {
      const code = (requireError as NodeJS.ErrnoException).code;
      if (code === 'ERR_REQUIRE_ESM' || (requireError instanceof SyntaxError && String(requireError).includes('Cannot use import statement outside a module'))) throw error;
      throw requireError;
    }
  }
}

type Searcher = {search(from: string): Promise<LilResult>; load(path: string): Promise<LilResult>};
type LilResult = {filepath: string; config: unknown; isEmpty?: boolean} | null;

let searcherPromise: Promise<Searcher> | undefined;

function searcher(): Promise<Searcher> {
  searcherPromise ??= import('lilconfig').then(({lilconfig}) =>
    lilconfig('postlint', {
      // No cache: a long-lived process (the language server) must see a config edited on disk.
      cache: false,
      searchPlaces,
      stopDir: resolve('/'),
      loaders: {'.json': loadJsonc, '.jsonc': loadJsonc, '.yaml': loadYaml, '.yml': loadYaml, noExt: loadYaml, '.js': loadModule, '.mjs': loadModule, '.cjs': loadModule},
    }),
  );
  return searcherPromise;
}

async function attempt(run: () => Promise<LilResult>, path: string | undefined): Promise<ConfigFile | undefined> {
  let result: LilResult;
  try {
    result = await withinConfigTime(run(), path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Could not load config: ${await configErrorLine(error)}`);
  }
  if (!result) return undefined;
  // An empty file, or a package.json without a "postlint" key, is an empty config.
  return {filepath: result.filepath, content: result.isEmpty || result.config === null ? undefined : result.config};
}

/** The nearest config from `cwd` upward, if any. */
export async function findConfigFile(cwd: string): Promise<ConfigFile | undefined> {
  // Checked before the search starts: the search's read of a FIFO would block for good.
  const {candidate, undecided} = checkConfigCandidates(cwd);
  // No file the search would take, in any folder up to the root (the same names in the same
  // order): no config, without the search's own round of asynchronous file checks (a site without
  // a config is the usual case; ~2 ms of a one-post run). A package.json that does not parse is
  // left for the search to say so.
  if (candidate === undefined && !undecided) return undefined;
  const s = await searcher();
  return attempt(() => s.search(cwd), candidate);
}

/** Read one named config file; `label` is how the user named it (for messages). */
export async function readConfigFile(path: string, label: string): Promise<ConfigFile> {
  const info = statSync(path, {throwIfNoEntry: false});
  if (!info) throw new UsageError(`Config file not found: ${label}`);
  if (!info.isFile()) throw new UsageError(`${label}: not a file`);
  checkConfigFile(path, info);
  const s = await searcher();
  return (await attempt(() => s.load(path), path)) ?? {filepath: path, content: undefined};
}

/** Config files are small; a bigger one is a mistake (or a link to /dev/zero). */
const configSizeLimit = 1024 * 1024;
/** A JS config runs on load; one whose top-level await never settles must not stall the run. */
export const configLoadTimeout = 10_000;

/**
 * The config candidates the search would read, checked before it reads them: only regular files
 * within the size limit, so that a link to /dev/zero or a FIFO is a clear error, not unbounded
 * memory or a hang (the search reads whole files, and blocks on a FIFO).
 */
function checkConfigCandidates(cwd: string): {candidate: string | undefined; undecided: boolean} {
  let undecided = false;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of searchPlaces) {
      const path = resolve(dir, name);
      const info = statSync(path, {throwIfNoEntry: false});
      if (!info) continue;
      // A package.json is a candidate only when it has a "postlint" key; it must still be safe to read.
      checkConfigFile(path, info);
      if (name !== 'package.json') return {candidate: path, undecided};
      const key = postlintKey(path);
      if (key === true) return {candidate: path, undecided};
      if (key === undefined) undecided = true;
    }
    if (dir === dirname(dir)) return {candidate: undefined, undecided};
  }
}

export function hasPostlintKey(path: string): boolean {
  return postlintKey(path) === true;
}

/** Whether a package.json has a "postlint" key; undefined when it cannot be read or parsed. */
function postlintKey(path: string): boolean | undefined {
  try {
    const data = JSON.parse(readSmallFile(path, configSizeLimit)) as unknown;
    return !!data && typeof data === 'object' && 'postlint' in data;
  } catch {
    return undefined;
  }
}

function checkConfigFile(path: string, info: Stats = statSync(path)): void {
  if (!info.isFile()) throw new UsageError(`${path}: the config is not a regular file (a device, FIFO or folder); not read`);
  if (info.size > configSizeLimit) throw new UsageError(`${path}: the config is larger than ${configSizeLimit / 1024 / 1024} MiB; not read`);
}

/**
 * Loading with a time limit. The limit timer also keeps the process alive: without it, a config
 * whose top-level await never settles leaves nothing to run, and Node exits 0 with nothing checked.
 */
async function withinConfigTime<T>(loading: Promise<T>, path: string | undefined): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UsageError(`${path ?? 'The config'} did not finish loading within ${configLoadTimeout / 1000} s (a top-level await that never settles?)`)), configLoadTimeout);
  });
  try {
    return await Promise.race([loading, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The first line of a load error. For an ES module config with a syntax error, the loader's
 * require() attempt ends in Node's "Cannot require() ES Module … race condition" advice, which is
 * about Node, not the config: the module is imported once more to get the real error.
 */
async function configErrorLine(error: unknown): Promise<string> {
  const err = error as Error;
  const first = (err?.message ?? String(error)).split('\n')[0]!;
  const esm = /Cannot require\(\) ES Module (.+?) because/.exec(first);
  if (esm) {
    try {
      await importModule(pathToFileURL(esm[1]!).href);
    } catch (real) {
      return `${esm[1]}: ${real instanceof SyntaxError ? 'syntax error: ' : ''}${(real as Error).message.split('\n')[0]}`;
    }
    return `${esm[1]} could not be loaded`;
  }
  if (err instanceof SyntaxError) {
    // CommonJS puts `file:line` of the mistake on the stack's first line.
    const where = /^(\S+\.(?:m?js|cjs)):(\d+)$/m.exec((err.stack ?? '').split('\n')[0]!);
    return `${where ? `${where[1]}:${where[2]}: ` : ''}syntax error: ${first}`;
  }
  return first;
}

/**
 * Where an `extends` entry points: "./shared.jsonc" or "../x.yaml" (or an absolute path) is a
 * file relative to the config that names it; anything else is a package (or a file inside one,
 * "@team/postlint-config/strict.json"), resolved the way Node resolves it from that config's folder.
 */
export function resolveExtends(entry: string, fromFile: string): string {
  const dir = dirname(fromFile);
  if (entry.startsWith('./') || entry.startsWith('../') || entry === '.' || entry === '..' || isAbsolute(entry)) return resolve(dir, entry);
  try {
    return createRequire(resolve(dir, 'noop.js')).resolve(entry);
  } catch {
    throw new UsageError(`${displayPath(fromFile)}: extends: cannot find package "${entry}" from ${displayPath(dir)}; install it, or write a relative path ("./${entry}")`);
  }
}
