/**
 * The Hugo version a site builds with, as its build files pin it (read as text, never run), and
 * what that version's YAML reader does with a front-matter key given twice. Hugo read YAML with
 * go-yaml v2's `yaml.Unmarshal` up to v0.151, which keeps the last value of a repeated key without
 * a word; v0.152.0 moved to goccy/go-yaml (YAML 1.1 again), which refuses the block ("mapping key
 * "draft" already defined at [3:1]": gohugoio/hugo release v0.152.0; bep in linode/docs#7360, "the
 * old behaviour was to keep the last occurrence of a duplicate key"; gohugoio/hugo#7404 held back
 * yaml.v3 in 2020 because it complains of duplicates).
 *
 * Where a site pins its Hugo: `HUGO_VERSION` in netlify.toml, CI files and Forestry/CloudCannon
 * settings (`HUGO_VERSION = "0.57.1"`, `HUGO_VERSION: 0.57.1`, `- HUGO_VERSION=0.57.1`),
 * peaceiris/actions-hugo's `hugo-version:`, a download of a release (`gohugoio/hugo/releases/download/v0.32.2/`,
 * `hugo_extended_0.32.2_Linux-64bit.deb`) and Hugo's own `module.hugoVersion.max`, the npm package hugo-extended. The highest
 * version found counts (a site built on two machines errs where the newer one does); `latest`
 * counts as a new one. Nothing found: unknown.
 */
import {readdirSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {projectTop} from '../project-top.js';
import {get} from './common.js';
import {gitRoot} from '../../ignore-files.js';
import {readSmallFileIfAny} from '../../read-text.js';
import {allBelow, compareVersions, installedVersion, lockedVersions, minimumOf, nearestDeclaredRange, parseVersion, type Version} from './package-version.js';
import type {SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';
import {goYamlV2Boolean} from '../../front-matter-yaml11.js';

/** The first Hugo whose YAML reader refuses a repeated key and reads `yes` as text (goccy/go-yaml). */
const refusesRepeatedKeys: Version = [0, 152, 0, []];
/** `latest`: newer than any release a site could pin. */
const newest: Version = [999_999, 0, 0, []];

/** Build files that may pin the version, from the site's folder and the repository's top. */
const buildFiles = ['netlify.toml', '.travis.yml', '.gitlab-ci.yml', '.forestry/settings.yml', '.cloudcannon/settings.yml', 'vercel.json', 'amplify.yml', 'render.yaml', 'Dockerfile', 'Makefile', '.hugo-version', '.hugo_version'];

const pins: Array<{pattern: RegExp; name: string}> = [
  {pattern: /\bHUGO_VERSION["']?\s*[:=]\s*["']?v?(\d+\.\d+(?:\.\d+)?|latest)\b/gi, name: 'HUGO_VERSION'},
  {pattern: /\bhugo-version["']?\s*:\s*["']?v?(\d+\.\d+(?:\.\d+)?|latest)\b/gi, name: 'hugo-version'},
  {pattern: /gohugoio\/hugo\/releases\/download\/v(\d+\.\d+(?:\.\d+)?)\//gi, name: 'a release download'},
  {pattern: /\bhugo_(?:extended_)?(?:withdeploy_)?(\d+\.\d+(?:\.\d+)?)_/gi, name: 'a release package'},
];

function parse(text: string): Version | undefined {
  return text.toLowerCase() === 'latest' ? newest : parseVersion(text);
}

const below = (a: Version, b: Version): boolean => compareVersions(a, b) < 0;

/** The versions a text pins, with the pin as written. */
function pinnedVersions(text: string): Array<{version: Version; written: string}> {
  const found: Array<{version: Version; written: string}> = [];
  for (const {pattern, name} of pins) {
    for (const match of text.matchAll(pattern)) {
      const version = parse(match[1]!);
      if (version) found.push({version, written: `${match[1]!} (${name}`});
    }
  }
  // A version file holds the version alone.
  const alone = /^\s*v?(\d+\.\d+(?:\.\d+)?)\s*$/.exec(text)?.[1];
  if (alone !== undefined && found.length === 0) found.push({version: parse(alone)!, written: `${alone} (the version file`});
  return found;
}

/**
 * The text without its comments: every build file read here but vercel.json (JSON has none) writes
 * them with `#` (TOML, YAML, Dockerfile, Makefile), so `# HUGO_VERSION = "0.54.0"` is no pin. A `#`
 * inside a word or a URL (`${HUGO_VERSION#v}`, `…/#x`) starts none: only one at a line's start or after a space.
 */
function withoutComments(file: string, text: string): string {
  return /\.json$/i.test(file) ? text : text.replace(/(^|\s)#.*$/gm, '$1');
}

/** The files read for a site: its build files, at its folder and at the repository's top, and the GitHub workflows. */
function hugoVersionFiles(site: SiteInfo): string[] {
  const tops = [...new Set([site.root, gitRoot(site.root) ?? site.root])];
  const files = tops.flatMap((top) => buildFiles.map((name) => join(top, name)));
  for (const top of tops) {
    const workflows = join(top, '.github', 'workflows');
    let names: string[] = [];
    try {
      names = readdirSync(workflows).filter((name) => /\.ya?ml$/i.test(name)).sort().slice(0, 50);
    } catch {
      // No workflows.
    }
    files.push(...names.map((name) => join(workflows, name)));
  }
  return files;
}

/** The npm packages that install Hugo at its own version numbers (hugo-extended, hugo-bin-extended's peers). */
const hugoPackages = ['hugo-extended'];

/**
 * Every file `pinnedHugoVersion` may read (beside the site's config, which keys the caches on its
 * own): the build files and workflows, the lockfiles and installed copy of the npm packages, and the
 * package.json files from the site up to the project's top (package-version.ts). Keep in step with it.
 */
export function hugoVersionInputs(site: SiteInfo): string[] {
  const files = hugoVersionFiles(site);
  for (const name of hugoPackages) {
    files.push(...['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', join('node_modules', name, 'package.json')].map((file) => join(site.root, file)));
  }
  const top = projectTop(site.root) ?? site.root;
  for (let dir = resolve(site.root); ; dir = dirname(dir)) {
    files.push(join(dir, 'package.json'));
    if (dir === top || dirname(dir) === dir) break;
  }
  return files;
}

const cache = new WeakMap<SiteInfo, {version: Version; from: string} | null>();

/** The highest Hugo version the site's build files pin, and where; undefined when none does. */
function pinnedHugoVersion(site: SiteInfo): {version: Version; from: string} | undefined {
  const known = cache.get(site);
  if (known !== undefined) return known ?? undefined;
  let best: {version: Version; from: string} | undefined;
  const consider = (version: Version, from: string): void => {
    if (!best || below(best.version, version)) best = {version, from};
  };
  for (const file of hugoVersionFiles(site)) {
    const text = readSmallFileIfAny(file);
    if (text === undefined) continue;
    for (const pin of pinnedVersions(withoutComments(file, text))) consider(pin.version, `${pin.written} in ${toPosix(relative(site.root, file))})`);
  }
  for (const name of hugoPackages) {
    const locked = lockedVersions(site.root, name)[0] ?? installedVersion(site.root, name);
    const range = nearestDeclaredRange(site.root, name);
    // A range all below v0.152 (`^0.96.0` is 0.96.x) counts as its lowest; one that allows v0.152 as a new one.
    const fromRange = (written: string): Version | undefined => (allBelow(written, '0.152.0') === true ? minimumOf(written) : newest);
    const version = locked !== undefined ? parseVersion(locked) : range === undefined ? undefined : fromRange(range);
    if (version) consider(version, `${locked ?? range} (the npm package ${name})`);
  }
  const max = get(site.config, 'module', 'hugoVersion', 'max');
  const version = typeof max === 'string' ? parseVersion(max) : undefined;
  if (version) consider(version, `${String(max)} (module.hugoVersion.max)`);
  cache.set(site, best ?? null);
  return best;
}

/** The site's pinned Hugo when it is older than `version`; undefined when none is pinned or it is that version or later. */
function pinnedBefore(site: SiteInfo, version: Version): {version: Version; from: string} | undefined {
  const pinned = pinnedHugoVersion(site);
  return pinned && below(pinned.version, version) ? pinned : undefined;
}

/**
 * How the site's Hugo takes a front-matter key given twice, when it keeps the last one (a pinned
 * version before v0.152); undefined when it refuses the block, or when no version is pinned
 * (today's Hugo refuses it).
 */
export function hugoKeepsLastRepeatedKey(site: SiteInfo | undefined): string | undefined {
  const pinned = site ? pinnedBefore(site, refusesRepeatedKeys) : undefined;
  if (!pinned) return undefined;
  return `the site's Hugo ${pinned.from} reads YAML with go-yaml v2, which keeps the last one (Hugo 0.152 and later refuse the block)`;
}

/**
 * How the site's Hugo reads an unquoted `yes`, `off`, `y`: go-yaml v2's YAML 1.1 booleans when a
 * version before v0.152 is pinned; undefined (text, as goccy/go-yaml reads YAML 1.2: the v0.152.0
 * release moved `yes`/`no`/`on`/`off` back to strings) when a later one or none is pinned.
 */
export function hugoYamlBoolean(site: SiteInfo | undefined): ((word: string) => boolean | undefined) | undefined {
  return site && pinnedBefore(site, refusesRepeatedKeys) ? goYamlV2Boolean : undefined;
}

/** The first Hugo that puts a page's language (content dimension) prefix before a site-relative alias (gohugoio/hugo 2d80b8a, v0.154.4). */
const prefixesAliases: Version = [0, 154, 4, []];

/**
 * Does the site's Hugo serve a site-relative alias (`/old/`) of a page of a language served below
 * its prefix at `/fr/old/`? True from v0.154.4 (hugolib/page__output.go Aliases: `PrefixFilePath`),
 * false before (hugolib/site_render.go renderAliases joined only the output format's path);
 * undefined when no version is pinned.
 */
export function hugoPrefixesAliases(site: SiteInfo): boolean | undefined {
  const pinned = pinnedHugoVersion(site);
  return pinned ? !below(pinned.version, prefixesAliases) : undefined;
}

/** The first Hugo whose embedded `figure` shortcode looks `src` up among the page's and the global resources (gohugoio/hugo#12246, v0.124.0). */
const figureFindsResources: Version = [0, 124, 0, []];

/**
 * Does the site's embedded `figure` shortcode look `src` up as a page resource, then with `resources.Get`
 * (the assets folder and every mount into it), and write the found resource's RelPermalink? True from
 * v0.124.0 and when no version is pinned; before, it wrote `src` as it is.
 */
export function hugoFigureFindsResources(site: SiteInfo): boolean {
  return pinnedBefore(site, figureFindsResources) === undefined;
}

/** The first Hugo whose regular pages (and leaf bundles) take their own `cascade` too (gohugoio/hugo 9b5f1d4, v0.158.0). */
const cascadesToSelf: Version = [0, 158, 0, []];

/**
 * Does a regular page's own `cascade` hold for the page itself (hugolib TestRegularPageCascadeToSelf)? True from
 * v0.158.0 and when no version is pinned (the Hugo a build installs today); false when an older one is pinned.
 */
export function hugoPageCascadesToSelf(site: SiteInfo): boolean {
  return pinnedBefore(site, cascadesToSelf) === undefined;
}

/** The first Hugo that files content under a normalized path, lower case with spaces as `-` (gohugoio/hugo 7285e74, v0.123.0: common/paths NormalizePathStringBasic). */
const normalizesContentPaths: Version = [0, 123, 0, []];

/**
 * Does the site's Hugo normalize a content path (lower case, each space `-`) before it makes the
 * page's URL and the key `GetPage` finds it by? True from v0.123.0 and when no version is pinned.
 */
export function hugoNormalizesContentPaths(site: SiteInfo): boolean {
  return pinnedBefore(site, normalizesContentPaths) === undefined;
}

/** The first Hugo that keeps an index file in a subfolder of a leaf bundle as one of its resources (gohugoio/hugo#6239, v0.57.2). */
const bundlesNestedIndexes: Version = [0, 57, 2, []];

/**
 * Is an index file below a leaf bundle (`authors/ann/index.md` under `authors/index.md`) a resource of
 * that bundle, not a page (hugolib TestBundleIndexInSubFolder, #6208)? True from v0.57.2 and when no
 * version is pinned; false when an older one is pinned (its handling is not modelled: checked as a page).
 */
export function hugoBundlesNestedIndexes(site: SiteInfo): boolean {
  return pinnedBefore(site, bundlesNestedIndexes) === undefined;
}

/** The first Hugo that makes a heading's automatic id from its plain text (gohugoio/hugo 24cc255, v0.144.0: render.TextPlain). */
const idsFromPlainText: Version = [0, 144, 0, []];

/**
 * Does the site's Hugo make a heading's automatic id from the heading's last source line, as Goldmark's own
 * parser does (yuin/goldmark parser/atx_heading.go generateAutoHeadingID: `lastLine.Value(source)`), raw HTML
 * and link destinations included (`### <a name="x"></a> Setup` is `a-namexa-setup`)? True when a version before
 * v0.144.0 is pinned; from then Hugo's attributes transformer slugs the plain text (raw HTML's tags stripped, a
 * link's text only). False when no version is pinned (the Hugo a build installs today).
 */
export function hugoIdsFromSourceLine(site: SiteInfo): boolean {
  return pinnedBefore(site, idsFromPlainText) !== undefined;
}

/** The first Hugo that renders Markdown with Goldmark by default (gohugoio/hugo v0.60.0, markup/markup_config/config.go: `DefaultMarkdownHandler: "goldmark"`). */
const goldmarkByDefault: Version = [0, 60, 0, []];

/**
 * Why the site's Hugo renders Markdown with Blackfriday whatever its config says: a version before
 * v0.60.0 is pinned. Those read no `markup` section (it came with v0.60.0): Blackfriday renders every
 * `.md` page, configured by the top-level `blackfriday` section (v0.59.1 helpers/content.go
 * `cfg.GetStringMap("blackfriday")`). Undefined when no such version is pinned.
 */
export function hugoBlackfridayByVersion(site: SiteInfo): string | undefined {
  const pinned = pinnedBefore(site, goldmarkByDefault);
  if (!pinned) return undefined;
  return `the site's Hugo ${pinned.from} is older than 0.60, which renders Markdown with Blackfriday`;
}
