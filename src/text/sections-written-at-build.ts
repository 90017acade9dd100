/**
 * Empty sections of pages whose text a step of the build may write (an mdBook preprocessor postlint
 * does not know gets every chapter and may set its content: the Sway book's forc-documenter fills
 * each command's heading-only chapter with that command's `--help`). Such a section is unverifiable,
 * not empty: no-empty-sections leaves it unreported and says so once per site, naming a page and the
 * step, with how many sections and pages it held back, so that no finding vanishes silently.
 */
import {relative} from 'node:path';
import type {Notice} from '../notices.js';
import {toPosix} from '../paths.js';

/** What the tally needs of the site: where a page's site is, and why its text is unknown. */
export interface BuildWrittenSite {
  site(path: string): {root: string} | undefined;
  contentUnknown(path: string): string | undefined;
}

interface Held {
  reason: string;
  first: string;
  pages: number;
  sections: number;
}

export class SectionsWrittenAtBuild {
  private readonly bySite = new Map<string, Held>();

  constructor(private readonly index: BuildWrittenSite) {}

  /** Does the build write the page's text? Then its `count` empty sections are held back (and counted); true. */
  holdsBack(path: string, count: number): boolean {
    if (count === 0) return false;
    const reason = this.index.contentUnknown(path);
    if (reason === undefined) return false;
    const root = this.index.site(path)?.root ?? '';
    const held = this.bySite.get(root);
    if (held) {
      held.pages++;
      held.sections += count;
    } else {
      this.bySite.set(root, {reason, first: toPosix(relative(root, path)), pages: 1, sections: count});
    }
    return true;
  }

  /** One notice per site whose sections were held back. */
  notices(rule: string): Notice[] {
    return [...this.bySite].map(([site, {reason, first, pages, sections}]) => {
      const more = pages > 1 ? ` (and ${pages - 1} more page${pages === 2 ? '' : 's'})` : '';
      return {
        site,
        kind: 'sections-unverifiable',
        rule,
        withheld: sections,
        total: sections,
        message: `${sections} empty section${sections === 1 ? '' : 's'} left unreported: ${first}${more} ${reason}`,
        hint: 'read the built page to see whether the section has content',
      };
    });
  }
}
