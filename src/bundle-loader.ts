import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';
import {lendImporter} from './dynamic-import.js';
import {withHeapFlagsAtDefault} from './heap-flags.js';

/**
 * Runs the bundled CLI (dist/bin/main.cjs, a CommonJS bundle) with V8's code cache written beside
 * it at build time (scripts/code-cache.mjs): V8 then deserializes the compiled code of the
 * functions a typical run calls instead of parsing and compiling 1.6 MB of JavaScript on every
 * cold start. Node 20 has no code cache for ES modules (`module.enableCompileCache` is Node 22),
 * hence a CommonJS bundle run through `vm.Script`.
 *
 * V8 rejects a cache made by another V8 version or with other V8 flags, and then compiles from
 * source as if there were no cache; but it checks the source only by its length, so the cache
 * file starts with a hash of the source it was made for and of V8's data after it: a cache for other
 * bytes, or a damaged one, is not used. Nothing here writes a file.
 */
export const cacheMagic = 'postlint-code-cache 1\n';
const hashBytes = 32;

/** The hash a cache file starts with: of the source it was made for, and of its data. */
function hash(source: Buffer, data: Buffer): Buffer {
  return createHash('sha256').update(source).update(data).digest();
}

/** The cached data in a cache file, when the file was made for `source`; otherwise undefined. */
export function cachedDataFor(file: Buffer | undefined, source: Buffer): Buffer | undefined {
  if (!file) return undefined;
  const magic = Buffer.from(cacheMagic);
  if (file.length <= magic.length + hashBytes || !file.subarray(0, magic.length).equals(magic)) return undefined;
  const data = file.subarray(magic.length + hashBytes);
  return file.subarray(magic.length, magic.length + hashBytes).equals(hash(source, data)) ? data : undefined;
}

/** A cache file's bytes: the header, then V8's data. */
export function cacheFile(source: Buffer, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(cacheMagic), hash(source, data), data]);
}

/** The parameters of the function the bundle is wrapped in: CommonJS's, and `import.meta` (esbuild's define). */
const parameters = ['exports', 'require', 'module', '__filename', '__dirname', '__postlintImportMeta'];

export interface LoadedBundle {
  script: vm.Script;
  /** Whether V8 took the cache (false: no cache, a cache for other bytes, or V8 rejected it). */
  cacheUsed: boolean;
}

export interface RunOptions {
  /** Heap size flags given to Node, set to their defaults while compiling (src/heap-flags.ts): only where no other thread runs yet. */
  heapFlags?: readonly string[];
  /** Called once the bundle is compiled, before it runs (the launcher starts the link thread here when it could not before). */
  compiled?: () => void;
}

/** Compile the bundle at `mainUrl` with the cache at `cacheUrl` if it fits, and run it. */
export function runBundle(mainUrl: URL, cacheUrl: URL | undefined, options: RunOptions = {}): LoadedBundle {
  const path = fileURLToPath(mainUrl);
  const source = readFileSync(path);
  let file: Buffer | undefined;
  if (cacheUrl) {
    try {
      file = readFileSync(cacheUrl);
    } catch {
      // No cache (an unbuilt or trimmed install): compile from source.
    }
  }
  const cachedData = cachedDataFor(file, source);
  // The wrapper opens on the bundle's first line, so stack traces keep the bundle's line numbers.
  // The build writes the bundle in ASCII (src/ascii-source.ts), which UTF-8 decoding turns into a
  // one-byte string quickly. Not Latin-1: Node makes a string that large external (outside V8's
  // heap), and the functions compiled from it later made a one-post run ~7 % slower.
  const script = withHeapFlagsAtDefault(options.heapFlags ?? [], () => new vm.Script(`(function (${parameters.join(', ')}) {${source.toString('utf8')}\n})`, {
    filename: path,
    cachedData,
  }));
  options.compiled?.();
  // import() compiled from a code cache fails in Node 20: the bundle imports through this module's.
  lendImporter((specifier) => import(specifier));
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const module = {exports: {}};
  const meta = {url: mainUrl.href, resolve: (specifier: string) => import.meta.resolve(specifier)};
  run(module.exports, createRequire(mainUrl), module, path, fileURLToPath(new URL('.', mainUrl)), meta);
  return {script, cacheUsed: cachedData !== undefined && script.cachedDataRejected === false};
}
