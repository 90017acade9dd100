import {dirname, relative, resolve, sep} from 'node:path';
import {statSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {readSmallFile} from './read-text.js';
import picomatch from 'picomatch';
import {distance} from 'fastest-levenshtein';
import type {RuleMeta, RuleModule, Severity} from './types.js';
import {UsageError} from './errors.js';
import {buildSchema, schemaFingerprint} from './schema.js';

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

export interface Override {
  files: string | string[];
  rules?: Record<string, RuleSetting>;
}

/** The config file's shape. Sections other than rules belong to the parts that read them. */
export interface PostlintConfig {
  rules?: Record<string, RuleSetting>;
  extensions?: string[];
  ignore?: string[];
  root?: string;
  maxFileSize?: number;
  followSymlinks?: boolean;
  cache?: boolean;
  anchors?: Record<string, unknown>;
  links?: Record<string, unknown>;
  spelling?: Record<string, unknown>;
  frontMatter?: Record<string, unknown>;
  drafts?: Record<string, unknown>;
  overrides?: Override[];
  /** remark-lint rules and presets (see src/remark-lint.ts). */
  remarkLint?: import('./remark-lint.js').RemarkLintEntry[];
}

export interface LoadedConfig {
  config: PostlintConfig;
  /** The file it came from, if any. */
  filepath?: string;
  /** Paths in the config (ignore, overrides) are relative to this. */
  dir: string;
}

const searchPlaces = [
  'package.json',
  '.postlintrc.json',
  '.postlintrc.yaml',
  '.postlintrc.yml',
  'postlint.config.js',
  'postlint.config.mjs',
];

async function loadYaml(filepath: string, content: string): Promise<unknown> {
  const {parse} = await import('yaml');
  try {
    return parse(content);
  } catch (error) {
    throw new UsageError(`${filepath}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function loadJson(filepath: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new UsageError(`${filepath}: invalid JSON: ${(error as Error).message}`);
  }
}

/** Find and read the config: --config wins, else the nearest one from cwd upward. */
export async function loadConfig(cwd: string, explicit: string | undefined, noConfig: boolean): Promise<LoadedConfig> {
  if (noConfig) return {config: {}, dir: cwd};
  const {lilconfig} = await import('lilconfig');
  const searcher = lilconfig('postlint', {
    searchPlaces,
    stopDir: resolve('/'),
    loaders: {'.json': loadJson, '.yaml': loadYaml, '.yml': loadYaml, noExt: loadYaml},
  });
  let result;
  try {
    if (explicit) {
      const path = resolve(cwd, explicit);
      const info = statSync(path, {throwIfNoEntry: false});
      if (!info) throw new UsageError(`Config file not found: ${explicit}`);
      if (!info.isFile()) throw new UsageError(`--config ${explicit}: not a file`);
      checkConfigFile(path);
      result = await withinConfigTime(searcher.load(path), path);
    } else {
      // Checked before the search starts: the search's read of a FIFO would block for good.
      const candidate = checkConfigCandidates(cwd);
      result = await withinConfigTime(searcher.search(cwd), candidate);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Could not load config: ${await configErrorLine(error)}`);
  }
  if (!result) return {config: {}, dir: cwd};
  // An empty file, or a package.json without a "postlint" key, is an empty config.
  if (result.isEmpty || result.config === undefined || result.config === null) return {config: {}, filepath: result.filepath, dir: dirname(result.filepath)};
  return {config: result.config as PostlintConfig, filepath: result.filepath, dir: dirname(result.filepath)};
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
function checkConfigCandidates(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of searchPlaces) {
      const path = resolve(dir, name);
      const info = statSync(path, {throwIfNoEntry: false});
      if (!info) continue;
      // A package.json is a candidate only when it has a "postlint" key; it must still be safe to read.
      checkConfigFile(path, info);
      if (name !== 'package.json' || hasPostlintKey(path)) return path;
    }
    if (dir === dirname(dir)) return undefined;
  }
}

function hasPostlintKey(path: string): boolean {
  try {
    const data = JSON.parse(readSmallFile(path, configSizeLimit)) as unknown;
    return !!data && typeof data === 'object' && 'postlint' in data;
  } catch {
    return false;
  }
}

function checkConfigFile(path: string, info = statSync(path)): void {
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
      await import(pathToFileURL(esm[1]!).href);
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

/** Validate against the JSON Schema built from the registry: unknown rules and bad options are usage errors. */
export async function validateConfig(loaded: LoadedConfig, rules: Map<string, RuleModule>): Promise<void> {
  const where = loaded.filepath ? relative(process.cwd(), loaded.filepath) || loaded.filepath : 'config';
  const config = loaded.config as unknown;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new UsageError(`${where}: the config must be an object`);
  }
  const overrides = (config as {overrides?: unknown}).overrides;
  const ruleSections: Array<[string, unknown]> = [['rules', (config as {rules?: unknown}).rules]];
  if (Array.isArray(overrides)) for (const [i, o] of overrides.entries()) ruleSections.push([`overrides[${i}].rules`, (o as {rules?: unknown} | null)?.rules]);
  for (const [prefix, section] of ruleSections) {
    if (!section || typeof section !== 'object' || Array.isArray(section)) continue;
    for (const id of Object.keys(section)) {
      if (!rules.has(id)) {
        const hint = closest(id, [...rules.keys()]);
        throw new UsageError(`${where}: ${prefix}.${id}: unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : '; see postlint --list-rules'}`);
      }
    }
  }
  // Nothing to validate in an empty config: the run then does not pay for loading ajv.
  if (Object.keys(config).length === 0) return;
  const validate = await validator(buildSchema([...rules.values()].map((r) => r.meta)));
  if (!validate(config)) throw new UsageError(`${where}: ${describeSchemaError(validate.errors ?? [])}`);
}

export const ajvOptions = {allErrors: true, strict: false} as const;

interface Validator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/**
 * The validator the build compiled (dist/src/config-validator.js) when it was made from this
 * schema; otherwise (rules added or changed after the build) the schema compiled now.
 */
async function validator(schema: Record<string, unknown>): Promise<Validator> {
  try {
    // @ts-ignore -- generated by the build step (write-schema.ts), so absent when type-checking
    const built = (await import('./config-validator.js')) as {fingerprint: string; default: Validator};
    if (built.fingerprint === schemaFingerprint(schema)) return built.default;
  } catch {
    // Not built (running from sources): compile below.
  }
  const {Ajv} = await import('ajv');
  return new Ajv(ajvOptions).compile(schema) as Validator;
}

interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Keywords that say least about what is wrong: among equally deep errors, pick the others. */
const vagueKeywords: Record<string, number> = {if: 4, oneOf: 3, anyOf: 3, type: 2};

/**
 * One line for the most useful schema error. With `oneOf` (a rule is "warn" or ["warn", {…}])
 * ajv reports every branch; the deepest error is the one that names the bad key.
 */
export function describeSchemaError(errors: SchemaError[]): string {
  const best = [...errors].sort(
    (a, b) => depth(b.instancePath) - depth(a.instancePath) || (vagueKeywords[a.keyword] ?? 0) - (vagueKeywords[b.keyword] ?? 0),
  )[0];
  if (!best) return 'invalid config';
  const segments = pointerSegments(best.instancePath);
  if (best.keyword === 'additionalProperties') {
    const key = String(best.params.additionalProperty);
    segments.push(key);
    const inRules = segments.length === 2 && segments[0] === 'rules';
    return `${keyPath(segments)}: unknown ${inRules ? 'rule' : segments.length === 1 ? 'setting' : 'key'} "${key}"`;
  }
  const path = segments.length > 0 ? keyPath(segments) : '(top level)';
  if (best.keyword === 'type' && segments.at(-2) === 'rules') return `${path}: must be "off", "warn", "error" or [level, {options}]`;
  if (best.keyword === 'enum') return `${path}: must be one of ${(best.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${path}: ${best.message ?? 'is invalid'}`;
}

function depth(pointer: string): number {
  return pointer === '' ? 0 : pointer.split('/').length;
}

function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `rules.no-drafts[1].allow`, the way people read a config path. */
export function keyPath(segments: string[]): string {
  let out = '';
  for (const segment of segments) out += /^\d+$/.test(segment) ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}

export interface ResolvedRule {
  severity: Exclude<Severity, 'off'>;
  options: Record<string, unknown>;
}

/**
 * The rule settings for one file: defaults, then the config's rules, then each matching
 * override in order, then --rule flags. Computed per file because overrides are per path.
 */
export function rulesForFile(
  path: string,
  loaded: LoadedConfig,
  rules: Map<string, RuleModule>,
  cli: Record<string, Severity>,
): Map<string, ResolvedRule> {
  const settings = new Map<string, {severity: Severity; options: Record<string, unknown>}>();
  for (const [id, rule] of rules) settings.set(id, {severity: rule.meta.severity, options: {...rule.meta.defaults}});
  const apply = (section: Record<string, RuleSetting> | undefined): void => {
    for (const [id, value] of Object.entries(section ?? {})) {
      const current = settings.get(id);
      const meta: RuleMeta | undefined = rules.get(id)?.meta;
      if (!current || !meta) continue;
      if (typeof value === 'string') current.severity = value;
      else {
        current.severity = value[0];
        if (value[1]) current.options = {...meta.defaults, ...value[1]};
      }
    }
  };
  apply(loaded.config.rules);
  const rel = toPosix(relative(loaded.dir, path));
  for (const override of loaded.config.overrides ?? []) {
    if (matchesGlobs(rel, override.files)) apply(override.rules);
  }
  for (const [id, severity] of Object.entries(cli)) {
    const current = settings.get(id);
    if (current) current.severity = severity;
  }
  const resolved = new Map<string, ResolvedRule>();
  for (const [id, {severity, options}] of settings) if (severity !== 'off') resolved.set(id, {severity, options});
  return resolved;
}

const matcherCache = new Map<string, (path: string) => boolean>();

export function matchesGlobs(relPath: string, globs: string | string[]): boolean {
  for (const glob of Array.isArray(globs) ? globs : [globs]) {
    let match = matcherCache.get(glob);
    if (!match) {
      // "./content/**" means what "content/**" means.
      match = picomatch(glob.replace(/^\.\//, ''), {dot: true});
      matcherCache.set(glob, match);
    }
    if (match(relPath)) return true;
  }
  return false;
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Nearest candidate by edit distance, for "did you mean" hints. */
export function closest(word: string, candidates: string[], maxDistance = Math.max(2, Math.floor(word.length / 3))): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
