import {parentPort, workerData} from 'node:worker_threads';
import {loadRules} from './registry.js';
import {Phase1Runner, type Phase1Job, type Phase1Output} from './phase1.js';
import type {RunSettings} from './settings.js';

/** A phase-1 worker: receives batches of jobs, answers with plain outputs in the same order. */
export interface WorkerRequest {
  batch: number;
  jobs: Phase1Job[];
}
export interface WorkerReply {
  batch: number;
  outputs?: Phase1Output[];
  error?: string;
}

const port = parentPort!;
const settings: RunSettings = {
  ...(workerData as {settings: Omit<RunSettings, 'log'>}).settings,
  // Diagnostics go straight to stderr; only --verbose writes any.
  log: (line) => process.stderr.write(`${line}\n`),
};
const runner = loadRules().then((rules) => new Phase1Runner(rules, settings));

port.on('message', (request: WorkerRequest) => {
  void (async () => {
    try {
      const lint = await runner;
      const outputs: Phase1Output[] = [];
      for (const job of request.jobs) outputs.push(await lint.lint(job));
      port.postMessage({batch: request.batch, outputs} satisfies WorkerReply);
    } catch (error) {
      port.postMessage({batch: request.batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies WorkerReply);
    }
  })();
});
