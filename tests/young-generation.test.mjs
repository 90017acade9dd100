// Scavenges between files (src/young-generation.ts): only where the command allows it, and they empty the young generation.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';

const module = new URL('../dist/src/young-generation.js', import.meta.url).href;

/** Runs `body` (an ES module's text, with the module imported as `young`) in a fresh Node process; returns its JSON output. */
function inFreshNode(body) {
  const source = `import * as young from ${JSON.stringify(module)};\nimport v8 from 'node:v8';\n${body}`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', source], {encoding: 'utf8', timeout: 60_000});
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

test('without the command allowing it, nothing is turned on and nothing is collected', () => {
  const out = inFreshNode(`
    const started = young.startCollectingBetweenFiles();
    young.betweenFiles();
    const vm = await import('node:vm');
    // V8's flag not set: a new context has no gc function either.
    console.log(JSON.stringify({started, inNewContext: vm.runInNewContext('typeof gc'), gc: typeof globalThis.gc}));
  `);
  assert.deepEqual(out, {started: false, inNewContext: 'undefined', gc: 'undefined'});
});

test('allowed and started, a young generation more than half full is scavenged between files, one less than half is left alone', () => {
  const out = inFreshNode(`
    import {PerformanceObserver, constants, performance} from 'node:perf_hooks';
    young.allowCollectingBetweenFiles();
    const started = young.startCollectingBetweenFiles();
    const youngSpace = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    // Scavenges, by when they started.
    const scavenges = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges.push(entry.startTime);
    }).observe({entryTypes: ['gc']});
    // Garbage until the young generation is more than half full (what parsing a file leaves).
    let sink = 0;
    while (youngSpace().space_used_size <= youngSpace().space_available_size) for (let i = 0; i < 100; i++) sink += [i, {i}].length;
    const t0 = performance.now();
    young.betweenFiles();
    const t1 = performance.now();
    // Now less than half full: another call leaves it alone.
    young.betweenFiles();
    const t2 = performance.now();
    setTimeout(() => {
      const within = (from, to) => scavenges.filter((at) => at >= from && at <= to).length;
      console.log(JSON.stringify({started, first: within(t0, t1), second: within(t1, t2), sink: sink > 0, gc: typeof globalThis.gc}));
    }, 100);
  `);
  assert.equal(out.started, true);
  assert.equal(out.first, 1, 'one scavenge when more than half full');
  assert.equal(out.second, 0, 'none when less than half full');
  // V8's gc function comes from a context of its own: the program's globals are unchanged.
  assert.equal(out.gc, 'undefined');
});
