import {lstat, realpath} from 'node:fs/promises';
import {generatorOf} from './generators/index.js';
import type {SiteInfo} from './generators/types.js';

/**
 * Files a site publishes only through a symbolic link among the walked files, each with the link
 * that serves it: `src/rules/x.md` when `docs/rules/x.md -> ../../src/rules/x.md` is a page of an
 * MkDocs site and the real file is no page of its own. The generator reads the text at the link's
 * place and resolves its relative links from there, so the file is checked once, as that page, and
 * reported at the link's path (the path the site and its edit links name; an editor opens the real
 * file through it). A real file that is a page too is served twice and checked twice.
 */
export async function servedThroughLinks(paths: readonly string[], sites: ReadonlyMap<string, SiteInfo | undefined>): Promise<Map<string, string>> {
  const links: string[] = [];
  for (const path of paths) {
    const site = sites.get(path);
    if (!site || !generatorOf(site).servesLinkedPages) continue;
    if ((await lstat(path).catch(() => undefined))?.isSymbolicLink()) links.push(path);
  }
  const served = new Map<string, string>();
  if (links.length === 0) return served;
  // Walked paths keep the names they were reached by (a link in a folder above included): match by real path.
  const byReal = new Map<string, string>();
  const linkSet = new Set(links);
  for (const path of paths) {
    if (linkSet.has(path)) continue;
    const real = await realpath(path).catch(() => undefined);
    if (real && !byReal.has(real)) byReal.set(real, path);
  }
  for (const path of links) {
    const site = sites.get(path)!;
    const real = await realpath(path).catch(() => undefined);
    const file = real === undefined ? undefined : byReal.get(real);
    if (!file || file === path || served.has(file)) continue;
    // The front matter does not decide a page for a generator that serves links (MkDocs): none is read.
    if (!generatorOf(site).isPage(path, site, undefined)) continue;
    const own = sites.get(file);
    if (own && generatorOf(own).isPage(file, own, undefined)) continue;
    served.set(file, path);
  }
  return served;
}
