/**
 * A Jekyll layout that assembles a page from includes its front matter lists: a Liquid loop over a
 * list of the page (`{% for section in page.sections %}`) whose body includes each item
 * (`{% include {{ section }} %}`). Liquid runs the loop with the page's own list, so each named file
 * of the includes folder is rendered on that page (jekyll/jekyll lib/jekyll/tags/include.rb: the tag's
 * path is rendered from its variables, then read from `includes_dir`). The page then holds every
 * listed file's ids, and their links are read from its URL. A layout is Liquid only: each part becomes
 * HTML through `markdownify`, by itself, so its heading ids are numbered apart from the other parts'
 * (kramdown's auto ids are unique per conversion). Other shapes (a filter on the item, a path built
 * around it, no `markdownify`) are not read, and said so (`unread`).
 */
import {basename, dirname, resolve, sep} from 'node:path';
import type {IncludeFact} from '../../facts.js';
import {readSmallFileIfAny} from '../../read-text.js';
import {jekyllTemplates} from './jekyll-layouts.js';
import {configFolder} from './common.js';
import type {LayoutIncludes, PageFrontMatter, SiteInfo} from './types.js';

const forOpen = /\{%-?\s*for\s+([\w-]+)\s+in\s+page\.([\w-]+)\s*-?%\}/g;
/** The next loop tag (a loop's end, or another loop opening inside it): where the loop's own text stops. */
const loopTag = /\{%-?\s*(?:end)?for\b/g;

/**
 * The layout's loops over a page list: the item's name, the list's key and the loop's text up to its `endfor`.
 * Read once, in linear time: a loop's text stops at the next loop tag (an unclosed loop is not matched to the
 * end of the text, again for each one); a loop with no `endfor` after it is none.
 */
function pageListLoops(text: string): Array<[string, string, string]> {
  const loops: Array<[string, string, string]> = [];
  for (const open of text.matchAll(forOpen)) {
    loopTag.lastIndex = open.index + open[0].length;
    const next = loopTag.exec(text);
    if (next === null) break;
    if (next[0].includes('endfor')) loops.push([open[1]!, open[2]!, text.slice(open.index + open[0].length, next.index)]);
  }
  return loops;
}

/** A page's front-matter lists of strings, by key: none, and no layout is read. */
function stringLists(frontMatter: PageFrontMatter): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const [key, value] of Object.entries(frontMatter?.data ?? {})) {
    if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) lists.set(key, value as string[]);
  }
  return lists;
}

/** Where the page's front matter lists the item (its line and column, for messages); line 1 when not found as written. */
function itemPlace(lines: string[], item: string): {line: number; column: number} {
  const end = lines.indexOf('---', 1);
  for (let at = 1; at < (end === -1 ? lines.length : end); at++) {
    const column = lines[at]!.indexOf(item);
    if (column !== -1 && /^\s*-\s/.test(lines[at]!)) return {line: at + 1, column: column + 1};
  }
  return {line: 1, column: 1};
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
 * The fixed text around the item in an include path built from it (`widgets/{{ w }}.html`, `{{ w | append: ".html" }}`):
 * every file the loop can include starts with the prefix and ends with the suffix. Undefined when other filters
 * or variables may change either end (or the prefix leaves the folder): then any file of the folder may be included.
 */
function pathShape(written: string, item: string, folder: string): {prefix: string; suffix: string} | undefined {
  const name = item.replace(/-/g, '\\-');
  const match = new RegExp(`^([^{}\\s]*)\\{\\{-?\\s*${name}\\s*((?:\\|\\s*append:\\s*(?:"[^"{}]*"|'[^'{}]*')\\s*)*)-?\\}\\}([^{}\\s]*)$`).exec(written);
  if (!match || match[1]!.split('/').includes('..')) return undefined;
  const appended = [...match[2]!.matchAll(/append:\s*(?:"([^"]*)"|'([^']*)')/g)].map((each) => each[1] ?? each[2]!).join('');
  return {prefix: folder + sep + match[1]!.replace(/\//g, sep), suffix: appended + match[3]!};
}

/**
 * The includes the page's layouts make from its front-matter lists, as `{% include %}` facts of the
 * page (`liquid`, resolved from the includes folder), placed where the front matter lists them. `unread` says why a loop that includes the list's
 * items some other way is not read (which files it renders there only the build knows). Undefined when
 * no layout of the page has such a loop.
 */
export function layoutSectionIncludes(path: string, site: SiteInfo, frontMatter: PageFrontMatter, source: string): LayoutIncludes | undefined {
  const lists = stringLists(frontMatter);
  if (lists.size === 0) return undefined;
  const model = jekyllTemplates(path, site, frontMatter, source);
  const pageLines = (readSmallFileIfAny(path) ?? '').split(/\r?\n/);
  const made: IncludeFact[] = [];
  let unread: string | undefined;
  // The files a loop without markdownify names: unconverted on their pages, while the folder's other files are not on them.
  let unconverted: string[] | undefined;
  let shape: {prefix: string; suffix: string} | undefined;
  const folder = resolve(source, configFolder(site.config, 'includes_dir', '_includes'));
  const seen = new Set<string>();
  // The page's layout, then the layout that wraps it, and so on (a layout's parent sits in its folder).
  for (let layout = model.layouts?.[0]; layout !== undefined && !seen.has(layout); ) {
    seen.add(layout);
    const text = readSmallFileIfAny(layout);
    if (text === undefined) break;
    for (const [itemName, key, body] of pageListLoops(text)) {
      const list = lists.get(key);
      if (!list) continue;
      // Liquid only: a layout's include is not converted; only `markdownify` turns a Markdown part into HTML with ids.
      if (includesItem(body, itemName) && !/\|\s*markdownify\b/.test(body)) {
        if (unread === undefined) {
          unread = `the layout ${basename(layout)} includes each item of a page's front-matter list "${key}" without converting it (no markdownify): what its Markdown becomes only the build knows`;
          unconverted = list.map((item) => item.trim());
        }
        continue;
      }
      if (!includesItem(body, itemName)) {
        const written = includesItemOtherwise(body, itemName);
        if (unread === undefined && written !== undefined) {
          unread = `the layout ${basename(layout)} includes each item of a page's front-matter list "${key}" as {% include ${written} %}, template code postlint does not read: which files it puts on which page only the build knows`;
          shape = pathShape(written, itemName, folder);
        }
        continue;
      }
      for (const item of list) made.push({path: item.trim(), kind: 'liquid', ...itemPlace(pageLines, item), convertedAlone: true});
    }
    const parent = model.references(text, layout)[0];
    layout = parent !== undefined && dirname(parent) === dirname(layout) ? parent : undefined;
  }
  if (made.length === 0 && unread === undefined) return undefined;
  const files = unconverted?.map((item) => resolve(folder, item));
  return {includes: made, ...(unread === undefined ? {} : {unread: {reason: unread, folder, ...(files ? {files} : {}), ...(shape ? {shape} : {})}})};
}
