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
