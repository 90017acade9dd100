import {dirname, relative, sep} from 'node:path';
import {toPosix} from './paths.js';
import type {SiteIndex} from './site/index.js';

/**
 * The model guard for required front-matter fields: when (nearly) every page of a site, or of one
 * of its sections (a folder and everything below it), lacks a field postlint asks for, the site
 * evidently does not use that field there (its layouts take it from elsewhere, its generator does
 * not need it): the findings are withheld with one notice. A page missing the field among many that
 * have it is still reported. Decided on every page of the index, so a run on a few files decides
 * as a run on the whole site.
 */

/** A section is judged with at least this many pages… */
export const minPages = 10;
/** …when at most this share of them has the field. */
export const maxShareWithField = 0.2;

/** A withheld field of one section. */
export interface WithheldField {
  site: string;
  /** The section's folder, relative to the site root ('' for the whole site). */
  section: string;
  field: string;
  pages: number;
  withField: number;
}

/**
 * Decides for the sections of the index's pages: `withheld(path, field)` is the section for which
 * the field is withheld on that page, if any (the widest such section). A section's pages are those
 * of its finished pages that are asked for the field (`asks`): a docs page that needs no date does
 * not make a blog's missing dates look normal.
 */
export class FrontMatterGuard {
  /** Field → site root → section → pages asked for it, and how many have it. */
  private readonly byField = new Map<string, Map<string, Map<string, {pages: number; withField: number}>>>();
  private readonly pages: Array<{path: string; data: Record<string, unknown>; site: string}> = [];

  /** `asks(path, data, field)`: is the field required on this page, and `has(…)`: does the page give it (its data or its generator)? */
  constructor(
    private readonly index: SiteIndex,
    now: Date,
    private readonly asks: (path: string, data: Record<string, unknown>, field: string) => boolean,
    private readonly has: (path: string, data: Record<string, unknown>, field: string) => boolean,
  ) {
    for (const [path, facts] of [...index.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const data = facts.frontMatter?.data;
      if (!data || !index.isPage(path) || index.unwritten(path) || index.heldBack(path, now)) continue;
      this.pages.push({path, data, site: index.site(path)?.root ?? ''});
    }
  }

  private sectionsFor(field: string): Map<string, Map<string, {pages: number; withField: number}>> {
    let sites = this.byField.get(field);
    if (sites) return sites;
    this.byField.set(field, (sites = new Map()));
    for (const {path, data, site} of this.pages) {
      if (!this.asks(path, data, field)) continue;
      let sections = sites.get(site);
      if (!sections) sites.set(site, (sections = new Map()));
      const given = this.has(path, data, field);
      for (const section of sectionsOf(site, path)) {
        let entry = sections.get(section);
        if (!entry) sections.set(section, (entry = {pages: 0, withField: 0}));
        entry.pages++;
        if (given) entry.withField++;
      }
    }
    return sites;
  }

  withheld(path: string, field: string): WithheldField | undefined {
    const site = this.index.site(path)?.root ?? '';
    const sections = this.sectionsFor(field).get(site);
    if (!sections) return undefined;
    for (const section of sectionsOf(site, path)) {
      const entry = sections.get(section);
      if (!entry || entry.pages < minPages) continue;
      if (entry.withField / entry.pages <= maxShareWithField) return {site, section, field, pages: entry.pages, withField: entry.withField};
    }
    return undefined;
  }
}

/** The sections a page is in, widest first: the whole site (''), then each folder down to the page's. */
function sectionsOf(site: string, path: string): string[] {
  const folder = toPosix(relative(site, dirname(path)));
  if (folder === '' || folder.startsWith('..') || folder.includes(`..${sep}`)) return [''];
  const parts = folder.split('/');
  return ['', ...parts.map((_, i) => parts.slice(0, i + 1).join('/'))];
}
