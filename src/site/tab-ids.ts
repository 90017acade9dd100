/**
 * The ids pymdownx.tabbed gives content tabs (facelessuser/pymdown-extensions pymdownx/tabbed.py).
 * Without its `slugify` option a tab's radio input has `__tabbed_<set>_<tab>` (TabbedProcessor).
 * With one, TabbedTreeprocessor ids every tab after the headings have theirs: the label's text
 * slugified, after the set's heading's id and `separator` when `combine_header_slug` is on
 * (get_parent_header_slug), made unique among the page's ids as Python-Markdown's toc does (`_1`,
 * `_2`, …), tabs in page order. The `__tabbed_` ids are then not written at all.
 */
import {mkdocsSlugify} from './slug/mkdocs.js';

/** A site's pymdownx.tabbed id settings (read from mkdocs.yml by the MkDocs module). */
export interface TabIdOptions {
  /** pymdownx.slugs.slugify's keywords, or Python-Markdown toc's slugify (`toc`, `toc-unicode`). */
  slugify: {case: 'none' | 'lower' | 'lower-ascii' | 'fold'; percentEncode: boolean; normalize: 'NFC' | 'NFD' | 'NFKC' | 'NFKD'} | 'toc' | 'toc-unicode';
  combineHeaderSlug: boolean;
  separator: string;
}

export function isTabIdOptions(value: unknown): value is TabIdOptions {
  return typeof value === 'object' && value !== null && 'slugify' in value && 'separator' in value;
}

/**
 * The name of a `slugify` postlint cannot run (`{unknown: 'my_module.slugify'}` in the flavor's
 * `tabs` option), if so: the tabs then have ids (pymdownx.tabbed writes no `__tabbed_` ones once a
 * slugify is set) that only that function knows.
 */
export function unknownTabSlugify(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && 'unknown' in value && typeof value.unknown === 'string' ? value.unknown : undefined;
}

const tags = /<\/?[^>]*>/g;
// Python's `\w` on str: letters, numbers, `_`.
const notSlugChar = /[^\p{L}\p{N}_\- ]/gu;

/** pymdownx.slugs `_uslugify`: normalized, tags stripped, trimmed, cased, non-word characters dropped, each space the separator. */
export function pymdownxSlugify(text: string, separator: string, options: Exclude<TabIdOptions['slugify'], string>): string {
  let slug = text.normalize(options.normalize).replace(tags, '').trim();
  if (options.case === 'lower') slug = slug.toLowerCase();
  else if (options.case === 'lower-ascii') slug = slug.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  // casefold: lower case, with the folds lower() does not make (ß → ss).
  else if (options.case === 'fold') slug = slug.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
  slug = slug.replace(notSlugChar, '').replace(/ /g, separator);
  return options.percentEncode ? encodeURIComponent(slug) : slug;
}

function slugify(text: string, options: TabIdOptions): string {
  if (options.slugify === 'toc' || options.slugify === 'toc-unicode') {
    const slug = mkdocsSlugify(text, options.slugify === 'toc-unicode');
    return options.separator === '-' ? slug : slug.replace(/-/g, options.separator);
  }
  return pymdownxSlugify(text, options.separator, options.slugify);
}

/** Python-Markdown toc `unique`: `_1` added, or an `_<n>` ending counted up, until the id is free; the id is taken. */
function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  while (taken.has(unique) || unique === '') {
    const numbered = /^(.*)_([0-9]+)$/s.exec(unique);
    unique = numbered ? `${numbered[1]}_${Number(numbered[2]) + 1}` : `${unique}_1`;
  }
  taken.add(unique);
  return unique;
}

/** The id of each tab, in page order: `headingId(i)` is the id of the page's i-th heading, `taken` the ids the page has before the tabs get theirs. */
export function tabIds(tabs: ReadonlyArray<{title: string; set: number; tab: number; under?: number}>, options: TabIdOptions | undefined, headingId: (index: number) => string | undefined, taken: Set<string>): string[] {
  if (!options) return tabs.map((tab) => `__tabbed_${tab.set}_${tab.tab}`);
  return tabs.map((tab) => {
    const parent = options.combineHeaderSlug && tab.under !== undefined ? headingId(tab.under) ?? '' : '';
    const slug = slugify(tab.title, options);
    return uniqueId(parent ? `${parent}${options.separator}${slug}` : slug, taken);
  });
}
