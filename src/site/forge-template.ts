import {relative, sep} from 'node:path';
import {isForgeTemplate} from './forge-documents.js';
import {generatorOf} from './generators/index.js';
import type {PageFrontMatter, SiteInfo} from './generators/types.js';

/**
 * A template GitHub fills a new issue or pull request with (src/site/forge-documents.ts) that the
 * site does not build: read as a repository document, and filled in by each author, so what looks
 * unfinished in it is a slot. A site that builds it as a page (Eleventy reading the whole
 * repository) publishes it: there it is a page like any other, its readers see what it holds.
 * Only a generator whose build postlint models can say so: one it does not (Hexo, Next.js, an Astro
 * site whose `srcDir` moved: the `unknown` module) calls every file but a dot folder's a page for want
 * of knowing, and none of those builds a file of `.github/` (Astro builds `src/pages/` and its
 * collections' folders, Hexo skips hidden folders), so there the template is GitHub's.
 */
export function unbuiltForgeTemplate(path: string, site: SiteInfo | undefined, frontMatter: PageFrontMatter): boolean {
  if (!isForgeTemplate(path, site?.root)) return false;
  const generator = generatorOf(site);
  return (site !== undefined && generator.modelsBuild?.(site) === false) || !generator.isPage(path, site, frontMatter);
}

/** The key's name has `template` as a word of its own (`new_template_template_link`, `pageTemplateUrl`), not `templates`. */
function keyNamesTemplate(key: string): boolean {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^\p{L}\p{N}]+/u).some((part) => part.toLowerCase() === 'template');
}

/**
 * The site's config key that names this page as the template its authors copy: a setting whose name says
 * `template` and whose value is the page's path from the site folder, or a URL whose path ends with it
 * (`new_component_template_link: https://github.com/o/r/blob/main/src/_components/template.md`, shown by the
 * site's layouts as "copy this template"). The site itself says the page is a skeleton; undefined otherwise.
 * Top-level settings and those one level down are read.
 */
export function configNamedTemplate(path: string, site: SiteInfo | undefined): string | undefined {
  if (!site) return undefined;
  const rel = relative(site.root, path).split(sep).join('/');
  if (rel.startsWith('..')) return undefined;
  const names = (value: unknown): boolean => {
    if (typeof value !== 'string') return false;
    const bare = value.replace(/[?#].*$/, '').replace(/^\.?\//, '');
    return bare === rel || bare.endsWith(`/${rel}`);
  };
  for (const [key, value] of Object.entries(site.config)) {
    if (keyNamesTemplate(key) && names(value)) return key;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    for (const [inner, nested] of Object.entries(value as Record<string, unknown>)) {
      if (keyNamesTemplate(inner) && names(nested)) return `${key}.${inner}`;
    }
  }
  return undefined;
}
