import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {version} from './version.js';
import {noteSideRead, type SidePart} from './side-reads.js';
import type {FileStamp} from './file-stamp.js';

/**
 * Reading a Markdown file as phase 1 does, in a module of its own so that the link worker's
 * pre-scan reads the same files the same way (and refuses the same ones) without loading the parser.
 */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(version).update('\0').update(bytes).digest('hex');
}

export type ReadOutcome = {text: string; hash: string} | {problem: string};

// Synchronous on purpose: phase 1 is bound by the parser, and for small files one blocking read
// costs a fifth of the CPU of fs/promises' open/stat/read/close round trips (bench/README.md).
export function readText(path: string, maxSize: number): ReadOutcome {
  const read = readRegularFile(path, maxSize, 'maxFileSize');
  if ('problem' in read) return {problem: read.problem};
  const {bytes} = read;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {problem: 'File is UTF-16, not UTF-8; save it as UTF-8 to check it'};
  }
  if (bytes.subarray(0, 8000).includes(0)) return {problem: 'File looks binary (it contains NUL bytes); not checked'};
  try {
    return {text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes), hash: contentHash(bytes)};
  } catch {
    return {problem: 'File is not valid UTF-8; save it as UTF-8 to check it'};
  }
}

export type BytesOutcome = {bytes: Buffer; stamp: FileStamp} | {problem: string; code?: string};

/**
 * Read a regular file of at most `maxSize` bytes, and nothing else. The kind and the size come from
 * the open descriptor (fstat), and the open does not block (O_NONBLOCK): a FIFO, a link to
 * /dev/zero or a file swapped between a stat and the read is refused, never a hang or unbounded
 * memory. Every file postlint reads from the checked tree (posts, ignore files, words lists,
 * generator and postlint configs) goes through here. `limitName` names the setting in the message.
 */
export function readRegularFile(path: string, maxSize: number, limitName?: string): BytesOutcome {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return {problem: 'Cannot read file: it is a directory', code};
    // A name that is not UTF-8 reaches us with U+FFFD in place of its bytes, and that name does not exist.
    if (code === 'ENOENT' && path.includes('\uFFFD')) return {problem: 'Cannot read file: its name is not valid UTF-8 (shown with \uFFFD); rename it to check it', code: 'EILSEQ'};
    return {problem: `Cannot read file: ${describeCode(code, error)}`, ...(code ? {code} : {})};
  }
  try {
    // Taken before the bytes are read: a write during the read leaves a stamp that does not match them (src/file-stamp.ts).
    const takenMs = Date.now();
    const info = fstatSync(fd);
    if (info.isDirectory()) return {problem: 'Cannot read file: it is a directory', code: 'EISDIR'};
    if (!info.isFile()) return {problem: 'Cannot read file: it is not a regular file', code: 'ENOTREG'};
    if (info.size > maxSize) {
      return {problem: `File is too large to check (${byteSize(info.size)}; the limit is ${byteSize(maxSize)}${limitName ? `, set by ${limitName}` : ''})`, code: 'EFBIG'};
    }
    // Read at most one byte past the limit: a file that grows while we read is still bounded.
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxSize) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) return {problem: `File is too large to check (it grew past ${byteSize(maxSize)} while read)`, code: 'EFBIG'};
    }
    return {bytes: buffer.subarray(0, length), stamp: {size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino, takenMs}};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {problem: `Cannot read file: ${describeCode(code, error)}`, ...(code ? {code} : {})};
  } finally {
    closeSync(fd);
  }
}

/** The text of a small side file (an ignore file, a words list, a config): undefined when absent. */
export function readSideFile(path: string, maxSize = sideFileLimit, part?: SidePart): {text: string} | {problem: string; code?: string} {
  const read = readSideBytes(path, maxSize, part);
  if ('problem' in read) return read;
  return {text: read.bytes.toString('utf8')};
}

/**
 * `readSideFile`'s bytes, not decoded: a caller that scans many side files for an ASCII word
 * (`Buffer.includes`) decodes only the few that have it. Noted as a side read all the same.
 */
export function readSideBytes(path: string, maxSize = sideFileLimit, part?: SidePart): {bytes: Buffer} | {problem: string; code?: string} {
  const read = readRegularFile(path, maxSize);
  // What the site model read keys the caches (src/side-reads.ts): an absent or refused file too.
  noteSideRead(path, read, part);
  return read;
}

/**
 * A drop-in for `readFileSync(path, 'utf8')` on side files: the same throw when the file is absent,
 * and when it exists but is refused (not a regular file, too large, unreadable) one warning on
 * stderr, once per path, before the throw, so that the caller's fallback is never silent.
 */
export function readSmallFile(path: string, maxSize = sideFileLimit, part?: SidePart): string {
  return readSmallBytes(path, maxSize, part).toString('utf8');
}

/** `readSmallFile`'s bytes, not decoded (see `readSideBytes`): the same throw and warning. */
export function readSmallBytes(path: string, maxSize = sideFileLimit, part?: SidePart): Buffer {
  const read = readSideBytes(path, maxSize, part);
  if ('bytes' in read) return read.bytes;
  if (read.code !== 'ENOENT' && read.code !== 'ENOTDIR' && read.code !== 'EISDIR') warnNotUsed(path, read.problem);
  throw Object.assign(new Error(`${path}: ${read.problem}`), {code: read.code});
}

/** `readSmallFile`, or undefined where it would throw (absent or refused: refusal still warns once). */
export function readSmallFileIfAny(path: string): string | undefined {
  try {
    return readSmallFile(path);
  } catch {
    return undefined;
  }
}

/** A side file's JSON when it is an object; undefined when absent, refused or not an object. */
export function readSmallJsonObject(path: string): Record<string, unknown> | undefined {
  const text = readSmallFileIfAny(path);
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const warnedPaths = new Set<string>();

/** One line on stderr, once per path: a side file postlint refused to read. */
export function warnNotUsed(path: string, problem: string): void {
  if (warnedPaths.has(path)) return;
  warnedPaths.add(path);
  process.stderr.write(`postlint: ${path} is not used: ${problem}\n`);
}

/** Side files (ignore files, words lists, configs) are small; a bigger one is a mistake or an attack. */
export const sideFileLimit = 4 * 1024 * 1024;

function describeCode(code: string | undefined, error: unknown): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOENT':
      return 'no such file';
    case 'ENXIO':
      return 'it is not a regular file';
    default:
      return code ?? String(error);
  }
}

function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}
