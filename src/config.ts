import {dirname, relative, resolve, sep} from 'node:path';
import {readFileSync} from 'node:fs';
import picomatch from 'picomatch';
import {distance} from 'fastest-levenshtein';
import type {RuleMeta, RuleModule, Severity} from './types.js';
import {UsageError} from './errors.js';
import {buildSchema} from './schema.js';

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
  cache?: boolean;
  anchors?: Record<string, unknown>;
  links?: Record<string, unknown>;
  spelling?: Record<string, unknown>;
  frontMatter?: Record<string, unknown>;
  drafts?: Record<string, unknown>;
  overrides?: Override[];
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
      try {
        readFileSync(path);
      } catch {
        throw new UsageError(`Config file not found: ${explicit}`);
      }
      result = await searcher.load(path);
    } else {
      result = await searcher.search(cwd);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Could not load config: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!result || result.isEmpty) return {config: {}, dir: result ? dirname(result.filepath) : cwd, ...(result ? {filepath: result.filepath} : {})};
  return {config: result.config as PostlintConfig, filepath: result.filepath, dir: dirname(result.filepath)};
}

/** Validate against the JSON Schema built from the registry: unknown rules and bad options are usage errors. */
export async function validateConfig(loaded: LoadedConfig, rules: Map<string, RuleModule>): Promise<void> {
  const where = loaded.filepath ? relative(process.cwd(), loaded.filepath) || loaded.filepath : 'config';
  const config = loaded.config as unknown;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new UsageError(`${where}: the config must be an object`);
  }
  const ruleSections = [loaded.config.rules, ...(loaded.config.overrides ?? []).map((o) => o?.rules)];
  for (const [i, section] of ruleSections.entries()) {
    if (!section || typeof section !== 'object') continue;
    for (const id of Object.keys(section)) {
      if (!rules.has(id)) {
        const prefix = i === 0 ? 'rules' : `overrides[${i - 1}].rules`;
        const hint = closest(id, [...rules.keys()]);
        throw new UsageError(`${where}: ${prefix}.${id}: unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}`);
      }
    }
  }
  // An empty config cannot break the schema (nothing in it is required); skipping ajv saves a pre-commit run ~60 ms.
  if (Object.keys(config).length === 0) return;
  const {Ajv} = await import('ajv');
  const ajv = new Ajv({allErrors: false, strict: false});
  const validate = ajv.compile(buildSchema([...rules.values()].map((r) => r.meta)));
  if (!validate(config)) {
    const error = validate.errors![0]!;
    const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(top level)';
    const extra = error.params && 'additionalProperty' in error.params ? ` "${String(error.params.additionalProperty)}"` : '';
    const allowed = error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : '';
    throw new UsageError(`${where}: ${path}: ${error.message}${extra}${allowed}`);
  }
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
      match = picomatch(glob, {dot: true});
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
