import {basename, dirname} from 'node:path';

/** A folder's entry names (the site index's listing, read once per run), or undefined when it cannot be read. */
export type FolderNames = (dir: string) => ReadonlySet<string> | undefined;

/** Per listing (a new run or a changed folder is a new listing): decoded name → the name on disk with literal escapes. */
const decodedByListing = new WeakMap<ReadonlySet<string>, Map<string, string>>();

/**
 * A file committed with percent escapes in its name (`Japan%20Trip.jpg`, as some blog editors
 * export images). Generators copy it as named; a link `Japan%20Trip.jpg` is decoded by the host
 * to `Japan Trip.jpg` before it looks for a file, so whether the committed name is served depends
 * on the host (some decode once and miss, some try the raw path too). With only the literal name
 * on disk, the link is unverifiable, not broken.
 */
export function literalEscapeReason(paths: string[], namesIn: FolderNames): string | undefined {
  for (const path of paths) {
    const names = namesIn(dirname(path));
    if (!names) continue;
    let decodedNames = decodedByListing.get(names);
    if (!decodedNames) {
      decodedNames = new Map();
      for (const name of names) {
        const plain = name.includes('%') ? decoded(name) : undefined;
        if (plain !== undefined && !decodedNames.has(plain)) decodedNames.set(plain, name);
      }
      decodedByListing.set(names, decodedNames);
    }
    const literal = decodedNames.get(basename(path));
    if (literal !== undefined) return `only a file named with literal percent escapes (${literal}) is there; whether the host serves it for the decoded request depends on the host`;
  }
  return undefined;
}

function decoded(name: string): string | undefined {
  try {
    return decodeURIComponent(name);
  } catch {
    return undefined;
  }
}
