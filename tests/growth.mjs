// How a scan's cost grows with its input, measured in this process: a hostile-input guard asserted
// by the shape of its cost, not by a wall-clock limit. A reading that stays linear costs about 4×
// on an input 4× as large; one that rescans the rest of the input from every opening costs about
// 16×. The ratio does not depend on the machine's speed, and each side is the least CPU time of
// several interleaved rounds, so a busy machine slows both sides alike.
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

/**
 * Assert that `run` costs less than `limit` times as much on `make(4 * n)` as on `make(n)` (linear:
 * about 4; quadratic: about 16; the default 8 leaves room both ways). Returns the two costs and the ratio.
 * After `settled` rounds a ratio under half the limit ends the measuring: more rounds only lower each
 * side's least cost, and for the ratio to reach the limit the small side's least cost over those rounds
 * would have to be twice its true cost each time (CPU time, not wall: a busy machine does not do that).
 * A ratio nearer the limit takes every round, and one at or over it twice as many.
 */
export function assertLinearGrowth(what, run, make, n, {rounds = 5, settled = 3, floor = 20_000, limit = 8} = {}) {
  const small = make(n);
  const large = make(4 * n);
  // Warm up both sizes first: the first calls compile the code they run.
  run(small);
  run(large);
  let smallCost = Infinity;
  let largeCost = Infinity;
  // A ratio still at the limit after every round gets as many rounds again before it counts: on a
  // machine loaded far past its cores, one side's least cost can stay inflated for a while (a quadratic
  // scan's 16× does not fall under 8× by more rounds; a linear one's noise does).
  for (let round = 0; round < 2 * rounds; round++) {
    smallCost = Math.min(smallCost, cpuPerCall(run, small, floor));
    largeCost = Math.min(largeCost, cpuPerCall(run, large, floor));
    if (round + 1 >= settled && largeCost / smallCost < limit / 2) break;
    if (round + 1 >= rounds && largeCost / smallCost < limit) break;
  }
  const ratio = largeCost / smallCost;
  const said = `${what}: ${(smallCost / 1000).toFixed(2)} ms at n = ${n}, ${(largeCost / 1000).toFixed(2)} ms at 4n (${ratio.toFixed(1)}×; linear ≈ 4×, quadratic ≈ 16×, the limit ${limit}×)`;
  assert.ok(ratio < limit, said);
  return {smallCost, largeCost, ratio, said};
}
