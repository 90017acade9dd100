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
 * Used only for files the site never builds: a vendored file the site builds, or includes, is its page.
 */
import {dirname, join, relative} from 'node:path';
import picomatch from 'picomatch';
import {gitRoot, isWithin} from '../ignore-files.js';
import {toPosix} from '../paths.js';
import {readSmallFileIfAny} from '../read-text.js';

/** Linguist's vendored-dependency folders (vendor.yml, its letter case), as whole folder names at any depth. */
const vendoredFolder = /(?:^|\/)(?:third[-_]?party|3rd[-_]?party|[Vv]endors?|extern(?:al)?|bower_components|Godeps\/_workspace)\//;

/** The Linguist attributes that make a path no writing of the repository's own. */
const linguistAttributes = ['linguist-vendored', 'linguist-generated'] as const;

interface AttributeLine {
  matches: (path: string) => boolean;
  /** The attribute and whether the line sets it (true) or unsets it (false). */
  settings: Array<[string, boolean]>;
}

const attributeFiles = new Map<string, AttributeLine[]>();

/** Forget the `.gitattributes` files read (the language server, after a file changed). */
export function forgetGitAttributes(): void {
  attributeFiles.clear();
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

/** Does a `.gitattributes` file between `top` and the file set a Linguist attribute on it (the last word wins)? */
function attributeReason(path: string, top: string): string | undefined {
  const folders: string[] = [];
  for (let folder = dirname(path); isWithin(folder, top); folder = dirname(folder)) {
    folders.unshift(folder);
    if (folder === top || dirname(folder) === folder) break;
  }
  const set = new Map<string, string>();
  for (const folder of folders) {
    const below = toPosix(relative(folder, path));
    for (const line of linesOf(folder)) {
      if (!line.matches(below)) continue;
      for (const [name, on] of line.settings) {
        if (on) set.set(name, `${toPosix(relative(top, join(folder, '.gitattributes')))} marks it ${name}`);
        else set.delete(name);
      }
    }
  }
  return [...set.values()][0];
}

/**
 * Why `path` is a vendored (third-party or generated) file of its repository, if it is: a
 * `.gitattributes` line, or a Linguist vendor folder on its path below the repository's top
 * (the `.git` folder's, else `fallbackTop`: the project's or the site's folder).
 */
export function vendoredReason(path: string, fallbackTop: string): string | undefined {
  const top = gitRoot(dirname(path)) ?? fallbackTop;
  if (!isWithin(path, top)) return undefined;
  const fromAttributes = attributeReason(path, top);
  if (fromAttributes !== undefined) return fromAttributes;
  const below = toPosix(relative(top, path));
  const folder = vendoredFolder.exec(below);
  return folder ? `it is in ${below.slice(0, folder.index + folder[0].length).replace(/^\//, '')}, a folder GitHub's Linguist counts as vendored (third-party) code` : undefined;
}
