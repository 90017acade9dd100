/**
 * Whether a VitePress site's build runs a Markdown link's `#fragment` through the heading slugify
 * before writing it (`[x](./api.md#numberFormats)` → `href="./api.html#numberformats"`). VitePress
 * does since vuejs/vitepress#4628 (`normalizeHash` in src/node/markdown/plugins/link.ts, commit
 * e25d0805), first released in 2.0.0-alpha.5; no 1.x release has it (1.6.4's link plugin does not).
 *
 * The version is read as docusaurus-version.ts reads Docusaurus's: the nearest package.json from the
 * site folder up to the project's top that lists `vitepress` (the lowest version its range allows),
 * then the installed node_modules/vitepress/package.json, then a lockfile that resolves one version.
 */
import {dirname, join, resolve} from 'node:path';
import {readText} from './common.js';
import {readSmallJsonObject} from '../../read-text.js';
import {projectTop} from '../project-top.js';

/** The first release whose link plugin slugifies fragments. */
const firstSlugifying = '2.0.0-alpha.5';

const dependencyFields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** `[major, minor, patch, prerelease parts]` of a plain version, or undefined. */
type Version = [number, number, number, (string | number)[]];

function parseVersion(text: string): Version | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([\w.]+))?$/.exec(text.trim());
  if (!match) return undefined;
  const pre = match[4] === undefined ? [] : match[4].split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0), pre];
}

/** The lowest version a plain range allows (`^2.0.0-alpha.16`, `~1.6.3`, `>=2.0.0`, `1.6.4`); undefined for `latest`, `workspace:*`, unions. */
function lowestOf(range: string): Version | undefined {
  const plain = /^\s*(?:[\^~]|>=|=)?\s*([^\s|<>]+)\s*$/.exec(range)?.[1];
  return plain === undefined ? undefined : parseVersion(plain.replace(/\.[x*](?=\.|$)/g, '.0'));
}

/** semver precedence: a prerelease is below its release; parts compare numerically, else as text. */
function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  const [pa, pb] = [a[3], b[3]];
  if (pa.length === 0 || pb.length === 0) return pb.length - pa.length;
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const [x, y] = [pa[i]!, pb[i]!];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** The `vitepress` range of the nearest package.json (site folder up to the project's top) that lists it. */
function declaredRange(root: string): string | undefined {
  const top = projectTop(root) ?? root;
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const data = readSmallJsonObject(join(dir, 'package.json'));
    for (const field of dependencyFields) {
      const range = (data?.[field] as Record<string, unknown> | undefined)?.vitepress;
      if (typeof range === 'string') return range;
    }
    if (dir === top || dirname(dir) === dir) return undefined;
  }
}

/** The one version of `vitepress` a lockfile beside the project resolves, if it resolves one. */
function lockedVersion(dir: string): string | undefined {
  const npm = readSmallJsonObject(join(dir, 'package-lock.json'));
  const packages = npm?.packages as Record<string, {version?: unknown}> | undefined;
  const npmVersion = packages?.['node_modules/vitepress']?.version;
  if (typeof npmVersion === 'string') return npmVersion;
  const texts = [readText(join(dir, 'pnpm-lock.yaml')), readText(join(dir, 'yarn.lock'))];
  const found = new Set<string>();
  for (const text of texts) {
    if (text === undefined) continue;
    for (const match of text.matchAll(/^\s+['"]?\/?vitepress[@/](\d[\w.-]*?)(?:\(|['"]?:)/gm)) found.add(match[1]!);
    for (const match of text.matchAll(/^"?vitepress@[^\n]*:\n(?:[ \t]+[^\n]*\n)*?[ \t]+version:?[ \t]+"?([\w.-]+)/gm)) found.add(match[1]!);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * True when the site's VitePress slugifies link fragments, false when it does not, and a reason
 * in words when nothing the site holds says which VitePress builds it.
 */
export function slugifiesLinkFragments(root: string): boolean | string {
  // package.json's range first, then what is installed, then the lockfile: each read only when the one before says nothing.
  const installed = (): string | undefined => {
    const version = readSmallJsonObject(join(root, 'node_modules', 'vitepress', 'package.json'))?.version;
    return typeof version === 'string' ? version : undefined;
  };
  const range = declaredRange(root);
  const written = (range !== undefined ? lowestOf(range) : undefined) ?? installed() ?? lockedVersion(projectTop(root) ?? root);
  const version = typeof written === 'string' ? parseVersion(written) : written;
  if (version === undefined) return 'no package.json, lockfile or installed vitepress says which VitePress builds the site (2.0.0-alpha.5 and later slugify a link\'s fragment as they do headings, 1.x does not)';
  return compareVersions(version, parseVersion(firstSlugifying)!) >= 0;
}
