/**
 * The folder being detected, listed once. Detection asks each folder for some sixty config names
 * (`hugo.toml`, `.vitepress/config.mts`, `conf.py`, …), nearly all absent, one `stat` each: a fifth
 * of the serial plan stage on a site of 2,479 folders (bench/README.md, perf38). While a folder is
 * detected its listing answers "absent" for a name it lacks (or for a path below a folder it lacks)
 * without a `stat`; a name it has is still `stat`ed, as before (a link, a FIFO, a folder by that name).
 *
 * Exactly the old answers: on a case-insensitive disk a name differing only in case is found by
 * `stat`, so a name the listing has in another case (or any name outside ASCII, which a disk may
 * normalise) goes to `stat` too; a folder that cannot be listed (no read permission) answers nothing.
 * Held only while the folder is detected: nothing outlives the detection, nothing goes stale.
 */
import {readdirSync} from 'node:fs';
import {basename, dirname} from 'node:path';

interface Listing {
  names: ReadonlySet<string>;
  lower: ReadonlySet<string>;
  /** Detections of this folder under way (an async detection may overlap another's). */
  users: number;
}

const listings = new Map<string, Listing>();

function listingOf(dir: string): Listing | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Absent or not a folder: every path below it is absent, as `stat` would say. Otherwise ask `stat`.
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return undefined;
    names = [];
  }
  return {names: new Set(names), lower: new Set(names.map((name) => name.toLowerCase())), users: 0};
}

/** Run `detect` with `dir` listed; the listing is dropped when the last detection of `dir` ends. */
export async function withListing<T>(dir: string, detect: () => Promise<T>): Promise<T> {
  let listing = listings.get(dir);
  if (!listing) {
    listing = listingOf(dir);
    if (!listing) return detect();
    listings.set(dir, listing);
  }
  listing.users++;
  try {
    return await detect();
  } finally {
    if (--listing.users === 0) listings.delete(dir);
  }
}

/** The names of a folder under detection (a copy's worth of reading saved), else undefined. */
export function listedNames(dir: string): readonly string[] | undefined {
  const listing = listings.get(dir);
  return listing ? [...listing.names] : undefined;
}

function mayHold(listing: Listing, name: string): boolean {
  return listing.names.has(name) || listing.lower.has(name.toLowerCase()) || /[^\x00-\x7f]/.test(name);
}

/** Does the listing of a folder under detection say `path` is not there (in that folder, or below a folder it lacks)? */
export function listedAbsent(path: string): boolean {
  if (listings.size === 0) return false;
  const parent = dirname(path);
  if (parent === path) return false;
  const own = listings.get(parent);
  if (own) return !mayHold(own, basename(path));
  const above = listings.get(dirname(parent));
  return above !== undefined && !mayHold(above, basename(parent));
}
