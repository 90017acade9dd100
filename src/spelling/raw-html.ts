import type {SiteInfo} from '../site/detect.js';
import {generatorOf} from '../site/generators/index.js';
import {proseFields} from './prose.js';

/**
 * Does the site's generator write the raw HTML blocks of a Markdown page as they are, so that a
 * reader sees the text inside them (`<p>…</p>`)? All but Hugo's Goldmark in its default, which
 * omits them (see each generator's `rawHtmlOmitted`).
 */
export function rawHtmlShown(site: SiteInfo | undefined): boolean {
  return !site || generatorOf(site).rawHtmlOmitted?.(site) === undefined;
}

/**
 * Does the site's generator paste included text into a page before it parses it (its `pastes`:
 * Jekyll's includes, mdBook's `{{#include}}`, pymdownx.snippets), so that a reference label with no
 * definition in the page may be defined by the pasted text? Not MDX imports: a partial is compiled
 * as its own module, its definitions are its own.
 */
export function pastesText(site: SiteInfo | undefined): boolean {
  return site !== undefined && (generatorOf(site).pastes?.length ?? 0) > 0;
}

/**
 * Does the site's generator run its templates over this page before Markdown (Jekyll's and
 * Eleventy's Liquid pass: `liquid`, unless the page's front matter turns it off), so that a tag in a
 * definition's destination (`[part 1]: {% post_url … %}`) is a URL by the time the page is parsed?
 */
export function rendersTemplatesFirst(site: SiteInfo | undefined, data: Record<string, unknown> | undefined): boolean {
  if (site === undefined) return false;
  const generator = generatorOf(site);
  return generator.liquid === true && (generator.runsTemplates?.(site, data) ?? true);
}

/**
 * Does the site's generator have blocks a plugin writes from code (`::: package.Class`, mkdocstrings:
 * `inserts` 'generated'), whose indented lines are the plugin's options? With no site known, yes (the
 * safer reading). VitePress's and remark-directive's `::: info` containers hold Markdown instead.
 */
export function writesGeneratedBlocks(site: SiteInfo | undefined): boolean {
  return site === undefined || generatorOf(site).inserts.includes('generated');
}

/** The front-matter fields whose text readers see: `title`, `description`, and the generator's own (`sidebar_label` in Docusaurus). */
export function shownFrontMatterFields(site: SiteInfo | undefined): readonly string[] {
  const own = site === undefined ? undefined : generatorOf(site).shownFields;
  return own === undefined ? proseFields : [...proseFields, ...own];
}
