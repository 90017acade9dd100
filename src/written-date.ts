import {basename, dirname} from 'node:path';

/**
 * The day a page says it was written (`YYYY-MM-DD`), or undefined: the front-matter date the
 * generators read (`date`; Hugo's `publishDate` and its aliases, Astro's `pubDate`), else a date
 * its file name starts with (Jekyll posts, Eleventy, Docusaurus blog posts: `2016-01-15-title.md`)
 * or, for a page bundle (`2016-01-15-title/index.md`), its folder's name. Only the day is read: a
 * time or an offset is not needed to tell which year a name was written in.
 */
export function writtenDay(path: string, data: Record<string, unknown> | undefined): string | undefined {
  for (const key of dateKeys) {
    const day = dayOf(data?.[key]);
    if (day !== undefined) return day;
  }
  const name = basename(path);
  return leadingDay(name) ?? (/^(?:index|_index|README)\./i.test(name) ? leadingDay(basename(dirname(path))) : undefined);
}

const dateKeys = ['date', 'publishDate', 'pubDate', 'pubdate', 'published'];

function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return typeof value === 'string' ? leadingDay(value.trim()) : undefined;
}

/** `2016-1-5 10:00` → `2016-01-05` (YAML 1.1 timestamps may have one-digit months and days); the day must exist. */
function leadingDay(text: string): string | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
