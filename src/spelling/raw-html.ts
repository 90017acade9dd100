import type {SiteInfo} from '../site/detect.js';
import {generatorOf} from '../site/generators/index.js';

/**
 * Does the site's generator write the raw HTML blocks of a Markdown page as they are, so that a
 * reader sees the text inside them (`<p>…</p>`)? All but Hugo's Goldmark in its default, which
 * omits them (see each generator's `rawHtmlOmitted`).
 */
export function rawHtmlShown(site: SiteInfo | undefined): boolean {
  return !site || generatorOf(site).rawHtmlOmitted?.(site) === undefined;
}

/**
 * Can the site's generator insert text into a page (an include, a shortcode: its `inserts`), so that
 * a reference label with no definition in the page may be defined by what it inserts?
 */
export function insertsText(site: SiteInfo | undefined): boolean {
  return site !== undefined && generatorOf(site).inserts.length > 0;
}
