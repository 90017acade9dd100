import {readText} from '../read-text.js';
import {isExcluded} from './collect.js';
import {normalizeUrl} from './normalize.js';
import {prescanUrls} from './prescan.js';
import type {LinkOptions} from './options.js';

/**
 * Read the files as phase 1 will (same size limit, same refusals) and hand every URL the
 * conservative pre-scan is sure of to `want`, a few files at a time. Returns how many URLs it handed over.
 */
export async function prescanFiles(paths: string[], maxFileSize: number, options: Pick<LinkOptions, 'exclude'>, want: (url: string, fragments: string[]) => void): Promise<number> {
  let handed = 0;
  for (let i = 0; i < paths.length; i++) {
    // A turn of the event loop after every file (a few microseconds each): the requests already
    // handed over are written, and answers handled, before the next file is read.
    if (i > 0) await new Promise<void>((resume) => setImmediate(resume));
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
