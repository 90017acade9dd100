/**
 * Files left out because their site never builds them, said on stderr. Under --verbose: how many,
 * then each file with its reason. Without it, only when most of what was given is left out (at
 * least `fewest` files and more than half): a site read as the wrong generator (an Eleventy site
 * taken for Jekyll, which reads no `_` folder) leaves out what it should check, and a linter that
 * silently checks 4 files of 130 reads as a clean site. One line: how many of how many, the site as
 * postlint reads it and why the first file is left out, and how to see them all.
 */
import {relative} from 'node:path';
import {toPosix} from './paths.js';
import type {SiteInfo} from './site/generators/types.js';

/** Fewer left-out files than this are never said without --verbose (a draft folder, an old version). */
export const fewest = 10;

export interface LeftOutSettings {
  cwd: string;
  verbose: boolean;
  log: (line: string) => void;
}

/** Say what was left out: `left` of the `given` files, each with `reasonOf`'s reason. */
export function sayLeftOut(settings: LeftOutSettings, left: readonly string[], given: number, reasonOf: (path: string) => string | undefined, siteOf: (path: string) => SiteInfo | undefined): void {
  if (left.length === 0) return;
  const shown = (path: string): string => toPosix(relative(settings.cwd, path)) || '.';
  const first = left[0]!;
  const files = `${left.length} file${left.length === 1 ? '' : 's'}`;
  if (settings.verbose) {
    settings.log(`postlint: ${files} left out: the site never builds them (${shown(first)}: ${reasonOf(first)})`);
    for (const path of left.slice(1)) settings.log(`postlint:   ${shown(path)}: ${reasonOf(path)}`);
    return;
  }
  if (left.length < fewest || left.length * 2 <= given) return;
  const site = siteOf(first);
  // The site as detected, so that a wrong reading (the generator, the config file) shows at once.
  const read = site ? `read as site ${shown(site.root)} (${site.generator}${site.configFile ? `, from ${shown(site.configFile)}` : site.inferredFrom ? `, no config file; told by ${site.inferredFrom.join(', ')}` : ''}), which` : 'their site';
  settings.log(`postlint: ${left.length} of ${given} files left out, unchecked: ${read} never builds them (${shown(first)}: ${reasonOf(first)}); --verbose lists them`);
}
