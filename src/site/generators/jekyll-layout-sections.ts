/**
 * A Jekyll layout that assembles a page from includes its front matter lists: a Liquid loop over a
 * list of the page (`{% for section in page.sections %}`) whose body includes each item
 * (`{% include {{ section }} %}`). Liquid runs the loop with the page's own list, so each named
 * file of the includes folder is rendered on that page, before or after `{{ content }}` as the loop
 * is placed in the layout (jekyll/jekyll lib/jekyll/tags/include.rb: the tag's path is rendered
 * from its variables, then read from `includes_dir`). The page then holds every listed file's ids,
 * and their links are read from its URL. Each part goes through `markdownify` by itself, so its heading
 * ids are numbered apart from the other parts' (kramdown's auto ids are unique per conversion). Other shapes (a filter on the item, a path built around it,
 * a list of another object) are not read: the page's includes stay those its own text names.
 */
import {basename, dirname, resolve} from 'node:path';
import type {IncludeFact} from '../../facts.js';
import {readSmallFileIfAny} from '../../read-text.js';
import {jekyllTemplates} from './jekyll-layouts.js';
import {configFolder} from './common.js';
import type {LayoutIncludes, PageFrontMatter, SiteInfo} from './types.js';

const forLoop = /\{%-?\s*for\s+([\w-]+)\s+in\s+page\.([\w-]+)\s*-?%\}([\s\S]*?)\{%-?\s*endfor\s*-?%\}/g;
const content = /\{\{-?\s*content\s*-?\}\}/;

/** A page's front-matter lists of strings, by key: none, and no layout is read. */
function stringLists(frontMatter: PageFrontMatter): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const [key, value] of Object.entries(frontMatter?.data ?? {})) {
    if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) lists.set(key, value as string[]);
  }
  return lists;
}

/** Does the loop's body include its item as the whole path (`{% include {{ section }} %}`, also inside a capture)? */
function includesItem(body: string, item: string): boolean {
  const name = item.replace(/-/g, '\\-');
  return new RegExp(`\\{%-?\\s*include(?:_cached)?\\s+\\{\\{-?\\s*${name}\\s*-?\\}\\}\\s*-?%\\}`).test(body);
}

/** An include tag in the loop's body whose path is made from the item in another way (`{{ section | append: ".md" }}`, `parts/{{ section }}`), as written. */
function includesItemOtherwise(body: string, item: string): string | undefined {
  const name = item.replace(/-/g, '\\-');
  return new RegExp(`\\{%-?\\s*include(?:_cached)?\\s+([^%]*\\{\\{-?\\s*${name}\\b[^%]*?)\\s*-?%\\}`).exec(body)?.[1]?.trim();
}

/**
 * The includes the page's layouts make from its front-matter lists, as `{% include %}` facts of the
 * page (`liquid`, resolved from the includes folder): line 1 when the loop comes before the layout's
 * `{{ content }}`, past the page's end when after it. `unread` says why a loop that includes the list's
 * items some other way is not read (which files it renders there only the build knows). Undefined when
 * no layout of the page has such a loop.
 */
export function layoutSectionIncludes(path: string, site: SiteInfo, frontMatter: PageFrontMatter, source: string): LayoutIncludes | undefined {
  const lists = stringLists(frontMatter);
  if (lists.size === 0) return undefined;
  const model = jekyllTemplates(path, site, frontMatter, source);
  const made: IncludeFact[] = [];
  let unread: string | undefined;
  const seen = new Set<string>();
  // The page's layout, then the layout that wraps it, and so on (a layout's parent sits in its folder).
  for (let layout = model.layouts?.[0]; layout !== undefined && !seen.has(layout); ) {
    seen.add(layout);
    const text = readSmallFileIfAny(layout);
    if (text === undefined) break;
    const contentAt = text.search(content);
    for (const match of text.matchAll(forLoop)) {
      const list = lists.get(match[2]!);
      if (!list) continue;
      // Liquid only: a layout's include is not converted; only `markdownify` turns a Markdown part into HTML with ids.
      if (includesItem(match[3]!, match[1]!) && !/\|\s*markdownify\b/.test(match[3]!)) {
        unread ??= `the layout ${basename(layout)} includes each item of a page's front-matter list "${match[2]}" without converting it (no markdownify): what its Markdown becomes only the build knows`;
        continue;
      }
      if (!includesItem(match[3]!, match[1]!)) {
        const written = includesItemOtherwise(match[3]!, match[1]!);
        unread ??= written === undefined ? undefined : `the layout ${basename(layout)} includes each item of a page's front-matter list "${match[2]}" as {% include ${written} %}, template code postlint does not read: which files it puts on which page only the build knows`;
        continue;
      }
      const line = contentAt !== -1 && match.index > contentAt ? Number.MAX_SAFE_INTEGER : 1;
      for (const item of list) made.push({path: item.trim(), kind: 'liquid', line, column: 1, convertedAlone: true});
    }
    const parent = model.references(text, layout)[0];
    layout = parent !== undefined && dirname(parent) === dirname(layout) ? parent : undefined;
  }
  if (made.length === 0 && unread === undefined) return undefined;
  return {includes: made, ...(unread === undefined ? {} : {unread: {reason: unread, folder: resolve(source, configFolder(site.config, 'includes_dir', '_includes'))}})};
}
