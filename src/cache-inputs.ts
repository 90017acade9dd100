import {statSync} from 'node:fs';
import {writeFileSafely} from './safe-write.js';
import {join} from 'node:path';
import {randomInt} from 'node:crypto';
import {deserialize, serialize} from 'node:v8';
import {readRegularFile, sideFileLimit} from './read-text.js';
import {absentDigest, digestOf, partBytes, refusedDigest, sideReads, type SideDigest, type SidePart, type SideRead} from './side-reads.js';
import {isStamp, stampOf, unchangedSince, type FileStamp} from './file-stamp.js';
import {codeVersion} from './version.js';

/**
 * The side files the runs that filled the caches read (src/side-reads.ts), with their digests and
 * stamps, kept in `.postlint-cache/inputs`. When one of them is not what it was (an Astro schema,
 * an Eleventy data file, a component, a generator config edited; a data file added where one was
 * looked for), the caches' generation moves on: it is part of every entry's key in both caches,
 * so every page is checked again, and the files read then start the new list. A stamp unchanged
 * since a settled read stands for the bytes (src/file-stamp.ts); any other file is read and hashed.
 * New entries in a folder the model lists are not followed here: only files it read.
 */
const fileName = 'inputs';
const formatVersion = 2;

interface Stored {
  format: number;
  version: string;
  generation: number;
  inputs: SideRead[];
}

export class CacheInputs {
  private constructor(
    private readonly dir: string,
    /** Part of every cache key: moves on when a side file changed. */
    readonly generation: number,
    /** The stored inputs still as they were (carried over), by path. */
    private readonly carried: Map<string, SideRead>,
    private readonly stored: Stored | undefined,
    /** The first side file found changed, for --verbose. */
    readonly changed: string | undefined,
  ) {}

  /**
   * The stored list checked against the files now. Without one (none yet, unreadable, another
   * build's) nothing says what the caches were made from: a generation of its own, so nothing in
   * them is taken.
   */
  static open(dir: string): CacheInputs {
    const stored = readStored(join(dir, fileName));
    if (!stored) return new CacheInputs(dir, freshGeneration(), new Map(), undefined, undefined);
    const carried = new Map<string, SideRead>();
    for (const input of stored.inputs) {
      // A generation of its own, not the next number: two runs at once may each store a list, and the older one's
      // `generation + 1` would name the newer run's entries, made from other side files.
      if (!stillAsRead(...input)) return new CacheInputs(dir, freshGeneration(stored.generation), new Map(), stored, input[0]);
      carried.set(input[0], input);
    }
    return new CacheInputs(dir, stored.generation, carried, stored, undefined);
  }

  /**
   * Write the list again when this run read a side file it did not hold (or the generation moved on). Quietly
   * not where it cannot be written: the caches beside it say so once (a planted link is never written through).
   */
  save(): void {
    const inputs = new Map(this.carried);
    let added = false;
    for (const read of sideReads()) {
      // A file checked at the start keeps the state it was checked in: read otherwise during the run (written
      // meanwhile), its pages' entries of this generation may hold either state, and the next run must see it changed.
      const held = inputs.get(read[0]);
      if (held) {
        // Read the same, under a newer stamp (a section page's text edited, its front matter not): that stamp stands next time.
        if (held[1] === read[1] && held[3] === read[3] && read[2] && held[2]?.takenMs !== read[2].takenMs && !unchangedSince(held[2] ?? undefined, stampOf(read[0]))) {
          inputs.set(read[0], read);
          added = true;
        }
        continue;
      }
      inputs.set(read[0], read);
      added = true;
    }
    if (!added && this.stored?.generation === this.generation) return;
    const data: Stored = {format: formatVersion, version: codeVersion(), generation: this.generation, inputs: [...inputs.values()]};
    try {
      // An exclusive temporary name renamed over the list: a reader sees the old list or the new one, never half of one.
      writeFileSafely(join(this.dir, fileName), serialize(data), {cacheFolder: true});
    } catch {
      // Said by the cache that could not be written beside it.
    }
  }
}

/** A generation no stored list names (any but `not`). */
function freshGeneration(not?: number): number {
  for (;;) {
    const generation = randomInt(2 ** 47);
    if (generation !== not) return generation;
  }
}

function readStored(path: string): Stored | undefined {
  const read = readRegularFile(path, 256 * 1024 * 1024);
  if ('problem' in read) return undefined;
  try {
    const data = deserialize(read.bytes) as unknown;
    return isStored(data) && data.format === formatVersion && data.version === codeVersion() ? data : undefined;
  } catch {
    return undefined;
  }
}

function isStored(value: unknown): value is Stored {
  if (!value || typeof value !== 'object') return false;
  const {format, version, generation, inputs} = value as Partial<Stored>;
  return typeof format === 'number' && typeof version === 'string' && typeof generation === 'number' && Number.isSafeInteger(generation) && Array.isArray(inputs) &&
    inputs.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string' && (entry[2] === null || isStamp(entry[2])) && (entry[3] === undefined || entry[3] === 'front-matter'));
}

/** Is the side file still what the run that stored it read? */
function stillAsRead(path: string, digest: SideDigest, stamp: FileStamp | null, part?: SidePart): boolean {
  if (digest === absentDigest) return !exists(path);
  const now = stampOf(path);
  if (!now) return false;
  if (digest === refusedDigest) return !!stamp && stamp.size === now.size && stamp.mtimeMs === now.mtimeMs && stamp.ino === now.ino;
  if (stamp && unchangedSince(stamp, now)) return true;
  const read = readRegularFile(path, sideFileLimit * 16);
  return !('problem' in read) && digestOf(partBytes(read.bytes, part)) === digest;
}

function exists(path: string): boolean {
  try {
    return statSync(path, {throwIfNoEntry: false}) !== undefined;
  } catch {
    return false;
  }
}
