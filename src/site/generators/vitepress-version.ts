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
import {compareVersions, installedVersion, lockedVersions, lowestOf, nearestDeclaredRange, parseVersion} from './package-version.js';

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
