/**
 * Hugo permalink patterns (`permalinks: {blog: "/:section/:year/:month/:slug/"}`, or the same
 * under `permalinks.page`), as gohugo.io content-management/urls describes them and
 * resources/page/permalinks.go expands them. A regular page of the section is served at the
 * pattern with its tokens filled in from the page; the browser reads a relative image in a
 * non-bundle page from that URL, so `../../../../img/x.png` in `/blog/2021/01/hello/` is `/img/x.png`.
 *
 * Only tokens whose value postlint reads exactly are expanded: the date's parts (`:year`,
 * `:month`, `:monthname`, `:day`, `:weekday`, `:weekdayname`, `:yearday`, a Go layout of the date
 * such as `:06` or `:Jan`) from the page's date as Hugo reads it (hugoPageDay: the site's date
 * sources, the day as written in its own offset), the section path, the file name, and the slug
 * or title through Hugo's path sanitising. Any other token, a date postlint cannot read (`:git`),
 * a time of day, or a pattern that does not end in `/` gives no URL ("only the build knows").
 */
import {basename, dirname} from 'node:path';
import {get, isObject} from './common.js';
import {dateSources} from './hugo-dates.js';
import {hugoSanitize} from './hugo-path-sanitize.js';
import type {SiteInfo} from './types.js';

/** The permalink pattern for regular pages of a top-level section, if the site sets one. */
export function permalinkPattern(site: SiteInfo, section: string): unknown {
  const table = get(site.config, 'permalinks');
  if (!isObject(table)) return undefined;
  const page = get(table, 'page');
  return (isObject(page) ? get(page, section) : undefined) ?? get(table, section);
}

interface PageParts {
  /** Content path below the content root, `/` separated (`blog/2021-01-06-update.md`). */
  rel: string;
  data: Record<string, unknown>;
  /** The page's date as Hugo reads it (year, month, day in the date's own offset), when postlint knows it. */
  date?: PageDay;
  /** The slug the `:filename` date source leaves when the front matter sets none (`2021-01-06-update.md` → `update`). */
  nameSlug?: string;
}

/** A page's date: its day, as written. */
export interface PageDay {
  year: number;
  month: number;
  day: number;
}

/** Where postlint reads a page's date from: its fields, the file's name, and the text of a field's line (for a TOML date). */
export interface DateInput {
  path: string;
  data: Record<string, unknown>;
  /** The text of a front-matter field's line, for a date the parser kept only as an instant (TOML's offset date-times). */
  fieldLine?: (key: string) => string | undefined;
  site: SiteInfo | undefined;
}

const leadingDay = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

function dayOf(match: RegExpExecArray | null): PageDay | undefined {
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? {year, month, day} : undefined;
}

/**
 * The page's `date` as Hugo reads it for a permalink (`p.Date()`, in the offset it was written
 * in): the first of the site's date sources that the page has (hugo-dates.ts: `date`,
 * `publishDate`, … read without regard to case; `:filename` a leading `2021-01-06-`), with the
 * slug `:filename` leaves. Undefined when the first one present is not a date postlint reads
 * exactly (`:git`, `:fileModTime`, a date it cannot parse); `day` undefined when no source has one.
 */
export function hugoPageDay(input: DateInput): {known: boolean; day?: PageDay; nameSlug?: string} {
  const keys = new Map(Object.entries(input.data).map(([key, value]) => [key.toLowerCase(), [key, value] as const]));
  for (const source of dateSources('date', input.site)) {
    if (source === ':filename') {
      const name = basename(input.path).replace(/\.(md|markdown)$/i, '');
      const own = /^_?index(?:\.|$)/.test(name) ? basename(dirname(input.path)) : name;
      const day = dayOf(leadingDay.exec(own));
      if (!day) continue;
      const rest = own.slice(10).replace(/^[-_]/, '').replace(/\.[a-z]{2,3}(?:-[a-z]+)?$/i, '');
      return {known: true, day, ...(rest !== '' ? {nameSlug: rest} : {})};
    }
    if (source.startsWith(':')) return {known: false};
    const found = keys.get(source);
    if (!found || found[1] === '' || found[1] === null || found[1] === undefined) continue;
    const [key, value] = found;
    if (typeof value === 'string') {
      const day = dayOf(leadingDay.exec(value.trim()));
      return day ? {known: true, day} : {known: false};
    }
    if (value instanceof Date) {
      // TOML's offset date-time arrives as an instant: its day is the one written (`2019-08-13T23:30:00-07:00` is the 13th).
      const line = input.fieldLine?.(key);
      const written = line === undefined ? null : /=\s*(\d{4})-(\d{2})-(\d{2})/.exec(line);
      const day = dayOf(written);
      return day ? {known: true, day} : {known: false};
    }
    return {known: false};
  }
  return {known: true};
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function weekday(date: PageDay): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

function yearday(date: PageDay): number {
  return Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(date.year, 0, 1)) / 86_400_000) + 1;
}

const two = (value: number): string => String(value).padStart(2, '0');

/**
 * A Go time layout of the date alone (`:06`, `:2006_01_02`, `:Jan`: permalinks.go reads any
 * attribute that formats the reference time differently as one), formatted as Go's time package
 * does; undefined for a layout with a part of the time of day (an hour, minutes, a zone), which
 * postlint does not take from the page, or none at all (then it is no attribute Hugo knows).
 */
export function goDateLayout(layout: string, date: PageDay): string | undefined {
  let out = '';
  let dated = false;
  for (let i = 0; i < layout.length; ) {
    const rest = layout.slice(i);
    const token = /^(?:January|Jan|Monday|Mon|MST|_2006|2006|002|01|02|03|04|05|06|15|__2|_2|PM|pm|Z07|1|2|3|4|5)/.exec(rest)?.[0];
    if (token === undefined) {
      out += layout[i];
      i++;
      continue;
    }
    i += token.length;
    dated = true;
    switch (token) {
      case 'January': out += monthNames[date.month - 1]; break;
      case 'Jan': out += monthNames[date.month - 1]!.slice(0, 3); break;
      case 'Monday': out += weekdayNames[weekday(date)]; break;
      case 'Mon': out += weekdayNames[weekday(date)]!.slice(0, 3); break;
      case '2006': out += String(date.year).padStart(4, '0'); break;
      // `_2006` is a literal `_` and the year, not `_2` and `006`.
      case '_2006': out += `_${String(date.year).padStart(4, '0')}`; break;
      case '06': out += two(date.year % 100); break;
      case '01': out += two(date.month); break;
      case '1': out += String(date.month); break;
      case '02': out += two(date.day); break;
      case '2': out += String(date.day); break;
      case '_2': out += String(date.day).padStart(2, ' '); break;
      case '002': out += String(yearday(date)).padStart(3, '0'); break;
      case '__2': out += String(yearday(date)).padStart(3, ' '); break;
      // An hour, minutes, seconds, AM/PM or a zone: the time of day, which postlint does not read.
      default: return undefined;
    }
  }
  return dated ? out : undefined;
}

const dateTokens = new Set(['year', 'month', 'monthname', 'day', 'weekday', 'weekdayname', 'yearday']);

function token(name: string, parts: PageParts): string | undefined {
  const folders = dirname(parts.rel) === '.' ? [] : dirname(parts.rel).split('/');
  const own = basename(parts.rel).replace(/\.(md|markdown)$/i, '').replace(/\.[a-z]{2,3}(?:-[a-z]+)?$/i, '');
  // A bundle (`tinypilot/index.md`) is named by its folder: `:filename`, `:contentbasename` and
  // their slug forms give `tinypilot` (permalinks.go pageToPermalinkFilename; paths.Path
  // BaseNameNoIdentifier "for bundles … the containing directory's name"), urlized.
  const bundle = own === 'index' || own === '_index';
  const named = bundle ? folders.at(-1) : own;
  const file = named === undefined ? undefined : hugoSanitize(named);
  const written = Object.entries(parts.data).find(([key]) => key.toLowerCase() === 'slug')?.[1];
  const slugText = typeof written === 'string' && written.trim() !== '' ? written : parts.nameSlug;
  const slug = slugText === undefined ? undefined : hugoSanitize(slugText);
  const title = typeof get(parts.data, 'title') === 'string' ? hugoSanitize(get(parts.data, 'title') as string) : undefined;
  const date = parts.date;
  if (dateTokens.has(name) && !date) return undefined;
  switch (name) {
    case 'year': return String(date!.year);
    case 'month': return two(date!.month);
    case 'monthname': return monthNames[date!.month - 1];
    case 'day': return two(date!.day);
    case 'weekday': return String(weekday(date!));
    case 'weekdayname': return weekdayNames[weekday(date!)];
    case 'yearday': return String(yearday(date!));
    case 'section': return folders[0];
    // A leaf bundle's folder is the page, not a section: its sections are those above it.
    case 'sections': {
      const sections = own === 'index' ? folders.slice(0, -1) : folders;
      return sections.length > 0 ? sections.join('/') : undefined;
    }
    case 'filename':
    case 'contentbasename': return file;
    case 'slugorfilename':
    case 'slugorcontentbasename': return slug ?? file;
    case 'slug': return slug ?? title;
    case 'title': return title;
    // Any other attribute that formats the reference time differently is a Go date layout (permalinks.go callback).
    default: return date ? goDateLayout(name, date) : undefined;
  }
}

/**
 * The URL a regular page gets from a permalink pattern; undefined when a token is not one postlint
 * reads exactly. `lower`: Hugo lowercases the path unless `disablePathToLower`.
 * A pattern whose last part has no extension is a folder all the same: Hugo writes the page as its
 * `index.html` and links it with a slash (resources/page/page_paths.go, CreateTargetPaths), after
 * dropping the characters its path sanitizer does not keep (common/paths Sanitize: hugo-path-sanitize.ts).
 * `\:` is a colon written as it is (permalinks.go normalizeEscapeSequencesIn).
 */
export function permalinkUrl(pattern: string, rel: string, data: Record<string, unknown>, lower: boolean, dated: {day?: PageDay; nameSlug?: string} = {}): string | undefined {
  if (!pattern.endsWith('/')) {
    if (/\.[^/]*$/.test(pattern)) return undefined;
    pattern = `${pattern}/`;
  }
  const parts: PageParts = {rel, data, ...(dated.day ? {date: dated.day} : {}), ...(dated.nameSlug !== undefined ? {nameSlug: dated.nameSlug} : {})};
  let unknown = false;
  const colon = '\u0000';
  const url = pattern.replace(/\\:/g, colon).replace(/:(\w+)(\[[^\]]*\])?/g, (_whole, name: string, slice: string | undefined) => {
    const value = slice ? undefined : token(name, parts);
    if (value === undefined || value === '') unknown = true;
    return value ?? '';
  }).replaceAll(colon, ':');
  if (unknown) return undefined;
  const path = `/${hugoSanitize(url).replace(/^\/+/, '').replace(/\/{2,}/g, '/')}`;
  return lower ? path.toLowerCase() : path;
}

