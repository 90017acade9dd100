import {readdirSync, statSync} from 'node:fs';
import {createHash} from 'node:crypto';

/**
 * What the file system says about a file without reading it: size, modification and change
 * times, inode. The caches trust a file whose stamp is the one they stored instead of hashing its
 * bytes again (git's index does the same), under two conditions:
 *
 * - Every field must match. The change time (ctime) is set by the kernel on every write and on
 *   every `touch -d`, `tar -x` or `rsync -t` that puts an old modification time back, and no
 *   ordinary tool can set it, so restoring the old mtime over new bytes still changes the stamp.
 * - The stamp was taken at least `settleMs` after the file's last change (git's "racily clean"
 *   rule). Timestamps are as coarse as the file system makes them (1–2 s on FAT, HFS+, ext3; ns on
 *   ext4, APFS, NTFS): a file written again within the same tick after it was read could keep
 *   size and times. Such a stamp is never trusted: the file is hashed on the next run, as before.
 *
 * The stamp is taken before the file is read, so a write between the two leaves a stamp that no
 * longer matches, never a matching stamp with old bytes. A cache file is local and regenerated;
 * whoever can write it can write the files it describes, so trusting its stamps gives no one more
 * than they have.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** When the stamp was taken (the kernel's clock, as the file times). */
  takenMs: number;
}

/**
 * How long after a file's last change its stamp may be trusted, in ms: the coarsest timestamp
 * granularity postlint expects (FAT's 2 s). POSTLINT_CACHE_SETTLE_MS sets another (a file system
 * with coarser times; 0 where times are exact).
 */
export const settleMs = Number.isFinite(Number(process.env.POSTLINT_CACHE_SETTLE_MS)) && process.env.POSTLINT_CACHE_SETTLE_MS !== undefined && process.env.POSTLINT_CACHE_SETTLE_MS !== ''
  ? Math.max(0, Number(process.env.POSTLINT_CACHE_SETTLE_MS))
  : 2000;

/** The stamp of a file or folder now; undefined when it cannot be stat'ed. */
export function stampOf(path: string): FileStamp | undefined {
  const takenMs = Date.now();
  try {
    const info = statSync(path);
    return {size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino, takenMs};
  } catch {
    return undefined;
  }
}

/** Was the stamp taken late enough after the last change to stand for the bytes? */
export function settled(stamp: FileStamp): boolean {
  return stamp.takenMs - Math.max(stamp.mtimeMs, stamp.ctimeMs) >= settleMs;
}

/** Does `now` show the same, unchanged file as the trusted stamp `stored`? */
export function unchangedSince(stored: FileStamp | undefined, now: FileStamp | undefined): boolean {
  return !!stored && !!now && settled(stored) && stored.size === now.size && stored.mtimeMs === now.mtimeMs && stored.ctimeMs === now.ctimeMs && stored.ino === now.ino;
}

/** A stamp as one comparable string (a folder's listing, a file outside the run); `untrusted` never equals another. */
export function stampKey(stamp: FileStamp | undefined): string {
  if (!stamp) return 'absent';
  if (!settled(stamp)) return `untrusted:${Math.random()}`;
  return `${stamp.size}:${stamp.mtimeMs}:${stamp.ctimeMs}:${stamp.ino}`;
}

export function isStamp(value: unknown): value is FileStamp {
  if (!value || typeof value !== 'object') return false;
  const stamp = value as Record<string, unknown>;
  return ['size', 'mtimeMs', 'ctimeMs', 'ino', 'takenMs'].every((key) => typeof stamp[key] === 'number');
}

/**
 * A folder's entries as one comparable string: its names and which are folders. What a link's
 * resolution learns from a folder is whether a name is there (in any letter case) and what it is;
 * a file saved in place or through a temporary name (sed -i, many editors) leaves this as it was,
 * where the folder's own times would change.
 */
export function folderKey(dir: string): string {
  try {
    const names = readdirSync(dir, {withFileTypes: true}).map((entry) => `${entry.isDirectory() ? 'd' : 'f'}${entry.name}`).sort();
    return createHash('sha1').update(names.join('\0')).digest('hex');
  } catch (error) {
    return `unreadable:${(error as NodeJS.ErrnoException).code ?? ''}`;
  }
}
