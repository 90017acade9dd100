import {parentPort, workerData} from 'node:worker_threads';
import type {RunSettings} from '../settings.js';
import {LinkSession, type CheckReport} from './index.js';
import {linkOptions} from './options.js';

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

export type ToWorker = {type: 'want'; items: Array<[string, string[]]>} | {type: 'finish'};
export type FromWorker = {type: 'log'; line: string} | {type: 'results'; report: Omit<CheckReport, 'outcomes'> & {outcomes: Array<[string, CheckReport['outcomes'] extends Map<string, infer O> ? O : never]>}};

const port = parentPort!;
const input = workerData as WorkerInput;
const {progress, ...rest} = input;
const settings = {
  ...rest,
  now: new Date(),
  offline: false,
  useCache: false,
  log: (line: string) => port.postMessage({type: 'log', line} satisfies FromWorker),
} satisfies RunSettings;
const session = new LinkSession(linkOptions(settings), settings, progress);

port.on('message', (message: ToWorker) => {
  if (message.type === 'want') {
    for (const [url, fragments] of message.items) session.want(url, fragments);
    return;
  }
  void session.results().then((report) => {
    port.postMessage({type: 'results', report: {...report, outcomes: [...report.outcomes]}} satisfies FromWorker);
    port.close();
  });
});
