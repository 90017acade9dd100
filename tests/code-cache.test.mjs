// The bundled CLI's V8 code cache (src/bundle-loader.ts, scripts/code-cache.mjs): the cache the build
// writes is taken under the launcher's conditions; a cache for other bytes, a damaged one or none is
// not used, and the run's output is the same either way.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {isAscii} from 'node:buffer';
import {cacheFile, cachedDataFor} from '../dist/src/bundle-loader.js';
import {asciiSource} from '../dist/src/ascii-source.js';
import {postlint, repoRoot} from './helpers.mjs';

const main = join(repoRoot, 'dist', 'bin', 'main.cjs');
const builtCache = join(repoRoot, 'dist', 'bin', 'main.cjs.cache');

/** Run the CLI the launcher's way (its V8 flags, src/bundle-loader.ts) with the cache file `cache`; stdout, and whether V8 took the cache on stderr. */
function runWithCache(cache, args, cwd, {nodeArgs = [], env = {}, heapFlags = false, heapLimit = false} = {}) {
  const script = `
    import {tuneV8ForShortRuns} from ${JSON.stringify(pathToFileURL(join(repoRoot, 'dist/src/v8-tuning.js')).href)};
    import {runBundle} from ${JSON.stringify(pathToFileURL(join(repoRoot, 'dist/src/bundle-loader.js')).href)};
    import {heapSizeFlags} from ${JSON.stringify(pathToFileURL(join(repoRoot, 'dist/src/heap-flags.js')).href)};
    import {getHeapStatistics} from 'node:v8';
    tuneV8ForShortRuns();
    process.argv = [process.argv[0], 'postlint', ...${JSON.stringify(args)}];
    const {cacheUsed} = runBundle(new URL(${JSON.stringify(pathToFileURL(main).href)}), new URL(${JSON.stringify(pathToFileURL(cache).href)}), ${heapFlags ? '{heapFlags: heapSizeFlags()}' : '{}'});
    process.stderr.write('cache used: ' + cacheUsed + '\\n');
    ${heapLimit ? "process.stderr.write('heap limit MB: ' + Math.round(getHeapStatistics().heap_size_limit / 1048576) + '\\n');" : ''}`;
  const run = spawnSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', ...env}, timeout: 60_000});
  return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}

function site() {
  const dir = mkdtempSync(join(tmpdir(), 'postlint-code-cache-test-'));
  writeFileSync(join(dir, 'post.md'), '---\ntitle: A post\n---\n\n# A post\n\nA [link](#missing) and a wrd we recieve.\n\n## Empty\n');
  return dir;
}

test('the cache the build wrote is taken by V8 under the launcher\'s flags', () => {
  const dir = site();
  const run = runWithCache(builtCache, ['--offline', '--no-cache', 'post.md'], dir);
  assert.equal(run.stderr, 'cache used: true\n');
  assert.equal(run.stdout, postlint(['--offline', '--no-cache', 'post.md'], {cwd: dir}).stdout);
  assert.match(run.stdout, /^post\.md:7:3 {3}error {4}Link to "#missing" matches no heading in post\.md/m);
});

test('a heap size given to Node (NODE_OPTIONS or the command line) no longer makes V8 reject the cache, and the heap keeps that size', () => {
  const dir = site();
  const args = ['--offline', '--no-cache', 'post.md'];
  const expected = postlint(args, {cwd: dir}).stdout;
  for (const given of [{env: {NODE_OPTIONS: '--max-old-space-size=300'}}, {nodeArgs: ['--max_old_space_size=300', '--max-semi-space-size=8']}]) {
    const run = runWithCache(builtCache, args, dir, {...given, heapFlags: true, heapLimit: true});
    const limit = Number(/heap limit MB: (\d+)/.exec(run.stderr)?.[1]);
    assert.match(run.stderr, /^cache used: true\n/, JSON.stringify(given));
    assert.ok(limit > 250 && limit < 400, `heap limit ${limit} MB with ${JSON.stringify(given)}`);
    assert.equal(run.stdout, expected);
    // Compiled with the flag as given, V8 rejects the cache (what the launcher did before).
    assert.match(runWithCache(builtCache, args, dir, given).stderr, /^cache used: false\n/);
  }
});

test('heapSizeFlags: each heap size flag\'s last value, the command line after NODE_OPTIONS; other flags left alone', async () => {
  const {heapSizeFlags} = await import('../dist/src/heap-flags.js');
  assert.deepEqual(heapSizeFlags([], ''), []);
  assert.deepEqual(heapSizeFlags(['--max-old-space-size=512'], '--max_old_space_size=4096 --max-semi-space-size=16'), ['--max-old-space-size=512', '--max-semi-space-size=16']);
  assert.deepEqual(heapSizeFlags(['--stack-size=2000', '--max-old-space-size'], '--require x.js'), []);
});

test('a cache made for other bytes of the same length is not used', () => {
  const source = readFileSync(main);
  const file = readFileSync(builtCache);
  assert.ok(cachedDataFor(file, source));
  const edited = Buffer.from(source);
  edited[edited.length - 2] ^= 1;
  assert.equal(edited.length, source.length);
  assert.equal(cachedDataFor(file, edited), undefined);
  // A cache file written for the edited bytes is taken for them and for nothing else.
  const data = Buffer.from('not V8 data');
  assert.deepEqual(cachedDataFor(cacheFile(edited, data), edited), data);
  assert.equal(cachedDataFor(cacheFile(edited, data), source), undefined);
});

test('a damaged, foreign or missing cache is not used, and the output is the same', () => {
  const dir = site();
  const expected = postlint(['--offline', '--no-cache', 'post.md'], {cwd: dir});
  const good = readFileSync(builtCache);
  const flipped = Buffer.from(good);
  flipped[flipped.length - 100] ^= 0xff;
  const foreign = cacheFile(readFileSync(main), Buffer.from('V8 would reject these bytes as a code cache'));
  const cases = {damaged: flipped, truncated: good.subarray(0, good.length >> 1), empty: Buffer.alloc(0), foreign};
  for (const [name, bytes] of Object.entries(cases)) {
    const path = join(dir, `${name}.cache`);
    writeFileSync(path, bytes);
    const run = runWithCache(path, ['--offline', '--no-cache', 'post.md'], dir);
    assert.equal(run.stderr, 'cache used: false\n', name);
    assert.equal(run.stdout, expected.stdout, name);
    assert.equal(run.code, expected.code, name);
  }
  const missing = runWithCache(join(dir, 'none.cache'), ['--offline', '--no-cache', 'post.md'], dir);
  assert.equal(missing.stderr, 'cache used: false\n');
  assert.equal(missing.stdout, expected.stdout);
});

test('import() in the bundle still loads modules: a config file in JavaScript', () => {
  const dir = site();
  writeFileSync(join(dir, 'postlint.config.mjs'), "export default {rules: {spelling: 'off'}};\n");
  const run = postlint(['--offline', '--no-cache', 'post.md'], {cwd: dir});
  assert.equal(run.stderr, '');
  assert.doesNotMatch(run.stdout, /recieve/);
  assert.match(run.stdout, /^post\.md:7:3 {2}error {4}Link to "#missing" matches no heading in post\.md/m);
});

test('every import() left in the CLI bundle is the fallback of src/dynamic-import.ts or lilconfig\'s replaced loader', () => {
  // An import() in main.cjs fails under the code cache (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING):
  // modules outside the bundle must be imported through importModule (src/dynamic-import.ts).
  const source = readFileSync(main, 'utf8');
  const sites = [...source.matchAll(/(?<![\w$.])import\(/g)].map((match) => source.slice(Math.max(0, match.index - 400), match.index));
  assert.ok(sites.length >= 1);
  const unknown = sites.filter((before) => !/function importModule\(/.test(before) && !/var dynamicImport = async/.test(before));
  assert.deepEqual(unknown.map((before) => before.slice(-120)), []);
});

test('the bundled CLI is ASCII, so that it decodes into a one-byte string (src/ascii-source.ts)', () => {
  assert.equal(isAscii(readFileSync(main)), true);
});

test('asciiSource: escapes what esbuild leaves, with the same meaning in regular expressions', () => {
  assert.equal(asciiSource("a = /’/g; // “quoted”"), 'a = /\\u2019/g; // \\u201cquoted\\u201d');
  // An identity escape becomes the escape itself; an escaped backslash stays one.
  assert.equal(asciiSource('/\\’/'), '/\\u2019/');
  assert.equal(asciiSource('/\\\\’/'), '/\\\\\\u2019/');
  for (const [source, subject, expected] of [
    ['/^[\\p{L}’-]+$/u', "it's", false],
    ['/^[\\p{L}’-]+$/u', 'don’t', true],
    ['/^\\’$/', '’', true],
    ['/^[🪦]$/u', '🪦', true],
    ['/^.$/u', '🪦', true],
    ['/^[–—]$/', '—', true],
  ]) {
    const escaped = asciiSource(source);
    assert.equal(isAscii(Buffer.from(escaped)), true, escaped);
    assert.equal((0, eval)(escaped).test(subject), expected, `${escaped} on ${subject}`);
    assert.equal((0, eval)(source).test(subject), expected, `${source} on ${subject}`);
  }
});
