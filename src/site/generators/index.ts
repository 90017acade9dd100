/**
 * The generator registry: every module postlint models, in detection order, and the lookup from
 * a site (plain data) to its module. Adding a generator is one module file and one line in
 * `generators` (before `unknown`, which only names generators nobody models yet).
 */
import {basename, dirname, parse as parsePath} from 'node:path';
import {docusaurus} from './docusaurus.js';
import {eleventy} from './eleventy.js';
import {github} from './github.js';
import {hugo} from './hugo.js';
import {jekyll} from './jekyll.js';
import {mdbook} from './mdbook.js';
import {mkdocs} from './mkdocs.js';
import {starlight} from './starlight.js';
import {unknown} from './unknown.js';
import {withBooleanWords, type BooleanWord} from '../../front-matter-yaml11.js';
import {vitepress} from './vitepress.js';
import {zola} from './zola.js';
import {forgetHeldReads} from './held-reads.js';
import {withListing} from './detect-listing.js';
import type {Detection, Generator, SiteInfo} from './types.js';

export type {Generator, SiteInfo} from './types.js';

/**
 * Detection order inside one folder: a generator's own config file (`hugo.toml`, `mkdocs.yml`)
 * wins over a generic one (`config.toml`, which Hugo and Zola share), and among equals the
 * earlier module here wins. The nearest folder with any marker decides.
 */
export const generators: readonly Generator[] = [hugo, mkdocs, jekyll, docusaurus, vitepress, mdbook, eleventy, starlight, zola, unknown];

const byName = new Map<string, Generator>([...generators, github].map((generator) => [generator.name, generator]));

/** The module for a site; files outside every site are plain GitHub Markdown. */
export function generatorOf(site: SiteInfo | undefined): Generator {
  return (site && byName.get(site.generator)) ?? (site ? unknown : github);
}

/** Front matter as read, with what src/frontmatter.ts keeps for the generator to settle (`FrontMatter`'s fields). */
interface ReadBlock {
  data: Record<string, unknown>;
  keyLines: Record<string, unknown>;
  error?: unknown;
  repeated?: {keys: ReadonlyArray<{key: string; line: number; column: number}>; data: Record<string, unknown>};
  flowTabs?: {data: Record<string, unknown>};
  flowIndent?: {data: Record<string, unknown>};
  booleanWords?: ReadonlyArray<BooleanWord>;
}

/**
 * A block the `yaml` package refused, as the site's own YAML reader takes it when that reader builds
 * the page: a top-level key given twice where it keeps the last one (`keepsLastRepeatedKey`), tabs
 * starting lines inside `[ … ]`/`{ … }` where it skips them (`readsTabsInFlow`), lines inside them at
 * any indent where it reads them so (`readsFlowAtAnyIndent`). Then its fields
 * count (aliases, draft, title) and there is no error. A block it takes, with bare words its
 * YAML 1.1 reader takes as booleans (`yamlBoolean`: `draft: yes`) made them. The same object otherwise.
 */
export function asGeneratorParses<T extends ReadBlock>(frontMatter: T, site: SiteInfo | undefined): T {
  const generator = generatorOf(site);
  const read = asReaderTakes(frontMatter, generator, site);
  // Bare words its YAML 1.1 reader takes as booleans (`draft: yes`) are those booleans, in a block it takes once repaired too.
  const asBoolean = read.error === undefined && read.booleanWords && generator.yamlBoolean?.(site);
  if (!asBoolean) return read;
  const data = withBooleanWords(read.data, read.booleanWords!, asBoolean);
  return data === read.data ? read : {...read, data};
}

/** The block as the generator's YAML reader takes it: repaired where it reads what the `yaml` package refuses. */
function asReaderTakes<T extends ReadBlock>(frontMatter: T, generator: Generator, site: SiteInfo | undefined): T {
  if (frontMatter.error === undefined) return frontMatter;
  if (frontMatter.repeated && generator.keepsLastRepeatedKey?.(site) !== undefined) {
    // The value kept is the last one: a field's line is its repeat's.
    const keyLines: Record<string, unknown> = {...frontMatter.keyLines};
    for (const {key, line, column} of frontMatter.repeated.keys) keyLines[key] = {line, column};
    return {...frontMatter, data: frontMatter.repeated.data, keyLines, error: undefined};
  }
  if (frontMatter.flowTabs && generator.readsTabsInFlow?.(site) !== undefined) return {...frontMatter, data: frontMatter.flowTabs.data, error: undefined};
  if (frontMatter.flowIndent && generator.readsFlowAtAnyIndent?.(site) !== undefined) return {...frontMatter, data: frontMatter.flowIndent.data, error: undefined};
  return frontMatter;
}

/**
 * Front matter as the site's generator reads it: a block its YAML reader takes read so
 * (asGeneratorParses), each key renamed as the generator reads it (Hugo's `Title:` is `title`), its
 * line kept. The same object when nothing changes.
 */
export function asGeneratorReads<T extends ReadBlock>(frontMatter: T, site: SiteInfo | undefined): T;
export function asGeneratorReads<T extends ReadBlock>(frontMatter: T | undefined, site: SiteInfo | undefined): T | undefined;
export function asGeneratorReads<T extends ReadBlock>(read: T | undefined, site: SiteInfo | undefined): T | undefined {
  const frontMatter = read && asGeneratorParses(read, site);
  const rename = generatorOf(site).frontMatterKeys;
  if (!frontMatter || !rename || !Object.keys(frontMatter.data).some((key) => rename(key) !== key)) return frontMatter;
  const data: Record<string, unknown> = {};
  const keyLines: Record<string, unknown> = {};
  // A key written as the generator reads it wins over another spelling of it.
  const keys = Object.keys(frontMatter.data).sort((a, b) => Number(rename(a) !== a) - Number(rename(b) !== b));
  for (const key of keys) {
    const name = rename(key);
    if (name in data) continue;
    data[name] = frontMatter.data[key];
    if (key in frontMatter.keyLines) keyLines[name] = frontMatter.keyLines[key];
  }
  return {...frontMatter, data, keyLines};
}

const byDir = new Map<string, SiteInfo | null>();

/** Detect sites again from now on (a generator config was added, edited or removed; the language server). */
export function forgetSites(): void {
  byDir.clear();
  for (const generator of generators) generator.configsElsewhere?.forget();
  forgetFileReads();
}

/** Read the sites' files again from now on (a file changed). */
export function forgetFileReads(): void {
  for (const generator of generators) generator.forgetFileReads?.();
  forgetHeldReads();
}

/**
 * What discovery tells site detection as it walks: each folder walked from the command line and
 * each file named like a config that can make folders outside its own a site's (a Docusaurus docs
 * plugin reading `../../docs`). Detection never lists folders to find those.
 */
export const walkWitness = {
  names: new Set(generators.flatMap((generator) => generator.configsElsewhere?.names ?? [])) as ReadonlySet<string>,
  walked(folder: string): void {
    for (const generator of generators) generator.configsElsewhere?.walked(folder);
  },
  seen(file: string): void {
    const name = basename(file);
    for (const generator of generators) if (generator.configsElsewhere?.names.includes(name)) generator.configsElsewhere.seen(file);
  },
};

/**
 * The site a folder belongs to: the nearest ancestor with a generator config. A site inferred
 * from folders alone (Jekyll with no `_config.yml`) is taken only when no folder above it is a site.
 */
export async function siteFor(dir: string): Promise<SiteInfo | undefined> {
  const chain: string[] = [];
  let current = dir;
  let found: SiteInfo | null | undefined;
  let inferred: {site: SiteInfo; below: number} | undefined;
  for (;;) {
    if (byDir.has(current)) {
      found = byDir.get(current);
      break;
    }
    chain.push(current);
    const detected = await detectIn(current);
    if (detected && detected.strength !== 'inferred') {
      found = detected.site;
      break;
    }
    if (detected && !inferred) inferred = {site: detected.site, below: chain.length};
    const parent = dirname(current);
    if (parent === current || parsePath(current).root === current) {
      found = null;
      break;
    }
    current = parent;
  }
  if (!found && inferred) {
    // Folders at and below the inferred site's root are its own; those above it belong to no site.
    chain.forEach((d, i) => byDir.set(d, i < inferred.below ? inferred.site : null));
    return inferred.site;
  }
  for (const d of chain) byDir.set(d, found ?? null);
  return found ?? undefined;
}

/** How sure each strength is (Detection): among weaker detections the surest wins, the earlier module among equals. */
const sureness: Record<Detection['strength'], number> = {marker: 3, generic: 2, script: 1, inferred: 0};

async function detectIn(dir: string): Promise<Detection | undefined> {
  // The folder listed once: the config names it lacks are answered without a stat each.
  return withListing(dir, () => detectEach(dir));
}

async function detectEach(dir: string): Promise<Detection | undefined> {
  let weaker: Detection | undefined;
  for (const generator of generators) {
    const detection = await generator.detect(dir);
    if (detection?.strength === 'marker') return detection;
    if (detection && (!weaker || sureness[detection.strength] > sureness[weaker.strength])) weaker = detection;
  }
  return weaker;
}
