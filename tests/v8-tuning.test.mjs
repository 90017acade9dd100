// The launcher's V8 tier-up budget (src/v8-tuning.ts): set only when it is known to exist and the
// user has not chosen one; never a word on stderr.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {tuneV8ForShortRuns} from '../dist/src/v8-tuning.js';

const cli = fileURLToPath(new URL('../dist/bin/cli.js', import.meta.url));

test('the budget is set on known V8 versions, not over the user\'s own, not on unknown versions', () => {
  assert.equal(tuneV8ForShortRuns([], '11.3.244.8-node.33'), true);
  assert.equal(tuneV8ForShortRuns(['--interrupt-budget=1000'], '11.3.244.8'), false);
  assert.equal(tuneV8ForShortRuns(['--interrupt_budget', '1000'], '12.4.254.21'), false);
  assert.equal(tuneV8ForShortRuns(['--max-old-space-size=100'], '13.6.233.10'), true);
  assert.equal(tuneV8ForShortRuns([], '99.0.1'), false);
});

test('the launcher runs without a word on stderr, with and without a budget of the user\'s', () => {
  for (const flags of [[], ['--interrupt-budget=1000']]) {
    const run = spawnSync(process.execPath, [...flags, cli, '--version'], {encoding: 'utf8'});
    assert.equal(run.status, 0);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^\d+\.\d+\.\d+\n$/);
  }
});
