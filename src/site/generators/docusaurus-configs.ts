/**
 * The Docusaurus configs whose docs plugins may read a folder outside their own site folder (a
 * monorepo's `packages/website` with `path: '../../docs'`), and which folder each plugin reads.
 *
 * They are found without listing folders of their own, so that the cost is bounded by what the run
 * already reads, never by what lies around it (a run in a folder beside 30,000 others):
 * - each config discovery walks past in the folders the run checks (ignore files and
 *   `node_modules` respected, as for pages);
 * - the configs git tracks in the repository of a folder (its index, read with a pathspec, once a
 *   repository), when no walk of this run covered that repository (a run on `docs/`, or on the
 *   files a pre-commit hook hands over): the repository is the limit, and nothing outside it is read;
 * - the conventional site folders beside a folder (`website/`, `site/`, `docs-site/` reading `../docs`):
 *   a few file checks, no listing.
 * Without git, a run on `docs/` alone does not see a config in `packages/website/`: those files stay
 * outside any site, as before (run from the repository's root, or within git, to have them read).
 */
import {existsSync} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {trackedNamed} from '../../git.js';
import {isWithin} from '../../ignore-files.js';
import {isBelow, isFile, readText} from './common.js';
import {readDocsPlugins, type DocsPlugin} from './docusaurus-urls.js';

export const configNames = ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs', 'docusaurus.config.mts', 'docusaurus.config.cjs'];

/** A folder a docs plugin reads from outside its site folder, with the config that says so. */
export interface DocsElsewhere {
  configFile: string;
  /** The config's text, as read when it was found. */
  text: string;
  plugin: DocsPlugin & {path: string};
}

/** Configs read so far (a config's text is read once), and the folders their plugins read outside their site folders. */
const read = new Set<string>();
const folders = new Map<string, DocsElsewhere>();
/** Folders discovery walked from the command line: a repository inside one of them was walked whole. */
const walked = new Set<string>();
/** Repositories whose index was asked for configs. */
const asked = new Set<string>();
/** Each folder's repository top (the nearest folder with a `.git`), null for none. */
const repositoryOf = new Map<string, string | null>();
/** Folders whose `website/`, `site/` and `docs-site/` were looked in: every child folder asks of the same parent. */
const lookedBeside = new Set<string>();

/** Forget every config and folder (forgetSites: a config was added, edited or removed). */
export function forgetConfigs(): void {
  read.clear();
  folders.clear();
  walked.clear();
  asked.clear();
  repositoryOf.clear();
  lookedBeside.clear();
}

/** Discovery walked this folder from the command line. */
export function walkedFolder(folder: string): void {
  walked.add(folder);
}

/** A Docusaurus config seen (by discovery, in git's index, beside a folder): the folders its docs plugins read outside its own. */
export function seenConfig(configFile: string): void {
  if (read.has(configFile)) return;
  read.add(configFile);
  if (!configNames.includes(basename(configFile))) return;
  const text = readText(configFile);
  if (text === undefined) return;
  const root = dirname(configFile);
  for (const plugin of readDocsPlugins(text)) {
    if (plugin.path === undefined) continue;
    const folder = resolve(root, plugin.path);
    // A folder inside the site folder is found by walking up to the config; the first config to claim a folder keeps it.
    if (folder === root || isBelow(folder, root) || folders.has(folder)) continue;
    folders.set(folder, {configFile, text, plugin: {...plugin, path: plugin.path}});
  }
}

/** The docs plugin (of a config found as above) that reads exactly this folder, if any. */
export function docsReading(dir: string): DocsElsewhere | undefined {
  const repository = repositoryTop(dir);
  if (repository !== undefined && !asked.has(repository) && ![...walked].some((folder) => isWithin(repository, folder))) {
    asked.add(repository);
    for (const file of trackedNamed(repository, configNames)) seenConfig(file);
  }
  const parent = dirname(dir);
  if (parent !== dir && !lookedBeside.has(parent)) {
    lookedBeside.add(parent);
    for (const folder of ['website', 'site', 'docs-site']) {
      for (const name of configNames) {
        const file = join(parent, folder, name);
        if (!read.has(file) && isFile(file)) seenConfig(file);
      }
    }
  }
  return folders.get(dir);
}

/** The nearest folder at or above `dir` that holds a `.git`, each folder asked once. */
function repositoryTop(dir: string): string | undefined {
  const known = repositoryOf.get(dir);
  if (known !== undefined) return known ?? undefined;
  const parent = dirname(dir);
  const top = existsSync(join(dir, '.git')) ? dir : parent === dir ? undefined : repositoryTop(parent);
  repositoryOf.set(dir, top ?? null);
  return top;
}
