import {Worker} from 'node:worker_threads';
import {availableParallelism} from 'node:os';
import {defaultMaxFileSize} from './defaults.js';
import {readRegularFile} from './read-text.js';
import {contentHash, Phase1Runner, type Phase1Job, type Phase1Output} from './phase1.js';
import type {Phase1Cache} from './cache.js';
import type {RuleModule} from './types.js';
import type {FileFacts} from './facts.js';
import type {RunSettings} from './settings.js';
import type {WorkerData, WorkerReply, WorkerRequest} from './worker.js';
import {addSideReads} from './side-reads.js';
import {stampOf, type FileStamp} from './file-stamp.js';
import {workerUrl} from './paths.js';
import {nowMs} from './clock.js';
import {betweenFiles, startCollectingBetweenFiles} from './young-generation.js';

/**
 * Below this many files to parse, workers cost more than they save: starting one loads the
 * parser and the rules again (~150 ms of a core). Measured with bench/run.mjs on 2 cores:
 * see bench/README.md, "Workers".
 */
export const workerThreshold = 200;
/**
 * Up to this many files to parse, the main thread parses beside a worker per core but one: on 2
 * cores ~5 % less CPU and wall time at 2,000 and 5,000 posts than two workers. Above it, the main
 * thread's heap, which holds every file's facts, makes its own parsing dearer (10,000 posts: +8 %
 * CPU, +45 MB). Measured in bench/README.md ("Scavenges between files").
 */
export const mainParsesUpTo = 5000;
/** From this many files to parse on, threads scavenge between files (src/young-generation.ts): a new context costs ~1 ms. */
const collectBetweenFilesFrom = 16;
const maxWorkers = 8;

export interface Phase1Plan {
  paths: string[];
  job: (path: string) => Phase1Job;
  rules: Map<string, RuleModule>;
  settings: RunSettings;
  cache?: Phase1Cache;
  /** Worker count: undefined = decide from the number of files; 0 = none (main thread only). */
  workers?: number;
  /**
   * Cores other threads of this run keep busy (the link checker's thread): automatic worker counts
   * leave them free, so that answers to requests in flight are not kept waiting by parsing.
   */
  reservedCores?: number;
  /**
   * Settles when those threads no longer need their cores (the link checker has sent everything
   * and only waits for answers): an automatic run then starts a worker on the freed core for the
   * files still to parse.
   */
  reservedCoresFreed?: Promise<void>;
  /** Called on the main thread as each file's facts arrive (cache, inline or worker), in any order. */
  onFacts?: (path: string, facts: FileFacts) => void;
  /** Each path's stamp when the run already took one before reading anything (the phase-2 cache's check): not taken again. */
  stamps?: ReadonlyArray<FileStamp | undefined>;
}

type Notify = (job: Phase1Job, output: Phase1Output) => void;

/** What the late worker did, for --verbose: files it parsed, when it started, when its first batch came back. */
interface LateTally {
  files: number;
  started: number;
  firstReply?: number;
}

/** Phase 1 for every path: cache hits first, the rest in workers or inline. Outputs keep the paths' order. */
export async function runPhase1(plan: Phase1Plan): Promise<Phase1Output[]> {
  const outputs = new Array<Phase1Output | undefined>(plan.paths.length);
  const jobs = plan.paths.map((path) => plan.job(path));
  const notify: Notify = (job, output) => {
    if (output.facts) plan.onFacts?.(job.path, output.facts);
  };
  let todo = jobs.map((_, i) => i);
  const {cache} = plan;
  /** Each file's stamp, taken before anything reads it (src/file-stamp.ts). */
  const stamps = new Array<FileStamp | undefined>(jobs.length);
  if (cache) {
    let read = 0;
    for (const i of todo) {
      const job = jobs[i]!;
      // Unsaved text is not what the cache knows the file by.
      if (job.text !== undefined) continue;
      const stamp = (stamps[i] = plan.stamps ? plan.stamps[i] : stampOf(job.path));
      // A file whose stamp is the stored one is not read again; any other is hashed.
      let hash = cache.hashByStamp(job.path, stamp);
      if (hash === undefined) {
        read++;
        // Only regular files within the size limit (unreadable now: phase 1 reports why).
        const bytes = readRegularFile(job.path, plan.settings.config.maxFileSize ?? defaultMaxFileSize);
        hash = 'bytes' in bytes ? contentHash(bytes.bytes) : undefined;
      }
      if (hash !== undefined) outputs[i] = cache.lookup(job, hash);
      if (outputs[i]) {
        cache.restamp(job.path, stamp);
        notify(job, outputs[i]!);
      }
    }
    todo = todo.filter((i) => !outputs[i]);
    if (plan.settings.verbose) plan.settings.log(`cache: ${plan.paths.length - todo.length} of ${plan.paths.length} files unchanged (${read} read and hashed, the others known by their size and times)`);
  }

  // Enough files to parse that scavenging between them pays for setting it up (src/young-generation.ts).
  const collecting = todo.length >= collectBetweenFilesFrom && startCollectingBetweenFiles();
  const reserved = plan.reservedCores ?? 0;
  const count = workerCount(plan.workers, todo.length, plan.settings, reserved);
  const todoJobs = todo.map((i) => jobs[i]!);
  const cores = parseCores(reserved);
  // The cores kept for the link checker go to one more worker once it only waits (automatic runs only).
  const late = count === 0 && reserved > 0 && plan.reservedCoresFreed && workerCount(plan.workers, todo.length, plan.settings, 0) > 0 ? plan.reservedCoresFreed : undefined;
  if (plan.settings.verbose) {
    const where = count === 0 ? 'on the main thread' : `in ${count} worker thread${count === 1 ? '' : 's'}${count < cores ? ' and the main thread' : ''}`;
    plan.settings.log(`phase 1: ${todo.length} files to parse, ${where}${late ? ', and in a worker on the link checker\'s core once it only waits for answers' : ''}`);
  }
  const fresh = count > 0 || late ? await new WorkerPool(count, plan.rules, plan.settings, cores, collecting, late).run(todoJobs, notify) : await runInline(todoJobs, plan.rules, plan.settings, notify);
  for (const [k, i] of todo.entries()) {
    outputs[i] = fresh[k]!;
    if (jobs[i]!.text === undefined) cache?.store(jobs[i]!, fresh[k]!, stamps[i]);
  }
  return outputs as Phase1Output[];
}

/** Cores left for parsing: the others are kept for threads of this run that must answer promptly (the link checker's). */
function parseCores(reserved: number): number {
  return Math.max(1, availableParallelism() - reserved);
}

/** How many worker threads parse; the main thread also parses when they leave a parsing core free. */
function workerCount(requested: number | undefined, files: number, settings: RunSettings, reserved: number): number {
  if (files === 0 || requested === 0) return 0;
  if (requested === undefined && (files < workerThreshold || parseCores(reserved) < 2)) return 0;
  const {log: _log, ...plain} = settings;
  try {
    // A postlint.config.js may hold functions or class instances, which cannot cross to a worker.
    structuredClone(plain);
  } catch {
    if (settings.verbose) settings.log('workers: the config cannot be copied to worker threads; checking in the main thread');
    return 0;
  }
  if (requested !== undefined) return Math.min(requested, files);
  // Up to mainParsesUpTo files the main thread parses beside one worker fewer: one thread fewer warms up the parser.
  return Math.min(parseCores(reserved) - (files <= mainParsesUpTo ? 1 : 0), maxWorkers);
}

/**
 * A file's output as a worker sends it: a copy that shares nothing with the parse. A fact read from
 * the tree is often a slice of the file's text (a heading's text or a link's address is a view into
 * the whole source, which it keeps alive), and a folded front-matter string a chain of concatenations
 * (dozens of objects); held for the site phase, those keep every text parsed on this thread in its
 * heap (a 2,000-post run: 10 of its 41 MB). The copy is flat and costs little (hundredths of a second for
 * 1,000 posts). Measured in bench/README.md ("What the heap holds and what a parse allocates").
 */
function detached(output: Phase1Output): Phase1Output {
  return structuredClone(output);
}

async function runInline(jobs: Phase1Job[], rules: Map<string, RuleModule>, settings: RunSettings, notify: Notify): Promise<Phase1Output[]> {
  const runner = new Phase1Runner(rules, settings);
  // One file at a time: reads are synchronous, and one live syntax tree keeps the heap small.
  const outputs: Phase1Output[] = [];
  for (const job of jobs) {
    const output = detached(await runner.lint(job));
    notify(job, output);
    outputs.push(output);
    betweenFiles();
  }
  return outputs;
}

/**
 * Old-generation heap of each worker, in MB. A worker holds one syntax tree at a time plus the
 * rules' data (dictionaries: tens of MB); without a cap V8 lets dead trees pile up to hundreds
 * of MB per thread before collecting (bench/README.md, "Memory"). A file that needs more than
 * this is parsed again on the main thread, which has no cap. POSTLINT_WORKER_HEAP_MB overrides it.
 */
export const workerHeapMb = Number(process.env.POSTLINT_WORKER_HEAP_MB) || 192;

/**
 * A worker that starts late (on a core freed by the link checker) must find at least this many
 * files still to parse: starting it costs ~150–300 ms of a core (more since the launcher's V8
 * flag, src/v8-tuning.ts), what 40–60 posts take to parse.
 */
export const lateWorkerMinimum = 48;
/**
 * ... and the main thread, at its pace so far, must have at least this much parsing left: a new
 * worker parses its first files cold, several times slower than the main thread by then.
 */
export const lateWorkerMinimumMs = 400;

/**
 * Young generation of each worker, in MB. Parsing a post allocates ~7 MB, most of it dead by the
 * next file. Threads scavenge between files once it is half full (src/young-generation.ts), so a
 * scavenge in the middle of a file, which copies the tree being built, is rare even at 48 MB (16 MB
 * semi-spaces); 96 MB, chosen before those scavenges, cost ~75 MB more at 10,000 posts for ~4 % less
 * CPU (bench/README.md, "Scavenges between files"). POSTLINT_WORKER_YOUNG_MB overrides it.
 */
const workerYoungMb = Number(process.env.POSTLINT_WORKER_YOUNG_MB) || 48;

/**
 * Workers (and the main thread, when the workers leave a core free) pull batches until none are
 * left; each batch's outputs go back to their jobs' slots, so the order never depends on which
 * thread finished first. With a worker per core the main thread only hands out batches and
 * merges facts, so it stays responsive (link requests start as facts arrive) and its heap holds
 * facts, not trees.
 */
class WorkerPool {
  constructor(
    private readonly size: number,
    private readonly rules: Map<string, RuleModule>,
    private readonly settings: RunSettings,
    /** Cores for parsing; the main thread parses too when the workers leave one of them free. */
    private readonly cores: number,
    /** Threads scavenge between files (src/young-generation.ts). */
    private readonly collecting: boolean,
    /** When it settles, one more worker starts, if enough files are left for it to be worth it. */
    private readonly late?: Promise<void>,
  ) {}

  async run(jobs: Phase1Job[], notify: Notify): Promise<Phase1Output[]> {
    const outputs = new Array<Phase1Output>(jobs.length);
    const mainParses = this.size < this.cores;
    let threads = this.size + (mainParses ? 1 : 0);
    // Small batches keep every core busy to the end, shrinking as the files run out; not so small
    // that messaging dominates.
    let next = 0;
    const batchSize = (): number => Math.max(1, Math.min(32, Math.ceil((jobs.length - next) / (threads * 8))));
    const {log: _log, ...settings} = this.settings;
    /** Stop every worker still running: the main thread has every output. */
    const stops = new Set<() => void>();
    /**
     * One worker until the files run out. The late worker (`tally`: files it parsed, when its first
     * batch came back, for --verbose) is only a help: if it fails, the main thread parses its files.
     */
    const one = (tally?: LateTally): Promise<void> =>
      new Promise((done, fail) => {
        const worker = new Worker(workerUrl('phase1'), {workerData: {settings, collecting: this.collecting} satisfies WorkerData, resourceLimits: {maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: workerYoungMb}});
        const stop = (): void => {
          stops.delete(stop);
          void worker.terminate().then(() => done());
        };
        stops.add(stop);
        const failed = (error: Error): void => {
          if (!tally) return fail(error);
          if (this.settings.verbose) this.settings.log(`workers: the late worker stopped (${error.message}); its files are checked on the main thread`);
          stop();
        };
        const inFlight = new Set<number>();
        const send = (): void => {
          if (next >= jobs.length) {
            if (inFlight.size === 0) stop();
            return;
          }
          const start = next;
          next = Math.min(jobs.length, next + batchSize());
          inFlight.add(start);
          worker.postMessage({batch: start, jobs: jobs.slice(start, next)} satisfies WorkerRequest);
        };
        worker.on('message', (reply: WorkerReply) => {
          inFlight.delete(reply.batch);
          if (reply.error !== undefined || !reply.outputs) {
            void worker.terminate();
            failed(new Error(`phase-1 worker failed: ${reply.error ?? 'no outputs'}`));
            return;
          }
          if (reply.sideReads) addSideReads(reply.sideReads);
          if (tally) {
            tally.firstReply ??= Date.now() - tally.started;
            tally.files += reply.outputs.length;
          }
          for (const [k, output] of reply.outputs.entries()) {
            // The main thread may have taken this file back meanwhile (see main() below).
            if (outputs[reply.batch + k]) continue;
            outputs[reply.batch + k] = output;
            notify(jobs[reply.batch + k]!, output);
          }
          send();
        });
        worker.on('error', (error: Error & {code?: string}) => {
          if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') {
            failed(error);
            return;
          }
          // The other workers go on; what this one held is checked on the main thread at the end.
          if (this.settings.verbose) this.settings.log(`workers: a worker ran out of memory (limit ${workerHeapMb} MB); its files are checked on the main thread`);
          done();
        });
        // Two batches in flight: the worker never waits for the main thread to hand it the next one.
        send();
        send();
      });
    const runner = new Phase1Runner(this.rules, this.settings);
    const onMain = {files: 0, ms: 0};
    const lintOnMain = async (i: number): Promise<void> => {
      const started = nowMs();
      const output = detached(await runner.lint(jobs[i]!));
      onMain.files++;
      onMain.ms += nowMs() - started;
      betweenFiles();
      // A file taken back from a worker may have come back from it meanwhile: the first answer stays.
      if (!outputs[i]) {
        outputs[i] = output;
        notify(jobs[i]!, output);
      }
      // Yield between files so that workers' replies are answered promptly.
      await new Promise<void>((resume) => setImmediate(resume));
    };
    /** Set when phase 1 has failed: the main thread stops parsing, the workers are stopped. */
    let abandoned = false;
    const main = async (): Promise<void> => {
      if (!mainParses) return;
      while (next < jobs.length && !abandoned) await lintOnMain(next++);
      // Out of files, the main thread takes back what workers hold and have not answered yet, from
      // the end of the list (a worker goes through its batch from the start): a worker that started
      // late parses its first files cold and slowly, and the run must not wait for it.
      for (let i = jobs.length - 1; i >= 0 && !abandoned; i--) if (!outputs[i]) await lintOnMain(i);
      for (const stop of [...stops]) stop();
    };
    const parsing = main();
    const lateWorker = async (): Promise<void> => {
      // The link checker may stay busy to the end (its answers come after phase 1): never wait past the parse.
      await Promise.race([this.late, parsing]);
      const left = jobs.length - next;
      // Judged by the main thread's pace so far, when it has one: the worker must have time to pay for its start.
      const leftMs = onMain.files >= 8 ? (left * onMain.ms) / onMain.files : Infinity;
      if (left < lateWorkerMinimum || leftMs < lateWorkerMinimumMs) {
        if (this.settings.verbose && left > 0) this.settings.log(`workers: the link checker only waits for answers, but ${left} files (~${Math.round(leftMs)} ms) are too few for a worker`);
        return;
      }
      if (this.settings.verbose) this.settings.log(`workers: the link checker only waits for answers; a worker takes ${left} files still to parse`);
      threads++;
      const tally: LateTally = {files: 0, started: Date.now()};
      try {
        await one(tally);
      } catch (error) {
        // It could not even start: the main thread goes on alone.
        if (this.settings.verbose) this.settings.log(`workers: the late worker could not start (${error instanceof Error ? error.message : String(error)})`);
        return;
      }
      if (this.settings.verbose) this.settings.log(`workers: the late worker parsed ${tally.files} files (first back after ${tally.firstReply ?? '-'} ms)`);
    };
    try {
      await Promise.all([parsing, ...Array.from({length: this.size}, () => one()), ...(this.late ? [lateWorker()] : [])]);
    } catch (error) {
      abandoned = true;
      for (const stop of [...stops]) stop();
      throw error;
    }
    // Files a worker could not finish (out of memory), or all of them if every worker failed so.
    for (let i = 0; i < jobs.length; i++) if (!outputs[i]) await lintOnMain(i);
    return outputs;
  }
}
