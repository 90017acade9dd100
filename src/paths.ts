import {resolve, sep} from 'node:path';

/** A path with forward slashes (how globs, URLs and reports write it). */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** A path below `folder` (an absolute path; not `folder` itself). */
export function isBelow(path: string, folder: string): boolean {
  return resolve(path).startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** A path that is `entry` itself or below it (a built folder, or a single built file). */
export function isAtOrBelow(path: string, entry: string): boolean {
  return resolve(path) === resolve(entry) || isBelow(path, entry);
}

/** The paths that are below none of the others (a folder given with one inside it counts once), in their order. */
export function outermost(paths: Iterable<string>): string[] {
  const all = [...paths];
  return all.filter((path) => !all.some((other) => other !== path && isBelow(path, other)));
}

/**
 * Where postlint's own files are. The same code runs from dist/src (compiled modules) and from
 * dist/bin (the bundled CLI, see scripts/bundle.mjs): both folders sit two levels below the
 * package root, and a bundle is one file, not this module.
 */
export const packageRoot = new URL('../../', import.meta.url);

const bundled = !import.meta.url.endsWith('/paths.js');

/** A worker thread's script: the compiled module, or its bundle next to the bundled CLI. */
export function workerUrl(kind: 'phase1' | 'links'): URL {
  if (bundled) return new URL(kind === 'links' ? './link-worker.js' : './worker.js', import.meta.url);
  return new URL(kind === 'links' ? './links/worker.js' : './worker.js', import.meta.url);
}
