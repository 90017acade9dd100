/**
 * Hugo's config directory (`config/_default/`, then `config/production/`, the environment `hugo`
 * builds with), read the way Hugo reads it (gohugoio/hugo config/allconfig/load.go,
 * `loadConfigFromConfigDir`): the whole tree is walked (`afero.Walk`, names in lexical order), and
 * each file is the key of its FILE name wherever it sits (`module/module.yaml` is `module`,
 * `languages/languages.yaml` is `languages`); `config`/`hugo` is the root; `params.fr` and
 * `menus.fr` go under `languages.fr`. Each file is merged over what came before, maps deeply.
 */
import {readdirSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {isObject, readConfig} from './common.js';
import {walkFiles} from './walk-files.js';

const configFile = /\.(toml|ya?ml|json)$/i;
/** A config tree is a handful of files; a hostile one costs at most this many entries. */
const maxEntries = 2000;

/** Hugo's key path for a config file named `name` (without its extension). */
export function hugoConfigKeyPath(name: string): string[] {
  if (name === 'config' || name === 'hugo') return [];
  const dot = name.indexOf('.');
  if (dot < 0) return [name];
  const key = name.slice(0, dot);
  const language = name.slice(dot + 1);
  if (key === 'menu' || key === 'menus') return ['languages', language, 'menus'];
  if (key === 'params') return ['languages', language, 'params'];
  return ['languages', language];
}

/** Merge `from` into `into`: maps deeply, anything else replaced (viper's MergeConfigMap). */
function mergeInto(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) {
    // A key that would reach Object.prototype (`__proto__:` in a hostile file) is no Hugo setting.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    // Hugo's keys are case-insensitive: merge into the key already there, however it is spelled.
    const existing = Object.keys(into).find((name) => name.toLowerCase() === key.toLowerCase()) ?? key;
    const current = into[existing];
    if (isObject(current) && isObject(value)) mergeInto(current, value);
    else into[existing] = value;
  }
}

/** afero.Walk's order: names compared folder level by folder level, each level in lexical order. */
function walkOrder(root: string, files: string[]): string[] {
  const segments = (file: string): string[] => relative(root, file).split(sep);
  return files.sort((a, b) => {
    const left = segments(a);
    const right = segments(b);
    for (let index = 0; index < Math.min(left.length, right.length); index++) {
      if (left[index] !== right[index]) return left[index]! < right[index]! ? -1 : 1;
    }
    return left.length - right.length;
  });
}

/** Merge the config files of `config/<environment>` below `dir` into `config`, in Hugo's order; the files read. */
async function mergeFolder(dir: string, environment: string, config: Record<string, unknown>): Promise<string[]> {
  const read: string[] = [];
  const root = join(dir, 'config', environment);
  const {files} = walkFiles(root, {enter: () => true, keep: (entry) => configFile.test(entry.name), maxEntries});
  for (const file of walkOrder(root, files)) {
    const name = file.slice(file.lastIndexOf(sep) + 1).replace(configFile, '');
    let item: Record<string, unknown> = await readConfig(file);
    for (const key of hugoConfigKeyPath(name).reverse()) item = {[key]: item};
    mergeInto(config, item);
    read.push(file);
  }
  return read;
}

/** The config the folders `config/_default` and `config/production` below `dir` make, in Hugo's order. */
export async function readHugoConfigDir(dir: string): Promise<{config: Record<string, unknown>; files: string[]}> {
  const config: Record<string, unknown> = {};
  const read: string[] = [];
  for (const environment of ['_default', 'production']) read.push(...(await mergeFolder(dir, environment, config)));
  return {config, files: read};
}

/**
 * The config of each build environment Hugo may build the site in (`hugo` builds `production`,
 * `hugo server` `development`, `-e`/HUGO_ENVIRONMENT any other): the root config file (`base`),
 * `config/_default/` merged over it, then `config/<environment>/` over both (gohugoio/hugo
 * config/allconfig/load.go `loadConfigMain`: the config folder is set over the root file's
 * values; config/configLoader.go `LoadConfigFromDir`: `_default`, then the environment). One
 * entry for an environment with no folder of its own (root file and `_default` only), one for each
 * folder beside `_default`. Empty when `config/` is no folder.
 */
export async function readHugoEnvironments(dir: string, base: Record<string, unknown>): Promise<{configs: Array<Record<string, unknown>>; files: string[]}> {
  const top = join(dir, 'config');
  let folders: string[];
  try {
    folders = readdirSync(top, {withFileTypes: true}).filter((entry) => entry.isDirectory() && entry.name !== '_default').map((entry) => entry.name).sort().slice(0, 50);
  } catch {
    return {configs: [], files: []};
  }
  const files: string[] = [];
  const defaults = structuredClone(base);
  files.push(...(await mergeFolder(dir, '_default', defaults)));
  const configs = [defaults];
  for (const environment of folders) {
    const config = structuredClone(defaults);
    files.push(...(await mergeFolder(dir, environment, config)));
    configs.push(config);
  }
  return {configs, files};
}
