// The hostile-input tests' shared parts (tests/hostile.test.mjs: planted files, caches, links;
// tests/hostile-inputs.test.mjs: inputs sized to make a reading super-linear): two files so that
// npm test's two runners share the work.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cliPath} from './helpers.mjs';

export const ok = '---\ntitle: Fine\ndate: 2020-01-01\n---\n\nText.\n';
export const draft = '---\ntitle: Draft\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n';

/**
 * Run the CLI with a heap limit and a time limit; a run that hits either fails the test with
 * what it printed. Returns {code, stdout, stderr, json?, ms}.
 */
export function hostileRun(args, cwd, {heapMb = 256, timeout = 60_000, json = true} = {}) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, cliPath, ...(json ? ['--format', 'json'] : []), ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined},
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Date.now() - started;
  assert.ok(!result.error && result.signal === null, `postlint did not finish (${result.error?.code ?? result.signal}) in ${ms} ms:\n${result.stderr?.slice(0, 2000)}`);
  const out = {code: result.status, stdout: result.stdout, stderr: result.stderr, ms};
  if (json && result.stdout.trim()) {
    try {
      out.json = JSON.parse(result.stdout);
    } catch {
      assert.fail(`not JSON (exit ${result.status}):\n${result.stdout.slice(0, 2000)}\n${result.stderr.slice(0, 2000)}`);
    }
  }
  return out;
}
