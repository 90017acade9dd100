import {readFileSync, statSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {version} from './version.js';

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
  let bytes: Buffer;
  try {
    // Size and kind first: a huge file is not read into memory, and a FIFO would block a read.
    const info = statSync(path);
    if (info.isDirectory()) return {problem: 'Cannot read file: it is a directory'};
    if (!info.isFile()) return {problem: 'Cannot read file: it is not a regular file'};
    if (info.size > maxSize) return {problem: `File is too large to check (${byteSize(info.size)}; the limit is ${byteSize(maxSize)}, set by maxFileSize)`};
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'symbolic link loop' : code ?? String(error);
    return {problem: `Cannot read file: ${why}`};
  }
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

function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}
