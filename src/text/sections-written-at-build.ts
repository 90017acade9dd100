/**
 * Chapters whose text a step of the build may write (an mdBook preprocessor postlint does not know gets
 * every chapter and may set its content: the Sway book's forc-documenter fills each command's chapter,
 * a file of its heading alone, with that command's `--help`). A chapter that is its title alone is then a
 * stub the tool fills, and its empty sections are unverifiable, not empty:
 * no-empty-sections leaves them unreported and says so once per site, naming a page and the step, with
 * how many sections and pages it held back, so that no finding vanishes silently. A chapter with text
 * of its own, or with sections under its title, is the writer's: its empty sections are still reported (the markers such a tool may fill
 * are judged where they are, src/site/generators/mdbook-preprocessors.ts).
 */
import {relative} from 'node:path';
import type {Notice} from '../notices.js';
import {toPosix} from '../paths.js';
import type {FileFacts} from '../facts.js';

/** What the tally needs of the site: where a page's site is, and why its text is unknown. */
export interface BuildWrittenSite {
  site(path: string): {root: string} | undefined;
  facts(path: string): FileFacts | undefined;
  contentUnknown?(path: string): string | undefined;
}

/**
 * Why the page's sections may be written at build, if so: a step may write its content, and the page is its title
 * alone. A tool that fills a chapter sets its whole content (forc-documenter's `chapter.content = …`), so the stub it
 * fills is a title; a chapter whose writer gave it sections, all empty (`# Install`, `## Linux`, `## macOS`), is an
 * outline left unwritten by that writer, still reported.
 */
export function writtenAtBuild(site: Pick<BuildWrittenSite, 'facts' | 'contentUnknown'>, path: string): string | undefined {
  const headings = site.facts(path)?.headings ?? [];
  // One heading, opening the page, with nothing under it.
  if (headings.length !== 1 || headings[0]!.opensPage !== true || !headings[0]!.empty) return undefined;
  return site.contentUnknown?.(path);
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
    const reason = writtenAtBuild(this.index, path);
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
