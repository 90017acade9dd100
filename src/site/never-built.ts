/**
 * Markdown files a site never builds and nobody reads as part of it: outside every folder its
 * generator builds from (MkDocs reads `docs_dir` only, VitePress `srcDir`, Starlight `src/` and
 * its collections' bases), included by no page, and none of the files a forge shows by itself
 * (a folder's README, the community health files and issue templates: those are
 * repository files, read on GitHub, and stay checked, unless vendored: a third-party library's
 * README kept in `third_party/` or marked `linguist-vendored`, src/site/vendored.ts). A design note in `design/` or a
 * contributor guide in `i18n-guides/` beside a docs folder is no page and no repository document:
 * its words and links are left alone, as `--verbose` says. One concept for every generator that
 * names its built folders (`builtFolders`); Eleventy leaves such files out at discovery already
 * (its `unbuilt`, the same forge exception). A README in a dot folder the build excludes
 * (MkDocs drops `.*` in docs_dir) gets no such exception: a dot folder is not for readers.
 */
import {dirname, relative} from 'node:path';
import {isForgeDocument} from './forge-documents.js';
import {projectTop} from './project-top.js';
import {vendoredReason} from './vendored.js';
import {generatorOf} from './generators/index.js';
import type {SiteInfo} from './generators/types.js';
import {isBelow, isDir, perSite} from './generators/common.js';
import {toPosix} from '../paths.js';

/** The folders the generator builds from, once a site; undefined when unknown, or none is on disk (the model of this site is evidently off): then only what the build excludes is left out. */
const knownBuiltFolders = perSite((site: SiteInfo): string[] | undefined => {
  const folders = generatorOf(site).builtFolders?.(site);
  return folders !== undefined && folders.some((folder) => isDir(folder)) ? folders : undefined;
});

/**
 * Why `path`, a file of `site` that is no page, is never built, if so: it lies outside every
 * folder the generator builds from, or the build excludes it (MkDocs `exclude_docs`), and no forge
 * shows it by itself. The caller has settled that no page includes it (a snippet kept outside
 * docs_dir, or in an excluded snippets folder, is checked where it lands).
 */
export function neverBuiltReason(path: string, site: SiteInfo): string | undefined {
  const generator = generatorOf(site);
  const folders = knownBuiltFolders(site);
  const inside = folders === undefined || folders.some((folder) => isBelow(path, folder));
  const excluded = generator.excludedFromBuild?.(path, site);
  if (inside && excluded === undefined) return undefined;
  // A README in a dot folder the build leaves out (MkDocs' default `.*`: docs/.help/README.md) is hidden twice, by the
  // build and by the convention that a dot folder is tooling, not reading: no forge reader is sent there, so it is left out too.
  if (excluded !== undefined && inHiddenFolder(path, site.root)) return `${excluded}, and no page includes it`;
  // The top folder of the repository or of the site (a site kept as a folder of a bigger repository, as Eleventy reads it).
  const top = projectTop(site.root) ?? site.root;
  if (isForgeDocument(path, site.root) || isForgeDocument(path, top)) {
    // A vendored library's README is shown on GitHub too, but it is its authors' writing, not the site's.
    const vendored = vendoredReason(path, top);
    return vendored === undefined ? undefined : `${vendored}, the site never builds it and no page includes it`;
  }
  if (excluded !== undefined) return `${excluded}, and no page includes it`;
  const named = folders!.map((folder) => `${toPosix(relative(site.root, folder)) || '.'}/`).join(', ');
  return `it is outside ${named}, all ${generator.title} builds from, and no page includes it`;
}

/** Is `path` in a dot folder below the site's folder (not the forge's own `.github/` at the top)? */
function inHiddenFolder(path: string, root: string): boolean {
  const folders = toPosix(relative(root, dirname(path))).split('/').filter((part) => part !== '');
  if (folders[0] === '..') return false;
  return folders.some((part, at) => part.startsWith('.') && part !== '.' && !(at === 0 && part === '.github'));
}
