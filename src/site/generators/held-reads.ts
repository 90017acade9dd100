/**
 * Reads site detection repeats, held once a run. Detection asks every folder it walks up from whether
 * a `package.json` up to three folders above runs Eleventy (eleventy-cli.ts) or names another
 * generator (jekyll-inferred.ts), and where the repository's top is (`.git`): on a site of 2,479
 * folders each parent's manifest was opened ~2,500 times, a quarter of the serial plan stage
 * (bench/README.md, perf38). Each path is now read once, until the generators' file reads are
 * forgotten (`forgetHeldReads`, called by `forgetFileReads`: the language server after a change).
 *
 * A held read is still a side read on every use: it is noted again in the journal the caches key on
 * (src/side-reads.ts), which a worker empties between batches, so every batch that used the file
 * still names it. Only small side files belong here (they are held for the run); a page's text is
 * never held.
 */
import {existsSync} from 'node:fs';
import {readRegularFile, sideFileLimit, warnNotUsed, type BytesOutcome} from '../../read-text.js';
import {noteSideRead} from '../../side-reads.js';

interface HeldRead {
  read: BytesOutcome;
  text?: string;
  json?: {value: unknown};
}

const reads = new Map<string, HeldRead>();
const exists = new Map<string, boolean>();

function held(path: string): HeldRead {
  let entry = reads.get(path);
  if (!entry) {
    entry = {read: readRegularFile(path, sideFileLimit)};
    reads.set(path, entry);
  }
  noteSideRead(path, entry.read);
  return entry;
}

/** A small side file's text, as common.ts's `readText` gives it (undefined when absent or refused; a refusal warns once), read once. */
export function heldText(path: string): string | undefined {
  const entry = held(path);
  if ('bytes' in entry.read) return (entry.text ??= entry.read.bytes.toString('utf8'));
  const {code, problem} = entry.read;
  if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') warnNotUsed(path, problem);
  return undefined;
}

/** `JSON.parse` of `heldText(path)`, parsed once: undefined when the file is absent, refused or no JSON. Shared: never change it. */
export function heldJson(path: string): unknown {
  const text = heldText(path);
  if (text === undefined) return undefined;
  const entry = reads.get(path)!;
  if (!entry.json) {
    try {
      entry.json = {value: JSON.parse(text) as unknown};
    } catch {
      entry.json = {value: undefined};
    }
  }
  return entry.json.value;
}

/** `existsSync(path)`, asked once (the repository's top, `.git`, as detection walks up). */
export function heldExists(path: string): boolean {
  let found = exists.get(path);
  if (found === undefined) {
    found = existsSync(path);
    exists.set(path, found);
  }
  return found;
}

/** Read the files again from now on (a file changed; the language server). */
export function forgetHeldReads(): void {
  reads.clear();
  exists.clear();
}
