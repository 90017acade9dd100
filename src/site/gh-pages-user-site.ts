/**
 * GitHub Pages user and organisation sites. A repository named `<owner>.github.io` publishes the
 * owner's user (or organisation) site at the root of its host; every other repository of the owner
 * that publishes Pages without a custom domain of its own is served on that same host at
 * `/<repository>/` — the custom domain included, when the user site has one (GitHub's docs, "About
 * custom domains and GitHub Pages": the user site's custom domain "will replace the
 * `<user>.github.io` portion of the URL for any project sites owned by the account"). So a
 * site-root path whose first folder is none of the site's, and nothing its build makes, may be
 * another repository's Pages site: unverifiable, never missing. A path below a folder of the site
 * (`/images/x.png`), or a file at the host's root, is the site's own and still checked.
 *
 * The repository is learnt the way jekyll-github-metadata's RepositoryFinder learns it (a setting
 * the generator reads, such as Jekyll's `repository:`; else the `origin` remote), and GitHub's own
 * test for a user site (Repository#primary?: the name is `<owner>.github.io`, any case). A base URL
 * on `<owner>.github.io` is no evidence: postlint's reading of it drops what the build may change
 * (a computed `baseUrl`, Astro's `site` path, the `--baseURL` GitHub's Pages workflows pass to
 * Hugo). A project site's checkout says none of this, so its links stay checked.
 */
import {createRequire} from 'node:module';
import {statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {gitRoot} from '../ignore-files.js';
import {readSideFile, readSmallFileIfAny} from '../read-text.js';

// node:child_process loads on first use: only a site with no other evidence asks git.
const require = createRequire(import.meta.url);

const cache = new Map<string, string | null>();

/** Forget what was read (the language server, after a config or the remote changed). */
export function forgetUserSites(): void {
  cache.clear();
}

/** `owner/owner.github.io` (GitHub's user-site name test, github-metadata's `primary?`). */
export function isUserSiteRepository(nameWithOwner: string): boolean {
  const match = /^([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(nameWithOwner.trim());
  if (!match) return false;
  const owner = match[1]!.toLowerCase();
  const name = match[2]!.toLowerCase();
  return name === `${owner}.github.io` || name === `${owner}.github.com`;
}

/** `owner/name` of a github.com remote URL (`git@github.com:o/n.git`, `https://github.com/o/n`), as github-metadata reads it. */
export function remoteNameWithOwner(url: string): string | undefined {
  const match = /github\.com[:/]([\w-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/**
 * The repository's own config file, where `git remote` writes the origin: `.git/config`, or, where `.git` is a file
 * (a worktree, a submodule), the config in the folder its `gitdir:` names, or in that folder's `commondir`.
 */
function gitConfigFile(top: string): string | undefined {
  const dotGit = join(top, '.git');
  let isFolder: boolean;
  try {
    isFolder = statSync(dotGit).isDirectory();
  } catch {
    return undefined;
  }
  if (isFolder) return join(dotGit, 'config');
  const gitdir = /^gitdir:[ \t]*(.+?)[ \t]*$/m.exec(readSmallFileIfAny(dotGit) ?? '')?.[1];
  if (gitdir === undefined) return undefined;
  const dir = resolve(top, gitdir);
  const common = readSmallFileIfAny(join(dir, 'commondir'))?.trim();
  return join(common ? resolve(dir, common) : dir, 'config');
}

/** The `origin` remote's URL of the repository holding `root`, or undefined (no repository, no remote, no git). */
function originUrl(root: string): string | undefined {
  const top = gitRoot(root);
  if (top === undefined) return undefined;
  // The config that holds the remote is a side read (src/side-reads.ts), so the caches key on it: a changed remote checks
  // the pages again on the next run. git is still asked for the value (includes, quoting).
  const config = gitConfigFile(top);
  if (config !== undefined) readSideFile(config);
  try {
    const {spawnSync} = require('node:child_process') as typeof import('node:child_process');
    const result = spawnSync('git', ['config', '--get', 'remote.origin.url'], {cwd: top, encoding: 'utf8', timeout: 5000});
    return result.status === 0 ? result.stdout.trim() || undefined : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why the site is a GitHub Pages user or organisation site, whose host also serves the owner's other
 * repositories at `/<repository>/`; undefined without such evidence, or when the site has a base
 * path (then it is not at the host's root). `declared` is the repository the generator's config
 * names (`owner/name`) and where (`_config.yml repository:`).
 */
export function userSiteReason(root: string, declared: {repository: string; from: string} | undefined, baseUrl: string | undefined): string | undefined {
  const key = `${root}\0${declared?.repository ?? ''}\0${baseUrl ?? ''}`;
  let reason = cache.get(key);
  if (reason === undefined) cache.set(key, (reason = findUserSite(root, declared, baseUrl) ?? null));
  return reason ?? undefined;
}

function findUserSite(root: string, declared: {repository: string; from: string} | undefined, baseUrl: string | undefined): string | undefined {
  if (baseUrl !== undefined && basePath(baseUrl) !== '') return undefined;
  const why = (what: string): string => `${what}: GitHub also serves the owner's other repositories' Pages sites on its host, at /<repository>/, and nothing of this site starts the path`;
  // A declared repository decides, either way: a project repository's site is not at the host's root.
  if (declared) return isUserSiteRepository(declared.repository) ? why(`the site is published from ${declared.repository} (${declared.from}), a GitHub Pages user site`) : undefined;
  const remote = originUrl(root);
  const fromRemote = remote === undefined ? undefined : remoteNameWithOwner(remote);
  return fromRemote !== undefined && isUserSiteRepository(fromRemote) ? why(`the site's origin remote is ${fromRemote}, a GitHub Pages user site`) : undefined;
}

/** The path part of a base URL (`https://x.org/blog/` → `/blog`, `/docs/` → `/docs`), without its trailing slash. */
function basePath(baseUrl: string): string {
  try {
    return new URL(baseUrl, 'http://site.invalid').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/**
 * The first folder of a site-root path that another repository's Pages site may be served at, or
 * undefined: a path `/<name>/…` or `/<name>` with no extension (GitHub redirects it to `/<name>/`),
 * `<name>` a repository name GitHub allows. A file at the host's root (`/logo.png`) is the site's.
 */
export function otherRepositoryFolder(path: string): string | undefined {
  const match = /^\/([A-Za-z0-9._-]+)(\/|$)/.exec(path);
  if (!match) return undefined;
  const name = match[1]!;
  if (name === '.' || name === '..') return undefined;
  if (match[2] === '' && /\.[A-Za-z0-9]+$/.test(name)) return undefined;
  return name;
}
