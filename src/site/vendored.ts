/**
 * Third-party files kept in a repository: a library's README copied in with its code is the
 * library authors' writing, not the site's. GitHub marks such paths itself (Linguist: they count
 * for no language of the repository), from two sources:
 * - the repository's `.gitattributes`: `linguist-vendored` or `linguist-generated` set on a path,
 *   `-linguist-vendored` / `linguist-vendored=false` unsetting it (github-linguist/linguist,
 *   docs/overrides.md; git's own attribute rules: patterns as in .gitignore, no negation, a deeper
 *   file and a later line win);
 * - Linguist's conventional folders of dependencies (lib/linguist/vendor.yml, "Vendored
 *   dependencies", Bower's and Go's): `third_party/`, `3rd-party/`, `vendor/`, `extern/`… Its other
 *   patterns (caches, `dist/`, `tools/`, `debian/`, minified scripts) name a project's own files or
 *   no Markdown, so they are not here; `node_modules/` is never walked (src/discover.ts `skipDirs`).
 * Two more marks of another project's copy, where the site's own folders do not hold it:
 * - a git submodule: a path `.gitmodules` at the repository's top names (git-scm.com gitmodules(5):
 *   `submodule.<name>.path`), another repository checked out in this one;
 * - a folder below the repository's top that carries a licence file of its own (`LICENSE`,
 *   `LICENCE`, `COPYING`, `LICENSE-MIT`…): the MIT, BSD and Apache licences ask every copy to keep
 *   the notice, so a copied project (a library's release unpacked beside the site's scripts, a
 *   template repository copied into an exercises folder) carries its own — a notice of its own: a licence
 *   file whose text is one the repository's top or the site's folder holds too (a Cargo crate's or a Go
 *   module's `LICENSE-MIT` naming the project's own copyright holders) is the project's own, not a copy. Not the repository's top,
 *   nor the site's folder or one above it (the site's own licence), nor a folder holding one of the
 *   site's content roots (a Jekyll `source/` licensed apart from the theme), nor a workspace package
 *   of the project (its own package, licensed apart). A fork whose README the site's authors rewrote
 *   carries the upstream licence too: `-linguist-vendored` on it in `.gitattributes` says it is the
 *   repository's own, as Linguist reads it, and it is checked again.
 * Used only for files the site never builds: a vendored file the site builds, or includes, is its page.
 */
import {readdirSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import picomatch from 'picomatch';
import {gitRoot, isWithin} from '../ignore-files.js';
import {toPosix} from '../paths.js';
import {readSmallFileIfAny} from '../read-text.js';
import {workspaceGlobs} from './project-top.js';

/** Linguist's vendored-dependency folders (vendor.yml, its letter case), as whole folder names at any depth. */
const vendoredFolder = /(?:^|\/)(?:third[-_]?party|3rd[-_]?party|[Vv]endors?|extern(?:al)?|bower_components|Godeps\/_workspace)\//;

/** The Linguist attributes that make a path no writing of the repository's own. */
const linguistAttributes = ['linguist-vendored', 'linguist-generated'] as const;

interface AttributeLine {
  matches: (path: string) => boolean;
  /** The attribute and whether the line sets it (true) or unsets it (false). */
  settings: Array<[string, boolean]>;
}

/** A licence file's name: `LICENSE`, `LICENCE.txt`, `COPYING`, `LICENSE-APACHE`, `license.md`. */
const licenceFile = /^(?:licen[cs]e|copying)(?:[-._][^/\\]*)?$/i;

const attributeFiles = new Map<string, AttributeLine[]>();
const submoduleFiles = new Map<string, string[]>();
const licenceFolders = new Map<string, string[]>();
const notices = new Map<string, string | undefined>();

/** Forget the `.gitattributes`, `.gitmodules` and folders read (the language server, after a file changed). */
export function forgetGitAttributes(): void {
  attributeFiles.clear();
  submoduleFiles.clear();
  licenceFolders.clear();
  notices.clear();
}

/** The site's own folders, where a licence file is the site's: its folder and the folders it builds pages from. */
export interface OwnFolders {
  root: string;
  contentRoots: readonly string[];
}

/** The submodule paths (posix, from the top) `.gitmodules` in `top` names. */
function submodulePaths(top: string): string[] {
  const file = join(top, '.gitmodules');
  let paths = submoduleFiles.get(file);
  if (paths) return paths;
  paths = [];
  // git-config syntax: `path = lib/x` in a `[submodule "x"]` section; a value may be quoted.
  for (const line of (readSmallFileIfAny(file) ?? '').split(/\r?\n/)) {
    const value = /^\s*path\s*=\s*(.*?)\s*$/.exec(line)?.[1];
    const path = value?.replace(/^"(.*)"$/, '$1').replace(/^\.?\/+|\/+$/g, '');
    if (path) paths.push(path);
  }
  submoduleFiles.set(file, paths);
  return paths;
}

/** The licence files a folder holds (its listing read once a run). */
function licencesIn(folder: string): string[] {
  let found = licenceFolders.get(folder);
  if (found) return found;
  try {
    found = readdirSync(folder, {withFileTypes: true}).filter((entry) => entry.isFile() && licenceFile.test(entry.name)).map((entry) => entry.name);
  } catch {
    // An unreadable folder shows no licence.
    found = [];
  }
  licenceFolders.set(folder, found);
  return found;
}

/** A licence file's text as its notice reads, whatever the line ends and wrapping (undefined: unreadable); read once a run. */
function noticeOf(file: string): string | undefined {
  if (!notices.has(file)) notices.set(file, readSmallFileIfAny(file)?.replace(/\s+/g, ' ').trim());
  return notices.get(file);
}

/** The licence notices the project's own folders hold: the repository's top's and the site's folder's. */
function ownNotices(top: string, root: string): Set<string> {
  const folders = [top, root];
  return new Set(folders.flatMap((folder) => licencesIn(folder).map((name) => noticeOf(join(folder, name)))).filter((text) => text !== undefined));
}

/** The licence file of `folder` that is not one of the project's own notices, if any: the mark of another project's copy. */
function foreignLicenceIn(folder: string, own: () => Set<string>): string | undefined {
  return licencesIn(folder).find((name) => {
    const text = noticeOf(join(folder, name));
    return text === undefined || !own().has(text);
  });
}

/** The folder below `top` on the way to `path` that carries a licence of its own, short of the site's own folders; why, if so. */
function licenceReason(path: string, top: string, own: OwnFolders): string | undefined {
  const packages = workspaceGlobs(top);
  const names = (below: string) => (glob: string): boolean => picomatch.isMatch(below, glob.replace(/^\.\//, '').replace(/\/+$/, ''));
  const isPackage = (below: string): boolean => packages.positive.some(names(below)) && !packages.negative.some(names(below));
  let ownSet: Set<string> | undefined;
  const ownTexts = (): Set<string> => (ownSet ??= ownNotices(top, own.root));
  for (let folder = dirname(path); folder !== top && isWithin(folder, top); folder = dirname(folder)) {
    if (isWithin(own.root, folder) || own.contentRoots.some((root) => isWithin(root, folder))) return undefined;
    const below = toPosix(relative(top, folder));
    if (isPackage(below)) return undefined;
    const licence = foreignLicenceIn(folder, ownTexts);
    if (licence !== undefined) return `${below}/ carries a licence of its own (${licence}): a copy of another project, not the site's writing`;
    if (dirname(folder) === folder) break;
  }
  return undefined;
}

/** The Linguist lines of one `.gitattributes` file (none when absent). */
function linesOf(folder: string): AttributeLine[] {
  const file = join(folder, '.gitattributes');
  let lines = attributeFiles.get(file);
  if (lines) return lines;
  lines = [];
  for (const raw of (readSmallFileIfAny(file) ?? '').split(/\r?\n/)) {
    const [pattern, ...attributes] = raw.trim().split(/\s+/);
    if (!pattern || pattern.startsWith('#') || pattern.startsWith('!')) continue;
    const settings: Array<[string, boolean]> = [];
    for (const attribute of attributes) {
      const [name, value] = attribute.replace(/^[-!]/, '').split('=', 2);
      if (name === undefined || !(linguistAttributes as readonly string[]).includes(name)) continue;
      settings.push([name, !attribute.startsWith('-') && !attribute.startsWith('!') && value !== 'false']);
    }
    if (settings.length === 0) continue;
    // As git reads a pattern: with no slash but a trailing one it matches a name at any depth, else the path from this folder.
    const anchored = pattern.replace(/\/$/, '').includes('/');
    const glob = pattern.replace(/^\//, '');
    // git's wildmatch has no braces nor extglobs: `*.{md,txt}` and `+(a|b)` are literal names to git.
    const match = picomatch(glob, {dot: true, nobrace: true, noextglob: true, ...(anchored ? {} : {basename: true})});
    lines.push({matches: match, settings});
  }
  attributeFiles.set(file, lines);
  return lines;
}

/**
 * What the `.gitattributes` files between `top` and the file say of it (the last word wins): the Linguist
 * attribute they set, if any, and whether they unset `linguist-vendored` (`-linguist-vendored`,
 * `linguist-vendored=false`), which Linguist reads as "not vendored" over its own vendor paths too.
 */
function attributeVerdict(path: string, top: string): {reason?: string; unvendored: boolean} {
  const folders: string[] = [];
  for (let folder = dirname(path); isWithin(folder, top); folder = dirname(folder)) {
    folders.unshift(folder);
    if (folder === top || dirname(folder) === folder) break;
  }
  const set = new Map<string, string>();
  let unvendored = false;
  for (const folder of folders) {
    const below = toPosix(relative(folder, path));
    for (const line of linesOf(folder)) {
      if (!line.matches(below)) continue;
      for (const [name, on] of line.settings) {
        if (on) set.set(name, `${toPosix(relative(top, join(folder, '.gitattributes')))} marks it ${name}`);
        else set.delete(name);
        if (name === 'linguist-vendored') unvendored = !on;
      }
    }
  }
  const reason = [...set.values()][0];
  return reason === undefined ? {unvendored} : {reason, unvendored};
}

/**
 * Why `path` is a vendored (third-party or generated) file of its repository, if it is: a
 * `.gitattributes` line, a Linguist vendor folder or a git submodule on its path below the
 * repository's top (the `.git` folder's, else `fallbackTop`: the project's or the site's folder),
 * or, given the site's own folders, a folder between them that carries its own licence.
 */
export function vendoredReason(path: string, fallbackTop: string, own?: OwnFolders): string | undefined {
  const top = gitRoot(dirname(path)) ?? fallbackTop;
  if (!isWithin(path, top)) return undefined;
  const attributes = attributeVerdict(path, top);
  if (attributes.reason !== undefined) return attributes.reason;
  // The repository says this is its own (`-linguist-vendored`): no folder mark counts (github-linguist docs/overrides.md).
  if (attributes.unvendored) return undefined;
  const below = toPosix(relative(top, path));
  const folder = vendoredFolder.exec(below);
  if (folder) return `it is in ${below.slice(0, folder.index + folder[0].length).replace(/^\//, '')}, a folder GitHub's Linguist counts as vendored (third-party) code`;
  const submodule = submodulePaths(top).find((module) => below.startsWith(`${module}/`));
  if (submodule !== undefined) return `it is in ${submodule}/, a git submodule (.gitmodules): another repository's files`;
  return own === undefined ? undefined : licenceReason(path, top, own);
}
