import {isForgeTemplate} from './forge-documents.js';
import {generatorOf} from './generators/index.js';
import type {PageFrontMatter, SiteInfo} from './generators/types.js';

/**
 * A template GitHub fills a new issue or pull request with (src/site/forge-documents.ts) that the
 * site does not build: read as a repository document, and filled in by each author, so what looks
 * unfinished in it is a slot. A site that builds it as a page (Eleventy reading the whole
 * repository) publishes it: there it is a page like any other, its readers see what it holds.
 */
export function unbuiltForgeTemplate(path: string, site: SiteInfo | undefined, frontMatter: PageFrontMatter): boolean {
  return isForgeTemplate(path, site?.root) && !generatorOf(site).isPage(path, site, frontMatter);
}
