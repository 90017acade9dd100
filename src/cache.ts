import {mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import {basename, join} from 'node:path';
import {createHash} from 'node:crypto';
import {deserialize, serialize} from 'node:v8';
import type {Phase1Job, Phase1Output} from './phase1.js';
import type {FileFacts} from './facts.js';
import type {RunSettings} from './settings.js';
import {codeVersion} from './version.js';

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
    private readonly settings: RunSettings,
  ) {}

  static async open(dir: string, settings: RunSettings): Promise<Phase1Cache> {
    let entries = new Map<string, Entry>();
    try {
      const stored = deserialize(await readFile(join(dir, fileName))) as {format: number; version: string; entries: Map<string, Entry>};
      if (stored.format === formatVersion && stored.version === codeVersion()) entries = stored.entries;
    } catch {
      // No cache yet, or an unreadable one: start empty.
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

  store(job: Phase1Job, output: Phase1Output): void {
    if (!output.facts || !output.hash) return;
    const previous = this.entries.get(job.path);
    const entry: Entry = {hash: output.hash, facts: output.facts};
    if (job.active.length > 0) entry.checked = {runKey: this.runKey(job), now: this.settings.now.getTime(), messages: output.messages, ...(output.notes ? {notes: output.notes} : {})};
    // A facts-only run keeps the messages of an earlier full run on the same bytes.
    else if (previous?.hash === output.hash && previous.checked) entry.checked = previous.checked;
    this.entries.set(job.path, entry);
    this.changed = true;
  }

  async save(): Promise<void> {
    if (!this.changed) return;
    await mkdir(this.dir, {recursive: true});
    const temporary = join(this.dir, `${fileName}.${process.pid}.tmp`);
    await writeFile(temporary, serialize({format: formatVersion, version: codeVersion(), entries: this.entries}));
    // Rename is atomic: a parallel run (another shard) never reads half a file.
    await rename(temporary, join(this.dir, fileName));
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

/**
 * File rules see the clock only through front-matter dates (drafts, scheduled, expired posts,
 * "in 3 h" wording within a day). Cached messages stay valid when no such date, give or take
 * two days for time zones and that wording, lies between the cached run's clock and this one's.
 */
function clockSafe(facts: FileFacts, path: string, then: number, now: number): boolean {
  if (then === now) return true;
  const low = Math.min(then, now) - 2 * day;
  const high = Math.max(then, now) + 2 * day;
  const instants: number[] = [];
  const fromName = /^(\d{4}-\d{2}-\d{2})/.exec(basename(path));
  if (fromName) instants.push(Date.parse(fromName[1]!));
  for (const value of Object.values(facts.frontMatter?.data ?? {})) {
    if (value instanceof Date) instants.push(value.getTime());
    else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) instants.push(Date.parse(value.slice(0, 10)));
  }
  return instants.every((instant) => Number.isNaN(instant) || instant < low || instant > high);
}
