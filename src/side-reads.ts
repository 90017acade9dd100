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

/** A side file as read: its digest, and its stamp taken before the bytes were read (none when absent). */
export type SideRead = [path: string, digest: SideDigest, stamp: FileStamp | null];

const journal = new Map<string, SideRead>();

export function digestOf(bytes: Uint8Array): SideDigest {
  return createHash('sha1').update(bytes).digest('hex');
}

/** Note a side file read: its bytes and stamp, or the code of the problem reading it. */
export function noteSideRead(path: string, read: {bytes: Uint8Array; stamp: FileStamp} | {code?: string}): void {
  if (journal.has(path)) return;
  if ('bytes' in read) journal.set(path, [path, digestOf(read.bytes), read.stamp]);
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
  for (const read of reads) if (!journal.has(read[0])) journal.set(read[0], read);
}

/** The reads noted so far in this thread (and those added from workers). */
export function sideReads(): Iterable<SideRead> {
  return journal.values();
}
