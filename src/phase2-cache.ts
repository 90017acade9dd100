import {createHash} from 'node:crypto';
import {visibleDigest} from './facts-digest.js';
import {readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {deserialize, serialize} from 'node:v8';
import {VFile} from 'vfile';
import './vfile-data.js';
import {readRegularFile} from './read-text.js';
import {writeFileSafely} from './safe-write.js';
import {codeVersion} from './version.js';
import {groupByPart, indexOf} from './cache-parts.js';
import {clockInstants, instantsSafe} from './cache.js';
import {publishProblems, type PublishProblem} from './publish.js';
import {addWords, noRewording, reworded, rewordingOf, type Rewording} from './time-left.js';
import {folderKey, isStamp, stampKey, stampOf, unchangedSince, type FileStamp} from './file-stamp.js';
import {restoreMessages, toRecord, type MessageRecord, type Phase1Output} from './phase1.js';
import {weighedDigest} from './weighed-findings.js';
import type {ResolvedRule} from './config.js';
import type {FileFacts} from './facts.js';
import type {SiteInfo} from './site/detect.js';
import {generatorOf} from './site/generators/index.js';
import {workflowsFolder} from './site/gh-pages-deploys.js';
import {nginxConfigFiles} from './site/nginx-redirects.js';
import type {SiteIndex} from './site/index.js';
import type {FileGuardSample, GuardedGroup} from './site/guard.js';
import type {RuleModule} from './types.js';
import type {RunSettings} from './settings.js';
import type {Notice} from './notices.js';

/**
 * The phase-2 cache (`.postlint-cache/phase2.bin`): each checked file's findings after the site
 * rules, kept with what they depend on, so that a site where nothing changed runs no rule at all
 * and an edit re-checks only the files it can affect.
 *
 * A file's findings depend on
 * - the run: postlint's build, the config, the working folder, `--offline` (`runKey`);
 * - the file: its bytes (their hash), its rules and their options, its site, the words lists its
 *   rules read and the files that change how its site's pages read (Hugo's version pins) (`fileKey`);
 * - the files its links resolve to and what those include: their front matter, headings, ids and
 *   terms, with positions (a message may name a target heading's line), not their links or
 *   prose; for a target outside the run, its stamp;
 * - the folders its links' resolution listed or looked into, by their entries (a file added,
 *   removed or renamed there: a missing link may now resolve, or the reverse);
 * - the clock, through dates in its own and its targets' names and front matter (drafts,
 *   scheduled posts, "in 3 h"): dates long past stay past; for files with later dates, their
 *   publish state is worked out again at each run and must read as it did;
 * - for rules that weigh their file findings site-wide (those with a file and a site half:
 *   spelling, brand-casing), every checked file's findings and notes of that rule;
 * - the site as a whole (`siteKey`): which files there are, and every file's front matter, from
 *   which generators derive their URL maps. A change there re-checks every file.
 *
 * - the files the site model reads beside the pages (`modelInputsKey`): ignore files, hosting
 *   redirects, Docusaurus versions, Hugo render hooks, each site's generator config and the files
 *   beside it its generator module names (MkDocs hooks), the GitHub workflows (gh-pages deploys).
 *
 * What it does not see: other files a generator reads on its own (Hugo layouts outside the render
 * hooks, a theme's files, data files, the scripts that call AnchorJS: src/site/anchorjs.ts), and
 * which git-ignored files git tracks (src/site/build-output.ts).
 * After changing those, run once with --no-cache.
 *
 * When every file's stamp is the stored one (src/file-stamp.ts), nothing else can have changed
 * but the folders, the targets outside the run and the clock, which are checked; the findings are
 * then replayed without parsing, indexing or reading the phase-1 cache. Anything else goes through
 * phase 1 (with its cache) and the index, and only the files that fail the checks above run the
 * site rules again.
 */
const fileName = 'phase2.bin';
const formatVersion = 10;
/** Dates further than this before the clock decide nothing a later clock could change (time zones, date-only values). */
const clockMargin = 2 * 86_400_000;

interface Entry {
  fileKey: string;
  /** Phase 1's content hash of the bytes these findings are for. */
  hash: string;
  /** The run's files it depends on (indexes into the store's paths), and their digest. */
  deps: number[];
  depsDigest: string;
  /** Files outside the run it depends on, with their stamps. */
  outside: Array<[string, string]>;
  /** Folders its resolution read, with their entries' keys. */
  folders: Array<[string, string]>;
  /**
   * The clock the findings were made with; the dates, in its own and its targets' names and front
   * matter, that lay more than two days before it (what they decide stays decided while the clock
   * moves on); and for each of those files with a later date, its front matter and its publish
   * state as it was then, worked out again at each run.
   */
  now: number;
  instants: number[];
  clock: Array<{path: string; frontMatter: FileFacts['frontMatter']; problems: string}>;
  /** The findings after the site rules, control comments and sorting. */
  messages: MessageRecord[];
  unverifiable?: unknown;
  /**
   * What the file gave the model guard (src/site/guard.ts): it depends on what its findings depend
   * on, so where the entry holds, the guard takes it instead of resolving the file's links again.
   */
  guard?: PackedSamples;
  /**
   * Only the guard samples (and what they depend on) of a file whose findings this cache does not
   * hold: stored by runs that check a few files, so that the next one's guard need not resolve it.
   */
  samplesOnly?: true;
}

interface Store {
  format: number;
  version: string;
  runKey: string;
  siteKey: string;
  /** What the model guard decided (`SiteIndex.guardKey`): when it changes, every file is re-checked. */
  guardKey: string;
  /**
   * The groups it withheld (`SiteIndex.guarded`): a run whose files all have the stored bytes, and
   * whose re-checked files give the model guard the samples they gave then, takes them as they are.
   */
  guarded: GuardedGroup[];
  /** Which files the run that made the findings checked (`checkedKey`): a replay is for the same ones. */
  checked: string;
  /** Rule id → digest of every checked file's findings and notes of that rule. */
  globals: Record<string, string>;
  /** Every file of the run, in order, with its stamp from before phase 1 read it. */
  paths: string[];
  stamps: Array<FileStamp | null>;
  entries: Map<string, Entry>;
  /** The run's notices (the model guard's), said again when the findings are replayed. */
  notices: Notice[];
  /** The parts the entries were read from (see `encodeStore`). */
  parts?: EntryPart[];
}

interface EntryPart {
  bytes: Uint8Array;
  /** Its entries' guard samples, in their order: read only when a run asks for them (`guardOf`). */
  guards: Uint8Array;
  /** How many entries it holds. */
  count: number;
}

/** The part each entry read from the file came from, while it is the object read. */
const partOf = new WeakMap<Entry, number>();
const partSize = 256;

/**
 * Guard samples are most of the file's bytes (10 of 28 MB for 10,000 posts) and a replay needs none
 * of them: each part keeps them apart, deserialized when the first of its entries is asked for them.
 */
interface LazyGuards {
  bytes: Uint8Array;
  count: number;
  /** The part's list once read; null when it did not read as one sample list an entry. */
  list?: unknown[] | null;
}
const guardsOf = new WeakMap<Entry, {part: LazyGuards; at: number}>();

/** The entry's guard samples; undefined when its part's samples are damaged (the file's links are then resolved again). */
function guardOf(entry: Entry): PackedSamples | undefined {
  if (entry.guard) return entry.guard;
  const lazy = guardsOf.get(entry);
  if (!lazy) return undefined;
  const {part, at} = lazy;
  if (part.list === undefined) {
    let list: unknown;
    try {
      list = deserialize(part.bytes);
    } catch {
      list = undefined;
    }
    part.list = Array.isArray(list) && list.length === part.count ? list : null;
  }
  const packed = part.list?.[at];
  if (!isPacked(packed)) return undefined;
  entry.guard = packed;
  return packed;
}

/**
 * The file's bytes: a mark (`magic`), the parts of the entries (up to `partSize` each: the entries
 * without their guard samples, then those samples), the store without its entries but with the
 * sizes of each part, and that store's length (4 bytes, little-endian); written a part at a time.
 * A part whose entries all held is written back as it was read: a run that re-checks a few files
 * serializes their parts, not every file's findings.
 */
const magic = Buffer.from('PLC2');

function* encodeStore(store: Store, parts: readonly EntryPart[]): Generator<Uint8Array> {
  const {byPart, loose} = groupByPart(store.entries, (entry) => partOf.get(entry), parts);
  yield magic;
  const sizes: Array<[number, number]> = [];
  for (const [part, list] of byPart) {
    if (list.length !== parts[part]!.count) {
      loose.push(...list);
      continue;
    }
    sizes.push([parts[part]!.bytes.length, parts[part]!.guards.length]);
    yield parts[part]!.bytes;
    yield parts[part]!.guards;
  }
  for (let start = 0; start < loose.length; start += partSize) {
    const slice = loose.slice(start, start + partSize);
    const bytes = serialize(slice.map(([path, {guard: _guard, ...entry}]) => [path, entry]));
    // An entry whose samples turned out damaged keeps none: the next run resolves its links again.
    const guards = serialize(slice.map(([, entry]) => guardOf(entry) ?? null));
    sizes.push([bytes.length, guards.length]);
    yield bytes;
    yield guards;
  }
  const {entries: _entries, parts: _parts, ...rest} = store;
  const head = serialize({...rest, parts: sizes});
  yield head;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  yield length;
}

/** The store, or undefined for one another build or format wrote (of no use, not damaged); throws when it is damaged. */
function decodeStore(bytes: Buffer): Store | undefined {
  // Older formats were one v8 serialization of an object with its format number.
  const framed = indexOf(bytes, magic, 'phase-2 cache', isOtherVersion);
  if (!framed) return undefined;
  const {index: head, start: headStart} = framed;
  if (isOtherVersion(head)) return undefined;
  const sizes = (head as {parts?: unknown} | null)?.parts;
  const size = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (!Array.isArray(sizes) || !sizes.every((pair) => Array.isArray(pair) && pair.length === 2 && size(pair[0]) && size(pair[1]))) throw new Error('not a phase-2 cache');
  let at = magic.length;
  const parts: EntryPart[] = [];
  const entries = new Map<string, Entry>();
  for (const [part, [entriesSize, guardsSize]] of (sizes as Array<[number, number]>).entries()) {
    if (at + entriesSize + guardsSize > headStart) throw new Error('truncated');
    const slice = bytes.subarray(at, at + entriesSize);
    const guards = bytes.subarray(at + entriesSize, at + entriesSize + guardsSize);
    at += entriesSize + guardsSize;
    const list = deserialize(slice) as unknown;
    if (!Array.isArray(list)) throw new Error('not a phase-2 cache');
    parts.push({bytes: slice, guards, count: list.length});
    const lazy: LazyGuards = {bytes: guards, count: list.length};
    for (const [i, item] of list.entries()) {
      if (!Array.isArray(item) || item.length !== 2) throw new Error('not a phase-2 cache');
      entries.set(item[0] as string, item[1] as Entry);
      if (item[1] && typeof item[1] === 'object') {
        partOf.set(item[1] as Entry, part);
        guardsOf.set(item[1] as Entry, {part: lazy, at: i});
      }
    }
  }
  const {parts: _sizes, ...rest} = head as Record<string, unknown>;
  const store = {...rest, entries};
  if (!isStore(store)) throw new Error('not a phase-2 cache');
  return {...store, parts};
}

/** For tests that craft a cache: the whole store (`decode`), the bytes of one (`encode`), and the packing of guard samples. */
export const phase2CacheFile = {
  decode: decodeStore,
  encode: (store: Store): Buffer => Buffer.concat([...encodeStore(store, [])]),
  packSamples: (samples: readonly FileGuardSample[]): PackedSamples => packSamples(samples),
  unpackSamples: (packed: unknown): FileGuardSample[] | undefined => (isPacked(packed) ? unpackSamples(packed) : undefined),
};

/** What the cache needs of a run's plan. */
export interface Phase2Plan {
  paths: string[];
  checked: ReadonlySet<string>;
  perFile: Map<string, Map<string, ResolvedRule>>;
  sites: Map<string, SiteInfo | undefined>;
  rules: Map<string, RuleModule>;
  settings: RunSettings;
  /** The state of the words lists and other files a file's rules read (see engine.ts). */
  inputsOf: (path: string) => string;
}

/** A file whose stored findings still hold: its VFile as the reporter gets it. */
export interface Replayed {
  path: string;
  file: VFile;
}

export class Phase2Cache {
  private readonly fileKeys = new Map<string, string>();
  private readonly fileKeysByActive = new WeakMap<object, Map<string, string>>();
  private readonly digests = new Map<string, string>();
  private readonly folderStamps = new Map<string, string>();
  /** Once a run: many files link to the same image, or into the same scheduled post. */
  private readonly outsideStamps = new Map<string, string>();
  private readonly publishStates = new Map<string, string>();
  private readonly frontMatterKeys = new WeakMap<object, string>();
  private readonly pairs = new Map<string, [string, string]>();
  private readonly clockItems = new WeakMap<object, Map<string, Entry['clock'][number]>>();
  private readonly clockItemsWithout = new Map<string, Entry['clock'][number]>();
  /** Each clock item's re-wording at this run's clock (null: its state changed), and each holding entry's that needs one. */
  private readonly itemRewordings = new WeakMap<object, Rewording | null>();
  private readonly rewordings = new WeakMap<Entry, Rewording>();
  /** JSON of option values by reference: files share their rules' default lists. */
  private readonly valueKeys = new WeakMap<object, string>();
  /** Stamps of the run's files, taken before phase 1 reads them. */
  private stamps: Array<FileStamp | undefined> = [];
  private readonly runKey: string;
  private globals: Record<string, string> = {};
  private siteKey = '';
  /** The stored entries whose dependencies hold (`entriesHolding`), kept when the cache is written again. */
  private holds: Map<string, Entry> | undefined;
  /** Phase 1's outputs of the run (their digests), once `holding` has them. */
  private outputs: ReadonlyMap<string, Phase1Output> | undefined;
  /**
   * Every file of the run is a file of the stored run with its stored stamp (so its stored bytes),
   * under the same run key: then the site key and each entry's dependency digest are the stored
   * ones, and only the folders, outside targets and clock can fail an entry (`replay`).
   */
  private sameFiles = false;

  private constructor(
    private readonly path: string,
    private readonly stored: Store | undefined,
    private readonly plan: Phase2Plan,
  ) {
    const {cwd, configDir, offline, config, fixTypes} = plan.settings;
    this.runKey = sha1(JSON.stringify([formatVersion, codeVersion(), cwd, configDir, offline, config, fixTypes ?? null, modelInputsKey(plan)]));
  }

  /**
   * The cache for a run that may use it: the on-disk cache is on, and no rule of a checked file
   * asks the network (the link checker keeps its own cache, with its own expiry). Any problem with
   * the file is one line on stderr, and the run goes on without what it held.
   */
  static open(dir: string, plan: Phase2Plan, {quiet = false}: {quiet?: boolean} = {}): Phase2Cache | undefined {
    for (const path of plan.checked) {
      for (const id of plan.perFile.get(path)?.keys() ?? []) {
        const meta = plan.rules.get(id)?.meta;
        if (meta?.network || meta?.services.includes('links')) {
          if (plan.settings.verbose) plan.settings.log(`phase-2 cache: not used, ${id} checks links over the network`);
          return undefined;
        }
      }
    }
    const path = join(dir, fileName);
    const read = readRegularFile(path, 512 * 1024 * 1024);
    let stored: Store | undefined;
    if ('problem' in read) {
      if (read.code !== 'ENOENT' && !quiet) plan.settings.log(`postlint: cannot read the cache ${path} (${read.problem}); checking without it`);
    } else {
      try {
        stored = decodeStore(read.bytes);
      } catch {
        if (!quiet) plan.settings.log(`postlint: the cache ${path} is damaged; checking without it (it will be rewritten)`);
      }
    }
    return new Phase2Cache(path, stored, plan);
  }

  /**
   * The findings of every checked file, when nothing they depend on can have changed: every file
   * of the run has its stored stamp, and the folders, outside targets and clock checks hold.
   * Undefined sends the run through phases 1 and 2. Takes the stamps either way (before phase 1
   * reads a file).
   */
  replay(): Replayed[] | undefined {
    const {paths, checked, settings} = this.plan;
    this.stamps = paths.map((path) => stampOf(path));
    const stored = this.stored;
    if (!stored || stored.runKey !== this.runKey || stored.paths.length !== paths.length) return undefined;
    for (let i = 0; i < paths.length; i++) {
      if (stored.paths[i] !== paths[i] || !unchangedSince(stored.stamps[i] ?? undefined, this.stamps[i])) return undefined;
    }
    this.sameFiles = true;
    // Findings weighed site-wide (spelling) depend on which files were checked with them.
    if (stored.checked !== this.checkedKey()) return undefined;
    const now = settings.now.getTime();
    const holding: Array<[string, Entry]> = [];
    for (const path of paths) {
      if (!checked.has(path)) continue;
      const entry = stored.entries.get(path);
      if (!entry || entry.samplesOnly || entry.fileKey !== this.fileKey(path) || !this.outsideHolds(entry) || this.clockHolds(entry, now) === undefined) return undefined;
      holding.push([path, entry]);
    }
    // Restored once every entry is known to hold: a run that goes on through phase 1 restores none twice.
    const replayed: Replayed[] = holding.map(([path, entry]) => ({path, file: this.restore(path, entry)}));
    if (settings.verbose) settings.log(`phase-2 cache: all ${paths.length} files unchanged; the findings of ${replayed.length} replayed, no rule run`);
    return replayed;
  }

  /** The stamps `replay` took of the run's files, in their order (phase 1 need not take them again); undefined before. */
  takenStamps(): ReadonlyArray<FileStamp | undefined> | undefined {
    return this.stamps.length === this.plan.paths.length && this.plan.paths.length > 0 ? this.stamps : undefined;
  }

  /** The notices of the run the cache holds (said again with its replayed findings). */
  storedNotices(): Notice[] {
    return this.stored?.notices ?? [];
  }

  /**
   * After phase 1 and the index: the checked files whose stored findings still hold (with those
   * findings), and so need no site rule. Works out the keys `save` stores.
   */
  holding(outputs: ReadonlyMap<string, Phase1Output>, index: SiteIndex): Map<string, Replayed> {
    const {checked, perFile} = this.plan;
    this.outputs = outputs;
    this.globals = globalDigests(this.plan, outputs);
    const stored = this.stored;
    const found = new Map<string, Replayed>();
    const holds = this.entriesHolding(outputs, index);
    if (!stored || !holds) return found;
    // The guard weighs the whole site: when what it withholds changed, every file is checked again.
    if (stored.guardKey !== index.guardKey()) return found;
    const changedGlobals = new Set(Object.keys(this.globals).filter((id) => stored.globals[id] !== this.globals[id]));
    for (const path of checked) {
      const entry = holds.get(path);
      if (!entry || entry.samplesOnly || entry.fileKey !== this.fileKey(path)) continue;
      if ([...(perFile.get(path)?.keys() ?? [])].some((id) => changedGlobals.has(id))) continue;
      found.set(path, {path, file: this.restore(path, entry)});
    }
    return found;
  }

  /**
   * The entries of the run's files whose dependencies all hold (undefined when the run or the site
   * changed): their findings may be replayed, and the model guard takes their stored samples instead
   * of resolving their links again. `--changed`, which stores no findings, reads a cache for this
   * and writes the samples back (`saveSamples`).
   */
  lendGuardSamples(outputs: ReadonlyMap<string, Phase1Output>, index: SiteIndex): void {
    this.entriesHolding(outputs, index);
  }

  private entriesHolding(outputs: ReadonlyMap<string, Phase1Output>, index: SiteIndex): Map<string, Entry> | undefined {
    const {paths, settings} = this.plan;
    this.outputs = outputs;
    const stored = this.stored;
    const sameFiles = this.sameFiles && stored !== undefined;
    // The same files with the same bytes: the same pages, front matter and includes.
    this.siteKey = sameFiles ? stored.siteKey : siteKeyOf(paths, this.plan.sites, index);
    this.holds = undefined;
    if (!stored || stored.runKey !== this.runKey || stored.siteKey !== this.siteKey) {
      if (settings.verbose) settings.log(`phase-2 cache: the model guard's samples of 0 of ${paths.length} files taken from the cache (${stored ? 'the run or the site changed' : 'none stored'})`);
      return undefined;
    }
    const now = settings.now.getTime();
    const asStored = sameFiles ? undefined : bytesAsStored(stored, outputs);
    const holds = new Map<string, Entry>();
    this.holds = holds;
    for (const path of paths) {
      const entry = stored.entries.get(path);
      // Not its rules (`fileKey`): the samples are its links' resolution, whose site the site key covers.
      if (!entry || entry.hash !== outputs.get(path)?.hash) continue;
      const deps = entry.deps.map((i) => stored.paths[i]);
      if (deps.some((dep) => dep === undefined || !index.facts(dep))) continue;
      // Dependencies with the bytes they had when the entry was stored show what they showed then: only the others' digests are worked out.
      if (asStored && !entry.deps.every((i) => asStored[i]) && this.depsDigest(deps as string[], index) !== entry.depsDigest) continue;
      if (!this.outsideHolds(entry) || this.clockHolds(entry, now) === undefined) continue;
      holds.set(path, entry);
    }
    if (sameFiles && this.guardAsStored(holds, index)) {
      if (settings.verbose) settings.log(`phase-2 cache: every file as stored, the ${paths.length - holds.size} others give the model guard the samples they gave: its decision taken as stored, no other file's samples read`);
      return holds;
    }
    for (const [path, entry] of holds) {
      const guard = guardOf(entry);
      // Samples found damaged: the file's links are resolved again, and its findings with them.
      if (guard) index.presetGuardSamples(path, unpackSamples(guard));
      else holds.delete(path);
    }
    if (settings.verbose) settings.log(`phase-2 cache: the model guard's samples of ${holds.size} of ${paths.length} files taken from the cache`);
    return holds;
  }

  /**
   * With every file's bytes the stored ones: when each file whose entry does not hold gives the
   * model guard the samples it gave the stored run, the guard's inputs are that run's, and so is
   * its decision; it is taken as stored, and no other file's samples are read. False otherwise.
   */
  private guardAsStored(holds: ReadonlyMap<string, Entry>, index: SiteIndex): boolean {
    const stored = this.stored;
    if (!stored || !index.guardEnabled()) return false;
    for (const path of this.plan.paths) {
      if (holds.has(path)) continue;
      const entry = stored.entries.get(path);
      const before = entry ? guardOf(entry) : undefined;
      if (!before || !samePacked(before, packSamples(index.guardSamples(path)))) return false;
    }
    index.presetGuard(stored.guarded);
    return true;
  }

  /**
   * Keep the findings of the files whose site rules ran (`fresh`), and those that held; for every
   * other file of the run, its stored entry where it held, else what it gave the model guard
   * (`samplesOnly`), so that a later partial run's guard need not resolve it again. Write the file.
   */
  async save(fresh: Array<{path: string; file: VFile}>, kept: ReadonlyMap<string, Replayed>, outputs: ReadonlyMap<string, Phase1Output>, index: SiteIndex, notices: Notice[] = []): Promise<void> {
    this.outputs = outputs;
    const entries = new Map<string, Entry>();
    for (const path of kept.keys()) {
      const entry = this.stored?.entries.get(path);
      if (!entry) continue;
      // Indexes into the new list of paths (the same list: the site key held).
      entries.set(path, entry);
    }
    for (const {path, file} of fresh) {
      const entry = await this.entryOf(path, index);
      if (entry) entries.set(path, {...entry, fileKey: this.fileKey(path), messages: file.messages.map(toRecord), ...(file.data.unverifiable ? {unverifiable: file.data.unverifiable} : {})});
    }
    await this.addSamples(entries, index);
    this.write(entries, index, this.stamps.map((stamp) => stamp ?? null), this.checkedKey(), this.globals, notices);
  }

  /**
   * For a run that stores no findings (changed mode's impact scan): each file's guard samples with
   * what they depend on, so that the next such run takes them instead of resolving every file of
   * the site. Entries with findings that still hold are kept as they are; the file is written only
   * when some entry is new.
   */
  async saveSamples(outputs: ReadonlyMap<string, Phase1Output>, index: SiteIndex): Promise<void> {
    this.outputs = outputs;
    const entries = new Map<string, Entry>();
    const added = await this.addSamples(entries, index);
    const stored = this.stored;
    if (added === 0 && stored && stored.guardKey === index.guardKey() && stored.runKey === this.runKey && stored.siteKey === this.siteKey) return;
    // A file whose entry was made again has no stamp: a later run does not replay it.
    const same = stored !== undefined && sameList(stored.paths, this.plan.paths);
    const stamps = this.plan.paths.map((path, i) => (same && entries.get(path) === stored.entries.get(path) ? stored.stamps[i] ?? null : null));
    // The findings kept were weighed with the stored digests; a later run compares its own with them.
    this.write(entries, index, stamps, stored?.checked ?? '', stored?.globals ?? {}, stored?.notices ?? []);
  }

  /**
   * The entries of the run's files not in `entries` yet: the stored one where it held (without its
   * findings when the guard decided otherwise since), else guard samples only. How many were made.
   */
  private async addSamples(entries: Map<string, Entry>, index: SiteIndex): Promise<number> {
    if (!index.guardEnabled()) return 0;
    const guardSame = this.stored?.guardKey === index.guardKey();
    let added = 0;
    for (const path of this.plan.paths) {
      if (entries.has(path)) continue;
      const held = this.holds?.get(path);
      if (held) {
        entries.set(path, guardSame || held.samplesOnly ? held : {...held, fileKey: '', messages: [], samplesOnly: true});
        continue;
      }
      const entry = await this.entryOf(path, index);
      if (!entry) continue;
      entries.set(path, {...entry, fileKey: '', messages: [], samplesOnly: true});
      added++;
    }
    return added;
  }

  /** What a file's findings and guard samples depend on, worked out from the index; undefined for a file not indexed. */
  private async entryOf(path: string, index: SiteIndex): Promise<Omit<Entry, 'fileKey' | 'messages'> | undefined> {
    const hash = this.outputs?.get(path)?.hash;
    if (!hash || !index.facts(path)) return undefined;
    const position = this.positions();
    const now = this.plan.settings.now.getTime();
    const inRun: string[] = [];
    const outside: Array<[string, string]> = [];
    const instants: number[] = [];
    const clock: Entry['clock'] = [];
    const dated = (file: string, facts: FileFacts): void => {
      const dates = clockInstants(facts, file);
      // Dates well before the clock: the clock only moves on past them.
      if (dates.every((date) => date < now - clockMargin)) instants.push(...dates);
      else clock.push(this.clockItem(file, facts.frontMatter, this.publishState(file, facts.frontMatter, now)));
    };
    dated(path, index.facts(path)!);
    for (const dep of index.dependencies(path)) {
      if (dep === path) continue;
      const facts = index.facts(dep);
      if (facts && position.has(dep)) {
        inRun.push(dep);
        dated(dep, facts);
      } else {
        outside.push(this.pair(dep, this.outsideStamp(dep)));
        // A page outside the run still has a publish state (no-unpublished-links reads it from disk).
        const info = await index.publishInfo(dep);
        if (info?.frontMatter) instants.push(...clockInstants({frontMatter: info.frontMatter} as FileFacts, dep));
      }
    }
    return {
      hash,
      deps: inRun.map((dep) => position.get(dep)!),
      depsDigest: this.depsDigest(inRun, index),
      outside,
      folders: [...index.folderReads(path)].map(([dir, key]) => this.pair(dir, key)),
      instants: [...new Set(instants)],
      clock,
      now,
      guard: packSamples(index.guardSamples(path)),
    };
  }

  private positionCache: Map<string, number> | undefined;

  private positions(): Map<string, number> {
    return (this.positionCache ??= new Map(this.plan.paths.map((path, i) => [path, i])));
  }

  private checkedKey(): string {
    return sha1([...this.plan.checked].sort().join('\n'));
  }

  private write(entries: Map<string, Entry>, index: SiteIndex, stamps: Array<FileStamp | null>, checked: string, globals: Record<string, string>, notices: Notice[]): void {
    const {paths, settings} = this.plan;
    const store: Store = {
      format: formatVersion,
      version: codeVersion(),
      runKey: this.runKey,
      siteKey: this.siteKey,
      guardKey: index.guardKey(),
      guarded: index.guarded(),
      checked,
      globals,
      paths,
      stamps,
      entries,
      notices,
    };
    try {
      writeFileSafely(this.path, encodeStore(store, this.stored?.parts ?? []), {cacheFolder: true});
    } catch (error) {
      settings.log(`postlint: cannot write the cache: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private restore(path: string, entry: Entry): VFile {
    const {settings} = this.plan;
    const file = new VFile({path: relative(settings.cwd, path) || path, cwd: settings.cwd});
    const words = this.rewordings.get(entry);
    restoreMessages(file, words ? reworded(entry.messages, words) : entry.messages);
    file.data.contentHash = entry.hash;
    if (entry.unverifiable) file.data.unverifiable = entry.unverifiable as typeof file.data.unverifiable;
    return file;
  }

  /**
   * The clock moved (or was set with --now): no date it passed or came near can change a finding.
   * Old dates are compared with both clocks; for files with recent or future dates, their publish
   * state (scheduled, expired) is worked out again and must be the same, but for the time left
   * ("in 3 h"), which the findings quote: they are re-worded (src/time-left.ts). Undefined when
   * the entry does not hold; the words to re-word its findings by when it does.
   */
  private clockHolds(entry: Entry, now: number): Rewording | undefined {
    if (entry.now === now) return noRewording;
    if (!instantsSafe(entry.instants, entry.now, now)) return undefined;
    let words: Map<string, string> | undefined;
    for (const item of entry.clock) {
      const itemWords = this.itemRewording(item, entry.now, now);
      if (itemWords === undefined) return undefined;
      for (const [from, to] of itemWords) {
        words ??= new Map();
        if (!addWords(words, from, to)) return undefined;
      }
    }
    if (words) this.rewordings.set(entry, words);
    else this.rewordings.delete(entry);
    return words ?? noRewording;
  }

  /**
   * One clock item's re-wording at this run's clock (once a run for each: entries share their items).
   * Its `problems` are its publish state at the clock of the entries that name it (`then`): when no
   * date of its file lies near either clock, the state now is that one, and is not worked out again.
   */
  private itemRewording(item: Entry['clock'][number], then: number, now: number): Rewording | undefined {
    if (this.itemRewordings.has(item)) return this.itemRewordings.get(item) ?? undefined;
    const {path, frontMatter, problems} = item;
    if (instantsSafe(clockInstants({frontMatter} as FileFacts, path), then, now)) {
      this.itemRewordings.set(item, noRewording);
      return noRewording;
    }
    // The same front matter at the same clock reads the same: worked out once a run for each.
    const key = `${path}\0${this.frontMatterKey(frontMatter)}`;
    let state = this.publishStates.get(key);
    if (state === undefined) this.publishStates.set(key, (state = this.publishState(path, frontMatter, now)));
    let words: Rewording | undefined = noRewording;
    if (state !== problems) {
      try {
        words = rewordingOf(JSON.parse(problems) as PublishProblem[], JSON.parse(state) as PublishProblem[]);
      } catch {
        words = undefined;
      }
    }
    this.itemRewordings.set(item, words ?? null);
    return words;
  }

  /** JSON of a front matter, once per object: the entries of one part share their targets' (v8 serialization keeps shared objects shared). */
  private frontMatterKey(frontMatter: FileFacts['frontMatter']): string {
    if (!frontMatter) return 'null';
    let key = this.frontMatterKeys.get(frontMatter);
    if (key === undefined) this.frontMatterKeys.set(frontMatter, (key = JSON.stringify(frontMatter)));
    return key;
  }

  private publishState(path: string, frontMatter: FileFacts['frontMatter'], now: number): string {
    return JSON.stringify(publishProblems(path, frontMatter, this.plan.sites.get(path), new Date(now)));
  }

  private outsideHolds(entry: Entry): boolean {
    for (const [dir, stamp] of entry.folders) if (this.folderStamp(dir) !== stamp) return false;
    for (const [file, stamp] of entry.outside) if (this.outsideStamp(file) !== stamp) return false;
    return true;
  }

  private outsideStamp(file: string): string {
    let stamp = this.outsideStamps.get(file);
    if (stamp === undefined) this.outsideStamps.set(file, (stamp = stampKey(stampOf(file))));
    return stamp;
  }

  /**
   * One array for each folder or outside file with its stamp, and one object for each clock item,
   * shared by the entries that name it: v8 serialization writes a shared object once in a part and
   * reads it back shared (10,000 posts: 34,000 folder pairs of 5 kinds, 13,000 outside pairs of 20).
   */
  private pair(name: string, stamp: string): [string, string] {
    const key = `${name}\0${stamp}`;
    let pair = this.pairs.get(key);
    if (!pair) this.pairs.set(key, (pair = [name, stamp]));
    return pair;
  }

  private clockItem(path: string, frontMatter: FileFacts['frontMatter'], problems: string): Entry['clock'][number] {
    const key = `${path}\0${problems}`;
    const items = frontMatter ? this.clockItems.get(frontMatter) ?? new Map<string, Entry['clock'][number]>() : this.clockItemsWithout;
    if (frontMatter && !this.clockItems.has(frontMatter)) this.clockItems.set(frontMatter, items);
    let item = items.get(key);
    if (!item) items.set(key, (item = {path, frontMatter, problems}));
    return item;
  }

  private folderStamp(dir: string): string {
    let stamp = this.folderStamps.get(dir);
    if (stamp === undefined) this.folderStamps.set(dir, (stamp = folderKey(dir)));
    return stamp;
  }

  /** What of a file's setup decides its findings besides its bytes: its rules, its site, its rules' extra files. */
  private fileKey(path: string): string {
    const site = this.plan.sites.get(path);
    const active = this.plan.perFile.get(path);
    // Files share their map of rules (engine.ts) and their site: the key is made once for each such pair and words lists.
    const byActive = active ? this.fileKeysByActive.get(active) ?? new Map<string, string>() : undefined;
    if (active && !this.fileKeysByActive.has(active)) this.fileKeysByActive.set(active, byActive!);
    const inputs = this.plan.inputsOf(path);
    const short = `${site?.root ?? ''}\0${site?.generator ?? ''}\0${inputs}`;
    const known = byActive?.get(short);
    if (known !== undefined) return known;
    const rules = [...(active ?? [])].map(([id, {severity, options}]) => `${id}:${severity}:${Object.entries(options).map(([name, value]) => `${name}=${this.valueKey(value)}`).join(',')}`);
    const parts = `${rules.join(';')}\0${site ? `${site.root}\0${site.generator}\0${this.valueKey(site.config)}` : ''}\0${inputs}`;
    let key = this.fileKeys.get(parts);
    if (key === undefined) this.fileKeys.set(parts, (key = sha1(parts)));
    byActive?.set(short, key);
    return key;
  }

  private valueKey(value: unknown): string {
    if (!value || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
    let key = this.valueKeys.get(value);
    if (key === undefined) this.valueKeys.set(value, (key = JSON.stringify(value)));
    return key;
  }

  /** What links into these files see of them: front matter, headings, ids, terms, includes (not their links or prose). */
  private depsDigest(deps: string[], index: SiteIndex): string {
    const hash = createHash('sha1');
    for (const dep of deps) hash.update(dep).update('\0').update(this.digest(dep, index)).update('\n');
    return hash.digest('hex');
  }

  private digest(path: string, index: SiteIndex): string {
    let digest = this.digests.get(path);
    if (digest === undefined) {
      const facts = index.facts(path);
      // The phase-1 cache keeps it: the facts of a file read from there need not be read for it.
      digest = facts ? (this.outputs?.get(path)?.visible ?? visibleDigest(facts)) : 'absent';
      this.digests.set(path, digest);
    }
    return digest;
  }
}

/**
 * By stored position, keyed by path: does the file have the bytes its stored entry was made from? Every
 * entry of a store is made or checked by the run that writes it (its `hash` is of the bytes that run
 * read, its `depsDigest` of what its dependencies showed in that run), so an entry whose dependencies
 * all have their stored bytes has its stored digest: the same bytes give the same facts under the
 * same run key and site key. False where this run has no such file or the stored run had no entry for it
 * (it is worked out). By path, not by position in this run's list: the answer does not hang on the order.
 */
function bytesAsStored(stored: Store, outputs: ReadonlyMap<string, Phase1Output>): boolean[] {
  return stored.paths.map((path) => {
    const hash = stored.entries.get(path)?.hash;
    return hash !== undefined && hash === outputs.get(path)?.hash;
  });
}

/** Which files the site has, every file's front matter (generators' URL maps come from them) and includes, and the sites. */
function siteKeyOf(paths: string[], sites: Map<string, SiteInfo | undefined>, index: SiteIndex): string {
  const hash = createHash('sha1');
  const roots = new Map<string, SiteInfo>();
  for (const path of paths) {
    const site = sites.get(path);
    if (site) roots.set(site.root, site);
    const facts = index.facts(path);
    // Which files each page includes: a file only pasted into pages reads its relative links from them.
    const includes = (facts?.includes ?? []).map((include) => [include.kind, include.path]);
    hash.update(path).update('\0').update(site?.root ?? '').update('\0').update(JSON.stringify([facts?.frontMatter?.data ?? null, includes])).update('\n');
  }
  for (const [root, site] of [...roots].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(JSON.stringify([root, site.generator, site.config ?? null]));
  return hash.digest('hex');
}

/**
 * For each rule whose site half may weigh its file findings site-wide (it has a file and a site
 * half: spelling, brand-casing), a digest of every checked file's findings and notes of that rule.
 */
function globalDigests(plan: Phase2Plan, outputs: ReadonlyMap<string, Phase1Output>): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const [id, rule] of plan.rules) {
    if (!rule.file || !rule.site) continue;
    const hash = createHash('sha1');
    for (const path of plan.checked) {
      if (!plan.perFile.get(path)?.has(id)) continue;
      const output = outputs.get(path);
      // The phase-1 cache keeps each file's share (src/weighed-findings.ts).
      hash.update(path).update('\0').update(output?.weighed?.[id] ?? weighedDigest(output?.messages ?? [], output?.notes, id)).update('\n');
    }
    digests[id] = hash.digest('hex');
  }
  return digests;
}

/**
 * Files the site model reads on its own, beside the pages: ignore files (build output), hosting
 * redirects, Docusaurus versions, Eleventy ignores, Hugo render hooks, each site's generator config
 * and the files its generator module names beside it (MkDocs hooks), the workflows folder read for
 * gh-pages deploys (src/site/gh-pages-deploys.ts), the nginx configs of the repository. Their stamps join the run's key: any change to one re-checks every file.
 */
const modelFiles = ['.gitignore', '.postlintignore', '.eleventyignore', 'versions.json', 'firebase.json', 'netlify.toml', '_redirects', 'static/_redirects', 'public/_redirects', 'vercel.json'];
const hookFolders = ['layouts/_default/_markup', 'layouts/_markup'];

function modelInputsKey(plan: Phase2Plan): string {
  const roots = new Set([plan.settings.cwd, plan.settings.configDir]);
  const configs = new Set<string>();
  const folders = new Set<string>();
  for (const site of plan.sites.values()) {
    if (!site) continue;
    roots.add(site.root);
    if (site.configFile) configs.add(site.configFile);
    for (const file of site.configFiles ?? []) configs.add(file);
    for (const file of generatorOf(site).modelInputs?.(site) ?? []) configs.add(file);
    for (const file of nginxConfigFiles(site.root)) configs.add(file);
    folders.add(workflowsFolder(site.root));
  }
  const parts: string[] = [];
  for (const root of [...roots].sort()) {
    for (const name of modelFiles) parts.push(stampKey(stampOf(join(root, name))));
    for (const folder of hookFolders) folders.add(join(root, folder));
  }
  for (const dir of [...folders].sort()) {
    parts.push(folderKey(dir));
    for (const name of listNames(dir)) parts.push(stampKey(stampOf(join(dir, name))));
  }
  for (const file of [...configs].sort()) parts.push(stampKey(stampOf(file)));
  return sha1(parts.join('\n'));
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function samePacked([aStrings, aCodes]: PackedSamples, [bStrings, bCodes]: PackedSamples): boolean {
  return sameList(aStrings, bStrings) && aCodes.length === bCodes.length && aCodes.every((code, i) => code === bCodes[i]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A cache another build or format wrote: not damaged, just of no use (it is rewritten). */
function isOtherVersion(value: unknown): boolean {
  return !!value && typeof value === 'object' && typeof (value as {format?: unknown}).format === 'number' && ((value as {format: number}).format !== formatVersion || (value as {version?: unknown}).version !== codeVersion());
}

function isStore(value: unknown): value is Store {
  if (!value || typeof value !== 'object') return false;
  const store = value as Partial<Store>;
  if (store.format !== formatVersion || store.version !== codeVersion()) return false;
  if (typeof store.runKey !== 'string' || typeof store.siteKey !== 'string' || typeof store.guardKey !== 'string' || typeof store.checked !== 'string' || !store.globals || typeof store.globals !== 'object') return false;
  if (!Array.isArray(store.guarded) || !store.guarded.every(isGuardedGroup)) return false;
  if (!Array.isArray(store.notices)) return false;
  if (!Array.isArray(store.paths) || !Array.isArray(store.stamps) || store.paths.length !== store.stamps.length || !(store.entries instanceof Map)) return false;
  if (!store.paths.every((path) => typeof path === 'string') || !store.stamps.every((stamp) => stamp === null || isStamp(stamp))) return false;
  for (const [path, entry] of store.entries) if (typeof path !== 'string' || !isEntry(entry)) return false;
  return true;
}

function isEntry(value: unknown): value is Entry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<Entry>;
  return typeof entry.fileKey === 'string' && typeof entry.hash === 'string' && typeof entry.depsDigest === 'string' && typeof entry.now === 'number' &&
    Array.isArray(entry.deps) && entry.deps.every((i) => Number.isInteger(i)) &&
    Array.isArray(entry.outside) && entry.outside.every(isPair) && Array.isArray(entry.folders) && entry.folders.every(isPair) &&
    Array.isArray(entry.instants) && entry.instants.every((n) => typeof n === 'number') &&
    Array.isArray(entry.clock) && entry.clock.every((item) => !!item && typeof item === 'object' && typeof item.path === 'string' && typeof item.problems === 'string') &&
    Array.isArray(entry.messages) && entry.messages.every((m) => !!m && typeof m === 'object' && typeof (m as {reason?: unknown}).reason === 'string') &&
    (entry.samplesOnly === undefined || entry.samplesOnly === true);
}

/**
 * A file's guard samples as the cache keeps them: each distinct string once, and for each sample
 * seven numbers (site, list, group, failed, target, shape, foreign; strings by their index, -1 for
 * none), then how many readings explain it and those readings' strings.
 * As objects they were most of the file (each sample repeats the site's and the target's absolute
 * paths, and v8 serialization repeats every key): 31 of 50 MB for 10,000 posts.
 */
type PackedSamples = [strings: string[], codes: number[]];
const sampleLists: ReadonlyArray<FileGuardSample['list']> = ['links', 'anchors', 'forms', 'pages'];
/** The fixed codes of a sample; its readings follow them. */
const codesPerSample = 7;

function packSamples(samples: readonly FileGuardSample[]): PackedSamples {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const id = (text: string): number => {
    let i = indexes.get(text);
    if (i === undefined) {
      indexes.set(text, (i = strings.length));
      strings.push(text);
    }
    return i;
  };
  const codes: number[] = [];
  for (const {site, list, group, failed, target, shape, foreign, explained} of samples) {
    codes.push(id(site), sampleLists.indexOf(list), id(group), failed ? 1 : 0, id(target), shape === undefined ? -1 : id(shape), foreign === undefined ? -1 : foreign ? 1 : 0);
    // A sample without readings and one with an empty list are told apart: -1 and 0.
    codes.push(explained === undefined ? -1 : explained.length, ...(explained ?? []).map(id));
  }
  return [strings, codes];
}

function unpackSamples([strings, codes]: PackedSamples): FileGuardSample[] {
  const samples: FileGuardSample[] = [];
  for (let i = 0; i < codes.length; ) {
    const shape = codes[i + 5]!;
    const foreign = codes[i + 6]!;
    const readings = codes[i + codesPerSample]!;
    const explained = readings === -1 ? undefined : codes.slice(i + codesPerSample + 1, i + codesPerSample + 1 + readings).map((code) => strings[code]!);
    samples.push({
      site: strings[codes[i]!]!,
      list: sampleLists[codes[i + 1]!]!,
      group: strings[codes[i + 2]!]!,
      failed: codes[i + 3] === 1,
      target: strings[codes[i + 4]!]!,
      ...(shape === -1 ? {} : {shape: strings[shape]!}),
      ...(foreign === -1 ? {} : {foreign: foreign === 1}),
      ...(explained ? {explained} : {}),
    });
    i += codesPerSample + 1 + Math.max(readings, 0);
  }
  return samples;
}

/** Packed samples whose every index names a string (or a list, or a flag) that is there. */
function isPacked(value: unknown): value is PackedSamples {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [strings, codes] = value as [unknown, unknown];
  if (!Array.isArray(strings) || !strings.every((text) => typeof text === 'string') || !Array.isArray(codes)) return false;
  const string = (code: unknown): boolean => Number.isInteger(code) && (code as number) >= 0 && (code as number) < strings.length;
  const flag = (code: unknown): boolean => code === 0 || code === 1;
  for (let i = 0; i < codes.length; ) {
    if (i + codesPerSample >= codes.length) return false;
    if (!string(codes[i]) || !(Number.isInteger(codes[i + 1]) && codes[i + 1] >= 0 && codes[i + 1] < sampleLists.length) || !string(codes[i + 2]) || !flag(codes[i + 3]) || !string(codes[i + 4])) return false;
    if (!(codes[i + 5] === -1 || string(codes[i + 5])) || !(codes[i + 6] === -1 || flag(codes[i + 6]))) return false;
    const readings: unknown = codes[i + codesPerSample];
    if (!Number.isInteger(readings) || (readings as number) < -1) return false;
    const end = i + codesPerSample + 1 + Math.max(readings as number, 0);
    if (end > codes.length) return false;
    for (let k = i + codesPerSample + 1; k < end; k++) if (!string(codes[k])) return false;
    i = end;
  }
  return true;
}

function isGuardedGroup(value: unknown): value is GuardedGroup {
  if (!value || typeof value !== 'object') return false;
  const group = value as Partial<GuardedGroup>;
  return (group.guardClass === 'links' || group.guardClass === 'anchors') && typeof group.failures === 'number' && typeof group.total === 'number' &&
    (['site', 'group', 'shape', 'counts', 'because', 'reason'] as const).every((key) => typeof group[key] === 'string');
}

function isPair(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';
}
