import {getHeapSpaceStatistics, setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';

/**
 * How a run that parses many files keeps its heaps small: scavenges at file boundaries and a
 * slower-growing old generation. Measured in bench/README.md ("Scavenges between files").
 *
 * Parsing a post allocates several MB in V8's young generation, most of it dead once the file's
 * facts are out; when the young generation fills in the middle of a file, the scavenge copies the
 * tree being built (and after two copies promotes it to the old generation, where it is garbage for
 * a mark-compact to find). Collecting between files, when the young generation is half full, finds
 * little alive and promotes little.
 *
 * The main thread's old generation holds every file's facts, so it grows all run long; V8 lets it
 * grow to up to four times what survived its last mark-compact before the next one (a 10,000-post
 * run: ~100 MB of facts, hundreds of MB of heap). `heapGrowingPercent` caps that factor at 1.5.
 *
 * It takes V8's `gc` function (the `--expose-gc` flag, then a new context, which is where V8
 * installs it), so only the command turns it on (a library user's process is not ours to tune),
 * and only for runs that parse enough files to pay for the context (~1 ms).
 */
type Collect = (options: {type: 'minor' | 'major'}) => void;

/** The old generation grows to at most (1 + this / 100) times what its last mark-compact kept. */
export const heapGrowingPercent = 50;

let allowed = false;
let collect: Collect | undefined;

/** The command allows it (src/cli.ts); a phase 1 that parses many files then turns it on. */
export function allowCollectingBetweenFiles(): void {
  allowed = true;
}

/**
 * Turn it on, on the main thread before any worker starts (V8's flags are the process's, and
 * changing them while another thread runs is a race). A flag the user gave Node is kept.
 */
export function startCollectingBetweenFiles(execArgv: readonly string[] = process.execArgv): boolean {
  if (!allowed) return false;
  if (collect) return true;
  try {
    setFlagsFromString('--expose-gc');
    const given = [...execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
    if (!given.some((arg) => /^--heap[-_]growing[-_]percent(=|$)/.test(arg))) setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
  } catch {
    return false;
  }
  return takeCollector();
}

/** In a worker of a run whose main thread started it: this thread's own `gc` (flags already set). */
export function takeCollector(): boolean {
  try {
    const gc: unknown = runInNewContext('gc');
    if (typeof gc === 'function') collect = gc as Collect;
  } catch {
    collect = undefined;
  }
  return collect !== undefined;
}

/** After a file: a scavenge when the young generation is at least half full (a no-op unless started). */
export function betweenFiles(): void {
  if (!collect) return;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name !== 'new_space') continue;
    if (space.space_used_size > space.space_available_size) collect({type: 'minor'});
    return;
  }
}
