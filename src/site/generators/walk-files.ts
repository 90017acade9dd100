/**
 * A bounded walk of a folder tree that is not part of the run (templates, HTML content pages, route
 * files): the generators read such trees to know what a site builds, and a huge or hostile tree must
 * cost a bounded number of entries, not the whole disk.
 */
import {readdirSync, type Dirent} from 'node:fs';
import {join} from 'node:path';

export interface WalkOptions {
  /** May the walk go into this folder? */
  enter: (entry: Dirent, path: string) => boolean;
  /** Is this file one the caller wants? */
  keep: (entry: Dirent, path: string) => boolean;
  /** Stop after this many entries (files and folders) have been looked at. */
  maxEntries?: number;
  /** Stop once this many files are kept. */
  maxFiles?: number;
  /** Every file of a folder before those of its subfolders, so that a cap cuts the deepest (generated trees) first. */
  breadthFirst?: boolean;
}

/** The files kept below `root`, depth first (or breadth first) in the order the folders list them; `cut` when a cap stopped the walk. */
export function walkFiles(root: string, {enter, keep, maxEntries = Infinity, maxFiles = Infinity, breadthFirst = false}: WalkOptions): {files: string[]; cut: boolean} {
  const files: string[] = [];
  let seen = 0;
  let cut = false;
  const later: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, {withFileTypes: true});
    } catch {
      return;
    }
    for (const entry of entries) {
      if (++seen > maxEntries || files.length >= maxFiles) {
        cut = true;
        return;
      }
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (enter(entry, path)) {
          if (breadthFirst) later.push(path);
          else walk(path);
        }
      } else if (entry.isFile() && keep(entry, path)) files.push(path);
    }
  };
  walk(root);
  for (let next = later.shift(); next !== undefined && !cut; next = later.shift()) walk(next);
  return {files, cut};
}
