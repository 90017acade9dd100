import {closeSync, lstatSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import {randomBytes} from 'node:crypto';
import {basename, dirname} from 'node:path';

/**
 * The one way postlint writes a file it owns (its caches, a words list): never through a symbolic
 * link a checked-out tree may plant, and never into a temporary name someone prepared. The parent
 * folder must be a real folder (created when absent), the target absent or a regular file; the
 * bytes go to a new file with a random name, created exclusively, then renamed over the target
 * (atomic: a parallel run never reads half a file). Throws an Error whose message says why.
 */
export function writeFileSafely(path: string, data: string | Uint8Array | Iterable<Uint8Array>, options: {cacheFolder?: boolean} = {}): void {
  const created = ensureRealFolder(dirname(path));
  // A cache folder postlint creates says so to git itself, so that it never shows as a change to commit.
  if (created && options.cacheFolder) writeFileSafely(`${dirname(path)}/.gitignore`, '# Created by postlint: its caches are not for version control.\n*\n');
  const target = lstatOrUndefined(path);
  if (target?.isSymbolicLink()) throw new Error(`${path} is a symbolic link; postlint does not write through links`);
  if (target && !target.isFile()) throw new Error(`${path} is not a regular file`);
  const temporary = `${dirname(path)}/.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`;
  // 'wx' is O_CREAT|O_EXCL: it fails on any existing name, a planted link included.
  const fd = openSync(temporary, 'wx', 0o644);
  try {
    // Chunks are written as they come: a big cache need not be in memory twice (once in pieces, once joined).
    const chunks = typeof data === 'string' ? [Buffer.from(data)] : data instanceof Uint8Array ? [data] : data;
    for (const bytes of chunks) for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temporary);
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temporary, path);
  } catch (error) {
    unlinkSync(temporary);
    throw error;
  }
}

/** A folder postlint writes into: created when absent (then true); a symbolic link or a file there is refused. */
export function ensureRealFolder(dir: string): boolean {
  const info = lstatOrUndefined(dir);
  if (!info) {
    mkdirSync(dir, {recursive: true});
    return true;
  }
  if (info.isSymbolicLink()) throw new Error(`${dir} is a symbolic link; postlint does not write through links`);
  if (!info.isDirectory()) throw new Error(`${dir} is not a folder`);
  return false;
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
