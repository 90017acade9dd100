import {writeFileSync} from 'node:fs';
import {readRegularFile} from './read-text.js';
import {resolve} from 'node:path';
import {run, type RunOptions, type RunResult} from './engine.js';
import {applyFixes, fixOf, type Fix} from './fix.js';
import {contentHash} from './read-text.js';

/** Passes after which fixes still waiting (each overlapping the one before) are left to the next run. */
export const maxFixPasses = 10;

export interface FixOutcome {
  /** The last pass: the findings that remain once the fixes are in. */
  result: RunResult;
  /** The first pass: every finding, each fixable one with its `fix`. */
  first: RunResult;
  /** New text of each file a fix changed, by absolute path. */
  changed: Map<string, string>;
  /** Fixes applied, over all passes. */
  fixed: number;
  passes: number;
  /** Files written (only with `write`). */
  written: string[];
  /** Files not written because they changed on disk while postlint ran. */
  changedOnDisk: string[];
}

/**
 * Lint, apply the fixes that do not overlap, and lint the new texts again (in memory, as
 * documents), until no fix applies or maxFixPasses; the fixes of each pass come from rules that
 * saw the text the previous pass left. With `write`, each changed file is written once at the
 * end, and only if it still holds the text postlint read: a file edited meanwhile is not overwritten.
 * A run that changes nothing writes nothing.
 */
export async function runWithFixes(options: RunOptions, write: boolean): Promise<FixOutcome> {
  const given = new Map((options.documents ?? []).map((document) => [resolve(options.cwd, document.path), document.text]));
  const originals = new Map<string, Original>();
  const changedOnDisk = new Set<string>();
  const texts = new Map<string, string>();
  const first = await run(options);
  let result = first;
  let fixed = 0;
  let passes = 1;
  // Each pass applies what does not overlap, then the new texts are linted again.
  for (; passes <= maxFixPasses; passes++) {
    let applied = 0;
    for (const file of result.files) {
      const fixes = file.messages.map(fixOf).filter((fix): fix is Fix => fix !== undefined);
      if (fixes.length === 0) continue;
      const path = resolve(file.cwd, file.path);
      let text = texts.get(path) ?? given.get(path);
      if (text === undefined) {
        const original = readOriginal(path);
        // Saved since phase 1 read it: these fixes are for another text.
        if (!original || (file.data.contentHash !== undefined && original.hash !== file.data.contentHash)) {
          if (original) changedOnDisk.add(path);
          continue;
        }
        originals.set(path, original);
        text = original.text;
      }
      const outcome = applyFixes(text, fixes);
      if (outcome.applied === 0 || outcome.output === text) continue;
      texts.set(path, outcome.output);
      applied += outcome.applied;
    }
    if (applied === 0) break;
    fixed += applied;
    const documents = new Map([...given, ...texts]);
    result = await run({...options, documents: [...documents].map(([path, text]) => ({path, text}))});
  }
  const changed = new Map([...texts].filter(([path, text]) => text !== (given.get(path) ?? originals.get(path)?.text)));
  const written: string[] = [];
  if (write) {
    for (const [path, text] of changed) {
      const original = originals.get(path);
      // Unsaved documents belong to the caller (an editor): their new text is in `changed`.
      if (!original) continue;
      if (writeFixed(path, original, text)) written.push(path);
      else changedOnDisk.add(path);
    }
  }
  return {result, first, changed, fixed, passes, written, changedOnDisk: [...changedOnDisk]};
}

export interface Original {
  text: string;
  bom: boolean;
  /** contentHash of the bytes (compared with what phase 1 read). */
  hash?: string;
}

function readOriginal(path: string): Original | undefined {
  // The same bounded, regular-files-only read as phase 1: --fix never blocks on a FIFO.
  const read = readRegularFile(path, maxFixSize);
  return 'bytes' in read ? decode(read.bytes) : undefined;
}

/** The largest file --fix rewrites (phase 1 already refused anything over maxFileSize). */
const maxFixSize = 64 * 1024 * 1024;

function decode(bytes: Buffer): Original | undefined {
  try {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), bom, hash: contentHash(bytes)};
  } catch {
    return undefined;
  }
}

/** Write the fixed text only if the file still holds what postlint read; false when it changed meanwhile. */
export function writeFixed(path: string, original: Original, text: string): boolean {
  const read = readRegularFile(path, maxFixSize);
  const now = 'bytes' in read ? decode(read.bytes) : undefined;
  if (!now || now.text !== original.text || now.bom !== original.bom) return false;
  writeFileSync(path, (original.bom ? '\ufeff' : '') + text);
  return true;
}
