import {readText} from '../read-text.js';
import {isExcluded} from './collect.js';
import {normalizeUrl} from './normalize.js';
import {prescanUrls} from './prescan.js';
import type {LinkOptions} from './options.js';

/** Files scanned between two turns of the event loop: answers to requests in flight wait no longer. */
const filesPerTurn = 20;

/**
 * Read the files as phase 1 will (same size limit, same refusals) and hand every URL the
 * conservative pre-scan is sure of to `want`, a few files at a time. Returns how many URLs it handed over.
 */
export async function prescanFiles(paths: string[], maxFileSize: number, options: Pick<LinkOptions, 'exclude'>, want: (url: string, fragments: string[]) => void): Promise<number> {
  let handed = 0;
  for (let i = 0; i < paths.length; i++) {
    // After the first file, then every few: the first requests go out before the rest is read.
    if (i === 1 || (i > 0 && i % filesPerTurn === 0)) await new Promise<void>((resume) => setImmediate(resume));
    const read = readText(paths[i]!, maxFileSize);
    // A file phase 1 will refuse has no links to check.
    if ('problem' in read) continue;
    for (const raw of prescanUrls(read.text)) {
      const normalized = normalizeUrl(raw);
      if (!normalized || isExcluded({url: normalized.url, raw}, options)) continue;
      want(normalized.url, normalized.fragment !== undefined ? [normalized.fragment] : []);
      handed++;
    }
  }
  return handed;
}
