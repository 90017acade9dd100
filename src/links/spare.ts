import {Worker} from 'node:worker_threads';
import {workerUrl} from '../paths.js';

/**
 * The link checker's thread, started by the CLI as soon as it knows the run may check links:
 * a thread takes a few hundred milliseconds to start on a busy machine, and this way that
 * overlaps with loading the config and finding the files. The link session adopts it; a run
 * that checks no links leaves it unreferenced, so it never keeps the process alive.
 */
let spare: {worker: Worker; exited: boolean} | undefined;

export function startLinkWorkerEarly(): void {
  if (spare) return;
  const started = {worker: new Worker(workerUrl('links')), exited: false};
  started.worker.unref();
  // Until adopted, its errors have no listener; a thread that died before adoption is not adopted.
  started.worker.on('error', () => undefined);
  started.worker.once('exit', () => (started.exited = true));
  spare = started;
}

/** The thread started early, if any and still alive (once); otherwise a new one. */
export function linkWorker(): Worker {
  const adopted = spare && !spare.exited ? spare.worker : new Worker(workerUrl('links'));
  spare = undefined;
  return adopted;
}
