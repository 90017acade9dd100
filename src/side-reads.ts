import {createHash} from 'node:crypto';
import {stampOf, type FileStamp} from './file-stamp.js';

/**
 * Every side file this thread read (a site's config, an Astro collection schema, an Eleventy data
 * file, a component, an ignore file, a words list), with what it held: the caches key their entries
 * on these (src/cache-inputs.ts), so that editing any file the site model read checks every page
 * again. Pages are not side files: their own bytes key their entries. A path read twice keeps its
 * first digest (the state the run used first).
 */
export type SideDigest = string;
/** The digest of a side file that was not there: its coming changes the model too. */
export const absentDigest = 'absent';
/** The digest of a side file that was there but refused (too large, not a regular file): its stamp tells a change. */
export const refusedDigest = 'refused';

/**
 * What of a side file the model used: all of it, or only the front matter of a page (a Hugo section's
 * `_index.md` gives the pages below it its `cascade`; its text is the page's own, keyed by its bytes).
 */
export type SidePart = 'front-matter';

/** A side file as read: its digest, its stamp taken before the bytes were read (none when absent), the part digested. */
export type SideRead = [path: string, digest: SideDigest, stamp: FileStamp | null, part?: SidePart];

const journal = new Map<string, SideRead>();

export function digestOf(bytes: Uint8Array): SideDigest {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * The bytes of the part of a file the model used: for the front matter, the lines up to the fence that
 * closes a `---` or `+++` block opening the file; the whole file where none does (other formats too).
 */
export function partBytes(bytes: Uint8Array, part: SidePart | undefined): Uint8Array {
  if (part !== 'front-matter') return bytes;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const fence = /^(?:\xEF\xBB\xBF)?(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!fence) return bytes;
  const close = new RegExp(`^${fence[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`, 'm');
  const rest = close.exec(text.slice(fence[0].length));
  // latin1 keeps one character a byte: the offset in the text is the offset in the bytes.
  return rest ? bytes.subarray(0, fence[0].length + rest.index + rest[0].length) : bytes;
}

/** The reads of each recording under way (recordSideReads), every read noted while it lasts. */
const recordings = new Set<SideRead[]>();

/**
 * The value `make` gives and the side reads noted while it ran (reads another call made meanwhile
 * too: more, never fewer). A memo of a value the model derives from side files keeps them, so that
 * a later use notes them again (noteSideReadsAgain) in a journal emptied meanwhile (a worker's next batch).
 */
export async function recordSideReads<T>(make: () => Promise<T>): Promise<{value: T; reads: SideRead[]}> {
  const reads: SideRead[] = [];
  recordings.add(reads);
  try {
    return {value: await make(), reads};
  } finally {
    recordings.delete(reads);
  }
}

/** Note again reads a memo's value was made from (recordSideReads). */
export function noteSideReadsAgain(reads: readonly SideRead[]): void {
  addSideReads(reads);
  for (const recording of recordings) recording.push(...reads);
}

/** Note a side file read: its bytes and stamp, or the code of the problem reading it; `part` when the model used only that. */
export function noteSideRead(path: string, read: {bytes: Uint8Array; stamp: FileStamp} | {code?: string}, part?: SidePart): void {
  noteInJournal(path, read, part);
  const noted = journal.get(path);
  if (noted) for (const recording of recordings) recording.push(noted);
}

function noteInJournal(path: string, read: {bytes: Uint8Array; stamp: FileStamp} | {code?: string}, part?: SidePart): void {
  const noted = journal.get(path);
  // A file read whole anywhere is a dependency as a whole; one read for its front matter only needs no more.
  if (noted && (noted[3] === undefined || part !== undefined || noted[1] === absentDigest || noted[1] === refusedDigest)) return;
  if ('bytes' in read) journal.set(path, part ? [path, digestOf(partBytes(read.bytes, part)), read.stamp, part] : [path, digestOf(read.bytes), read.stamp]);
  else if (read.code === 'ENOENT' || read.code === 'ENOTDIR') journal.set(path, [path, absentDigest, null]);
  else journal.set(path, [path, refusedDigest, stampOf(path) ?? null]);
}

/** The reads noted since the last take, and forget them (a worker sends them with each batch). */
export function takeSideReads(): SideRead[] {
  const taken = [...journal.values()];
  journal.clear();
  return taken;
}

/** Reads another thread noted (a worker's batch). */
export function addSideReads(reads: readonly SideRead[]): void {
  for (const read of reads) {
    const noted = journal.get(read[0]);
    if (!noted || (noted[3] !== undefined && read[3] === undefined && noted[1] !== absentDigest && noted[1] !== refusedDigest)) journal.set(read[0], read);
  }
}

/** The reads noted so far in this thread (and those added from workers). */
export function sideReads(): Iterable<SideRead> {
  return journal.values();
}
