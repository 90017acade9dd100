/**
 * The Eleventy templates that render a page (for the ids they write: src/site/template-ids.ts):
 * its layout (front-matter `layout`, else the `layout` of the nearest directory data file,
 * `<folder>/<folder>.11tydata.json|js` or `<folder>/<folder>.json`, read as text), found through
 * the config's `addLayoutAlias` or in the layouts folder (`dir.layouts`, else the includes folder)
 * with or without its extension; that layout's own `layout`; and what their `{% include %}`,
 * `{% extends %}`, `{% import %}`, `{% from %}` and `{% render %}` tags name in the includes folder.
 * A layout postlint cannot find (set in the global data or by code) leaves the templates unknown.
 */
import {basename, dirname, join, sep} from 'node:path';
import {get, isBelow, isFile, readFrontMatterDataSync, readText} from './common.js';
import type {PageFrontMatter, SiteInfo, TemplateModel} from './types.js';

const extensions = ['', '.njk', '.liquid', '.html', '.md', '.11ty.js', '.webc', '.hbs', '.mustache', '.ejs'];
const templateTag = /\{%-?\s*(?:include|extends|import|from|render)\s+(?:"([^"]+)"|'([^']+)')/g;

/** The layout a folder's data file sets for the pages below it, nearest folder first. */
function dataLayout(path: string, input: string): string | undefined {
  for (let dir = dirname(path); dir === input || isBelow(dir, input); dir = dirname(dir)) {
    const name = basename(dir);
    for (const file of [`${name}.11tydata.json`, `${name}.11tydata.js`, `${name}.11tydata.cjs`, `${name}.11tydata.mjs`, `${name}.json`]) {
      const layout = /["']?\blayout["']?\s*:\s*["'`]([^"'`]+)["'`]/.exec(readText(join(dir, file)) ?? '')?.[1];
      if (layout !== undefined) return layout;
    }
    if (dir === input) break;
  }
  return undefined;
}

export function eleventyTemplates(path: string, site: SiteInfo, frontMatter: PageFrontMatter, input: string, includes: string, layoutsDir: string | undefined): TemplateModel {
  const aliases = (site.config.layoutAliases ?? {}) as Record<string, string>;
  const folders = [includes, ...(layoutsDir ? [layoutsDir] : [])].filter((dir) => dir !== input);
  const layoutFile = (name: unknown): string | undefined => {
    if (typeof name !== 'string' || name === '' || name.includes('{{')) return undefined;
    const real = aliases[name] ?? name;
    return [layoutsDir ?? includes, includes].flatMap((dir) => extensions.map((ext) => join(dir, `${real}${ext}`))).find(isFile);
  };
  const data = frontMatter?.data ?? {};
  const named = 'layout' in data ? data.layout : dataLayout(path, input);
  const model: TemplateModel = {
    folders,
    references(text, file) {
      const found: string[] = [];
      if (folders.some((folder) => file.startsWith(folder + sep))) {
        const parent = layoutFile(get(readFrontMatterDataSync(text), 'layout'));
        if (parent) found.push(parent);
      }
      for (const match of text.matchAll(templateTag)) {
        const name = match[1] ?? match[2]!;
        if (name.includes('{{')) continue;
        const hit = [join(includes, name), join(dirname(file), name)].find(isFile);
        if (hit) found.push(hit);
      }
      return found;
    },
  };
  if (named === false || named === null) return {...model, layouts: []};
  const layout = layoutFile(named);
  return layout ? {...model, layouts: [layout]} : model;
}

/** Template languages whose output tags postlint reads (`{{ … }}`, `{% … %}`): Nunjucks and Liquid. */
const readableLayout = /\.(njk|liquid)$/i;
/**
 * `.html` is rendered with the config's `htmlTemplateEngine`: Liquid when unset, else the engine named
 * (`ejs`, `hbs`, `md`, or `false`: none), whose tags postlint may not read.
 */
const readableHtmlEngines = new Set<string | undefined>([undefined, 'liquid', 'njk']);
/** Tags of template languages postlint does not read (EJS `<% %>`, Handlebars' `{{{ }}}`). */
const otherTemplateSyntax = /<%|\{\{\{/;
/** The names through which a layout writes the page's body: `content` (and the collection item's `templateContent`, the source's `rawInput`). */
const bodyName = /\b(?:content|templateContent|rawInput)\b/;
/** Tags that bring in other templates, which see the same data (`content` too). */
const bringsIn = /\{%-?\s*(?:include|extends|import|from|render|macro|call|block)\b/;

/**
 * Why an Eleventy page's body is never shown, if so: its layout writes the page's rendered body only
 * where it outputs `content` (`{{ content | safe }}`); a layout that never names it (a redirect
 * layout: a meta refresh and a link) drops the body. The layout's own layouts get its output as
 * their `content`, not the page's, so the page's direct layout decides. Unknown (undefined) when the
 * layout is not found, is of a template language postlint does not read (an `.html` layout under
 * another `htmlTemplateEngine`, or with `<% %>` or `{{{ }}}` tags, or no tag at all), or brings in other
 * templates (`{% include %}`, `{% extends %}`…), which could write `content`.
 */
export function eleventyLayoutHidesBody(path: string, site: SiteInfo, frontMatter: PageFrontMatter, input: string, includes: string, layoutsDir: string | undefined, htmlEngine?: string | false): string | undefined {
  const layout = eleventyTemplates(path, site, frontMatter, input, includes, layoutsDir).layouts?.[0];
  if (!layout) return undefined;
  const html = /\.html$/i.test(layout);
  if (!(readableLayout.test(layout) || (html && htmlEngine !== false && readableHtmlEngines.has(htmlEngine)))) return undefined;
  const text = readText(layout);
  if (text === undefined || bringsIn.test(text) || otherTemplateSyntax.test(text)) return undefined;
  // The layout's template text: its own front matter aside; only what is inside its tags is code.
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  // An `.html` layout with no Liquid or Nunjucks tag at all may be some other engine's: unknown.
  if (html && !/\{\{|\{%/.test(body)) return undefined;
  for (const tag of body.matchAll(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g)) if (bodyName.test(tag[0])) return undefined;
  return `its layout ${basename(layout)} never outputs \`content\`: Eleventy shows none of the page's body`;
}
