// How a scan's cost grows with its input, measured in this process: a hostile-input guard asserted
// by the shape of its cost, not by a wall-clock limit. A reading that stays linear costs about 4×
// on an input 4× as large; one that rescans the rest of the input from every opening costs about
// 16×. The ratio does not depend on the machine's speed, and each side is the least CPU time of
// several interleaved rounds, so a busy machine slows both sides alike. A ratio at the quick span's
// limit is measured again over n against 16n before it counts (see assertLinearGrowth).
import assert from 'node:assert/strict';

/** CPU microseconds (user + system) of one call of `run(input)`, averaged over calls adding up to at least `floor` µs. */
function cpuPerCall(run, input, floor) {
  const start = process.cpuUsage();
  let calls = 0;
  let spent = 0;
  do {
    run(input);
    calls++;
    const used = process.cpuUsage(start);
    spent = used.user + used.system;
  } while (spent < floor);
  return spent / calls;
}

/** The least CPU cost per call of `small` and `large` over interleaved rounds (see assertLinearGrowth). */
function leastCosts(run, small, large, {rounds, settled, floor, limit}) {
  // Warm up both sizes first: the first calls compile the code they run.
  run(small);
  run(large);
  let smallCost = Infinity;
  let largeCost = Infinity;
  for (let round = 0; round < rounds; round++) {
    smallCost = Math.min(smallCost, cpuPerCall(run, small, floor));
    largeCost = Math.min(largeCost, cpuPerCall(run, large, floor));
    if (round + 1 >= settled && largeCost / smallCost < limit / 2) break;
  }
  return {smallCost, largeCost, ratio: largeCost / smallCost};
}

/**
 * Assert that `run` grows linearly from `make(n)` to `make(4 * n)`: linear costs about 4×, a quadratic
 * about 16×, and a ratio under `limit` (8, their geometric middle) passes at once. Returns the costs and ratio.
 * After `settled` rounds a ratio under half the limit ends the measuring: more rounds only lower each
 * side's least cost.
 * A ratio at or over the limit is not yet a failure: on a machine loaded far past its cores (20–45 on 2)
 * a linear reading has been measured at 8.6× (cache and collector work a busy machine inflates more on
 * the large side), only 2× of room. So the shape is measured again over a span four times as wide,
 * `make(n)` against `make(16 * n)`: linear about 16×, quadratic about 256×, failing at 64× (again the
 * geometric middle, now 4× of room each way). Noise that stretched a linear 4× to 8.6× stretches 16× to
 * about 35×, still far under 64; a quadratic's 256× cannot fall under it. A ratio under the limit on the
 * quick span is never re-measured, so a quiet machine pays nothing for the wide one; one at twice the
 * limit or more (a quadratic's 16×) fails at once.
 */
export function assertLinearGrowth(what, run, make, n, {rounds = 5, settled = 3, floor = 20_000, limit = 8} = {}) {
  const small = make(n);
  const quick = leastCosts(run, small, make(4 * n), {rounds, settled, floor, limit});
  let said = `${what}: ${(quick.smallCost / 1000).toFixed(2)} ms at n = ${n}, ${(quick.largeCost / 1000).toFixed(2)} ms at 4n (${quick.ratio.toFixed(1)}×; linear ≈ 4×, quadratic ≈ 16×, the limit ${limit}×)`;
  if (quick.ratio < limit) return {...quick, said};
  // Twice the limit (a quadratic's 16×) is past what noise does to a linear reading: failed at once, as
  // a quadratic at 16n would cost 256× its small side for every call of the wide span.
  assert.ok(quick.ratio < 2 * limit, said);
  const wideLimit = limit * limit;
  const wide = leastCosts(run, small, make(16 * n), {rounds, settled, floor, limit: wideLimit});
  said += `; over the wide span ${(wide.smallCost / 1000).toFixed(2)} ms at n, ${(wide.largeCost / 1000).toFixed(2)} ms at 16n (${wide.ratio.toFixed(1)}×; linear ≈ 16×, quadratic ≈ 256×, the limit ${wideLimit}×)`;
  assert.ok(wide.ratio < wideLimit, said);
  return {...wide, said};
}

/** CPU microseconds (user + system) of one awaited `run(input)`: for whole lint runs, each long enough to time alone. */
async function cpuOfAwaited(run, input) {
  const start = process.cpuUsage();
  await run(input);
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

/** The least CPU cost of awaited runs on `small` and `large`, interleaved over `rounds`. */
async function leastAwaitedCosts(run, small, large, rounds) {
  await run(small); // warm up: the first run compiles what it runs
  let smallCost = Infinity;
  let largeCost = Infinity;
  for (let round = 0; round < rounds; round++) {
    smallCost = Math.min(smallCost, await cpuOfAwaited(run, small));
    largeCost = Math.min(largeCost, await cpuOfAwaited(run, large));
  }
  return {smallCost, largeCost, ratio: largeCost / smallCost};
}

/**
 * assertLinearGrowth for an async `run` (a whole lint of a site): the same two spans and limits, each
 * side the least CPU time of `rounds` interleaved awaited runs. Tests run one at a time in a file, so
 * the process's CPU time between the awaits is the run's own.
 */
export async function assertLinearGrowthAsync(what, run, make, n, {rounds = 3, limit = 8} = {}) {
  const small = make(n);
  const quick = await leastAwaitedCosts(run, small, make(4 * n), rounds);
  let said = `${what}: ${(quick.smallCost / 1000).toFixed(1)} ms at n = ${n}, ${(quick.largeCost / 1000).toFixed(1)} ms at 4n (${quick.ratio.toFixed(1)}×; linear ≈ 4×, quadratic ≈ 16×, the limit ${limit}×)`;
  if (quick.ratio < limit) return {...quick, said};
  assert.ok(quick.ratio < 2 * limit, said); // as in assertLinearGrowth
  const wideLimit = limit * limit;
  const wide = await leastAwaitedCosts(run, small, make(16 * n), rounds);
  said += `; over the wide span ${(wide.ratio).toFixed(1)}× at 16n (linear ≈ 16×, quadratic ≈ 256×, the limit ${wideLimit}×)`;
  assert.ok(wide.ratio < wideLimit, said);
  return {...wide, said};
}
