import {parentPort} from 'node:worker_threads';
import type {RunSettings} from '../settings.js';
import {LinkSession, type CheckReport} from './index.js';
import {linkOptions, type LinkOptions} from './options.js';
import {prescanFiles} from './prescan-files.js';

/**
 * The link checker's own thread: parsing is CPU-bound, and on the main thread it would delay
 * every response handler by the length of a parse, stretching each 50 ms round trip. Here the
 * requests run on their own event loop while the main thread reads files.
 */
export interface WorkerInput {
  config: RunSettings['config'];
  configDir: string;
  cwd: string;
  noCache: boolean;
  verbose: boolean;
  progress: boolean;
}

export type ToWorker = {type: 'start'; input: WorkerInput} | {type: 'scan'; paths: string[]; maxFileSize: number} | {type: 'want'; items: Array<[string, string[]]>} | {type: 'finish'};
export type FromWorker = {type: 'log'; line: string} | {type: 'quiet'} | {type: 'results'; report: Omit<CheckReport, 'outcomes'> & {outcomes: Array<[string, CheckReport['outcomes'] extends Map<string, infer O> ? O : never]>}};

const port = parentPort!;
const log = (line: string): void => port.postMessage({type: 'log', line} satisfies FromWorker);
// The thread may start before the run knows its settings (src/links/spare.ts): they come first.
let run: {settings: RunSettings; options: LinkOptions; session: LinkSession} | undefined;
let scanning = Promise.resolve();

port.on('message', (message: ToWorker) => {
  if (message.type === 'start') {
    const {progress, ...rest} = message.input;
    const settings = {...rest, now: new Date(), offline: false, useCache: false, log} satisfies RunSettings;
    const options = linkOptions(settings);
    run = {settings, options, session: new LinkSession(options, settings, progress)};
    return;
  }
  if (!run) throw new Error(`link worker: "${message.type}" before "start"`);
  const {settings, options, session} = run;
  if (message.type === 'scan') {
    const started = Date.now();
    scanning = prescanFiles(message.paths, message.maxFileSize, options, (url, fragments) => session.want(url, fragments)).then((handed) => {
      if (settings.verbose) settings.log(`postlint: links: the pre-scan of ${message.paths.length} files handed ${handed} URLs to the checker in ${Date.now() - started} ms, before they were parsed`);
    }, (error: unknown) => {
      // Only a head start: the parse hands over every URL anyway, so the run goes on without it.
      settings.log(`postlint: links: the pre-scan stopped: ${error instanceof Error ? error.message : String(error)}`);
    });
    // Once the pre-scan's URLs are all under way, this thread mostly waits: its core can parse.
    void scanning.then(() => session.whenQuiet()).then(() => {
      if (settings.verbose) settings.log(`postlint: links: nothing left waiting to be sent, ${Date.now() - started} ms after the pre-scan began`);
      port.postMessage({type: 'quiet'} satisfies FromWorker);
    });
    return;
  }
  if (message.type === 'want') {
    for (const [url, fragments] of message.items) session.want(url, fragments);
    return;
  }
  // The pre-scan's URLs are part of this run's checks: results wait for it to end.
  void scanning.then(() => session.results()).then((report) => {
    port.postMessage({type: 'results', report: {...report, outcomes: [...report.outcomes]}} satisfies FromWorker);
    port.close();
  });
});
