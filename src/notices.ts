import {relative} from 'node:path';
import {toPosix} from './paths.js';
import type {SiteIndex} from './site/index.js';
import type {SiteInfo} from './site/generators/types.js';
import {sentence, type GuardedGroup} from './site/guard.js';

/**
 * A run-level notice: not a finding and no exit-code change, said once per site and class
 * (the model guard withholding a group of findings it judges to come from postlint's model).
 */
export interface Notice {
  /** The site's root folder (absolute). */
  site: string;
  /** What was withheld: `links`, `anchors`, `front-matter`. */
  kind: string;
  /** The rule whose findings were withheld. */
  rule: string;
  /** How many findings (links, pages) were left unverifiable, of how many of that shape. */
  withheld: number;
  total: number;
  /** One sentence with the counts and the likely reason. */
  message: string;
  /** What the reader can do about it; the guard's own hint when unset. */
  hint?: string;
  /** For --verbose: the withheld places, `file:line:column target`. */
  places?: string[];
}

/** The rule a guard class withholds findings of. */
const ruleOf: Record<string, string> = {links: 'no-missing-files', anchors: 'no-broken-anchors'};

/** The link guard's notices, one per site and class, for the sites where `active` says the rule runs. */
export function guardNotices(index: SiteIndex, active: (site: string, rule: string) => boolean, cwd: string, verbose: boolean): Notice[] {
  const bySiteAndClass = new Map<string, GuardedGroup[]>();
  for (const group of index.guarded()) {
    if (!active(group.site, ruleOf[group.guardClass]!)) continue;
    const key = `${group.site}\0${group.guardClass}`;
    bySiteAndClass.set(key, [...(bySiteAndClass.get(key) ?? []), group]);
  }
  return [...bySiteAndClass.values()].map((groups) => {
    const first = groups[0]!;
    const places = verbose ? groups.flatMap((group) => index.withheldLinks(group)).map((link) => `${toPosix(relative(cwd, link.file))}:${link.line}:${link.column} ${link.url}`) : [];
    return {
      site: first.site,
      kind: first.guardClass,
      rule: ruleOf[first.guardClass]!,
      withheld: groups.reduce((sum, group) => sum + group.failures, 0),
      total: groups.reduce((sum, group) => sum + group.total, 0),
      message: sentence(groups),
      ...(verbose ? {places: [...new Set(places)]} : {}),
    };
  });
}

/**
 * Pages of the run whose layout never writes their body (src/hidden-body.ts): nothing below their
 * front matter is reported, and that is said once per site and reason (the reason names the layout),
 * with how many pages it covers, so that no page's findings are dropped silently.
 */
export function hiddenBodyNotices(index: SiteIndex, paths: readonly string[], cwd: string, verbose: boolean): Notice[] {
  const byReason = new Map<string, {site: string; reason: string; pages: string[]}>();
  for (const path of paths) {
    const reason = index.hiddenBodyReason(path);
    const site = index.site(path)?.root;
    if (reason === undefined || site === undefined) continue;
    const key = `${site}\0${reason}`;
    const group = byReason.get(key) ?? {site, reason, pages: []};
    group.pages.push(toPosix(relative(cwd, path)));
    byReason.set(key, group);
  }
  return [...byReason.values()].map(({site, reason, pages}) => ({
    site,
    kind: 'hidden-body',
    rule: 'every rule',
    withheld: pages.length,
    total: pages.length,
    message: `the body of ${pages.length === 1 ? `1 page (${pages[0]})` : `${pages.length} pages (${pages[0]}, …)`} is not checked: ${pages.length === 1 ? reason : reason.replace(/^its /, 'their ')}`,
    hint: 'a reader never sees it; check the layout if it should show the page',
    ...(verbose ? {places: pages} : {}),
  }));
}

/**
 * Each site's warnings (what postlint could not read that changes which files it checks: an Eleventy
 * input folder it cannot place), once a site, as notices: an API caller gets them with the results,
 * not only a CLI run's log.
 */
export function siteWarningNotices(sites: Iterable<SiteInfo | undefined>): Notice[] {
  const seen = new Set<SiteInfo>();
  const notices: Notice[] = [];
  for (const site of sites) {
    if (!site || seen.has(site)) continue;
    seen.add(site);
    for (const warning of site.warnings ?? []) {
      notices.push({site: site.root, kind: 'site-warning', rule: 'every rule', withheld: 0, total: 0, message: warning, hint: 'fix what the warning names, or expect findings in files the build may leave out'});
    }
  }
  return notices;
}

/** A notice as one line of text (stderr): the site, the rule, the counts and the reason. */
export function noticeLine(notice: Notice, cwd: string): string {
  const site = toPosix(relative(cwd, notice.site)) || '.';
  return `postlint: ${notice.rule} in site ${site}: ${notice.message} (${notice.hint ?? 'set site.guard to false to see them'})`;
}

/** Notices in a stable order, whatever order sites and rules produced them in. */
export function sortNotices(notices: Notice[]): Notice[] {
  const key = (notice: Notice): string => `${notice.site}\0${notice.rule}\0${notice.kind}\0${notice.message}`;
  return [...notices].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
