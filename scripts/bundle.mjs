// Build step (after tsc): bundle the CLI and its two worker scripts into dist/bin, one file each,
// and the command's small launcher. A cold start then loads four files instead of ~380 modules: on a one-post run, about 40% less
// CPU (bench/README.md). The rules are imported statically here, from the same listing of
// dist/rules that the unbundled registry reads, so adding a rule is still adding one file.
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createHash} from 'node:crypto';
import {spawnSync} from 'node:child_process';
import {build} from 'esbuild';
import {asciiSource} from '../dist/src/ascii-source.js';
import {fastTransliterate, reusedCompileContext} from './esbuild-plugins.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const entries = join(dist, 'bundle-entries');
rmSync(entries, {recursive: true, force: true});
mkdirSync(entries, {recursive: true});
// The CLI was an ES module (main.js) before it had a code cache.
rmSync(join(dist, 'bin', 'main.js'), {force: true});

const rules = readdirSync(join(dist, 'rules')).filter((name) => name.endsWith('.js')).sort();
writeFileSync(
  join(entries, 'rules.js'),
  [
    "import {provideRules} from '../src/registry.js';",
    ...rules.map((name, i) => `import rule${i} from '../rules/${name}';`),
    `provideRules([${rules.map((_, i) => `rule${i}`).join(', ')}]);`,
  ].join('\n') + '\n',
);
// Module evaluation follows import order: the rules are provided before the CLI starts.
writeFileSync(join(entries, 'main.js'), "import './rules.js';\nimport '../src/cli.js';\n");
// The command is a launcher of a few kilobytes: it starts the link checker's thread, then loads the
// 1.6 MB CLI (main.cjs), so that the thread boots while the CLI is compiled (~70 ms on a quiet
// machine, more on a busy one). The CLI adopts the thread (src/links/spare.ts).
// It also sets V8's tier-up budget for a short run (src/v8-tuning.ts) before any of the CLI is compiled.
writeFileSync(
  join(entries, 'cli.js'),
  // Built-ins every run loads come first, from Node's code cache, before V8's flags change (src/builtins-first.ts).
  "import {loadBuiltinsEveryRunUses, loadGitRunnerWhenUsed} from '../src/builtins-first.js';\nloadBuiltinsEveryRunUses();\nloadGitRunnerWhenUsed();\n" +
    "import {tuneV8ForShortRuns} from '../src/v8-tuning.js';\ntuneV8ForShortRuns();\n" +
    "import {mayCheckLinks, startLinkWorkerEarly} from '../src/links/spare.js';\n" +
    // A heap size flag given to Node is set to its default while the CLI compiles, so that V8 takes the
    // cache (src/heap-flags.ts): then the link thread starts after the compile, not beside it.
    "import {heapSizeFlags} from '../src/heap-flags.js';\n" +
    'const heapFlags = heapSizeFlags();\n' +
    'const checksLinks = mayCheckLinks(process.argv.slice(2));\n' +
    'if (checksLinks && heapFlags.length === 0) startLinkWorkerEarly();\n' +
    // The CLI is its own file, run with V8's code cache made at build time (src/bundle-loader.ts).
    "import {runBundle} from '../src/bundle-loader.js';\n" +
    "runBundle(new URL('./main.cjs', import.meta.url), new URL('./main.cjs.cache', import.meta.url), {heapFlags, compiled: () => checksLinks && heapFlags.length > 0 && startLinkWorkerEarly()});\n",
);
// The language server (postlint-language-server): one file too, with the rules.
writeFileSync(join(entries, 'language-server.js'), "import './rules.js';\nimport '../src/lsp/main.js';\n");
writeFileSync(join(entries, 'worker.js'), "import './rules.js';\nimport '../src/worker.js';\n");
writeFileSync(join(entries, 'link-worker.js'), "import '../src/links/worker.js';\n");

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild marks Unicode property escapes (`\p{L}`) unsupported on every Node because the newest
  // Unicode version's property names fail there, and then writes each such regular expression as
  // `new RegExp("…")`: one made anew on every call in a function (~0.15 µs each: per word, per
  // heading) and parsed at load at module level. The names postlint uses are all in Node 20 (its
  // compiled modules, dist/src, keep the literals and run there): the literals are kept as written.
  supported: {'regexp-unicode-property-escapes': true},
  outdir: join(dist, 'bin'),
  // Ajv compiles the config schema only when the validator prepared at build time does not fit.
  external: ['ajv'],
  // jsonc-parser's main file is a UMD module whose require() calls esbuild cannot follow; its ESM build bundles.
  alias: {'jsonc-parser': 'jsonc-parser/lib/esm/main.js'},
  // Bundled CommonJS dependencies call require() for Node's own modules.
  banner: {js: "import {createRequire as postlintCreateRequire} from 'node:module';\nconst require = postlintCreateRequire(import.meta.url);"},
  logLevel: 'warning',
  // Speed only, never what a dependency returns (scripts/esbuild-plugins.mjs).
  plugins: [fastTransliterate, reusedCompileContext],
};
await build({...common, entryPoints: [join(entries, 'worker.js'), join(entries, 'link-worker.js')]});
await build({...common, entryPoints: [join(entries, 'cli.js'), join(entries, 'language-server.js')]});
// The CLI as CommonJS, the only form Node 20 can give a code cache (src/bundle-loader.ts); the
// launcher hands it `import.meta` (its URL and resolve) as a parameter.
await build({
  ...common,
  entryPoints: [join(entries, 'main.js')],
  format: 'cjs',
  outdir: undefined,
  outfile: join(dist, 'bin', 'main.cjs'),
  define: {'import.meta': '__postlintImportMeta'},
  banner: {},
});
// The CLI in ASCII, which Node decodes into a one-byte string at a fraction of the cost (src/ascii-source.ts).
const mainCjs = join(dist, 'bin', 'main.cjs');
writeFileSync(mainCjs, asciiSource(readFileSync(mainCjs, 'utf8')));
// Only the launcher and the language server are run as commands.
for (const command of ['cli.js', 'language-server.js']) {
  const launcher = join(dist, 'bin', command);
  writeFileSync(launcher, `#!/usr/bin/env node\n${readFileSync(launcher, 'utf8')}`);
  chmodSync(launcher, 0o755);
}
rmSync(entries, {recursive: true, force: true});
// V8's code cache for main.cjs, made by running the CLI once on a small site (scripts/code-cache.mjs).
// Without it the CLI still runs, compiling from source: a failure here is a warning, not a failed build.
rmSync(join(dist, 'bin', 'main.cjs.cache'), {force: true});
// A training run that never settles must not hang the build: killed after two minutes.
const made = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'code-cache.mjs')], {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL'});
if (made.status !== 0) {
  rmSync(join(dist, 'bin', 'main.cjs.cache'), {force: true});
  const why = made.signal ? `stopped by ${made.signal} after 120 s` : (made.stderr ?? '').trim().split('\n')[0] || `exit ${made.status}`;
  process.stderr.write(`warning: no code cache for the CLI (scripts/code-cache.mjs: ${why})\n`);
}
// The build's fingerprint (src/version.ts, codeVersion): the phase-1 cache is dropped when the code
// or the word data prepared from the dictionaries (dist/data) changes.
const fingerprint = createHash('sha256');
for (const folder of ['bin', 'data']) {
  // Not the code cache: it is made from main.cjs, and V8's bytes differ from run to run.
  for (const name of readdirSync(join(dist, folder)).filter((name) => !name.endsWith('.cache')).sort()) fingerprint.update(`${folder}/${name}\0`).update(readFileSync(join(dist, folder, name)));
}
writeFileSync(join(dist, 'build-id'), `${fingerprint.digest('hex').slice(0, 16)}\n`);
