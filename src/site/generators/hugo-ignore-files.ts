/**
 * Hugo's `ignoreFiles`: regular expressions (Go's regexp, compiled in config/allconfig/allconfig.go)
 * tested against the file name of every entry Hugo's walker meets (hugofs/walk.go filters each
 * folder's entries through SourceSpec.IgnoreFile with `fi.Meta().Filename`, the entry's absolute
 * path on disk): a file that matches is never read, and a folder that matches is never entered, so
 * nothing below it is a page (an expression ending `/docs/0.7.x/*)$` drops the folder `content/docs/0.7.x`). The
 * content root itself is where the walk starts, no entry of it, and is not tested. An expression
 * JavaScript cannot read as Go does (pcre-pattern.ts) leaves its files pages.
 */
import {dirname, relative, sep} from 'node:path';
import {pcreToRegExp} from '../pcre-pattern.js';
import {toPosix} from '../../paths.js';
import {get, perSite} from './common.js';
import {hugoContentRootOf} from './hugo-site.js';
import type {SiteInfo} from './types.js';

const ignorePatterns = perSite((site: SiteInfo): Array<{written: string; pattern: RegExp}> => {
  const value = get(site.config, 'ignoreFiles');
  const written = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((each): each is string => typeof each === 'string') : [];
  return written.flatMap((each) => {
    const pattern = pcreToRegExp(each);
    return pattern ? [{written: each, pattern}] : [];
  });
});

/** Why Hugo never reads this content file (it, or a folder it is in below its content root, matches `ignoreFiles`), if so. */
export function hugoIgnoredFileReason(path: string, site: SiteInfo): string | undefined {
  const patterns = ignorePatterns(site);
  if (patterns.length === 0) return undefined;
  const root = hugoContentRootOf(path, site);
  if (root === undefined) return undefined;
  // The walker's file names are the platform's; on POSIX, `/`-separated.
  for (let entry = path; entry !== root && entry.startsWith(root + sep); entry = dirname(entry)) {
    const name = toPosix(entry);
    const match = patterns.find(({pattern}) => pattern.test(name));
    if (match) {
      const what = entry === path ? 'it matches' : `its folder ${toPosix(relative(site.root, entry))}/ matches`;
      return `${what} the config's ignoreFiles pattern "${match.written}": Hugo never reads it`;
    }
  }
  return undefined;
}
