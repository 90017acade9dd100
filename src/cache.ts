import {lstatSync} from 'node:fs';
import {readRegularFile} from './read-text.js';
import {writeFileSafely} from './safe-write.js';
import {basename, join} from 'node:path';
import {createHash} from 'node:crypto';
import {deserialize, serialize} from 'node:v8';
import type {Phase1Job, Phase1Output} from './phase1.js';
import type {FileFacts} from './facts.js';
import type {RunSettings} from './settings.js';
import {codeVersion} from './version.js';
import {isStamp, unchangedSince, type FileStamp} from './file-stamp.js';
import {visibleDigest} from './facts-digest.js';
import {linkKeys, rememberLinkKeys} from './link-keys.js';
import {groupByPart, indexOf} from './cache-parts.js';
import {publishProblems} from './publish.js';
import {noRewording, reworded, rewordingOf, type Rewording} from './time-left.js';
import {weighedDigests} from './weighed-findings.js';

/**
 * Per-file phase-1 results in `.postlint-cache/phase1.bin`, so that an unchanged file is not
 * parsed again. Facts depend only on the bytes and postlint's code (the whole file is dropped
 * when `codeVersion()` differs);
 * messages also on the file's rule settings, the config and the site, which make up `runKey`.
 * Phase 2 always re-runs on the facts, so a changed heading re-checks every link that points at
 * it, whether the linking file came from the cache or not.
 *
 * The file is a head and one record a file. The head holds what a run needs of every file
 * (hash, stamp, messages, notes, front matter, includes, the digest of what links into it see);
 * a file's record holds the rest of its facts (headings, ids, links, terms, control comments),
 * read only when the run asks for them: a run that re-checks a few files of a big site reads the
 * records of those files and of the pages they link to, not the whole site's (bench/README.md).
 * Records of files not parsed again are written back as they were read.
 *
 * v8 serialization, like the copy to a worker, keeps Dates (TOML dates) as Dates; JSON would not.
 */
interface Entry {
  hash: string;
  /** The file's stamp taken before the bytes of `hash` were read: when it still matches, the file is not read again (src/file-stamp.ts). */
  stamp?: FileStamp;
  facts: FileFacts;
  /** What links into the file see of it (src/facts-digest.ts). */
  visible: string;
  /** Present when the file rules ran (not for facts-only runs of other shards' files). */
  checked?: {runKey: string; now: number; messages: Phase1Output['messages']; notes?: Phase1Output['notes']; weighed?: Phase1Output['weighed']};
  /** The record as read from the file, while `facts` are the ones it holds: written back as it is. */
  record?: Uint8Array;
  /** Its links' keys as read from the head (src/link-keys.ts), with `record`. */
  linkKeys?: readonly string[];
  /** The part of the head it was read from, while it is as read there (src/cache.ts, `encodeEntries`). */
  part?: number;
}

/** What the head keeps of a file; `size` is the length of its record, which follow the head in this order. */
interface HeadEntry {
  path: string;
  hash: string;
  stamp?: FileStamp;
  frontMatter?: FileFacts['frontMatter'];
  includes?: FileFacts['includes'];
  visible: string;
  /** Keys of the files its links may lead to (src/link-keys.ts). */
  linkKeys: string[];
  checked?: Entry['checked'];
  size: number;
}

/** The facts a file's record holds (the others are in the head). */
const recordKeys = ['headings', 'anchors', 'links', 'control', 'terms', 'htmlHeadings', 'idPrefixes', 'generated', 'tabs', 'template'] as const;
type RecordFacts = Pick<FileFacts, (typeof recordKeys)[number]>;

const fileName = 'phase1.bin';
const formatVersion = 5;
const day = 86_400_000;

export class Phase1Cache {
  private readonly runKeys = new Map<string, string>();
  /** The same keys by the job's array of rules (shared by files with the same rules) and a short key of the site and inputs. */
  private runKeysByActive = new WeakMap<object, Map<string, string>>();
  private changed = false;
  /** The cache file could not be written (a planted link, a folder in its place): nothing else is written beside it. */
  unwritable = false;
  /** Files whose record turned out unreadable: left out when the cache is written again. */
  private readonly damaged = new Set<string>();
  /** The parts of the head as read, written back as they are while all their entries are. */
  private parts: HeadPart[] = [];
  /** Files this run asked about: they are in the run, so there (the others' files are looked for before a save). */
  private readonly inRun = new Set<string>();

  private constructor(
    private readonly dir: string,
    private readonly entries: Map<string, Entry>,
    private settings: RunSettings,
    /** False for a cache kept in memory by a long-lived process (the language server): never written. */
    private readonly persistent = true,
    /** Rules whose file findings are weighed site-wide: each file's share is kept (src/weighed-findings.ts). */
    private readonly weighed: readonly string[] = [],
  ) {}

  /** A cache that lives as long as the process: each run of the language server parses only what changed. */
  static inMemory(settings: RunSettings): Phase1Cache {
    return new Phase1Cache('', new Map(), settings, false);
  }

  /** The same cache for the next run (its settings: clock, config; run keys are worked out again). */
  forRun(settings: RunSettings): Phase1Cache {
    this.settings = settings;
    this.inRun.clear();
    this.runKeys.clear();
    this.runKeysByActive = new WeakMap();
    return this;
  }

  /**
   * A cache is an optimisation: any problem with it (a link, a file where the folder should be, an
   * unreadable or malformed file) is one warning, and the run goes on without it. Entries are
   * validated and keyed by the content hash that is checked again on lookup, or by the stamp of
   * the file (size, times, inode: src/file-stamp.ts), so a crafted file can at most cost a
   * re-check, never hide a finding for a state of the file it does not match.
   */
  static async open(dir: string, settings: RunSettings, weighed: readonly string[] = []): Promise<Phase1Cache | undefined> {
    const link = lstatOrUndefined(dir);
    if (link && !link.isDirectory()) {
      settings.log(`postlint: ${dir} is ${link.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; checking without the cache`);
      return undefined;
    }
    const read = link ? readRegularFile(join(dir, fileName), 512 * 1024 * 1024) : {problem: '', code: 'ENOENT'};
    if ('problem' in read) {
      if (read.code !== 'ENOENT') {
        settings.log(`postlint: cannot read the cache ${join(dir, fileName)} (${read.problem}); checking without it`);
        return undefined;
      }
      return new Phase1Cache(dir, new Map(), settings, true, weighed);
    }
    const cache = new Phase1Cache(dir, new Map(), settings, true, weighed);
    try {
      cache.load(read.bytes);
    } catch {
      settings.log(`postlint: the cache ${join(dir, fileName)} is damaged; checking without it (it will be rewritten)`);
      cache.entries.clear();
    }
    return cache;
  }

  /** Entries of the head, each with its record still unread; throws when the file is not what this build writes. */
  private load(bytes: Buffer): void {
    const stored = decodeHead(bytes);
    if (!stored) return;
    this.parts = stored.parts;
    for (const {path, head, record, part} of stored.entries) {
      const facts = lazyFacts(path, head, record, () => this.recordDamaged(path));
      rememberLinkKeys(facts, head.linkKeys);
      this.entries.set(path, {hash: head.hash, ...(head.stamp ? {stamp: head.stamp} : {}), facts, visible: head.visible, ...(head.checked ? {checked: head.checked} : {}), record, linkKeys: head.linkKeys, part});
    }
  }

  private recordDamaged(path: string): void {
    if (this.damaged.size === 0) this.settings.log(`postlint: the cache ${join(this.dir, fileName)} is damaged (the record of ${path}); its facts are left out of this run's index (the cache will be rewritten)`);
    this.damaged.add(path);
    this.changed = true;
  }

  /** Did a record turn out unreadable in this run? Then what the run found is not one to remember (the phase-2 cache). */
  hasDamage(): boolean {
    return this.damaged.size > 0;
  }

  /** The cached output when the bytes are the same and, for messages, everything else they depend on. */
  lookup(job: Phase1Job, hash: string): Phase1Output | undefined {
    this.inRun.add(job.path);
    const entry = this.entries.get(job.path);
    if (!entry || entry.hash !== hash) return undefined;
    if (job.active.length === 0) return {messages: [], facts: entry.facts, hash, visible: entry.visible};
    const checked = entry.checked;
    if (!checked || checked.runKey !== this.runKey(job)) return undefined;
    const words = clockRewording(entry.facts, job, checked.now, this.settings.now.getTime());
    if (!words) return undefined;
    // Re-worded findings are not the ones the shares were worked out from.
    const weighed = words.size === 0 ? checked.weighed : undefined;
    return {messages: reworded(checked.messages, words), facts: entry.facts, hash, visible: entry.visible, ...(checked.notes ? {notes: checked.notes} : {}), ...(weighed ? {weighed} : {})};
  }

  /** The content hash stored for a file whose stamp is unchanged since (the bytes need not be read). */
  hashByStamp(path: string, stamp: FileStamp | undefined): string | undefined {
    this.inRun.add(path);
    const entry = this.entries.get(path);
    return entry && unchangedSince(entry.stamp, stamp) ? entry.hash : undefined;
  }

  /** The file was read again and its bytes are the ones stored: keep its new stamp, so that the next run need not read it. */
  restamp(path: string, stamp: FileStamp | undefined): void {
    const entry = this.entries.get(path);
    if (!entry || !stamp || (entry.stamp && unchangedSince(entry.stamp, stamp))) return;
    entry.stamp = stamp;
    delete entry.part;
    this.changed = true;
  }

  /** Keep a file's fresh output; its digest is worked out here once and rides on the output for the phase-2 cache. */
  store(job: Phase1Job, output: Phase1Output, stamp?: FileStamp): void {
    this.inRun.add(job.path);
    if (!output.facts || !output.hash) return;
    output.visible ??= visibleDigest(output.facts);
    const previous = this.entries.get(job.path);
    const entry: Entry = {hash: output.hash, facts: output.facts, visible: output.visible, ...(stamp ? {stamp} : {})};
    if (job.active.length > 0) {
      const weighed = output.weighed ?? weighedDigests(output.messages, output.notes, job.active, this.weighed);
      // Kept on the output too: the phase-2 cache of this run reads the shares from it.
      if (weighed) output.weighed = weighed;
      entry.checked = {runKey: this.runKey(job), now: this.settings.now.getTime(), messages: output.messages, ...(output.notes ? {notes: output.notes} : {}), ...(output.weighed ? {weighed: output.weighed} : {})};
    }
    // A facts-only run keeps the messages of an earlier full run on the same bytes.
    else if (previous?.hash === output.hash && previous.checked) entry.checked = previous.checked;
    this.entries.set(job.path, entry);
    this.damaged.delete(job.path);
    this.changed = true;
  }

  async save(): Promise<void> {
    // A cache that is not saved needs no look at the files it remembers.
    if (!this.persistent) return;
    this.dropRemoved();
    if (!this.changed) return;
    try {
      // Exclusive random temporary name, then an atomic rename: a parallel run (another shard) never reads half a file.
      writeFileSafely(join(this.dir, fileName), encodeEntries([...this.entries].filter(([path]) => !this.damaged.has(path)), this.parts), {cacheFolder: true});
      this.changed = false;
    } catch (error) {
      this.unwritable = true;
      this.settings.log(`postlint: cannot write the cache: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * Forget the files that are gone: a file deleted or renamed since it was stored is never asked
   * about again, so without this the cache would grow with every removed page, run after run.
   * A file this run did not ask about (another shard's, or outside the paths named) is kept while
   * it is still there: one look at the folder entry, no read.
   */
  private dropRemoved(): void {
    for (const path of this.entries.keys()) {
      if (this.inRun.has(path) || isFileThere(path)) continue;
      this.entries.delete(path);
      this.changed = true;
    }
  }

  private runKey(job: Phase1Job): string {
    // Files that share their rules share the array of them (engine.ts), and their site: its JSON is made once for them.
    let byActive = this.runKeysByActive.get(job.active);
    if (!byActive) this.runKeysByActive.set(job.active, (byActive = new Map()));
    const short = `${job.site?.root ?? ''}\0${job.site?.generator ?? ''}\0${job.inputs ?? ''}`;
    let key = byActive.get(short);
    if (!key) {
      const parts = JSON.stringify([job.active, job.site ? [job.site.root, job.site.generator, job.site.config] : null, job.inputs ?? '']);
      key = this.runKeys.get(parts);
      if (!key) {
        const {cwd, configDir, offline, config} = this.settings;
        key = createHash('sha1').update(JSON.stringify([parts, cwd, configDir, offline, config])).digest('hex');
        this.runKeys.set(parts, key);
      }
      byActive.set(short, key);
    }
    return key;
  }
}

/**
 * The file's bytes: a mark (`magic`), the records, the parts of the head (up to `partSize`
 * entries each, the records in the order of their entries), the index (the format, the build, the
 * size of each part), and the index's length (4 bytes, little-endian). Written in that order, a
 * record at a time: the records of a big site are never all in memory at once. A part whose
 * entries are all as read is written back as it was: a run that re-checks a few files of a big
 * site serializes a few parts, not the head of every file.
 */
type Stored = Pick<Entry, 'hash' | 'stamp' | 'facts' | 'visible' | 'checked' | 'record' | 'linkKeys' | 'part'>;
interface HeadPart {
  bytes: Uint8Array;
  /** How many entries it holds. */
  count: number;
}
const partSize = 256;
const magic = Buffer.from('PLC1');

function* encodeEntries(entries: Array<[string, Stored]>, parts: readonly HeadPart[] = []): Generator<Uint8Array> {
  const {byPart, loose} = groupByPart(entries, (entry) => entry.part, parts);
  yield magic;
  const partBytes: Uint8Array[] = [];
  for (const [part, list] of byPart) {
    if (list.length === parts[part]!.count && list.every(([, entry]) => entry.record)) {
      partBytes.push(parts[part]!.bytes);
      for (const [, entry] of list) yield entry.record!;
    } else loose.push(...list);
  }
  let head: HeadEntry[] = [];
  for (const [path, entry] of loose) {
    const {facts} = entry;
    const record = entry.record ?? serialize(Object.fromEntries(recordKeys.flatMap((key) => (facts[key] === undefined ? [] : [[key, facts[key]]]))));
    head.push({
      path,
      hash: entry.hash,
      ...(entry.stamp ? {stamp: entry.stamp} : {}),
      ...(facts.frontMatter ? {frontMatter: facts.frontMatter} : {}),
      ...(facts.includes ? {includes: facts.includes} : {}),
      visible: entry.visible,
      linkKeys: entry.record && entry.linkKeys ? [...entry.linkKeys] : linkKeys(facts.links),
      ...(entry.checked ? {checked: entry.checked} : {}),
      size: record.length,
    });
    yield record;
    if (head.length === partSize) {
      partBytes.push(serialize(head));
      head = [];
    }
  }
  if (head.length > 0) partBytes.push(serialize(head));
  yield* partBytes;
  const index = serialize({format: formatVersion, version: codeVersion(), parts: partBytes.map((bytes) => bytes.length)});
  yield index;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(index.length);
  yield length;
}

/**
 * The head's entries with their records (unread) and the parts as read, or undefined for a cache
 * another build or an older format wrote (of no use, not damaged: it is rewritten). Throws when
 * the file is damaged. Entries of the wrong shape are left out (their files are checked again).
 */
function decodeHead(bytes: Buffer): {entries: Array<{path: string; head: HeadEntry; record: Uint8Array; part: number}>; parts: HeadPart[]} | undefined {
  // Older formats were one v8 serialization of an object with its format number.
  const framed = indexOf(bytes, magic, 'phase-1 cache', (old) => !!old && typeof old === 'object' && typeof (old as {format?: unknown}).format === 'number');
  if (!framed) return undefined;
  const {index, start: indexStart} = framed;
  if (!index || typeof index !== 'object' || typeof (index as {format?: unknown}).format !== 'number') throw new Error('not a phase-1 cache');
  if ((index as {format: number}).format !== formatVersion || (index as {version?: unknown}).version !== codeVersion()) return undefined;
  if (!isIndex(index)) throw new Error('not a phase-1 cache');
  const partsLength = index.parts.reduce((sum, size) => sum + size, 0);
  const recordsEnd = indexStart - partsLength;
  if (recordsEnd < magic.length) throw new Error('truncated');
  let partAt = recordsEnd;
  const parts: HeadPart[] = [];
  const heads: unknown[][] = [];
  for (const size of index.parts) {
    const part = bytes.subarray(partAt, partAt + size);
    partAt += size;
    const head = deserialize(part) as unknown;
    if (!Array.isArray(head)) throw new Error('not a phase-1 cache');
    parts.push({bytes: part, count: head.length});
    heads.push(head);
  }
  const entries: Array<{path: string; head: HeadEntry; record: Uint8Array; part: number}> = [];
  let at = magic.length;
  for (const [part, head] of heads.entries()) {
    for (const entry of head) {
      // Without a size the records that follow cannot be found: the rest is left out.
      const size = (entry as {size?: unknown} | null)?.size;
      if (typeof size !== 'number' || !Number.isInteger(size) || size < 0 || at + size > recordsEnd) return {entries, parts};
      const record = bytes.subarray(at, at + size);
      at += size;
      if (isHeadEntry(entry)) entries.push({path: entry.path, head: entry, record, part});
    }
  }
  return {entries, parts};
}

/**
 * A file's facts with the head's fields, and the record's read from its bytes when one of them is
 * first asked for (then they are plain properties). Enumerable like any facts' fields, so that a
 * copy or JSON of the object reads them too.
 */
function lazyFacts(path: string, head: HeadEntry, record: Uint8Array, damaged: () => void): FileFacts {
  const facts = {path, ...(head.frontMatter ? {frontMatter: head.frontMatter} : {}), ...(head.includes ? {includes: head.includes} : {})} as FileFacts;
  pending.set(facts, {record, damaged});
  Object.defineProperties(facts, recordAccessors);
  return facts;
}

/** The record behind each lazy facts object, until it is read. */
const pending = new WeakMap<object, {record: Uint8Array; damaged: () => void}>();

function readRecord(facts: FileFacts): void {
  const state = pending.get(facts);
  if (!state) return;
  pending.delete(facts);
  let value: unknown;
  try {
    value = deserialize(state.record);
  } catch {
    value = undefined;
  }
  if (!isRecord(value)) state.damaged();
  const record: Partial<RecordFacts> = isRecord(value) ? value : {headings: [], anchors: [], links: [], control: []};
  for (const key of recordKeys) {
    if (record[key] === undefined) delete (facts as Partial<FileFacts>)[key];
    else Object.defineProperty(facts, key, {value: record[key], writable: true, enumerable: true, configurable: true});
  }
}

const recordAccessors: PropertyDescriptorMap = Object.fromEntries(recordKeys.map((key) => [key, {
  get(this: FileFacts): unknown {
    readRecord(this);
    return this[key];
  },
  set(this: FileFacts, value: unknown): void {
    readRecord(this);
    Object.defineProperty(this, key, {value, writable: true, enumerable: true, configurable: true});
  },
  enumerable: true,
  configurable: true,
}]));

/** Is a file (or a link to one, or anything not a folder) still at the path? Unreadable folders count as there: nothing is dropped on a guess. */
function isFileThere(path: string): boolean {
  try {
    return !lstatSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

function isRecord(value: unknown): value is RecordFacts {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return Array.isArray(record.headings) && Array.isArray(record.anchors) && Array.isArray(record.links) && Array.isArray(record.control) && (record.terms === undefined || Array.isArray(record.terms)) && (record.htmlHeadings === undefined || Array.isArray(record.htmlHeadings)) && (record.idPrefixes === undefined || Array.isArray(record.idPrefixes)) && (record.generated === undefined || typeof record.generated === 'string') && (record.template === undefined || typeof record.template === 'string');
}

/**
 * For tests that craft a cache: the whole store, every record read (`decode`), and the bytes of
 * one (`encode`; an entry without `visible` gets the digest of its facts).
 */
export const phase1CacheFile = {
  decode(bytes: Buffer): {format: number; version: string; entries: Map<string, Omit<Entry, 'record'>>} | undefined {
    const stored = decodeHead(bytes);
    if (!stored) return undefined;
    const entries = new Map<string, Omit<Entry, 'record'>>();
    for (const {path, head, record} of stored.entries) {
      const facts = lazyFacts(path, head, record, () => undefined);
      readRecord(facts);
      entries.set(path, {hash: head.hash, ...(head.stamp ? {stamp: head.stamp} : {}), facts: {...facts}, visible: head.visible, ...(head.checked ? {checked: head.checked} : {})});
    }
    return {format: formatVersion, version: codeVersion(), entries};
  },
  /** Where the records start (after a mark of the format). */
  recordsOffset: magic.length,
  encode(entries: Map<string, Omit<Entry, 'visible' | 'record'> & {visible?: string}>): Buffer {
    return Buffer.concat([...encodeEntries([...entries].map(([path, entry]) => [path, {...entry, visible: entry.visible ?? visibleDigest(entry.facts)}]))]);
  },
};

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function isIndex(value: unknown): value is {format: number; version: string; parts: number[]} {
  if (!value || typeof value !== 'object' || typeof (value as {format?: unknown}).format !== 'number') return false;
  const parts = (value as {parts?: unknown}).parts;
  return Array.isArray(parts) && parts.every((size) => typeof size === 'number' && Number.isInteger(size) && size >= 0);
}

/** The shape phase 1 relies on; anything else is dropped (and the file re-checked). */
function isHeadEntry(value: unknown): value is HeadEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<HeadEntry>;
  if (typeof entry.path !== 'string' || typeof entry.hash !== 'string' || typeof entry.visible !== 'string') return false;
  if (!Array.isArray(entry.linkKeys) || !entry.linkKeys.every((key) => typeof key === 'string')) return false;
  if (entry.stamp !== undefined && !isStamp(entry.stamp)) return false;
  if (entry.frontMatter !== undefined && (!entry.frontMatter || typeof entry.frontMatter !== 'object')) return false;
  if (entry.includes !== undefined && !Array.isArray(entry.includes)) return false;
  if (entry.checked === undefined) return true;
  const checked = entry.checked as Partial<NonNullable<Entry['checked']>>;
  return typeof checked === 'object' && checked !== null && typeof checked.runKey === 'string' && typeof checked.now === 'number' && Array.isArray(checked.messages) &&
    checked.messages.every((m) => !!m && typeof m === 'object' && typeof (m as {reason?: unknown}).reason === 'string') &&
    (checked.weighed === undefined || (typeof checked.weighed === 'object' && checked.weighed !== null && Object.values(checked.weighed).every((digest) => typeof digest === 'string')));
}

/**
 * File rules see the clock only through the file's publish state (drafts, scheduled, expired posts,
 * "in 3 h" wording within a day), which its front-matter dates decide. Cached messages stay valid
 * when no such date, give or take two days for time zones and that wording, lies between the
 * cached run's clock and this one's; else when the state at both clocks is the same but for the
 * time left, by which they are re-worded (src/time-left.ts). Undefined: the file rules run again.
 */
function clockRewording(facts: FileFacts, job: Phase1Job, then: number, now: number): Rewording | undefined {
  if (then === now || instantsSafe(clockInstants(facts, job.path), then, now)) return noRewording;
  return rewordingOf(publishProblems(job.path, facts.frontMatter, job.site, new Date(then)), publishProblems(job.path, facts.frontMatter, job.site, new Date(now)));
}

/** The dates a file's findings (and those of links into it) may depend on: its name's and its front matter's. */
export function clockInstants(facts: FileFacts | undefined, path: string): number[] {
  const instants: number[] = [];
  const fromName = /^(\d{4}-\d{2}-\d{2})/.exec(basename(path));
  if (fromName) instants.push(Date.parse(fromName[1]!));
  for (const value of Object.values(facts?.frontMatter?.data ?? {})) {
    if (value instanceof Date) instants.push(value.getTime());
    else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) instants.push(Date.parse(value.slice(0, 10)));
  }
  return instants.filter((instant) => !Number.isNaN(instant));
}

/** No instant lies between the two clocks, give or take two days (time zones, "in 3 h" wording). */
export function instantsSafe(instants: readonly number[], then: number, now: number): boolean {
  if (then === now) return true;
  const low = Math.min(then, now) - 2 * day;
  const high = Math.max(then, now) + 2 * day;
  return instants.every((instant) => instant < low || instant > high);
}
