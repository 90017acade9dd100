/**
 * The Docusaurus major version a site builds with, which decides its MDX: Docusaurus 2 compiles
 * MDX 1, Docusaurus 3 MDX 3 (docusaurus.io, "Upgrading to Docusaurus v3": "MDX v1 to MDX v3").
 * Read, in order, from the site's package.json (`@docusaurus/core`, else any `@docusaurus/*`
 * package: they are released together at one version), then the lockfile (package-lock.json,
 * yarn.lock, pnpm-lock.yaml), then the installed node_modules/@docusaurus/core/package.json.
 * Undefined when none of them says one major: postlint then abstains where the readings differ.
 */
import {join} from 'node:path';
import {readText} from './common.js';
import {readSmallJsonObject} from '../../read-text.js';

/** The major of a plain range (`^2.4.0`, `~3`, `2.x`, `3.1.0`); undefined for `workspace:*`, `latest`, `>=2 <4`. */
function rangeMajor(range: unknown): number | undefined {
  if (typeof range !== 'string') return undefined;
  const major = /^\s*(?:[\^~]|>=|=)?\s*v?(\d+)(?:\.(?:\d+|[x*])){0,2}(?:-[\w.]+)?\s*$/.exec(range)?.[1];
  return major === undefined ? undefined : Number(major);
}

/** One major when all the numbers agree, else undefined. */
function single(majors: number[]): number | undefined {
  const distinct = [...new Set(majors)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

const dependencyFields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

function fromPackageJson(root: string): number | undefined {
  const data = readSmallJsonObject(join(root, 'package.json'));
  if (!data) return undefined;
  const entries = dependencyFields.flatMap((field) => {
    const deps = data[field];
    return typeof deps === 'object' && deps !== null ? Object.entries(deps as Record<string, unknown>) : [];
  });
  const core = entries.filter(([name]) => name === '@docusaurus/core').map(([, range]) => rangeMajor(range));
  if (core.length > 0) return core.includes(undefined) ? undefined : single(core as number[]);
  const others = entries.filter(([name]) => name.startsWith('@docusaurus/')).map(([, range]) => rangeMajor(range));
  return others.includes(undefined) ? undefined : single(others as number[]);
}

/** The versions of `@docusaurus/core` a lockfile resolves (one per copy installed). */
function fromLockfile(root: string): number | undefined {
  const npm = readSmallJsonObject(join(root, 'package-lock.json'));
  if (npm) {
    const packages = npm.packages as Record<string, {version?: unknown}> | undefined;
    const dependencies = npm.dependencies as Record<string, {version?: unknown}> | undefined;
    const version = packages?.['node_modules/@docusaurus/core']?.version ?? dependencies?.['@docusaurus/core']?.version;
    return rangeMajor(version);
  }
  // yarn.lock (v1 text, v2+ YAML): an entry `"@docusaurus/core@^3.1.0":` followed by its `version "3.1.0"` / `version: 3.1.0`.
  const yarn = readText(join(root, 'yarn.lock'));
  if (yarn !== undefined) {
    return single([...yarn.matchAll(/^"?@docusaurus\/core@[^\n]*:\n(?:[ \t]+[^\n]*\n)*?[ \t]+version:?[ \t]+"?(\d+)\./gm)].map((match) => Number(match[1])));
  }
  // pnpm-lock.yaml: package keys `/@docusaurus/core@3.1.0` or `'@docusaurus/core@3.1.0(…)':` (v6 `/@docusaurus/core/2.4.3`).
  const pnpm = readText(join(root, 'pnpm-lock.yaml'));
  if (pnpm !== undefined) return single([...pnpm.matchAll(/^\s+['"]?\/?@docusaurus\/core[@/](\d+)\./gm)].map((match) => Number(match[1])));
  return undefined;
}

/** The Docusaurus major the site builds with, or undefined when nothing it holds says one. */
export function docusaurusMajor(root: string): number | undefined {
  return fromPackageJson(root) ?? fromLockfile(root) ?? rangeMajor(readSmallJsonObject(join(root, 'node_modules', '@docusaurus', 'core', 'package.json'))?.version);
}
