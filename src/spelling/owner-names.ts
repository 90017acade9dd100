import {join} from 'node:path';
import {readSmallJsonObject} from '../read-text.js';
import type {SiteInfo} from '../site/generators/types.js';

/**
 * The names of the people a site says wrote it: no dictionary has a person's name (`Saile`), yet the
 * site states it in the fields its tools read for the author, so the words of that name, written
 * as the field writes them, are no misspelling on its pages:
 * - the page's own front-matter `author` (a string, a list of them, or `{name}`), as Hugo's, Jekyll's
 *   (jekyll-seo-tag, jekyll-feed) and Eleventy's templates read it;
 * - the site config's author: Jekyll's `author` (a string or `{name}`, jekyll-seo-tag's site
 *   author), Hugo's `params.author` and its older top-level `author` (string or `{name}`), MkDocs'
 *   `site_author`;
 * - the `author` of the package.json at the site's root (npm's "people field": `"Ana Lima"`,
 *   `"Ana Lima <ana@example.com> (https://example.com)"`, or `{"name": …}`), which sites built with
 *   npm tools (Eleventy, Astro) fill in for the person the site is.
 * Only the name's words in its own case count (`Lima`, not `lima`), each of two letters or more:
 * a misspelt word elsewhere on the page is still reported, and so is the owner's name misspelt.
 */
export function ownerNames(site: SiteInfo | undefined, frontMatter: Record<string, unknown> | undefined): Set<string> {
  const names = new Set<string>();
  addPeople(names, frontMatter?.['author']);
  if (site !== undefined) for (const word of siteOwnerNames(site)) names.add(word);
  return names;
}

const bySite = new Map<string, readonly string[]>();

/** The site config's and the root package.json's author, read once a site. */
function siteOwnerNames(site: SiteInfo): readonly string[] {
  const key = `${site.root}\0${site.configFile ?? ''}`;
  let words = bySite.get(key);
  if (words === undefined) {
    const names = new Set<string>();
    const config = site.config;
    addPeople(names, config['author']);
    addPeople(names, config['site_author']);
    const params = config['params'];
    if (params !== null && typeof params === 'object') addPeople(names, (params as Record<string, unknown>)['author']);
    addPeople(names, readSmallJsonObject(join(site.root, 'package.json'))?.['author']);
    words = [...names];
    bySite.set(key, words);
  }
  return words;
}

/** The words of a person field: a name string (its `<email>` and `(url)` left out), a list of them, or `{name}`. */
function addPeople(names: Set<string>, value: unknown, depth = 0): void {
  if (typeof value === 'string') {
    const name = value.replace(/<[^>]*>|\([^)]*\)/g, ' ');
    for (const [word] of name.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) if ([...word].length >= 2) names.add(word);
  } else if (Array.isArray(value) && depth === 0) {
    for (const item of value.slice(0, 20)) addPeople(names, item, 1);
  } else if (value !== null && typeof value === 'object' && depth < 2) {
    addPeople(names, (value as Record<string, unknown>)['name'], 2);
  }
}

/** Files whose change changes the names (the spelling cache's inputs). */
export function ownerNameInputs(root: string): string[] {
  return [join(root, 'package.json')];
}
