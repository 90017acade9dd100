/**
 * The version of an npm package a site builds with, read as text, never installed or run: the
 * range a package.json gives it, the copy installed in node_modules, and the versions a lockfile
 * resolves (package-lock.json, yarn.lock v1 text and v2+ YAML, pnpm-lock.yaml). Which of these
 * counts first is the caller's (docusaurus-version.ts, vitepress-version.ts): each generator's
 * reader says why.
 */
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';
import type {SemVer} from 'semver';
import {readText} from './common.js';
import {readSmallJsonObject} from '../../read-text.js';
import {escapeRegExp} from '../../links/patterns.js';
import {projectTop} from '../project-top.js';

const dependencyFields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

type Semver = typeof import('semver');
let semverModule: Semver | undefined;

/**
 * semver, evaluated on first use: it compiles some forty regular expressions as it loads (~1.5 ms
 * of every run's start), and only the generators that read a package's version (Docusaurus,
 * VitePress) ask for it. In the bundle (scripts/bundle.mjs) `require` is there and esbuild makes
 * this call evaluate the bundle's own copy, here, when first asked; the compiled ES modules
 * (dist/src) have no `require` and load the package from node_modules.
 */
function semver(): Semver {
  semverModule ??= (typeof require === 'function' ? require('semver') : createRequire(import.meta.url)('semver')) as Semver;
  return semverModule;
}

/** `[major, minor, patch, prerelease parts]` of a plain version. */
export type Version = [number, number, number, (string | number)[]];

/** What counts as a plain version: `2.0.0-alpha.5`, `v1.6`, `2` (the missing parts are 0). */
const plainVersion = /^v?\d+(?:\.\d+)?(?:\.\d+)?(?:-[\w.]+)?$/;

function toVersion(version: SemVer): Version {
  return [version.major, version.minor, version.patch, [...version.prerelease]];
}

/** A plain version (`2.0.0-alpha.5`, `v1.6`), or undefined (also for a prerelease semver rejects, `1.0.0-a_b`, `1.0.0-beta.01`: npm publishes none). */
export function parseVersion(text: string): Version | undefined {
  const trimmed = text.trim();
  if (!plainVersion.test(trimmed)) return undefined;
  const version = semver().coerce(trimmed, {includePrerelease: true});
  const pre = /-(.*)$/.exec(trimmed)?.[1];
  return version && (pre ?? '') === version.prerelease.join('.') ? toVersion(version) : undefined;
}

/** The lowest version a plain range allows (`^2.0.0-alpha.16`, `~1.6.3`, `2.x`, `>=2.0.0`, `1.6.4`); undefined for `latest`, `workspace:*`, unions, `>=2 <4`. */
export function lowestOf(range: unknown): Version | undefined {
  if (typeof range !== 'string') return undefined;
  const plain = /^\s*(?:[\^~]|>=|=)?\s*([^\s|<>]+)\s*$/.exec(range)?.[1];
  if (plain === undefined || !plainVersion.test(plain.replace(/\.[x*](?=\.|$)/g, '.0'))) return undefined;
  // A range semver rejects (`1.0.0-a_b`: npm installs none) is no version, as a plain version's is.
  const lowest = semver().validRange(range, {loose: true}) === null ? null : semver().minVersion(range, {loose: true});
  return lowest ? toVersion(lowest) : undefined;
}

/** The lowest version any range semver reads allows (`>=0.10 <0.20` → 0.10.0), or undefined. */
export function minimumOf(range: string): Version | undefined {
  const lowest = semver().validRange(range, {loose: true}) === null ? null : semver().minVersion(range, {loose: true});
  return lowest ? toVersion(lowest) : undefined;
}

/**
 * Whether every version a range (or a plain version) allows is below `version` (true), none is
 * (false), or it allows both (undefined; also for a range semver cannot read: `workspace:*`).
 */
export function allBelow(range: string, version: string): boolean | undefined {
  const options = {includePrerelease: true, loose: true};
  if (semver().validRange(range, options) === null) return undefined;
  if (semver().subset(range, `<${version}`, options)) return true;
  return semver().subset(range, `>=${version}`, options) ? false : undefined;
}

/** semver precedence: a prerelease is below its release; parts compare numerically, else as text. */
export function compareVersions(a: Version, b: Version): number {
  return semver().compare(formatVersion(a), formatVersion(b));
}

function formatVersion([major, minor, patch, pre]: Version): string {
  return `${major}.${minor}.${patch}${pre.length > 0 ? `-${pre.join('.')}` : ''}`;
}

/** Every `[name, range]` the package.json in `dir` lists, across its dependency fields (a name listed twice, twice). */
export function declaredDependencies(dir: string): [string, unknown][] {
  const data = readSmallJsonObject(join(dir, 'package.json'));
  return dependencyFields.flatMap((field) => {
    const deps = data?.[field];
    return typeof deps === 'object' && deps !== null ? Object.entries(deps as Record<string, unknown>) : [];
  });
}

/** The range of `name` in the nearest package.json that lists it, from `root` up to the project's top (a workspace's root package.json). */
export function nearestDeclaredRange(root: string, name: string): string | undefined {
  const top = projectTop(root) ?? root;
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const range = declaredDependencies(dir).find(([listed, value]) => listed === name && typeof value === 'string')?.[1];
    if (typeof range === 'string') return range;
    if (dir === top || dirname(dir) === dir) return undefined;
  }
}

/**
 * Whether the site's `name` is before `version` (true), at or after it (false), or undefined when nothing it
 * holds decides: the range in the nearest package.json that lists it when every version it allows is on one
 * side (`0.17.4`, `^0.21.0`), else the lockfile's versions when they all are, else the installed copy.
 */
export function packageBefore(root: string, name: string, version: string): boolean | undefined {
  const declared = nearestDeclaredRange(root, name);
  const byRange = declared === undefined ? undefined : allBelow(declared, version);
  if (byRange !== undefined) return byRange;
  const locked = [...new Set(lockedVersions(root, name).map((found) => allBelow(found, version)))];
  if (locked.length === 1 && locked[0] !== undefined) return locked[0];
  const installed = installedVersion(root, name);
  return installed === undefined ? undefined : allBelow(installed, version);
}

/** The version of `name` installed in `root`'s node_modules. */
export function installedVersion(root: string, name: string): string | undefined {
  const version = readSmallJsonObject(join(root, 'node_modules', name, 'package.json'))?.version;
  return typeof version === 'string' ? version : undefined;
}

/**
 * The versions of `name` the first lockfile in `dir` that lists it resolves (package-lock.json,
 * then yarn.lock, then pnpm-lock.yaml), one a copy installed; empty when none lists it.
 */
export function lockedVersions(dir: string, name: string): string[] {
  const npm = readSmallJsonObject(join(dir, 'package-lock.json'));
  // lockfile v2/v3 `packages["node_modules/<name>"]`, v1 `dependencies["<name>"]`.
  const packages = npm?.packages as Record<string, {version?: unknown}> | undefined;
  const dependencies = npm?.dependencies as Record<string, {version?: unknown}> | undefined;
  const npmVersion = packages?.[`node_modules/${name}`]?.version ?? dependencies?.[name]?.version;
  if (typeof npmVersion === 'string') return [npmVersion];
  const escaped = escapeRegExp(name);
  // yarn.lock: an entry `"<name>@^3.1.0":` (v2+ `"<name>@npm:^3.1.0":`) followed by its `version "3.1.0"` / `version: 3.1.0`.
  const yarnEntry = new RegExp(String.raw`^"?${escaped}@[^\n]*:\n(?:[ \t]+[^\n]*\n)*?[ \t]+version:?[ \t]+"?([\w.-]+)`, 'gm');
  // pnpm-lock.yaml: package keys `/<name>@3.1.0:`, `'<name>@3.1.0(react@18.2.0)':`, v5/v6 `/<name>/2.4.3_<peers>:`.
  const pnpmKey = new RegExp(String.raw`^\s+['"]?\/?${escaped}[@/](\d[\w.-]*?)(?=[(_]|['"]?:)`, 'gm');
  for (const [file, pattern] of [['yarn.lock', yarnEntry], ['pnpm-lock.yaml', pnpmKey]] as const) {
    const text = readText(join(dir, file));
    const versions = text === undefined ? [] : [...text.matchAll(pattern)].map((match) => match[1]!);
    if (versions.length > 0) return versions;
  }
  return [];
}
