/**
 * The Jekyll templates that render a page (for the ids they write: src/site/template-ids.ts): its
 * layout (front-matter `layout`, else the `defaults` entry of `_config.yml` whose scope fits the
 * page, the longest path winning), that layout's own `layout` and so on up, and the files their
 * `{% include %}` (and jekyll-include-cache's `{% include_cached %}`) tags name in the includes
 * folder; `layout: none` (or null) renders none. A page without a layout gets one from
 * jekyll-default-layout when the site uses it. A layout or include the site does not have comes
 * from its theme when it has one (jekyll-theme.ts), which is not in the checkout: the page's ids
 * beyond its headings are then unknown (`elsewhere`). A theme whose source the site keeps
 * (jekyll-theme-source.ts) is read after the site's own folders. Without a theme Jekyll renders without the
 * missing layout, and every template of the site counts.
 */
import {join, relative, resolve, sep} from 'node:path';
import {configFolder, get, isFile, isObject, readFrontMatterDataSync} from './common.js';
import {toPosix} from '../../paths.js';
import type {PageFrontMatter, SiteInfo, TemplateModel} from './types.js';
import {belowCollections} from './jekyll-entries.js';
import {defaultLayoutCandidates, defaultsLayout, jekyllTheme} from './jekyll-theme.js';

/** The page's type for `defaults` scopes: posts, drafts, a collection's name, else pages. */
function typeOf(sourceRel: string, site: SiteInfo): string {
  // Posts, drafts and collections sit below `collections_dir` when the site sets one.
  const rel = belowCollections(sourceRel, site) ?? sourceRel;
  const first = rel.split('/')[0] ?? '';
  if (first === '_posts' || rel.includes('/_posts/')) return 'posts';
  if (first === '_drafts') return 'drafts';
  return first.startsWith('_') ? first.slice(1) : 'pages';
}

/** The layout `_config.yml`'s `defaults` give the page (`rel` from the source folder), if any. */
function defaultLayout(site: SiteInfo, rel: string): unknown {
  const entries = Array.isArray(site.config.defaults) ? site.config.defaults : [];
  let best: {length: number; layout: unknown} | undefined;
  for (const entry of entries) {
    if (!isObject(entry) || !isObject(entry.values) || !('layout' in entry.values)) continue;
    const scope = isObject(entry.scope) ? entry.scope : {};
    const path = typeof scope.path === 'string' ? scope.path.replace(/^\.?\/+|\/+$/g, '') : '';
    if (path !== '' && rel !== path && !rel.startsWith(`${path}/`)) continue;
    if (typeof scope.type === 'string' && scope.type !== typeOf(rel, site)) continue;
    if (!best || path.length >= best.length) best = {length: path.length, layout: entry.values.layout};
  }
  return best?.layout;
}

/** The name of the layout the page asks for: its front matter's `layout`, else the `defaults` entry's (`rel` from the source folder). */
export function layoutName(site: SiteInfo, rel: string, frontMatter: PageFrontMatter): unknown {
  const data = frontMatter?.data ?? {};
  return 'layout' in data ? data.layout : defaultLayout(site, rel);
}

const includeTag = /\{%-?\s*include(?:_cached)?\s+(?:"([^"]+)"|'([^']+)'|([^\s%]+))/g;
const extensions = ['', '.html', '.htm', '.md', '.markdown', '.liquid'];

export function jekyllTemplates(path: string, site: SiteInfo, frontMatter: PageFrontMatter, source: string): TemplateModel {
  const layoutsDir = resolve(source, configFolder(site.config, 'layouts_dir', '_layouts'));
  const includesDir = resolve(source, configFolder(site.config, 'includes_dir', '_includes'));
  const found = jekyllTheme(site);
  // A theme whose source the site keeps is read like the site's own folders, after them (LayoutReader,
  // Site#includes_load_paths); only a theme out of the checkout leaves its templates to the build.
  const theme = found?.folder === undefined ? found : undefined;
  const layoutsDirs = [layoutsDir, ...(found?.folder === undefined ? [] : [join(found.folder, '_layouts')])];
  const includesDirs = [includesDir, ...(found?.folder === undefined ? [] : [join(found.folder, '_includes')])];
  const folders = [...layoutsDirs, ...includesDirs].filter((dir) => dir !== source);
  const layoutsName = `${toPosix(relative(source, layoutsDir))}/`;
  const includesName = `${toPosix(relative(source, includesDir))}/`;
  const layoutFile = (name: unknown): string | undefined | null => {
    if (name === null || name === 'none' || name === false) return null;
    if (typeof name !== 'string' || name === '') return undefined;
    return layoutsDirs.flatMap((dir) => extensions.map((ext) => join(dir, `${name}${ext}`))).find(isFile);
  };
  const themeHas = (what: string): string => `${what}: only the build, which has ${theme!.words}, knows the ids it writes`;
  /** The includes a template names: the site's (or its kept theme's) files, and the names neither has. */
  const includes = (text: string): {found: string[]; lacking: string[]} => {
    const found: string[] = [];
    const lacking: string[] = [];
    for (const match of text.matchAll(includeTag)) {
      const name = match[1] ?? match[2] ?? match[3]!;
      if (name.includes('{{')) continue;
      const file = includesDirs.map((dir) => join(dir, name)).find(isFile);
      if (file !== undefined) found.push(file);
      else lacking.push(name);
    }
    return {found, lacking};
  };
  const parentOf = (text: string, file: string): unknown => (layoutsDirs.some((dir) => file.startsWith(dir + sep)) ? get(readFrontMatterDataSync(text), 'layout') : undefined);
  const rel = toPosix(relative(source, path));
  const named = layoutName(site, rel, frontMatter);
  const model: TemplateModel = {
    folders,
    // Liquid prints the page's body (or an inner layout's output) with `{{ content }}` (Layout#render_layout).
    body: {names: /^\{\{-?\s*content\b/, readable: () => true, parent: (text, file) => layoutFile(parentOf(text, file)) ?? undefined},
    references(text, file) {
      // A layout's own layout wraps it.
      const parent = layoutFile(parentOf(text, file));
      return [...(parent ? [parent] : []), ...includes(text).found];
    },
    ...(theme === undefined
      ? {}
      : {
          ...(theme.ids ? {themeIds: {ids: theme.ids, from: theme.words}} : {}),
          pullsElsewhere(text: string, file: string) {
            const from = toPosix(relative(source, file));
            const parent = parentOf(text, file);
            if (layoutFile(parent) === undefined && typeof parent === 'string' && parent !== '') return themeHas(`is rendered with ${from}, which is wrapped in the layout "${parent}", not in ${layoutsName} but the theme's`);
            // An include in neither folder would stop the build: it is in a branch the build does not take (jekyll-theme.ts).
            const lacking = includes(text).lacking.find((name) => theme.includes === undefined || theme.includes.includes(name));
            return lacking === undefined ? undefined : themeHas(`is rendered with ${from}, which includes "${lacking}", not in ${includesName} but the theme's`);
          },
        }),
  };
  if (named === undefined && defaultsLayout(site)) {
    // jekyll-default-layout: the first candidate the site or its theme has; past one a learned theme lacks.
    for (const candidate of defaultLayoutCandidates(typeOf(rel, site), rel === 'index.md' || rel === 'index.markdown')) {
      const layout = layoutFile(candidate);
      if (layout) return {...model, layouts: [layout]};
      if (theme === undefined || (theme.layouts !== undefined && !theme.layouts.includes(candidate))) continue;
      return {...model, elsewhere: themeHas(`gets the layout "${candidate}" from jekyll-default-layout${theme.layouts ? '' : ' if the theme has one'} (not in ${layoutsName})`)};
    }
    return {...model, layouts: []};
  }
  const layout = layoutFile(named);
  if (layout === null) return {...model, layouts: []};
  if (layout !== undefined) return {...model, layouts: [layout]};
  return theme !== undefined && typeof named === 'string' && named !== '' ? {...model, elsewhere: themeHas(`is rendered with the layout "${named}", not in ${layoutsName} but the theme's`)} : model;
}
