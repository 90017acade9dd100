import {readdirSync} from 'node:fs';
import {basename, dirname} from 'node:path';

/**
 * A file committed with percent escapes in its name (`Japan%20Trip.jpg`, as some blog editors
 * export images). Generators copy it as named; a link `Japan%20Trip.jpg` is decoded by the host
 * to `Japan Trip.jpg` before it looks for a file, so whether the committed name is served depends
 * on the host (some decode once and miss, some try the raw path too). With only the literal name
 * on disk, the link is unverifiable, not broken.
 */
export function literalEscapeReason(paths: string[]): string | undefined {
  for (const path of paths) {
    const wanted = basename(path);
    let names: string[] = [];
    try {
      // Read when a link is missing only, so a long-lived index sees the folder as it is now.
      names = readdirSync(dirname(path)).filter((name) => name.includes('%'));
    } catch {
      continue;
    }
    const literal = names.find((name) => decoded(name) === wanted);
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
