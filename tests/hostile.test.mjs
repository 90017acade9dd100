// Hostile input: a post or a planted file must never hang the run, exhaust its memory, write
// outside the cache or through a link, or cost the other files their findings. Every input is
// generated here, small; every run is a subprocess with a time limit and a heap limit.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync, execFileSync} from 'node:child_process';
import {existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {cliPath, findings, tempSite} from './helpers.mjs';

const ok = '---\ntitle: Fine\ndate: 2020-01-01\n---\n\nText.\n';
const draft = '---\ntitle: Draft\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n';
const canLink = process.platform !== 'win32';

/**
 * Run the CLI with a heap limit and a time limit; a run that hits either fails the test with
 * what it printed. Returns {code, stdout, stderr, json?, ms}.
 */
function hostileRun(args, cwd, {heapMb = 256, timeout = 60_000, json = true} = {}) {
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

/** Rule ids by file ("fatal" for a message without one), relative to root. */
function byFile(json, root) {
  return json.map((f) => `${f.filePath.slice(root.length + 1)} ${f.messages.map((m) => m.ruleId ?? 'fatal').join(',')}`.trim());
}

test('spelling: a 20,000-letter token (a pasted blob) is skipped in linear time; the typo after it and the other file are still found', () => {
  let blob = '';
  for (let i = 0; blob.length < 20_000; i++) blob += 'qwertyuiopasdfghjklzxcvbnm'[(i * 7 + (i >> 3)) % 26];
  const root = tempSite({'blob.md': `${ok}\n${blob} and a wrod here.\n`, 'other.md': draft});
  const {json, ms} = hostileRun(['.', '--rule', 'spelling:error'], root, {timeout: 30_000});
  assert.deepEqual(findings(json, root), ['blob.md:8:20008 spelling', 'other.md:4:1 no-drafts']);
  assert.ok(ms < 30_000);
});
