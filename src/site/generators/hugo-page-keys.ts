/**
 * Hugo's page tree is keyed by the normalized content path (v0.123 on: common/paths
 * NormalizePathStringBasic, lower case with each space `-`; hugolib/pagecollections.go
 * getContentNodeForRef parses the ref with the same parser before it looks it up). So `ref`,
 * `relref` and `GetPage` find `content/Tea Rooms/kettle.md` by `Tea Rooms/kettle.md`,
 * `tea-rooms/kettle` or `Tea-Rooms/Kettle`, but a character the URL drops still counts:
 * `Green-White` is no key of `Green & White.md` (its key is `green-&-white`).
 */
import {basename, dirname, relative} from 'node:path';
import {isBelow} from './common.js';
import {hugoContentRoots} from './hugo-site.js';
import {hugoNormalizesContentPaths} from './hugo-version.js';
import {hugoPathKey} from './hugo-path-sanitize.js';
import {oncePerRun} from './url-map.js';
import {toPosix} from '../../paths.js';
import type {ResolveContext, SiteInfo} from './types.js';

const markdown = /\.(?:md|markdown)$/i;

/** A content path's key: no suffix, a bundle (`index.md`, `_index.md`) its folder, normalized. */
function keyOf(rel: string): string {
  const posix = toPosix(rel).replace(/^\/+|\/+$/g, '');
  const bundle = /^_?index\.(?:md|markdown)$/i.test(basename(posix));
  const path = bundle ? (dirname(posix) === '.' ? '' : dirname(posix)) : posix.replace(markdown, '');
  return hugoPathKey(path);
}

const indexes = new WeakMap<object, Map<string, Map<string, string>>>();

/** The Markdown pages of one content root by key (the first file of a key wins, as the file system orders them), once a run. */
function pagesByKey(root: string, context: ResolveContext): Map<string, string> {
  return oncePerRun(indexes, context, root, () => {
    const map = new Map<string, string>();
    for (const file of context.files()) {
      if (!markdown.test(file) || !isBelow(file, root)) continue;
      const key = keyOf(relative(root, file));
      if (!map.has(key)) map.set(key, file);
    }
    return map;
  });
}

/**
 * The Markdown page Hugo's page tree files under the key of `absolute` (a content path, with or
 * without its suffix), when the site's Hugo normalizes content paths; undefined otherwise.
 */
export function hugoPageByKey(absolute: string, site: SiteInfo, context: ResolveContext): string | undefined {
  if (!hugoNormalizesContentPaths(site)) return undefined;
  const root = hugoContentRoots(site).find((candidate) => isBelow(absolute, candidate) || absolute === candidate);
  if (!root) return undefined;
  const key = keyOf(relative(root, absolute));
  return key === '' ? undefined : pagesByKey(root, context).get(key);
}
