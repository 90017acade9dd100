/**
 * Markdown files a site never builds and nobody reads as part of it: outside every folder its
 * generator builds from (MkDocs reads `docs_dir` only, VitePress `srcDir`, Starlight `src/` and
 * its collections' bases), included by no page, and none of the files a forge shows by itself
 * (a folder's README, the community health files and issue templates: those are
 * repository files, read on GitHub, and stay checked, unless vendored: a third-party library's
 * README kept in `third_party/`, marked `linguist-vendored`, in a git submodule or in a folder carrying
 * its own licence, src/site/vendored.ts). Where what the build reads is unknown (a Hugo template that
 * reads files by path), a vendored copy outside the content roots is left out all the same: another
 * project's changelog is no writing of the site's, quoted or not. A design note in `design/` or a
 * contributor guide in `i18n-guides/` beside a docs folder is no page and no repository document:
 * its words and links are left alone, as `--verbose` says. One concept for every generator that
 * names its built folders (`builtFolders`); Eleventy leaves such files out at discovery already
 * (its `unbuilt`, the same forge exception). A README in a dot folder the build excludes
 * (MkDocs drops `.*` in docs_dir) gets no such exception: a dot folder is not for readers.
 */
import {relative} from 'node:path';
import {isForgeDocument} from './forge-documents.js';
import {toolingFolder} from './tooling-folders.js';
import {projectTop} from './project-top.js';
import {vendoredReason} from './vendored.js';
import {generatorOf} from './generators/index.js';
import type {SiteInfo} from './generators/types.js';
import {isBelow, isDir, perSite} from './generators/common.js';
import {isAtOrBelow, toPosix} from '../paths.js';

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
  // The top folder of the repository or of the site (a site kept as a folder of a bigger repository, as Eleventy reads it).
  const top = projectTop(site.root) ?? site.root;
  const contentRoots = pageFolders(site);
  const vendored = (): string | undefined => vendoredReason(path, top, {root: site.root, contentRoots});
  const tooling = toolingFolder(path, [site.root, top]);
  if (folders === undefined && generator.excludedFromBuild?.(path, site) === undefined) {
    if (contentRoots.some((root) => isBelow(path, root))) return undefined;
    // A dot folder's notes (an assistant's `.claude/rules/`, `.cursor/`): tooling, whatever else the build may read.
    if (tooling !== undefined) return `it is in ${tooling}, a dot folder of tooling that no page of the site comes from and GitHub shows no reader by itself, and no page includes it`;
    // What the build reads is unknown (a Hugo template reads files by path): a vendored copy outside the content roots
    // is another project's text whether or not a template quotes it, so its words and links are not the writer's to fix.
    const copy = vendored();
    return copy === undefined ? undefined : `${copy}; it is outside ${named(contentRoots, site)}, where ${generator.title} builds pages from, and no page includes it`;
  }
  const inside = folders === undefined || folders.some((folder) => isAtOrBelow(path, folder));
  const excluded = generator.excludedFromBuild?.(path, site);
  if (inside && excluded === undefined) return undefined;
  // A README in a dot folder the build leaves out (MkDocs' default `.*`: docs/.help/README.md) is hidden twice, by the
  // build and by the convention that a dot folder is tooling, not reading: no forge reader is sent there, so it is left out too.
  if (tooling !== undefined) return excluded !== undefined ? `${excluded}, and no page includes it` : `it is in ${tooling}, a dot folder of tooling outside ${named(folders!, site)}, all ${generator.title} builds from, and no page includes it`;
  if (isForgeDocument(path, site.root) || isForgeDocument(path, top)) {
    // A vendored library's README is shown on GitHub too, but it is its authors' writing, not the site's.
    const copy = vendored();
    return copy === undefined ? undefined : `${copy}, the site never builds it and no page includes it`;
  }
  if (excluded !== undefined) return `${excluded}, and no page includes it`;
  return `it is outside ${named(folders!, site)}, all ${generator.title} builds from, and no page includes it`;
}

/** The folders the site's pages come from: its content roots and the folders mounted into its content tree (Hugo). */
export function pageFolders(site: SiteInfo): string[] {
  const generator = generatorOf(site);
  return [...generator.contentRoots(site), ...(generator.mountedContent?.(site) ?? [])];
}

/** Folders as the site's reader names them: `docs/, blog/`. */
function named(folders: readonly string[], site: SiteInfo): string {
  return folders.map((folder) => `${toPosix(relative(site.root, folder)) || '.'}/`).join(', ');
}
