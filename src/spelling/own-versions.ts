import {join} from 'node:path';
import {readSmallJsonObject} from '../read-text.js';
import {projectTop} from '../site/project-top.js';
import type {SiteInfo} from '../site/generators/types.js';

/**
 * The versions the site's own project declares: the `version` of the package.json at the site's root and at the
 * project's top (a docs folder inside the project's repository). Release notes that list one of them are that
 * project's own, written by the site's writers, whatever language the page around them is in (copied-changelog.ts).
 * A leading `v` is dropped, as changelog headings write it or not.
 */
export function ownVersions(site: SiteInfo | undefined): ReadonlySet<string> {
  if (site === undefined) return new Set();
  let versions = bySite.get(site.root);
  if (versions === undefined) {
    versions = new Set();
    for (const file of ownVersionInputs(site.root)) {
      const version = readSmallJsonObject(file)?.['version'];
      if (typeof version === 'string' && /^v?\d+\.\d+/.test(version)) versions.add(version.replace(/^v/, ''));
    }
    bySite.set(site.root, versions);
  }
  return versions;
}

const bySite = new Map<string, Set<string>>();

/** Forget what was read (a long-lived process: the language server, a watch run). */
export function forgetOwnVersions(): void {
  bySite.clear();
}

/** Files whose change changes the versions (the spelling cache's inputs). */
export function ownVersionInputs(root: string): string[] {
  const top = projectTop(root);
  return [join(root, 'package.json'), ...(top !== undefined && top !== root ? [join(top, 'package.json')] : [])];
}
