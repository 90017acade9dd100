import {Worker} from 'node:worker_threads';
import {workerUrl} from '../paths.js';

/**
 * The link checker's thread, started as soon as the run may check links (by the bundled CLI's
 * launcher, before the CLI itself is loaded; or by the CLI): a thread takes 100 ms or more to
 * start, and this way that overlaps with loading the CLI and the config and finding the files. The link session adopts it; a run
 * that checks no links leaves it unreferenced, so it never keeps the process alive.
 */
interface Spare {
  worker: Worker;
  exited: boolean;
}
// Kept on the global object, not in this module: the bundled CLI's launcher and the CLI it loads
// are two bundles, each with its own copy of this module, and the thread must be handed across.
const slot = Symbol.for('postlint.spareLinkWorker');
const holder = globalThis as typeof globalThis & {[slot]?: Spare | undefined};

/** Flags after which the run checks no links (or does not lint at all): no thread for them. */
const noLinkFlags = new Set(['--offline', '--help', '-h', '--version', '-v', '--list-rules', '--list-unknown-words', '--add-words', '--init', '--print-config']);

/**
 * Whether a command line may check links, judged before the CLI parses it (the bundled CLI's
 * launcher asks, scripts/bundle.mjs). A wrong yes costs a thread that is never used; a wrong no
 * only means the CLI starts the thread itself, later.
 */
export function mayCheckLinks(argv: string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') break;
    if (noLinkFlags.has(arg) || arg.startsWith('--print-config=')) return false;
    // Short flags grouped, e.g. -qh.
    if (/^-[a-z]{2,}$/i.test(arg) && /[hv]/.test(arg)) return false;
  }
  return true;
}

export function startLinkWorkerEarly(): void {
  if (holder[slot]) return;
  const started: Spare = {worker: new Worker(workerUrl('links')), exited: false};
  started.worker.unref();
  // Until adopted, its errors have no listener; a thread that died before adoption is not adopted.
  started.worker.on('error', () => undefined);
  started.worker.once('exit', () => (started.exited = true));
  holder[slot] = started;
}

/** The thread started early, if any and still alive (once); otherwise a new one. */
export function linkWorker(): Worker {
  const spare = holder[slot];
  const adopted = spare && !spare.exited ? spare.worker : new Worker(workerUrl('links'));
  holder[slot] = undefined;
  return adopted;
}
