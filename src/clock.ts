/**
 * Milliseconds on a monotonic clock, for timing a run's own stages. Not `performance.now()`: the
 * global `performance` loads node:perf_hooks (ten built-in modules, compiled from source once the
 * launcher has changed V8's flags: ~2 ms of a one-post run's CPU); process.hrtime is always there.
 */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
