/**
 * The Eleventy templates that render a page (for the ids they write: src/site/template-ids.ts):
 * its layout (front-matter `layout`, else the `layout` of the nearest directory data file,
 * `<folder>/<folder>.11tydata.json|js` or `<folder>/<folder>.json`, read as text), found through
 * the config's `addLayoutAlias` or in the layouts folder (`dir.layouts`, else the includes folder)
 * with or without its extension; that layout's own `layout`; and what their `{% include %}`,
 * `{% extends %}`, `{% import %}`, `{% from %}` and `{% render %}` tags name in the includes folder.
 * A layout postlint cannot find (set in the global data or by code) leaves the templates unknown.
 */
import {basename, dirname, join, relative, sep} from 'node:path';
import {get, isBelow, isFile, readFrontMatterDataSync, readText} from './common.js';
import {allBelow, installedVersion, nearestDeclaredRange} from './package-version.js';
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
  const names = eleventyThreeOrLater(site.root) ? bodyNames : [...bodyNames, ...olderBodyNames];
  model.body = {
    names: new RegExp(`^\\{\\{-?\\s*(?:${names.join('|')})\\b`),
    // A layout that extends another (`{% extends %}`) places its blocks in that one's text: not read here.
    readable: (file, text) => readsLayout(file, text, site.config.htmlTemplateEngine as string | false | undefined) && !/\{%-?\s*extends\b/.test(text),
    parent: (text, file) => (folders.some((folder) => file.startsWith(folder + sep)) ? layoutFile(get(readFrontMatterDataSync(text), 'layout')) : undefined),
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
/**
 * The names through which a layout writes the page's body: `content` (and the collection item's
 * `templateContent`, the source's `rawInput`), and in Eleventy 0.x–2.x `layoutContent` too: its
 * TemplateLayout.augmentDataWithContent sets `data.layoutContent = templateContent` beside
 * `data.content` (11ty/eleventy v2.0.1 src/TemplateLayout.js, test "One Layout (using
 * layoutContent)"; `_layoutContent` before 2.0.0-beta.1), removed in 3.0.0-alpha.1 (commit
 * d75f44c "Removes old layoutContent prop").
 */
const bodyNames = ['content', 'templateContent', 'rawInput'];
const olderBodyNames = ['layoutContent', '_layoutContent'];
/** Tags that bring in other templates, which see the same data (`content` too). */
export const bringsIn = /\{%-?\s*(?:include|extends|import|from|render|macro|call|block|layout)\b/;
/**
 * Nunjucks' and Liquid's own tags, which output nothing of the page's body unless they name it. Any
 * other tag is a shortcode (the Render plugin's `renderFile`, a site's own): code that may write the body.
 */
export const ownTags = new Set(['if', 'elif', 'elsif', 'else', 'endif', 'unless', 'endunless', 'for', 'endfor', 'set', 'endset', 'assign', 'capture', 'endcapture', 'raw', 'endraw', 'comment', 'endcomment', 'case', 'when', 'endcase', 'switch', 'endswitch', 'cycle', 'increment', 'decrement', 'break', 'continue', 'liquid', 'echo', 'filter', 'endfilter', 'tablerow', 'endtablerow', 'ifchanged', 'endifchanged', 'asyncEach', 'endeach', 'asyncAll', 'endall', 'ifAsync']);

/** Is the layout of a template language postlint reads: Nunjucks, Liquid, or `.html` under one of them, with no other engine's tags? */
export function readsLayout(file: string, text: string, htmlEngine: string | false | undefined): boolean {
  const html = /\.html$/i.test(file);
  return (readableLayout.test(file) || (html && htmlEngine !== false && readableHtmlEngines.has(htmlEngine))) && !otherTemplateSyntax.test(text);
}

/**
 * Whether the site's Eleventy is 3.0 or later for sure (installed, else the range package.json
 * declares): only then is `layoutContent` no name of the body. Unknown counts as older.
 */
function eleventyThreeOrLater(root: string): boolean {
  const installed = installedVersion(root, '@11ty/eleventy');
  const range = installed ?? nearestDeclaredRange(root, '@11ty/eleventy');
  return range !== undefined && allBelow(range, '3.0.0-alpha.1') === false;
}

/**
 * Why an Eleventy page's body is never shown, if so: its layout writes the page's rendered body only
 * where it outputs `content` (`{{ content | safe }}`, or `layoutContent` before Eleventy 3); a layout
 * that never names it (a redirect layout: a meta refresh and a link) drops the body. The layout's own
 * layouts get its output as their `content`, not the page's, so the page's direct layout decides.
 * Hiding needs proof: unknown (undefined) when the layout is not found, is of a template language
 * postlint does not read (an `.html` layout under another `htmlTemplateEngine`, or with `<% %>` or
 * `{{{ }}}` tags, or no tag at all), brings in other templates (`{% include %}`, `{% extends %}`…)
 * or runs a shortcode (any tag not Nunjucks' or Liquid's own), any of which could write `content`.
 */
export function eleventyLayoutHidesBody(path: string, site: SiteInfo, frontMatter: PageFrontMatter, input: string, includes: string, layoutsDir: string | undefined, htmlEngine?: string | false): string | undefined {
  const layout = eleventyTemplates(path, site, frontMatter, input, includes, layoutsDir).layouts?.[0];
  if (!layout) return undefined;
  const html = /\.html$/i.test(layout);
  const text = readText(layout);
  if (text === undefined || !readsLayout(layout, text, htmlEngine) || bringsIn.test(text)) return undefined;
  // The layout's template text: its own front matter aside; only what is inside its tags is code.
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  // An `.html` layout with no Liquid or Nunjucks tag at all may be some other engine's: unknown.
  if (html && !/\{\{|\{%/.test(body)) return undefined;
  const names = eleventyThreeOrLater(site.root) ? bodyNames : [...bodyNames, ...olderBodyNames];
  const bodyName = new RegExp(`\\b(?:${names.join('|')})\\b`);
  for (const tag of body.matchAll(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g)) {
    if (bodyName.test(tag[0])) return undefined;
    const name = /^\{%-?\s*([\w-]+)/.exec(tag[0])?.[1];
    if (name !== undefined && !ownTags.has(name)) return undefined;
  }
  return `its layout ${relative(site.root, layout)} never outputs \`content\`: Eleventy shows none of the page's body`;
}
