/**
 * Where Hugo takes a page's dates from (gohugo.io configuration/front-matter, "Dates"): by default
 * `date` is the first of date, publishdate, pubdate, published, lastmod, modified, and
 * `publishDate` the first of publishdate, pubdate, published, date; a site's `[frontmatter]` table
 * replaces a list, where `:default` stands for the default list, `:filename` for a leading
 * `2020-01-02-` in the file name, and `:git` / `:fileModTime` for dates postlint takes as given.
 * Keys are read without regard to case.
 */
import {basename} from 'node:path';
import {isHugoDate} from '../../dates.js';
import {castReadsNamedDate} from './hugo-cast.js';
import {get, isObject} from './common.js';
import type {SiteInfo} from './types.js';

const defaultLists: Record<string, string[]> = {
  date: ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified'],
  publishdate: ['publishdate', 'pubdate', 'published', 'date'],
  lastmod: [':git', 'lastmod', 'modified', 'date', 'publishdate', 'pubdate', 'published'],
  expirydate: ['expirydate', 'unpublishdate'],
};

/** The sources of one of Hugo's dates (`date`, `publishDate`, `lastmod`, `expiryDate`) on this site, lower-cased. */
export function dateSources(which: string, site: SiteInfo | undefined): string[] {
  const fallback = defaultLists[which] ?? [];
  const config = get(site?.config, 'frontmatter');
  const entry = isObject(config) ? Object.entries(config).find(([key]) => key.toLowerCase() === which)?.[1] : undefined;
  const list = Array.isArray(entry) ? entry.filter((item): item is string => typeof item === 'string') : typeof entry === 'string' ? [entry] : undefined;
  if (!list) return fallback;
  return list.flatMap((item) => (item.toLowerCase() === ':default' ? fallback : [item.toLowerCase()]));
}

/** Every front-matter key Hugo reads as a date on this site. */
export function hugoReadsAsDate(field: string, site: SiteInfo | undefined): boolean {
  const key = field.toLowerCase();
  return Object.keys(defaultLists).some((which) => which === key || dateSources(which, site).includes(key));
}

/** Where Hugo takes the page's `date` from when the `date` key itself is absent, if anywhere. */
export function hugoDateFrom(path: string, data: Record<string, unknown>, site: SiteInfo | undefined): string | undefined {
  const keys = new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), [key, value] as const]));
  for (const source of dateSources('date', site)) {
    if (source === ':filename' && /^\d{4}-\d{2}-\d{2}/.test(basename(path))) return 'the date at the start of its file name (`:filename`)';
    if (source === ':git' || source === ':filemodtime') return `Hugo's \`${source}\` date source (the site's [frontmatter] date)`;
    const found = keys.get(source);
    if (found && found[1] !== '' && found[1] !== null && hugoReadsDate(found[1])) return `its \`${found[0]}\` field, which Hugo reads as the page's date`;
  }
  return undefined;
}

/** Does Hugo read this front-matter value as a date (cast.ToTimeE: the ISO and RFC forms, and the named layouts of hugo-cast.ts)? */
export function hugoReadsDate(value: unknown): boolean {
  return isHugoDate(value) || castReadsNamedDate(value);
}
