import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {parseArgs} from 'node:util';

/**
 * Node's built-in modules come with compiled code that V8 takes only while its flags are Node's:
 * once the launcher raises the tier-up budget (src/v8-tuning.ts), a built-in loaded afterwards is
 * compiled from source, at two to four times the CPU (node:net 2 ms instead of 0.5 on this
 * machine). The launcher calls this first, for the built-ins every run of the command loads:
 * the stream behind standard output (node:net for a pipe, node:tty for a terminal, a file
 * stream for a file) and util's argument parser. Others stay where they are used: loading what a
 * run does not need costs more than compiling what it does (bench/README.md).
 */
export function loadBuiltinsEveryRunUses(): void {
  // Reading the getter creates the stream, which the report is written to anyway.
  void process.stdout;
  // util's parseArgs is a lazy getter: the import above has read it.
  void parseArgs;
}

/**
 * node:child_process too, when the run will start git: a run inside a git work tree asks git's index
 * which Docusaurus configs it tracks (src/site/generators/docusaurus-configs.ts) unless it walks the
 * whole repository, and `--changed`/`--staged` diff with git. Left out for a run outside any work
 * tree, and for one that checks the whole repository from its top (`postlint` or `postlint .` there),
 * which reads no index (unless an ignore file needs it: then the module is compiled as before).
 */
export function loadGitRunnerWhenUsed(argv: readonly string[] = process.argv.slice(2), cwd: string | undefined = currentFolder()): boolean {
  const top = cwd === undefined ? undefined : workTreeTop(cwd);
  if (top === undefined) return false;
  const named = argv.filter((arg) => !arg.startsWith('-'));
  const wholeRepository = top === cwd && named.every((arg) => arg === '.' || arg === './') && !argv.some((arg) => /^--(changed|staged|base)\b/.test(arg));
  if (wholeRepository) return false;
  createRequire(import.meta.url)('node:child_process');
  return true;
}

/** The working directory; undefined when it was removed (the CLI says so, not the launcher). */
function currentFolder(): string | undefined {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

/** The nearest folder at or above `dir` that holds a `.git` (a folder, or a worktree's file). */
function workTreeTop(dir: string): string | undefined {
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
