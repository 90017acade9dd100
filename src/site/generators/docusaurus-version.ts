/**
 * The Docusaurus major version a site builds with, which decides its MDX: Docusaurus 2 compiles
 * MDX 1, Docusaurus 3 MDX 3 (docusaurus.io, "Upgrading to Docusaurus v3": "MDX v1 to MDX v3").
 * Read, in order, from the site's package.json (`@docusaurus/core`, else any `@docusaurus/*`
 * package: they are released together at one version), then the lockfile (package-lock.json,
 * yarn.lock, pnpm-lock.yaml), then the installed node_modules/@docusaurus/core/package.json
 * (package-version.ts reads each).
 * Undefined when none of them says one major: postlint then abstains where the readings differ.
 */
import {declaredDependencies, installedVersion, lockedVersions, lowestOf, packageBefore} from './package-version.js';

/** The major of a plain range or version (`^2.4.0`, `~3`, `2.x`, `3.1.0`); undefined for `workspace:*`, `latest`, `>=2 <4`. */
function rangeMajor(range: unknown): number | undefined {
  return lowestOf(range)?.[0];
}

/** One major when all the numbers agree, else undefined. */
function single(majors: (number | undefined)[]): number | undefined {
  const distinct = [...new Set(majors)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

function fromPackageJson(root: string): number | undefined {
  const entries = declaredDependencies(root);
  const core = entries.filter(([name]) => name === '@docusaurus/core');
  const listed = core.length > 0 ? core : entries.filter(([name]) => name.startsWith('@docusaurus/'));
  return single(listed.map(([, range]) => rangeMajor(range)));
}

/** The Docusaurus major the site builds with, or undefined when nothing it holds says one. */
export function docusaurusMajor(root: string): number | undefined {
  return fromPackageJson(root) ?? single(lockedVersions(root, '@docusaurus/core').map(rangeMajor)) ?? rangeMajor(installedVersion(root, '@docusaurus/core'));
}

/**
 * Whether the site's Docusaurus is before `version` (true), at or after it (false), or a reason in
 * words when nothing it holds decides: the `@docusaurus/core` range in the nearest package.json that
 * lists it when every version it allows is on one side (`2.0.0-beta.14`, `^2.4.0`), else the lockfile's
 * versions when they all are, else the installed copy (package-version.ts, packageBefore).
 */
export function docusaurusBefore(root: string, version: string): boolean | string {
  return packageBefore(root, '@docusaurus/core', version) ?? `no package.json range, lockfile or installed @docusaurus/core says whether the site's Docusaurus is before ${version}`;
}
