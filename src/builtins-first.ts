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
