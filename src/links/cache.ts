import {readRegularFile} from '../read-text.js';
import {basename, dirname} from 'node:path';
import {writeFileSafely} from '../safe-write.js';
import type {Outcome} from './check.js';

/** The cache file's shape; `format` tells our file from anyone else's. */
interface CacheFile {
  format: typeof cacheFormat;
  version: typeof cacheVersion;
  entries: Record<string, CacheEntry>;
}

export interface CacheEntry {
  /** When it was checked, ms since the epoch. */
  checkedAt: number;
  outcome: Outcome;
}

const cacheFormat = 'postlint-links';
const cacheVersion = 1;

/**
 * Results of earlier runs, reused within their TTL: a day for working links, an hour for the rest
 * (by default). A cache that cannot be read is ignored with a warning, never a crash.
 */
export class LinkCache {
  private entries = new Map<string, CacheEntry>();
  private changed = false;

  constructor(
    private readonly path: string,
    private readonly ttl: {ok: number; failure: number},
    private readonly warn: (line: string) => void,
  ) {}

  async load(): Promise<void> {
    const read = readRegularFile(this.path, 64 * 1024 * 1024);
    if ('problem' in read) {
      if (read.code !== 'ENOENT') this.warn(`postlint: cannot read the link cache ${this.path} (${read.problem}); checking without it`);
      return;
    }
    const text = read.bytes.toString('utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      this.warn(`postlint: the link cache ${this.path} is not valid JSON; ignoring it (it will be rewritten)`);
      return;
    }
    const file = data as Partial<CacheFile> | null;
    if (!file || typeof file !== 'object' || file.format !== cacheFormat || file.version !== cacheVersion || typeof file.entries !== 'object' || file.entries === null) {
      this.warn(`postlint: ${this.path} is not a postlint link cache (or an older version of one); ignoring it (it will be rewritten)`);
      return;
    }
    for (const [url, entry] of Object.entries(file.entries)) {
      if (isEntry(entry)) this.entries.set(url, entry);
    }
  }

  /** A fresh entry, or undefined when there is none or it expired. */
  get(url: string, now: number): CacheEntry | undefined {
    const entry = this.entries.get(url);
    if (!entry) return undefined;
    return now - entry.checkedAt <= this.ttlOf(entry.outcome) && entry.checkedAt <= now ? entry : undefined;
  }

  set(url: string, outcome: Outcome, now: number): void {
    this.entries.set(url, {checkedAt: now, outcome});
    this.changed = true;
  }

  /** Write atomically (a temporary file renamed over the old one), leaving out expired entries. */
  async save(now: number): Promise<void> {
    if (!this.changed) return;
    const entries: Record<string, CacheEntry> = {};
    for (const [url, entry] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (now - entry.checkedAt <= this.ttlOf(entry.outcome)) entries[url] = entry;
    }
    const body: CacheFile = {format: cacheFormat, version: cacheVersion, entries};
    try {
      // Exclusive random temporary name, no writing through links (src/safe-write.ts).
      // postlint's own cache folder gets its .gitignore; a folder the user named for the cache file is theirs.
      writeFileSafely(this.path, JSON.stringify(body) + '\n', {cacheFolder: basename(dirname(this.path)) === '.postlint-cache'});
    } catch (error) {
      this.warn(`postlint: cannot write the link cache ${this.path} (${(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))})`);
    }
  }

  private ttlOf(outcome: Outcome): number {
    const working = outcome.kind === 'http' && outcome.status >= 200 && outcome.status < 300;
    return working ? this.ttl.ok : this.ttl.failure;
  }
}

function isEntry(value: unknown): value is CacheEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<CacheEntry>;
  if (typeof entry.checkedAt !== 'number' || !entry.outcome || typeof entry.outcome !== 'object') return false;
  // A partial or hand-made entry is dropped (and the link checked again), never printed as "undefined".
  const outcome = entry.outcome as unknown as Record<string, unknown>;
  if (outcome.kind === 'http') {
    return typeof outcome.status === 'number' && typeof outcome.finalUrl === 'string' &&
      (outcome.fragments === undefined || (typeof outcome.fragments === 'object' && outcome.fragments !== null && Object.values(outcome.fragments).every((v) => typeof v === 'boolean')));
  }
  return outcome.kind === 'failure' && typeof outcome.failure === 'string' && typeof outcome.detail === 'string';
}
