import {dirname, isAbsolute, resolve} from 'node:path';
import {statSync} from 'node:fs';
import {UsageError} from './errors.js';
import {displayPath, readConfigFile, resolveExtends, type ConfigFile} from './config-files.js';

/** One file of a config, in the order it is applied (extended files first). */
export interface ConfigLayer extends ConfigFile {
  /** The file postlint found or was given, as opposed to one it extends. */
  top: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `extends` entries of a config, when they have the right shape (the schema reports the rest). */
function extendsEntries(content: unknown): string[] {
  const value = isPlainObject(content) ? content.extends : undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value as string[];
  return [];
}

/**
 * Every file of a config, the extended ones first, depth first and in the order listed, so that
 * later layers override earlier ones. A file that extends itself, directly or through others, is
 * an error naming the whole chain; the same file reached twice by different routes is fine.
 */
export async function configLayers(top: ConfigFile): Promise<ConfigLayer[]> {
  const layers: ConfigLayer[] = [];
  const visit = async (file: ConfigFile, chain: string[]): Promise<void> => {
    for (const entry of extendsEntries(file.content)) {
      const path = resolveExtends(entry, file.filepath);
      if (chain.includes(path) || path === file.filepath) {
        throw new UsageError(`${displayPath(file.filepath)}: extends: "${entry}" leads back to itself (${[...chain, file.filepath, path].map(displayPath).join(' → ')})`);
      }
      if (!statSync(path, {throwIfNoEntry: false})?.isFile()) throw new UsageError(`${displayPath(file.filepath)}: extends: no such file: ${entry}`);
      const child = await readConfigFile(path, displayPath(path));
      await visit({filepath: child.filepath, content: relocate(child.content, dirname(child.filepath))}, [...chain, file.filepath]);
    }
    layers.push({...file, top: file === top});
  };
  await visit(top, []);
  return layers;
}

/**
 * Paths that name files (spelling.dictionaries) are relative to the file that writes them, so a
 * shared config can ship its word list beside it. Globs (ignore, overrides[].files), `root` and
 * `links.cache` describe the project, and stay relative to the project's own config file.
 */
function relocate(content: unknown, dir: string): unknown {
  if (!isPlainObject(content) || !isPlainObject(content.spelling) || !Array.isArray(content.spelling.dictionaries)) return content;
  const dictionaries = content.spelling.dictionaries.map((path: unknown) => (typeof path === 'string' && !isAbsolute(path) ? resolve(dir, path) : path));
  return {...content, spelling: {...content.spelling, dictionaries}};
}

/** Lists of independent entries: a later layer adds to them instead of replacing them. */
const concatenated = new Set(['ignore', 'overrides', 'remarkLint', 'spelling.words', 'spelling.dictionaries', 'spelling.brands', 'links.exclude']);

/**
 * Merge the layers (never changing them: nothing is mutated after loading), later over earlier: objects key by key (deeply), other arrays and values
 * replaced; the lists above concatenated; a rule set to a bare level keeps the options an earlier
 * layer gave it (ESLint's rule: "warn" over ["error", {…}] is ["warn", {…}]).
 */
export function mergeLayers(layers: ReadonlyArray<{content: unknown}>): Record<string, unknown> {
  let merged: Record<string, unknown> = {};
  for (const layer of layers) if (isPlainObject(layer.content)) merged = mergeInto(merged, layer.content, '');
  delete merged.extends;
  return merged;
}

function mergeInto(base: Record<string, unknown>, over: Record<string, unknown>, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {...base};
  for (const [key, value] of Object.entries(over)) {
    const here = path ? `${path}.${key}` : key;
    const before = out[key];
    if (here === 'rules' && isPlainObject(before) && isPlainObject(value)) out[key] = mergeRules(before, value);
    else if (concatenated.has(here) && Array.isArray(before) && Array.isArray(value)) out[key] = [...before, ...value];
    else if (isPlainObject(before) && isPlainObject(value)) out[key] = mergeInto(before, value, here);
    else out[key] = value;
  }
  return out;
}

function mergeRules(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {...base};
  for (const [id, value] of Object.entries(over)) {
    const before = out[id];
    out[id] = typeof value === 'string' && Array.isArray(before) && before.length > 1 ? [value, before[1]] : value;
  }
  return out;
}
