import {setFlagsFromString} from 'node:v8';

/**
 * How much a function must run before V8 optimizes it (its "interrupt budget", in bytecode
 * executed). V8's default (132 KB) suits long-lived servers; a postlint run lasts seconds and
 * spends much of them in the parser's many small functions, so the default optimizes hundreds of
 * functions that run only a little longer, and the optimizing compiler's thread takes a core from
 * the parse and the link checker. With a higher budget, less is optimized and the rest stays in
 * baseline code: measured on 2 cores (bench/README.md, "V8 tier-up"), 200 posts with 3,000
 * links -18 % CPU; 2,000 posts offline -9 % CPU, -7 % wall time.
 *
 * The price: with any flag changed, V8 no longer accepts Node's cached code for its built-in
 * modules, so those loaded afterwards are compiled from source (a worker that loads node:http
 * starts in ~100 ms instead of ~45). Measured with it, the runs above; the link thread's first
 * request did not come later (it compiles while the main thread compiles the CLI). The flag is
 * set before any other thread exists: changing V8's flags while another isolate runs is a race.
 */
export const interruptBudget = 300 * 1024;

/** V8 majors whose flag of that name was measured or checked to exist (Node 20: 11, 22: 12, 24: 13). */
const knownV8 = new Set([11, 12, 13]);

/**
 * Set the budget for this process: only from the command's launcher (a library user's process is
 * not ours to tune), never over a budget the user gave Node (`node --interrupt-budget=N`), and
 * only on V8 versions known to have the flag, because V8 prints an error for a flag it does not know.
 */
export function tuneV8ForShortRuns(execArgv: readonly string[] = process.execArgv, v8Version = process.versions.v8): boolean {
  if (!knownV8.has(Number(v8Version.split('.')[0]))) return false;
  if (execArgv.some((arg) => /^--interrupt[-_]budget(=|$)/.test(arg))) return false;
  setFlagsFromString(`--interrupt-budget=${interruptBudget}`);
  return true;
}
