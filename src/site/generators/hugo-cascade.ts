/**
 * A front-matter value a Hugo page gets from `cascade` when it does not set it itself (gohugo.io
 * content-management/front-matter, "Cascade"; hugolib/page__meta.go setMetadata, v0.119): the
 * page's own key wins; else the nearest branch bundle's (`_index.md`) `cascade` holding it — a
 * section's cascade holds for the section page itself and every page below it, and a nearer one's
 * keys win over a farther one's (mergeBucketCascades) — else the site config's `cascade`. A regular
 * page's or leaf bundle's own cascade holds for that page itself from Hugo v0.158.0 (9b5f1d4, "Allow regular
 * pages to cascade to self"; TestRegularPageCascadeToSelf), for nothing before. An entry with a `_target` (or
 * `target`) holds only for the pages its globs match, which is not worked out here: such an entry
 * is passed over, so the page keeps what it had without it.
 */
import {basename, dirname, sep} from 'node:path';
import {get} from './common.js';
import {bundleFrontMatter, hugoContentRootOf} from './hugo-site.js';
import {hugoPageCascadesToSelf} from './hugo-version.js';
import type {SiteInfo} from './types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key of a front-matter map read without regard to case, as Hugo reads keys. */
export function field(data: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(data).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : data[key];
}

/** The value a `cascade` (a map, or a list of maps) gives `name` for every page, from its entries without a target. */
function cascaded(cascade: unknown, name: string): unknown {
  const entries = Array.isArray(cascade) ? cascade : [cascade];
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const target = field(entry, '_target') ?? field(entry, 'target');
    if (isRecord(target) && Object.values(target).some((value) => value !== undefined && value !== '')) continue;
    const value = field(entry, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The value of front-matter key `name` (lower case) for a page, its own or cascaded to it; undefined when neither. */
export function hugoPageValue(path: string, site: SiteInfo, own: Record<string, unknown>, name: string): unknown {
  const mine = field(own, name);
  if (mine !== undefined) return mine;
  const section = /^_index\./i.test(basename(path));
  // A section's own cascade is read below as its folder's; a regular page's holds for itself from v0.158.0.
  const self = section || !hugoPageCascadesToSelf(site) ? undefined : cascaded(field(own, 'cascade'), name);
  if (self !== undefined) return self;
  const root = hugoContentRootOf(path, site);
  if (root) {
    const leaf = /^index\./i.test(basename(path));
    for (let dir = dirname(path); dir === root || dir.startsWith(root + sep); dir = dirname(dir)) {
      // A leaf bundle's own cascade is no section's.
      const data = leaf && dir === dirname(path) ? undefined : bundleFrontMatter(dir);
      const value = data ? cascaded(field(data, 'cascade'), name) : undefined;
      if (value !== undefined) return value;
      if (dir === root) break;
    }
  }
  return cascaded(get(site.config, 'cascade'), name);
}
