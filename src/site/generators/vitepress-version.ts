/**
 * Whether a VitePress site's build runs a Markdown link's `#fragment` through the heading slugify
 * before writing it (`[x](./api.md#numberFormats)` → `href="./api.html#numberformats"`). VitePress
 * does since vuejs/vitepress#4628 (`normalizeHash` in src/node/markdown/plugins/link.ts, commit
 * e25d0805), first released in 2.0.0-alpha.5; no 1.x release has it (1.6.4's link plugin does not).
 *
 * The version is read as docusaurus-version.ts reads Docusaurus's (package-version.ts): the
 * nearest package.json from the site folder up to the project's top that lists `vitepress` (the
 * lowest version its range allows), then the installed node_modules/vitepress/package.json, then
 * the project's lockfile when it resolves one version.
 */
import {projectTop} from '../project-top.js';
// semver only through package-version.ts, which loads it on first use (not at the CLI's start).
import {allBelow, compareVersions, installedVersion, lockedVersions, lowestOf, minimumOf, nearestDeclaredRange, parseVersion} from './package-version.js';

/** The first release whose link plugin slugifies fragments. */
const firstSlugifying = '2.0.0-alpha.5';

/** The one version of `vitepress` the project's lockfile resolves, if it resolves one. */
function lockedVersion(root: string): string | undefined {
  const found = new Set(lockedVersions(projectTop(root) ?? root, 'vitepress'));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * True when the site's VitePress slugifies link fragments, false when it does not, and a reason
 * in words when nothing the site holds says which VitePress builds it.
 */
export function slugifiesLinkFragments(root: string): boolean | string {
  // package.json's range first, then what is installed, then the lockfile: each read only when the one before says nothing.
  const written = lowestOf(nearestDeclaredRange(root, 'vitepress')) ?? installedVersion(root, 'vitepress') ?? lockedVersion(root);
  const version = typeof written === 'string' ? parseVersion(written) : written;
  if (version === undefined) return 'no package.json, lockfile or installed vitepress says which VitePress builds the site (2.0.0-alpha.5 and later slugify a link\'s fragment as they do headings, 1.x does not)';
  return compareVersions(version, parseVersion(firstSlugifying)!) >= 0;
}

/**
 * The first release whose headings get @mdit-vue/shared's slugify (NFKD, curly quotes to `-`):
 * vuejs/vitepress#1554 (commit 8cd1f7c4) removed VitePress's own diacritics-based slugify.
 */
const firstMditVueSlugify = '1.0.0-alpha.27';
/** The first release on markdown-it-anchor 7 (repeats from `-1`; 5.x numbered them from `-2`). */
const firstAnchor7 = '0.14.0';
/** The first release with markdown-it-attrs (`{#id}` ids). */
const firstAttrs = '0.19.0';

/** How the site's VitePress ids headings: the flavor's facts, or a reason when its version is unknown. */
export interface HeadingIdRelease {
  /** Before 1.0.0-alpha.27: VitePress's own slugify (slug/vitepress-0.ts). */
  before1: boolean;
  /** Before 0.14.0: repeats numbered from 2. */
  anchor5: boolean;
  /** Before 0.19.0: no `{#id}` ids. */
  noAttrs: boolean;
  /** The version or range it was read from, for the flavor's reason. */
  from: string;
}

/**
 * Which VitePress slugifies the site's headings: the nearest package.json's range when every
 * version it allows is on one side of each change (`^0.20.0`), else the installed copy, else the
 * lockfile's one version; a reason in words when none of them decides.
 */
export function headingIdRelease(root: string): HeadingIdRelease | string {
  const range = nearestDeclaredRange(root, 'vitepress');
  for (const written of [range, installedVersion(root, 'vitepress'), lockedVersion(root)]) {
    if (written === undefined) continue;
    const before1 = allBelow(written, firstMditVueSlugify);
    if (before1 === undefined) continue;
    // The smaller changes only matter before 1.0: a range that spans them reads as its lowest version.
    const lowest = minimumOf(written);
    const lowBelow = (version: string): boolean => (allBelow(written, version) ?? (lowest !== undefined && compareVersions(lowest, parseVersion(version)!) < 0));
    return {before1, anchor5: before1 && lowBelow(firstAnchor7), noAttrs: before1 && lowBelow(firstAttrs), from: `vitepress ${written}`};
  }
  return `no package.json range, installed copy or lockfile says whether the site's VitePress is before ${firstMditVueSlugify} (its own slugify, no NFKD) or later (@mdit-vue/shared's)`;
}

/** The first release that asks `treatAsHtml` whether a dotted link is a page (vitepress-page-links.ts). */
const firstTreatAsHtml = '1.0.0-rc.35';

/**
 * Whether the site's VitePress takes a link whose last segment has a dot but no asset extension
 * (`/api/dex.sell`) for a page (1.0.0-rc.35 and later) or for a file (earlier): the nearest
 * package.json's range when every version it allows is on one side, else the installed copy, else
 * the lockfile's one version; a reason in words when none of them decides.
 */
export function dottedNamesArePages(root: string): boolean | string {
  for (const written of [nearestDeclaredRange(root, 'vitepress'), installedVersion(root, 'vitepress'), lockedVersion(root)]) {
    if (written === undefined) continue;
    const below = allBelow(written, firstTreatAsHtml);
    if (below !== undefined) return !below;
  }
  return `no package.json range, installed copy or lockfile says whether the site's VitePress is ${firstTreatAsHtml} or later (a dotted link without an asset extension is a page) or earlier (it is a file, left as written)`;
}
