/**
 * A file of the checkout that is a symbolic link to nothing: `public/d3.js` →
 * `../../node_modules/d3/dist/d3.js`, a name the folder lists (so a lookup by name finds it) whose
 * content is what the link leads to. The generator copies that content (VitePress copies
 * `public/` into its output, following links), so what the link leads to decides: a target the
 * build or the package install writes (a git-ignored `dist/`, a `node_modules/` package) exists
 * once the site is built, and the link is unverifiable with that reason; a target nothing writes
 * makes the file missing, as if the link were not there.
 */
import {lstatSync, readlinkSync, statSync} from 'node:fs';
import {dirname, resolve, sep} from 'node:path';

const cache = new Map<string, string | null>();

/** Forget what was read (the language server, after a file changed). */
export function forgetDanglingLinks(): void {
  cache.clear();
}

/** Where `path` leads when it is a symbolic link whose target does not exist (absolute); else undefined. */
export function danglingTarget(path: string): string | undefined {
  let target = cache.get(path);
  if (target === undefined) cache.set(path, (target = readDangling(path) ?? null));
  return target ?? undefined;
}

function readDangling(path: string): string | undefined {
  try {
    if (lstatSync(path, {throwIfNoEntry: false})?.isSymbolicLink() !== true) return undefined;
    // A link to a link is followed by stat as the copy follows it: only a chain that ends nowhere is dangling.
    if (statSync(path, {throwIfNoEntry: false}) !== undefined) return undefined;
    return resolve(dirname(path), readlinkSync(path));
  } catch {
    return undefined;
  }
}

/** A target inside a `node_modules` folder: the package manager's install writes it (the site's build runs after an install). */
export function installedReason(target: string): string | undefined {
  return target.split(sep).includes('node_modules') ? 'the package install writes it (a node_modules folder)' : undefined;
}
