import type {Worker} from 'node:worker_threads';
import type {RunSettings} from '../settings.js';
import type {CheckReport} from './index.js';
import type {FromWorker, ToWorker, WorkerInput} from './worker.js';
import {linkWorker} from './spare.js';

/**
 * The main thread's side of the link checker: URLs are handed to the worker in batches as files
 * are read; `results()` waits for its answers. The worker is unreferenced until then, so a run
 * that fails before asking for results still exits.
 */
export class RemoteLinkSession {
  private readonly worker: Worker;
  private batch: Array<[string, string[]]> = [];
  private flushQueued = false;
  private readonly done: Promise<CheckReport>;
  /** Settles when the worker has nothing left waiting to start after the pre-scan (or when it stops). */
  readonly quiet: Promise<void>;

  constructor(settings: RunSettings) {
    // Only the links section crosses over: the rest of the config is not the checker's business.
    const input: WorkerInput = {config: {...(settings.config.links ? {links: settings.config.links} : {})}, configDir: settings.configDir, cwd: settings.cwd, noCache: settings.noCache, verbose: settings.verbose, progress: Boolean(process.stderr.isTTY) && !process.env.CI};
    this.worker = linkWorker();
    this.worker.postMessage({type: 'start', input} satisfies ToWorker);
    let quiet = (): void => undefined;
    this.quiet = new Promise((resolve) => (quiet = resolve));
    this.done = new Promise((resolve, reject) => {
      this.worker.on('message', (message: FromWorker) => {
        if (message.type === 'log') settings.log(message.line);
        else if (message.type === 'quiet') quiet();
        else resolve({...message.report, outcomes: new Map(message.report.outcomes)});
      });
      this.worker.on('error', reject);
      this.worker.on('exit', (code) => reject(new Error(`the link checker stopped (exit code ${code}) before it answered`)));
    });
    // After the listeners: adding a 'message' listener refs the worker's port again.
    this.worker.unref();
    // Rejections are surfaced by results(); until then they must not count as unhandled.
    this.done.then(quiet, quiet);
  }

  /** Let the worker read these files and start on the URLs it is sure of before they are parsed. */
  prescan(paths: string[], maxFileSize: number): void {
    this.worker.postMessage({type: 'scan', paths, maxFileSize} satisfies ToWorker);
  }

  want(url: string, fragments: string[]): void {
    this.batch.push([url, fragments]);
    if (this.flushQueued) return;
    this.flushQueued = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.batch.length === 0) return;
    this.worker.postMessage({type: 'want', items: this.batch} satisfies ToWorker);
    this.batch = [];
  }

  async results(): Promise<CheckReport> {
    this.flush();
    this.worker.ref();
    this.worker.postMessage({type: 'finish'} satisfies ToWorker);
    try {
      return await this.done;
    } finally {
      void this.worker.terminate();
    }
  }
}
