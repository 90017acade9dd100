/**
 * The Jekyll theme that supplies the layouts and includes a site does not have itself, and which
 * layout a page without one gets. Postlint reads only the checkout: a theme's templates are not in
 * it, so the ids they write are unknown, unless the site keeps the theme gem's source (a Gemfile
 * `path:`, jekyll-theme-source.ts): then they are read like the site's own.
 *
 * - `theme:` names a theme gem; the site's `_layouts/` win over the theme's layouts of the same
 *   name, the theme's fill in the rest, and `{% include %}` looks in the site's includes folder,
 *   then the theme's (jekyll/jekyll lib/jekyll/readers/layout_reader.rb, Site#configure_include_paths).
 * - `remote_theme:` (benbalter/jekyll-remote-theme) downloads a GitHub repository at build time and
 *   makes it the site's theme the same way (Munger#configure_theme).
 * - The github-pages gem makes `jekyll-theme-primer` the theme of a site that sets no `theme` key
 *   (`theme: null` turns it off), and turns on jekyll-default-layout (github/pages-gem
 *   lib/github-pages/configuration.rb DEFAULTS, plugins.rb DEFAULT_PLUGINS).
 * - jekyll-default-layout gives a Markdown page with no layout (front matter or `defaults`) the
 *   first of `home` (the page at `/`), `page` (a page), `post` (a post), the collection's label
 *   (a collection document), `default` that the site or its theme has (generator.rb `layout_for`).
 *
 * A theme postlint has learned (Just the Docs) comes with the ids its templates write: a page it
 * renders is judged against those. Any other theme's are unknown. The layouts of a learned theme
 * (Just the Docs'; primer's, whose `_layouts/` holds only `default.html`: pages-themes/primer) say
 * which of jekyll-default-layout's candidates the theme lacks, so the next one is tried; a learned
 * theme's includes (primer's) say that an include in neither the site's folder nor the theme's is
 * in a branch the build does not take: Jekyll stops the build on an include it cannot find
 * (lib/jekyll/tags/include.rb, IncludeTag#locate_include_file raises "Could not locate the included file").
 */
import {justTheDocsIds, justTheDocsLayouts, usesJustTheDocs} from './jekyll-just-the-docs.js';
import {relative} from 'node:path';
import {usesPlugin} from './jekyll-plugins.js';
import {ownThemeSource} from './jekyll-theme-source.js';
import {toPosix} from '../../paths.js';
import type {SiteInfo} from './types.js';

/** A site's theme: in words, and, for a theme postlint has learned, the ids its templates write. */
export interface JekyllTheme {
  words: string;
  /** The ids the theme's layouts and includes write (besides the headings'), when postlint knows them. */
  ids?: readonly string[];
  /** The names of the theme's layouts, when postlint knows them. */
  layouts?: readonly string[];
  /** The files of the theme's `_includes/`, when postlint knows them. */
  includes?: readonly string[];
  /** The theme gem's source folder, when the site keeps it (jekyll-theme-source.ts): its layouts and includes are read. */
  folder?: string;
}

/** pages-themes/primer, the github-pages gem's default theme: its only layout is `default`. */
const primerLayouts: readonly string[] = ['default'];
/** Its `_includes/` (jekyll-theme-primer 0.6.0, the version the github-pages gem pins: pages-themes/primer v0.6.0). */
const primerIncludes: readonly string[] = ['head-custom.html', 'head-custom-google-analytics.html'];
const primer = /^(?:pages-themes\/primer(?:@[\w.-]+)?|jekyll-theme-primer)$/i;

/** The theme that supplies what the site's own layouts and includes folders lack, if any. */
export function jekyllTheme(site: SiteInfo): JekyllTheme | undefined {
  const named = (key: string): string | undefined => {
    const value = site.config[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const remote = named('remote_theme');
  const gem = named('theme');
  const known = usesJustTheDocs(site) ? {ids: justTheDocsIds, layouts: justTheDocsLayouts} : primer.test(remote ?? gem ?? '') ? {layouts: primerLayouts, includes: primerIncludes} : {};
  if (remote !== undefined) return {words: `the theme "${remote}" (remote_theme)`, ...known};
  const folder = gem === undefined || remote !== undefined ? undefined : ownThemeSource(site);
  if (folder !== undefined) return {words: `the theme gem "${gem}" (its source in ${toPosix(relative(site.root, folder))}/)`, folder};
  if (gem !== undefined) return {words: `the theme gem "${gem}"`, ...known};
  if (!('theme' in site.config) && usesPlugin(site, 'github-pages')) return {words: 'the theme gem "jekyll-theme-primer" (the github-pages gem\'s default)', layouts: primerLayouts, includes: primerIncludes};
  return undefined;
}

/** Does the build give a page without a layout one of its own (jekyll-default-layout, on with the github-pages gem)? */
export function defaultsLayout(site: SiteInfo): boolean {
  return usesPlugin(site, 'jekyll-default-layout') || usesPlugin(site, 'github-pages');
}

/**
 * The layouts jekyll-default-layout tries for a page, in order (the first the site or its theme
 * has wins). `type` is the page's type for `defaults` scopes (`pages`, `posts`, a collection's label).
 */
export function defaultLayoutCandidates(type: string, home: boolean): string[] {
  const own = type === 'pages' ? 'page' : type === 'posts' || type === 'drafts' ? 'post' : type;
  return [...(home ? ['home'] : []), own, 'default'];
}
