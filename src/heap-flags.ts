import {setFlagsFromString} from 'node:v8';

/**
 * V8 takes a code cache only when its flags hash as they did when the cache was made (every flag
 * not at its default is hashed), so a heap limit given to Node (`NODE_OPTIONS=--max-old-space-size=4096`,
 * common on CI runners) made it reject main.cjs.cache and compile the CLI from source: about 0.17 s
 * more CPU on every run (bench/README.md). The heap's size flags are read when an isolate is made;
 * set to their default (0: V8 sizes the heap itself) while the bundle is compiled and given back
 * right after, they leave this heap as the user sized it, and the cache is taken. Only while no
 * other thread runs: changing V8's flags under another isolate is a race (src/v8-tuning.ts).
 */
const sizing = /^--(max[-_]old[-_]space[-_]size|max[-_]semi[-_]space[-_]size)=(\d+)$/;

/** The heap size flags given to Node, each as its last value (NODE_OPTIONS is read before the command line). */
export function heapSizeFlags(execArgv: readonly string[] = process.execArgv, nodeOptions: string = process.env['NODE_OPTIONS'] ?? ''): string[] {
  const last = new Map<string, string>();
  for (const arg of [...nodeOptions.split(/\s+/), ...execArgv]) {
    const match = sizing.exec(arg);
    if (match) last.set(match[1]!.replace(/_/g, '-'), match[2]!);
  }
  return [...last].map(([name, value]) => `--${name}=${value}`);
}

/** Run `compile` with those flags at their defaults, then give them back. */
export function withHeapFlagsAtDefault<T>(flags: readonly string[], compile: () => T): T {
  if (flags.length === 0) return compile();
  for (const flag of flags) setFlagsFromString(`${flag.slice(0, flag.indexOf('='))}=0`);
  try {
    return compile();
  } finally {
    for (const flag of flags) setFlagsFromString(flag);
  }
}
