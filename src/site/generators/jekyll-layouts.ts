/**
 * The Jekyll templates that render a page (for the ids they write: src/site/template-ids.ts): its
 * layout (front-matter `layout`, else the `defaults` entry of `_config.yml` whose scope fits the
 * page, the longest path winning), that layout's own `layout` and so on up, and the files their
 * `{% include %}` tags name in the includes folder. A layout that is not in `_layouts/` (a theme
 * gem's) leaves the page's templates unknown; `layout: none` (or null) renders none.
 */
import {join, relative, resolve, sep} from 'node:path';
import {configFolder, get, isFile, isObject, readFrontMatterDataSync} from './common.js';
import type {PageFrontMatter, SiteInfo, TemplateModel} from './types.js';
import {belowCollections} from './jekyll-entries.js';

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

const includeTag = /\{%-?\s*include\s+(?:"([^"]+)"|'([^']+)'|([^\s%]+))/g;
const extensions = ['', '.html', '.htm', '.md', '.markdown', '.liquid'];

export function jekyllTemplates(path: string, site: SiteInfo, frontMatter: PageFrontMatter, source: string): TemplateModel {
  const layoutsDir = resolve(source, configFolder(site.config, 'layouts_dir', '_layouts'));
  const includesDir = resolve(source, configFolder(site.config, 'includes_dir', '_includes'));
  const folders = [layoutsDir, includesDir].filter((dir) => dir !== source);
  const layoutFile = (name: unknown): string | undefined | null => {
    if (name === null || name === 'none' || name === false) return null;
    if (typeof name !== 'string' || name === '') return undefined;
    return extensions.map((ext) => join(layoutsDir, `${name}${ext}`)).find(isFile);
  };
  const rel = relative(source, path).split(sep).join('/');
  const named = layoutName(site, rel, frontMatter);
  const layout = layoutFile(named);
  const model: TemplateModel = {
    folders,
    references(text, file) {
      const found: string[] = [];
      // A layout's own layout wraps it.
      if (file.startsWith(layoutsDir + sep)) {
        const parent = layoutFile(get(readFrontMatterDataSync(text), 'layout'));
        if (parent) found.push(parent);
      }
      for (const match of text.matchAll(includeTag)) {
        const name = match[1] ?? match[2] ?? match[3]!;
        if (name.includes('{{')) continue;
        const file = join(includesDir, name);
        if (isFile(file)) found.push(file);
      }
      return found;
    },
  };
  if (layout === null) return {...model, layouts: []};
  return layout === undefined ? model : {...model, layouts: [layout]};
}
