import {Worker} from 'node:worker_threads';
import {workerUrl} from '../paths.js';

/**
 * The link checker's thread, started by the CLI as soon as it knows the run may check links:
 * a thread takes a few hundred milliseconds to start on a busy machine, and this way that
 * overlaps with loading the config and finding the files. The link session adopts it; a run
 * that checks no links leaves it unreferenced, so it never keeps the process alive.
 */
let spare: Worker | undefined;

export function startLinkWorkerEarly(): void {
  if (spare) return;
  spare = new Worker(workerUrl('links'));
  spare.unref();
  // Until adopted, an error (say, a missing file) is the adopting session's to report, or nobody's.
  spare.on('error', () => undefined);
}

/** The thread started early, if any (once); otherwise a new one. */
export function linkWorker(): Worker {
  const worker = spare ?? new Worker(workerUrl('links'));
  spare = undefined;
  return worker;
}
