/**
 * Files below `/assets/` that a Jekyll theme brings. Jekyll copies the theme's `assets/` folder into
 * the site, a file the site has itself winning (lib/jekyll/readers/theme_assets_reader.rb, for a gem
 * theme and for one jekyll-remote-theme downloads alike). Postlint reads only the checkout: when the
 * site names a theme (`theme:`, `remote_theme:`) whose files are not in it, a missing `/assets/…`
 * file may be the theme's (unverifiable); when the site keeps the theme's source (jekyll-theme-source.ts),
 * its `assets/` folder is looked in (Sass there as the CSS it becomes). A file whose folder below `assets/` the site has itself stays missing. The
 * github-pages gem's implied default theme counts as no named one.
 */
import {dirname, join} from 'node:path';
import {jekyllTheme} from './jekyll-theme.js';
import type {LinkRequest, ResolveContext, Resolution} from './types.js';

/** The file the site's theme serves at this URL path, or why it may: undefined when no named theme may serve it. */
export function themeAsset(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site;
  const rest = /^\/*assets\/(.+)$/.exec(request.path)?.[1];
  if (!site || rest === undefined || request.folder) return undefined;
  const named = ['theme', 'remote_theme'].some((key) => typeof site.config[key] === 'string' && (site.config[key] as string).trim() !== '');
  const theme = named ? jekyllTheme(site) : undefined;
  if (!theme) return undefined;
  if (theme.folder !== undefined) {
    // A theme's Sass is written as CSS (jekyll-sass-converter), as the site's own is (jekyll.ts convertedPath).
    const sources = [rest, ...(/\.css$/i.test(rest) ? ['.scss', '.sass'].map((ext) => rest.replace(/\.css$/i, ext)) : [])];
    for (const file of sources) {
      const found = context.findExact(join(theme.folder, 'assets', file), false);
      if (found?.status === 'found') return found;
    }
    return undefined;
  }
  // A folder the site keeps itself (assets/images/posts/2024/ beside the other images of a post) holds
  // the site's own files: one missing from it is the writer's to add, not the theme's to bring. Not
  // assets/ itself: the theme's files join the site's there (a theme's /assets/main.css).
  const folder = dirname(rest);
  if (folder !== '.' && context.roots.some((root) => context.isDirectory(join(root, 'assets', folder)))) return undefined;
  return {status: 'unverifiable', reason: `a file ${theme.words} may bring (Jekyll copies a theme's assets/ folder into the site; the theme's files are not in this checkout)`};
}
