/**
 * Files left out because their site never builds them, said on stderr. Under --verbose: how many,
 * then each file with its reason (the first `listed`, then how many more). Without it, once per
 * run and only when most of what was given is left out (at least `fewest` files and more than
 * half, the plan stage's and the never-built stage's counted together): a site read as the wrong
 * generator (an Eleventy site taken for Jekyll, which reads no `_` folder) leaves out what it
 * should check, and a linter that silently checks 4 files of 130 reads as a clean site. One line:
 * how many of how many, the site as postlint reads it and why the first file is left out, and how
 * to see them all. A library caller that passed no `log` hears nothing it did not ask for.
 */
import {relative} from 'node:path';
import {toPosix} from './paths.js';
import type {SiteInfo} from './site/generators/types.js';

/**
 * How a reason starts when the site may build the file but postlint cannot tell (a version list the config computes):
 * such files are left out to abstain, and the notice must not say the site never builds them.
 */
export const mayBeBuilt = 'perhaps built: ';

/** "never builds them", or "may not build them" when the first file's reason is an abstention. */
function builds(reason: string | undefined): string {
  return reason?.startsWith(mayBeBuilt) ? 'may not build them' : 'never builds them';
}

/** Fewer left-out files than this are never said without --verbose (a draft folder, an old version). */
export const fewest = 10;
/** Files --verbose names one by one per stage; the rest are counted (a Docusaurus site's archived versions). */
export const listed = 20;

export interface LeftOutSettings {
  cwd: string;
  verbose: boolean;
  log: (line: string) => void;
  /** Say the one line without --verbose (the caller asked for log lines: the command line, the language server). */
  sayUnasked: boolean;
}

/** The files left out over one run, said as they come (--verbose) or once at the end (`say`). */
export class LeftOut {
  private count = 0;
  private first: {path: string; reason: string | undefined; site: SiteInfo | undefined} | undefined;

  /** `given`: the files the run was given, before any was left out. */
  constructor(private readonly settings: LeftOutSettings, private readonly given: number) {}

  /** `left` files are left out, each with `reasonOf`'s reason. */
  add(left: readonly string[], reasonOf: (path: string) => string | undefined, siteOf: (path: string) => SiteInfo | undefined): void {
    if (left.length === 0) return;
    this.count += left.length;
    this.first ??= {path: left[0]!, reason: reasonOf(left[0]!), site: siteOf(left[0]!)};
    if (!this.settings.verbose) return;
    const first = left[0]!;
    this.settings.log(`postlint: ${left.length} file${left.length === 1 ? '' : 's'} left out: the site ${builds(reasonOf(first))} (${this.shown(first)}: ${reasonOf(first)})`);
    for (const path of left.slice(1, listed)) this.settings.log(`postlint:   ${this.shown(path)}: ${reasonOf(path)}`);
    if (left.length > listed) this.settings.log(`postlint:   …and ${left.length - listed} more`);
  }

  /** The one line, when most of what was given was left out and nobody saw it under --verbose. */
  say(): void {
    const first = this.first;
    if (this.settings.verbose || !this.settings.sayUnasked || !first || this.count < fewest || this.count * 2 <= this.given) return;
    const site = first.site;
    // The site as detected, so that a wrong reading (the generator, the config file) shows at once.
    const read = site ? `read as site ${this.shown(site.root)} (${site.generator}${site.configFile ? `, from ${this.shown(site.configFile)}` : site.inferredFrom ? `, no config file; told by ${site.inferredFrom.join(', ')}` : ''}), which` : 'their site';
    this.settings.log(`postlint: ${this.count} of ${this.given} files left out, unchecked: ${read} ${builds(first.reason)} (${this.shown(first.path)}: ${first.reason}); --verbose lists them`);
  }

  private shown(path: string): string {
    return toPosix(relative(this.settings.cwd, path)) || '.';
  }
}
