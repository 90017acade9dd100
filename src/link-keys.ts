import {basename, dirname} from 'node:path';
import type {FileFacts, LinkFact} from './facts.js';

/**
 * Which files a link may lead to, as a cheap key, so that the changed modes' impact scan (which
 * files link to a changed file, src/scope.ts) need not read the links of every file of a big site:
 * the phase-1 cache keeps each file's keys in its head, and a file none of whose keys is a changed
 * file's is passed over without its links being read.
 *
 * A key is the last segment of a path, in lower case, up to its first dot. A link leads to a file
 * by its path only (src/site/index.ts, `resolveDocument` and `documentCandidates`: the path
 * itself, the path with `.md` or `.markdown`, or an index file in the folder it names) or by the
 * slug its last segment names (scope.ts, `linkStem`), so the link's key is always among the
 * file's keys (`fileKeys`): its own name's, and for an index file (`index.md`, `_index.md`,
 * `README.md`) its folder's, each also without a Jekyll date prefix. A link whose last segment
 * is `.`, `..` or empty (`/`) names a folder by where it is, not by name: such a file is always
 * scanned (`anywhere`).
 */
export const anywhere = '\0';

const schemePattern = /^[a-z][a-z\d+.-]*:|^\/\//i;
const datePrefix = /^\d{4}-\d{2}-\d{2}-/;
const indexStems = new Set(['index', '_index', 'readme']);

/** The path part of a local link, decoded; undefined for external links and same-page fragments. */
export function localPath(url: string): string | undefined {
  if (schemePattern.test(url)) return undefined;
  const path = url.replace(/[?#].*$/s, '');
  if (path === '') return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function key(name: string): string {
  const lower = name.toLowerCase();
  const dot = lower.indexOf('.');
  return dot === -1 ? lower : lower.slice(0, dot);
}

/** A name's keys: as written and without a date prefix. */
function keysOf(name: string, into: Set<string>): void {
  into.add(key(name));
  const lower = name.toLowerCase();
  if (datePrefix.test(lower)) into.add(key(lower.replace(datePrefix, '')));
}

/** The keys of a file's links (sorted, distinct). */
export function linkKeys(links: readonly LinkFact[]): string[] {
  const keys = new Set<string>();
  for (const link of links) {
    const path = localPath(link.url);
    if (path === undefined) continue;
    const last = path.replace(/\/+$/, '').split('/').at(-1) ?? '';
    if (last === '' || last === '.' || last === '..') keys.add(anywhere);
    else keysOf(last, keys);
  }
  return [...keys].sort();
}

/** The keys under which links may name a file. */
export function fileKeys(path: string, into = new Set<string>()): Set<string> {
  const name = basename(path);
  keysOf(name, into);
  const dot = name.indexOf('.');
  if (indexStems.has((dot === -1 ? name : name.slice(0, dot)).toLowerCase())) keysOf(basename(dirname(path)), into);
  return into;
}

/** Each cached file's link keys, by its facts object (facts parsed in this run have none: they are scanned). */
const known = new WeakMap<FileFacts, readonly string[]>();

export function rememberLinkKeys(facts: FileFacts, keys: readonly string[]): void {
  known.set(facts, keys);
}

/** May one of the file's links lead to a file with one of these keys? True when its keys are not known. */
export function mayLinkTo(facts: FileFacts, wanted: ReadonlySet<string>): boolean {
  const keys = known.get(facts);
  if (!keys) return true;
  for (const one of keys) if (one === anywhere || wanted.has(one)) return true;
  return false;
}
