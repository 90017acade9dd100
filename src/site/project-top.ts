/**
 * The top of the project a site folder belongs to when no `.git` folder says it (an unpacked
 * snapshot, a tarball): a `docs/` site is deployed with the repository's `netlify.toml`, and its
 * build output is left out by the repository's `.gitignore`, both above the site folder.
 * An ancestor is the project's top when its own files name the site folder:
 * - a workspace list that holds it (package.json `workspaces`, pnpm-workspace.yaml `packages`);
 * - a `netlify.toml` whose `build.base` holds the site folder or whose `build.publish` (relative
 *   to `base`, as @netlify/config resolves it) is at or below it: Netlify reads that file from the
 *   repository root (or the base directory);
 * - a `.gitignore` line that names a path below the site folder (`docs/api/reference`).
 * A lockfile or a package.json alone names nothing: a home folder may hold one too.
 * In a clone the nearest `.git` above is the top at any depth, as git itself reads it (a site four
 * folders down a monorepo is deployed with the root's `netlify.toml` all the same); only the
 * folders that merely name the site folder are looked for within three levels.
 */
import {existsSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import picomatch from 'picomatch';
import {parse as parseYaml} from 'yaml';
import {gitRoot, isWithin} from '../ignore-files.js';
import {toPosix} from '../paths.js';
import {readNetlifyToml} from './netlify-toml.js';
import {readSmallFileIfAny as read, readSmallJsonObject as readJson} from '../read-text.js';

/** How many folders above the site folder are looked at. */
const levelsUp = 3;

const cache = new Map<string, string | undefined>();

/** Forget what was read (the language server, after a config changed). */
export function forgetProjectTops(): void {
  cache.clear();
}

/**
 * The nearest folder above `siteRoot` that holds `.git` (at any depth) or whose files name the site
 * folder (at most three up); undefined when none does (then the site folder or the run's folder is the top).
 */
export function projectTop(siteRoot: string): string | undefined {
  const root = resolve(siteRoot);
  if (cache.has(root)) return cache.get(root);
  let found: string | undefined;
  if (!existsSync(join(root, '.git'))) {
    let dir = root;
    for (let level = 0; level < levelsUp; level++) {
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
      if (existsSync(join(dir, '.git')) || namesFolder(dir, toPosix(relative(dir, root)))) {
        found = dir;
        break;
      }
    }
    // Deeper than the names are looked for: the repository git finds is still the top.
    if (found === undefined && dirname(root) !== root) found = gitRoot(dirname(root));
  }
  cache.set(root, found);
  return found;
}

/** Do the files of `dir` name `site` (a posix path relative to it)? */
function namesFolder(dir: string, site: string): boolean {
  return workspaceGlobs(dir).positive.some((glob) => picomatch.isMatch(site, glob.replace(/^\.\//, '').replace(/\/+$/, '')))
    || netlifyNames(dir, site)
    || gitIgnoreNames(dir, site);
}

/** The workspace package globs of `dir`'s package.json `workspaces` and pnpm-workspace.yaml `packages`; a negated one (`!` first) excludes. */
export function workspaceGlobs(dir: string): {positive: string[]; negative: string[]} {
  const globs: string[] = [];
  const pkg = readJson(join(dir, 'package.json'));
  const listed = pkg?.workspaces;
  const fromPkg = Array.isArray(listed) ? listed : isObject(listed) && Array.isArray(listed.packages) ? listed.packages : [];
  globs.push(...fromPkg.filter((entry): entry is string => typeof entry === 'string'));
  const pnpm = read(join(dir, 'pnpm-workspace.yaml'));
  if (pnpm !== undefined) {
    try {
      const data: unknown = parseYaml(pnpm, {logLevel: 'silent'});
      if (isObject(data) && Array.isArray(data.packages)) globs.push(...data.packages.filter((entry): entry is string => typeof entry === 'string'));
    } catch {
      // A workspace file postlint cannot read names nothing.
    }
  }
  return {positive: globs.filter((glob) => glob !== '' && !glob.startsWith('!')), negative: globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1))};
}

/** Does `dir`'s netlify.toml deploy `site` (a posix path relative to it): its `base` holds the site, or its `publish` is inside it? */
export function netlifyNames(dir: string, site: string): boolean {
  const data = readNetlifyToml(dir);
  const build = data && isObject(data.build) ? data.build : undefined;
  if (!build) return false;
  const siteAbs = join(dir, site);
  const base = typeof build.base === 'string' && build.base.trim() !== '' ? join(dir, build.base) : undefined;
  if (base !== undefined && base !== dir && isWithin(siteAbs, base)) return true;
  const publish = typeof build.publish === 'string' && build.publish.trim() !== '' ? join(base ?? dir, build.publish) : undefined;
  return publish !== undefined && isWithin(publish, siteAbs);
}

/** A `.gitignore` line naming a path below the site folder (`docs/api/reference`, `/docs/.cache`). */
function gitIgnoreNames(dir: string, site: string): boolean {
  const text = read(join(dir, '.gitignore'));
  if (text === undefined) return false;
  return text.split('\n').some((raw) => {
    const line = raw.trim().replace(/^!/, '').replace(/^\//, '');
    return line !== '' && !line.startsWith('#') && line.startsWith(`${site}/`) && line.length > site.length + 1;
  });
}



function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The site folder, and the folders up to the repository root when the site sits below it (a
 * `docs/` site deployed with the repository's netlify.toml): the nearest `.git` folder, or without
 * one the project top whose files name the site folder (above); never other folders.
 */
export function configFolders(root: string): string[] {
  const top = projectTop(root);
  if (top === undefined) return [root];
  const folders = [root];
  for (let dir = root; dir !== top && dirname(dir) !== dir; ) folders.push((dir = dirname(dir)));
  return folders;
}
