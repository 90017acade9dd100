/**
 * Links that reach a Markdown file of a VitePress site at a URL the built site serves nothing at, though the file is there:
 * - a page the literal `rewrites` move, linked by its source path (`translated/nl/guide.md` served at `/nl/guide`): the
 *   link plugin only turns `.md` into `.html` (or drops it with cleanUrls, src/node/markdown/plugins/link.ts normalizeHref),
 *   so the browser asks for the old path. VitePress 2.0.0-alpha.19 calls it dead (markdownToVue.ts: "a link to the
 *   pre-rewrite path of a rewritten page 404s in the built site even though the page itself exists",
 *   `rewrites.map[resolved + '.md'] !== resolved + '.md'`, vuejs/vitepress 3cf3f37b); older releases let it pass, and it 404s;
 * - a README that `srcExclude` leaves out, linked from a built page: no page is made of it (`!pages.includes(resolved)`).
 *   A README stays a repository file GitHub shows (never-built.ts), so only a built page's link is judged.
 * A URL that the rewrites serve a page at (`rewrites.inv`, checked first by VitePress too) is found before this is asked.
 */
import {relative} from 'node:path';
import {toPosix} from '../../paths.js';
import {movedPage} from './vitepress-rewrites.js';
import {srcExcluded} from './vitepress-src-exclude.js';
import type {Resolution, SiteInfo} from './types.js';

/**
 * Why the file a link names by its source path is served nowhere there, or undefined when it is: `source` is the
 * site's source folder, `servedAt` gives a moved page's URL, `judgeExcluded` whether a file srcExclude leaves out is judged
 * here (a README a forge shows, linked from a built page).
 */
export function unservedTarget(file: string, site: SiteInfo, source: string, servedAt: (rel: string) => string, judgeExcluded: boolean): Resolution | undefined {
  if (!/\.md$/i.test(file)) return undefined;
  const rel = toPosix(relative(source, file));
  if (rel.startsWith('..')) return undefined;
  const moved = movedPage(file, site);
  if (moved !== undefined && moved !== rel) {
    const served = servedAt(moved);
    return {status: 'missing', path: file, notServed: {file: rel, why: `the config's rewrites serve it at ${served}`, served}};
  }
  const excluded = judgeExcluded ? srcExcluded(file, site) : undefined;
  if (excluded !== undefined) return {status: 'missing', path: file, notServed: {file: rel, why: excluded}};
  return undefined;
}
