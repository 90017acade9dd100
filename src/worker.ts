import {parentPort, workerData} from 'node:worker_threads';
import {loadRules} from './registry.js';
import {Phase1Runner, type Phase1Job, type Phase1Output} from './phase1.js';
import type {RunSettings} from './settings.js';
import {betweenFiles, takeCollector} from './young-generation.js';
import {takeSideReads, type SideRead} from './side-reads.js';

/** A phase-1 worker: receives batches of jobs, answers with plain outputs in the same order. */
export interface WorkerRequest {
  batch: number;
  jobs: Phase1Job[];
}
export interface WorkerData {
  settings: Omit<RunSettings, 'log'>;
  /** Scavenge between files (src/young-generation.ts), as the main thread does. */
  collecting: boolean;
}
export interface WorkerReply {
  batch: number;
  outputs?: Phase1Output[];
  /** The side files this batch read (src/side-reads.ts): the caches' keys need every thread's. */
  sideReads?: SideRead[];
  error?: string;
}

const port = parentPort!;
const data = workerData as WorkerData;
// The main thread set the flags before this thread started.
if (data.collecting) takeCollector();
const settings: RunSettings = {
  ...data.settings,
  // Diagnostics go straight to stderr; only --verbose writes any.
  log: (line) => process.stderr.write(`${line}\n`),
};
const runner = loadRules().then((rules) => new Phase1Runner(rules, settings));

port.on('message', (request: WorkerRequest) => {
  void (async () => {
    try {
      const lint = await runner;
      const outputs: Phase1Output[] = [];
      for (const job of request.jobs) {
        outputs.push(await lint.lint(job));
        betweenFiles();
      }
      port.postMessage({batch: request.batch, outputs, sideReads: takeSideReads()} satisfies WorkerReply);
    } catch (error) {
      port.postMessage({batch: request.batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies WorkerReply);
    }
  })();
});
