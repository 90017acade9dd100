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

/**
 * Per-file phase-1 results in `.postlint-cache/phase1.bin`, so that an unchanged file is not
 * parsed again. Facts depend only on the bytes and postlint's code (the whole file is dropped
 * when `codeVersion()` differs);
 * messages also on the file's rule settings, the config and the site, which make up `runKey`.
 * Phase 2 always re-runs on the facts, so a changed heading re-checks every link that points at
 * it, whether the linking file came from the cache or not.
 *
 * v8 serialization, like the copy to a worker, keeps Dates (TOML dates) as Dates; JSON would not.
 */
interface Entry {
  hash: string;
  /** The file's stamp taken before the bytes of `hash` were read: when it still matches, the file is not read again (src/file-stamp.ts). */
  stamp?: FileStamp;
  facts: FileFacts;
  /** Present when the file rules ran (not for facts-only runs of other shards' files). */
  checked?: {runKey: string; now: number; messages: Phase1Output['messages']; notes?: Phase1Output['notes']};
}

const fileName = 'phase1.bin';
const formatVersion = 2;
const day = 86_400_000;

export class Phase1Cache {
  private readonly runKeys = new Map<string, string>();
  private changed = false;

  private constructor(
    private readonly dir: string,
    private readonly entries: Map<string, Entry>,
    private settings: RunSettings,
    /** False for a cache kept in memory by a long-lived process (the language server): never written. */
    private readonly persistent = true,
  ) {}

  /** A cache that lives as long as the process: each run of the language server parses only what changed. */
  static inMemory(settings: RunSettings): Phase1Cache {
    return new Phase1Cache('', new Map(), settings, false);
  }

  /** The same cache for the next run (its settings: clock, config; run keys are worked out again). */
  forRun(settings: RunSettings): Phase1Cache {
    this.settings = settings;
    this.runKeys.clear();
    return this;
  }

  /**
   * A cache is an optimisation: any problem with it (a link, a file where the folder should be, an
   * unreadable or malformed file) is one warning, and the run goes on without it. Entries are
   * validated and keyed by the content hash that is checked again on lookup, so a crafted file can
   * at most cost a re-check, never hide a finding it does not match.
   */
  static async open(dir: string, settings: RunSettings): Promise<Phase1Cache | undefined> {
    const link = lstatOrUndefined(dir);
    if (link && !link.isDirectory()) {
      settings.log(`postlint: ${dir} is ${link.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; checking without the cache`);
      return undefined;
    }
    let entries = new Map<string, Entry>();
    const read = link ? readRegularFile(join(dir, fileName), 512 * 1024 * 1024) : {problem: '', code: 'ENOENT'};
    if ('problem' in read) {
      if (read.code !== 'ENOENT') {
        settings.log(`postlint: cannot read the cache ${join(dir, fileName)} (${read.problem}); checking without it`);
        return undefined;
      }
    } else {
      try {
        const stored = deserialize(read.bytes) as unknown;
        if (isStore(stored) && stored.format === formatVersion && stored.version === codeVersion()) {
          for (const [path, entry] of stored.entries) if (typeof path === 'string' && isEntry(entry) && entry.facts.path === path) entries.set(path, entry);
        }
      } catch {
        settings.log(`postlint: the cache ${join(dir, fileName)} is damaged; checking without it (it will be rewritten)`);
        entries = new Map();
      }
    }
    return new Phase1Cache(dir, entries, settings);
  }

  /** The cached output when the bytes are the same and, for messages, everything else they depend on. */
  lookup(job: Phase1Job, hash: string): Phase1Output | undefined {
    const entry = this.entries.get(job.path);
    if (!entry || entry.hash !== hash) return undefined;
    if (job.active.length === 0) return {messages: [], facts: entry.facts, hash};
    const checked = entry.checked;
    if (!checked || checked.runKey !== this.runKey(job)) return undefined;
    if (!clockSafe(entry.facts, job.path, checked.now, this.settings.now.getTime())) return undefined;
    return {messages: checked.messages, facts: entry.facts, hash, ...(checked.notes ? {notes: checked.notes} : {})};
  }

  /** The content hash stored for a file whose stamp is unchanged since (the bytes need not be read). */
  hashByStamp(path: string, stamp: FileStamp | undefined): string | undefined {
    const entry = this.entries.get(path);
    return entry && unchangedSince(entry.stamp, stamp) ? entry.hash : undefined;
  }

  /** The file was read again and its bytes are the ones stored: keep its new stamp, so that the next run need not read it. */
  restamp(path: string, stamp: FileStamp | undefined): void {
    const entry = this.entries.get(path);
    if (!entry || !stamp || (entry.stamp && unchangedSince(entry.stamp, stamp))) return;
    entry.stamp = stamp;
    this.changed = true;
  }

  store(job: Phase1Job, output: Phase1Output, stamp?: FileStamp): void {
    if (!output.facts || !output.hash) return;
    const previous = this.entries.get(job.path);
    const entry: Entry = {hash: output.hash, facts: output.facts, ...(stamp ? {stamp} : {})};
    if (job.active.length > 0) entry.checked = {runKey: this.runKey(job), now: this.settings.now.getTime(), messages: output.messages, ...(output.notes ? {notes: output.notes} : {})};
    // A facts-only run keeps the messages of an earlier full run on the same bytes.
    else if (previous?.hash === output.hash && previous.checked) entry.checked = previous.checked;
    this.entries.set(job.path, entry);
    this.changed = true;
  }

  async save(): Promise<void> {
    if (!this.changed || !this.persistent) return;
    try {
      // Exclusive random temporary name, then an atomic rename: a parallel run (another shard) never reads half a file.
      writeFileSafely(join(this.dir, fileName), serialize({format: formatVersion, version: codeVersion(), entries: this.entries}), {cacheFolder: true});
    } catch (error) {
      this.settings.log(`postlint: cannot write the cache: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private runKey(job: Phase1Job): string {
    const parts = JSON.stringify([job.active, job.site ? [job.site.root, job.site.generator, job.site.config] : null, job.inputs ?? '']);
    let key = this.runKeys.get(parts);
    if (!key) {
      const {cwd, configDir, offline, config} = this.settings;
      key = createHash('sha1').update(JSON.stringify([parts, cwd, configDir, offline, config])).digest('hex');
      this.runKeys.set(parts, key);
    }
    return key;
  }
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function isStore(value: unknown): value is {format: number; version: string; entries: Map<unknown, unknown>} {
  return !!value && typeof value === 'object' && (value as {entries?: unknown}).entries instanceof Map;
}

/** The shape phase 1 relies on; anything else is dropped (and the file re-checked). */
function isEntry(value: unknown): value is Entry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<Entry>;
  if (typeof entry.hash !== 'string' || !entry.facts || typeof entry.facts !== 'object') return false;
  if (entry.stamp !== undefined && !isStamp(entry.stamp)) return false;
  const facts = entry.facts as unknown as Record<string, unknown>;
  if (typeof facts.path !== 'string' || !Array.isArray(facts.links) || !Array.isArray(facts.headings) || !Array.isArray(facts.anchors) || !Array.isArray(facts.control)) return false;
  if (entry.checked === undefined) return true;
  const checked = entry.checked as Partial<NonNullable<Entry['checked']>>;
  return typeof checked === 'object' && checked !== null && typeof checked.runKey === 'string' && typeof checked.now === 'number' && Array.isArray(checked.messages) &&
    checked.messages.every((m) => !!m && typeof m === 'object' && typeof (m as {reason?: unknown}).reason === 'string');
}

/**
 * File rules see the clock only through front-matter dates (drafts, scheduled, expired posts,
 * "in 3 h" wording within a day). Cached messages stay valid when no such date, give or take
 * two days for time zones and that wording, lies between the cached run's clock and this one's.
 */
function clockSafe(facts: FileFacts, path: string, then: number, now: number): boolean {
  return then === now || instantsSafe(clockInstants(facts, path), then, now);
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
