import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Pluggable, Plugin} from 'unified';
import {UsageError} from './errors.js';
import {importModule} from './dynamic-import.js';

/** One entry of the config's `remarkLint`: a rule or preset package, alone or with its options. */
export type RemarkLintEntry = string | [string, unknown];

/** remark-lint rules and presets, loaded for one site: what phase 1 adds to its processor. */
export interface RemarkLintSet {
  plugins: Pluggable[];
  /** Rule ids the plugins report under (`no-duplicate-headings`), for control comments. */
  ids: string[];
}

export const remarkLintSource = 'remark-lint';

/**
 * Load the configured remark-lint rules and presets as the site has them installed: resolved from
 * `from` (the site's root) the way Node resolves a package, so from its `node_modules` or any
 * `node_modules` above it. A package that is missing, fails to load or is not a plugin or preset
 * is a configuration error.
 */
export async function loadRemarkLint(entries: readonly RemarkLintEntry[], from: string): Promise<RemarkLintSet> {
  const plugins: Pluggable[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    const [name, options] = typeof entry === 'string' ? [entry, undefined] : entry;
    const module = await importFrom(name, from);
    const value = (module as {default?: unknown}).default ?? module;
    if (typeof value === 'function') {
      plugins.push(options === undefined ? (value as Plugin) : [value as Plugin, options]);
      collectIds(value, ids);
    } else if (isPreset(value)) {
      plugins.push(value as Pluggable);
      for (const plugin of value.plugins) collectIds(Array.isArray(plugin) ? plugin[0] : plugin, ids);
    } else {
      throw new UsageError(`remarkLint: "${name}" is neither a remark plugin nor a preset`);
    }
  }
  return {plugins, ids: [...ids]};
}

function isPreset(value: unknown): value is {plugins: unknown[]} {
  return typeof value === 'object' && value !== null && Array.isArray((value as {plugins?: unknown}).plugins);
}

/** unified-lint-rule names each rule's plugin after its origin (`remark-lint:no-duplicate-headings`). */
function collectIds(plugin: unknown, ids: Set<string>): void {
  const name = typeof plugin === 'function' ? plugin.name : '';
  const match = /^remark-lint:(.+)$/.exec(name);
  if (match) ids.add(match[1]!);
}

async function importFrom(name: string, from: string): Promise<unknown> {
  let path: string | undefined;
  try {
    path = createRequire(join(from, 'package.json')).resolve(name);
  } catch {
    // An ESM-only package whose exports have no `require` condition: find its folder and read them.
    path = esmEntry(name, from);
  }
  if (!path) throw new UsageError(`remarkLint: cannot find "${name}" from ${from}; install it in the site (npm install --save-dev ${name})`);
  try {
    return await importModule(pathToFileURL(path).href);
  } catch (error) {
    throw new UsageError(`remarkLint: "${name}" failed to load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

function esmEntry(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const folder = join(dir, 'node_modules', name);
    if (existsSync(join(folder, 'package.json'))) {
      const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {exports?: unknown; main?: string};
      const entry = exportedEntry(pkg.exports) ?? pkg.main ?? 'index.js';
      return join(folder, entry);
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function exportedEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (typeof exports !== 'object' || exports === null) return undefined;
  const root = (exports as Record<string, unknown>)['.'] ?? exports;
  if (typeof root === 'string') return root;
  if (typeof root === 'object' && root !== null) {
    const conditions = root as Record<string, unknown>;
    for (const key of ['import', 'node', 'default']) {
      const value = conditions[key];
      if (typeof value === 'string') return value;
    }
  }
  return undefined;
}

/** Where a file's remark-lint packages are resolved from: its site's root, else the config's folder. */
export function remarkLintRoot(siteRoot: string | undefined, configDir: string): string {
  return siteRoot ?? configDir;
}
