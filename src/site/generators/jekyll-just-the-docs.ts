/**
 * Just the Docs, a Jekyll theme (just-the-docs/just-the-docs): its `default` layout, which its
 * other layouts (`page`, `home`, `post`, `about`, `minimal`) wrap, ends a parent page
 * (`has_children: true`) with a "Table of contents" of the page's children after the page's
 * content, unless the page says `has_toc: false` (_layouts/default.html, `{% if page.has_toc !=
 * false %}` around `components/children_nav.html`, from v0.3 on; earlier `has_children` alone;
 * docs/navigation/children.md). The page's last section is then not empty to a reader.
 *
 * Only where that layout is the theme's: the site names the theme (`theme:` or `remote_theme:`)
 * and the page a layout of it that neither it nor `default` is overridden in the site's
 * `_layouts/`. A page without a layout, or with the site's own, is left as it was read.
 */
import {join, relative, resolve} from 'node:path';
import {configFolder, isFile} from './common.js';
import {layoutName} from './jekyll-layouts.js';
import type {PageFrontMatter, SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';

const themeLayouts = ['default', 'page', 'home', 'post', 'about', 'minimal'];

/** Every layout the theme has had (its `_layouts/`, v0.3 to main), for jekyll-default-layout's choice. */
export const justTheDocsLayouts: readonly string[] = [...themeLayouts, 'anchor_headings', 'generic-page', 'landing_page', 'redirect', 'sidepanel', 'table_wrappers'];

/** Does the site's config name Just the Docs as its theme (`just-the-docs`, `pmarsceill/just-the-docs`, `just-the-docs/just-the-docs@v0.10.0`)? */
export function usesJustTheDocs(site: SiteInfo): boolean {
  return [site.config.theme, site.config.remote_theme].some((name) => typeof name === 'string' && /^(?:[\w.-]+\/)?just-the-docs(?:@[\w.-]+)?$/i.test(name.trim()));
}

/** What Just the Docs writes after the page's content, in words, if anything. */
export function justTheDocsAfterContent(path: string, site: SiteInfo, frontMatter: PageFrontMatter, source: string): string | undefined {
  const data = frontMatter?.data ?? {};
  if (data.has_children !== true || data.has_toc === false || !usesJustTheDocs(site)) return undefined;
  const name = layoutName(site, toPosix(relative(source, path)), frontMatter);
  if (typeof name !== 'string' || !themeLayouts.includes(name)) return undefined;
  // A layout of the site's own replaces the theme's: what it writes is not known here.
  const layouts = resolve(source, configFolder(site.config, 'layouts_dir', '_layouts'));
  if ([name, 'default'].some((own) => isFile(join(layouts, `${own}.html`)))) return undefined;
  return 'Just the Docs lists the page\'s child pages after the content ("Table of contents")';
}

/**
 * The ids Just the Docs' own layouts and includes write besides the headings' (the `id="…"`
 * attributes of `_layouts/` and `_includes/`, v0.3.3 to v0.10.1 and main), so that a page it
 * renders is judged like one the site's own templates render. Its headings' anchors
 * (vendor/anchor_headings.html) are the headings' ids; `compress_html_profile_…` is written only
 * when the site turns HTML compression profiling on.
 */
export const justTheDocsIds: readonly string[] = [
  'top',
  'main-header',
  'main-content',
  'main-content-wrap',
  'site-nav',
  'menu-button',
  'search-input',
  'search-results',
  'search-button',
  'back-to-top',
  'edit-this-page',
  'jtd-head-nav-stylesheet',
  'jtd-nav-activation',
  'svg-arrow-right',
  'svg-copy',
  'svg-copied',
  'svg-doc',
  'svg-external-link',
  'svg-external-link-title',
  'svg-link',
  'svg-menu',
  'svg-search',
];
