/**
 * Front-matter dates as Jekyll reads the ones YAML leaves as strings. Psych makes a Time only of a
 * YAML 1.1 timestamp (common.ts, `readsYamlTimestamp`); any other value of `date` Jekyll passes to
 * Ruby's `Time.parse` (jekyll lib/jekyll/utils.rb `parse_date`, called from document.rb
 * `merge_date!`), which fails the build ("Invalid date … could not be parsed") only when it finds no
 * date at all or a field out of range.
 *
 * `Time.parse` is `Date._parse` (ruby/date ext/date/date_parse.c, `date__parse`, the default, not
 * TIGHT_PARSER, build) then lib/time.rb `make_time`. `Date._parse` turns every character but
 * `-+',./:@`, letters, digits and brackets into a space, then runs passes in a fixed order, each
 * blanking the first text its pattern matches: a weekday word (`parse_day`: three letters and any
 * letters after, `Thur`, `Thurs`), a time with its zone (`parse_time`: `21:13:22 -0500`,
 * `10:00 PST`, `6:30 pm`), then the first of a day-month-year date (`parse_eu`: `05 Mar 2019`), a
 * month-day-year date (`parse_us`: `Sept 1st, 2011`, `Jun 29 … 2011` with the time between, the
 * ctime form), a dashed one (`parse_iso`: `2019-3-5`), a slashed one (`parse_sla`: `2019/03/05`) or
 * a dotted one (`parse_dot`: `2019.03.05`), each ordered by `s3e`.
 * Text no pass takes is skipped without a word; `make_time` ignores the weekday.
 *
 * postlint takes a date as read when those passes read all of it as written: each part in one of
 * those forms with a four-digit year first (dashed, slashed) or last (written-out month), a month
 * word that abbreviates its month's name (`Sept`; Ruby reads `Junk` as June: reported), a time
 * within range and a zone. A zone name Ruby's Time does not know (`CEST`) is read as the site's
 * zone: the day and time still read. It is still reported when Ruby rejects it (month 13, minute
 * 60) and when Ruby reads something else than what is written: a day the month lacks (`2024-02-30`
 * becomes March 1), `24:00`, `13:00 pm`, a year or offset it skips (in
 * `2023-01-29 18:30:22 2023 -0800` the stray year makes Ruby drop the offset), or forms whose order
 * Ruby guesses where another could be meant (`03/05/2019` is 3 May to Ruby, two-digit years). A year
 * written last with a day that can only be a day (`23/01/2022`, `23-05-1999`, `23.01.2022`) is what
 * s3e reads: day, month, year.
 * fixtures/generators/jekyll-ruby-dates.json is the conformance table.
 */

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const months = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const era = String.raw`c(?:e|\.e\.)|b(?:ce|\.c\.e\.)|a(?:d|\.d\.)|b(?:c|\.c\.)`;

/** date__parse's first step: what is not `-+',./:@`, a letter, a digit or a bracket is white space. */
const squashed = /[^-+',./:@\p{L}\p{N}[\]]+/gu;
/** parse_day. */
const dayPattern = /\b(?:sun|mon|tue|wed|thu|fri|sat)[^-/\d\s]*/i;
/** parse_time: a time (1) and perhaps its zone (2). */
const timePattern = new RegExp(
  String.raw`((?<!\d)\d+\s*(?:(?::\s*\d+(?:\s*:\s*\d+(?:[,.]\d*)?)?|h(?:\s*\d+m?(?:\s*\d+s?)?)?)(?:\s*[ap](?:m\b|\.m\.))?|[ap](?:m\b|\.m\.)))` +
    String.raw`(?:\s*((?:gmt|utc?)?[-+]\d+(?:[,.:]\d+(?::\d+)?)?|[a-z.\s]+(?:standard|daylight)\stime\b|[a-z]+(?:\sdst)?\b))?`,
  'i',
);
/** parse_eu: day (1) and what follows its digits (2), month word (3), era (4), year (5). */
const euPattern = new RegExp(String.raw`('?(?<!\d)\d+)([^-\d\s]*)\s*((?:${months})[^-\d\s']*)(?:\s*(?:\b(${era})(?![a-z]))?\s*('?-?\d+(?:(?:st|nd|rd|th)\b)?))?`, 'i');
/** parse_us: month word (1), day (2) and what follows its digits (3), era (4), year (5). */
const usPattern = new RegExp(String.raw`\b((?:${months})[^-\d\s']*)\s*('?\d+)([^-\d\s']*)(?:\s*,?\s*(${era})?\s*('?-?\d+))?`, 'i');
/** parse_iso: year, month, day. */
const isoPattern = /('?[-+]?(?<!\d)\d+)-(\d+)-('?-?\d+)/;
/** parse_dot: year, month, day (s3e reorders them as parse_sla's). */
const dotPattern = /('?-?(?<!\d)\d+)\.\s*('?\d+)\.\s*('?-?\d+)/;
/** parse_sla: year, month, what stands between month and day, day. */
const slaPattern = /('?-?(?<!\d)\d+)\/\s*('?\d+)(?:(\D)\s*('?-?\d+))?/i;

/** The parts `Date._parse` reads, as written. */
interface RubyRead {
  year: string;
  month: number;
  day: string;
  time?: {hour: number; minute: string; second?: string; meridian?: string; zone?: string};
}

/** Ruby's Time zone names with their offsets (time.rb `ZoneOffset`); any other name is read as the site's zone. */
const zoneOffsets: Record<string, number> = {UTC: 0, UT: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7};

/** Does Jekyll read this front-matter value (a string YAML left as one) as the date written? */
export function readsRubyTime(value: unknown): boolean {
  return rubyTimeAsIso(value) !== undefined;
}

/**
 * The date Jekyll reads from such a value, as ISO 8601 (`2019-03-05T10:00:00-08:00`; without an
 * offset when Ruby reads it in the site's zone), or undefined when it reads none as written.
 */
export function rubyTimeAsIso(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const read = dateParse(value);
  if (!read) return undefined;
  const y = Number(read.year);
  const m = read.month;
  const d = Number(read.day);
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
  const day = `${read.year}-${pad(m)}-${pad(d)}`;
  if (!read.time) return day;
  const {hour, minute, second, meridian, zone} = read.time;
  let h = hour;
  if (meridian !== undefined ? h < 1 || h > 12 : h > 23) return undefined;
  if (meridian !== undefined) h = (h % 12) + (meridian.toLowerCase() === 'p' ? 12 : 0);
  if (Number(minute) > 59 || (second !== undefined && Number(second) > 59)) return undefined;
  const offset = zone === undefined ? '' : zoneOffset(zone);
  if (offset === undefined) return undefined;
  return `${day}T${pad(h)}:${minute}:${second ?? '00'}${offset}`;
}

/**
 * The offset a zone Ruby read stands for ('' for the site's zone), or undefined when it is not
 * read as written: a numeric offset (`-0500`, `+05:30`, `-8`) within a day, a zone abbreviation
 * (`PST`, `MET DST`) or a Windows zone name (`Mountain Standard Time`).
 */
function zoneOffset(zone: string): string | undefined {
  const numeric = /^(utc|gmt|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (numeric) {
    const [, named, sign, hours, minutes] = numeric;
    if (Number(hours) >= 24 || Number(minutes ?? 0) >= 60) return undefined;
    // `GMT+2` is a zone Ruby's Time does not know: read in the site's zone.
    return named !== undefined ? '' : `${sign}${pad(Number(hours))}:${minutes ?? '00'}`;
  }
  if (/^[a-z]{1,5}(?:\sdst)?$/i.test(zone)) {
    const known = zoneOffsets[zone.toUpperCase()];
    return known === undefined ? '' : `${known < 0 ? '-' : '+'}${pad(Math.abs(known))}:00`;
  }
  return /^[a-z.\s]+(?:standard|daylight)\stime$/i.test(zone) ? '' : undefined;
}

/**
 * `Date._parse` over the text, as far as the passes above go, or undefined when it reads no date
 * as written: a part in a form outside the model, a part left unread, a year not written in full.
 */
function dateParse(value: string): RubyRead | undefined {
  // Blanked text keeps its length (Ruby puts one space): only runs of `\s*` span it, so matching is the same.
  const text = value.replace(squashed, (gap) => ' '.repeat(gap.length));
  const taken = new Array<boolean>(text.length).fill(false);
  let str = text;
  const take = (start: number, length: number): void => {
    str = str.slice(0, start) + ' '.repeat(length) + str.slice(start + length);
    taken.fill(true, start, start + length);
  };
  const has = (pattern: RegExp): boolean => pattern.test(str);

  if (has(/[a-z]/i)) {
    const found = dayPattern.exec(str);
    if (found) take(found.index, found[0].length);
  }
  let time: RubyRead['time'];
  let timeStart = -1;
  if (has(/\d/)) {
    const found = timePattern.exec(str);
    if (found) {
      const [whole, clock, zone] = found as unknown as [string, string, string | undefined];
      take(found.index, whole.length);
      timeStart = found.index;
      // Only `H:MM` and `H:MM:SS` (perhaps with a fraction and am/pm) are read as written; `10h30` is not modelled.
      const parts = /^(\d{1,2})\s*:\s*(\d{2})(?:\s*:\s*(\d{2})(?:[,.]\d*)?)?(?:\s*([ap])(?:m|\.m\.))?$/i.exec(clock);
      if (!parts) return undefined;
      time = {hour: Number(parts[1]), minute: parts[2]!, ...(parts[3] !== undefined ? {second: parts[3]} : {}), ...(parts[4] !== undefined ? {meridian: parts[4]} : {}), ...(zone !== undefined ? {zone: zone.trim()} : {})};
      // A zone's name after its offset (`-0800 PST`) is left for the date passes, which find nothing in it.
      if (zone !== undefined && /^[+-]|^(?:gmt|utc?)[+-]/i.test(zone)) {
        const name = /^\s+[a-z]{1,5}\b/i.exec(str.slice(found.index + whole.length));
        if (name && !new RegExp(`^\\s+(?:${months})`, 'i').test(name[0])) taken.fill(true, found.index + whole.length, found.index + whole.length + name[0].length);
      }
    }
  }
  const date = readDate(str, take);
  if (!date) return undefined;
  // Everything written is read: what no pass took is white space or commas, and a `T` just before the time.
  for (let i = 0; i < text.length; i++) {
    if (taken[i] || /[\s,]/.test(text[i]!)) continue;
    if (/t/i.test(text[i]!) && timeStart > i && text.slice(i + 1, timeStart).trim() === '' && (i === 0 || !/[a-z]/i.test(text[i - 1]!))) continue;
    // One separator between the date and its time (`2020-08-12-20:00`): Date._parse skips it, and both read as written.
    if (/[-/.@]/.test(text[i]!) && timeStart > i && text.slice(i + 1, timeStart).trim() === '' && /\d$/.test(text.slice(0, i).trimEnd()) && taken[text.slice(0, i).trimEnd().length - 1]) continue;
    return undefined;
  }
  return {...date, ...(time ? {time} : {})};
}

/** The date passes in date__parse's order; the first that matches reads the date. */
function readDate(str: string, take: (start: number, length: number) => void): Omit<RubyRead, 'time'> | undefined {
  const alpha = /[a-z]/i.test(str);
  const digit = /\d/.test(str);
  if (alpha && digit) {
    // Day-month-year, then month-day-year: the same groups in another order.
    for (const [pattern, order] of [[euPattern, 'dm'], [usPattern, 'md']] as const) {
      const match = pattern.exec(str);
      if (!match) continue;
      take(match.index, match[0].length);
      const [, first, second, third, era, year] = match as unknown as [string, string, string, string, string | undefined, string | undefined];
      const [day, suffix, month] = order === 'dm' ? [first, second, third] : [second, third, first];
      if (era !== undefined || year === undefined || !ordinal(suffix)) return undefined;
      return written(year, monthOf(month), day);
    }
  }
  if (digit && str.includes('-')) {
    const iso = isoPattern.exec(str);
    if (iso) {
      take(iso.index, iso[0].length);
      return reordered(iso[1]!, iso[2]!, iso[3]!);
    }
  }
  // parse_jis and parse_vms come between, in forms the model does not read (`H31.04.30`, `5-Mar-2019`): their text is left unread.
  if (digit && str.includes('/')) {
    const sla = slaPattern.exec(str);
    if (sla) {
      take(sla.index, sla[0].length);
      if (sla[3] !== '/' || sla[4] === undefined) return undefined;
      return reordered(sla[1]!, sla[2]!, sla[4]);
    }
  }
  // parse_dot (`23.01.2022`, `2022.01.23`), the last pass the model reads.
  if (digit && str.includes('.')) {
    const dot = dotPattern.exec(str);
    if (dot) {
      take(dot.index, dot[0].length);
      return reordered(dot[1]!, dot[2]!, dot[3]!);
    }
  }
  return undefined;
}

/**
 * Three numbers as s3e orders them: year, month, day as written, except that a last number of more
 * than two digits is the year and the first the day (`23/01/2022` is 23 January 2022). A reordered
 * date is taken as read only when no other order could be meant: its day is above 12 or equals its
 * month (`03/05/2019`, 3 May to Ruby, may mean March 5 to its author: still reported).
 */
function reordered(first: string, second: string, third: string): Omit<RubyRead, 'time'> | undefined {
  const month = /^\d{1,2}$/.test(second) ? Number(second) : 0;
  if (!/^\d{3,}$/.test(third)) return written(first, month, third);
  const day = Number(first);
  return /^\d{1,2}$/.test(first) && (day > 12 || day === month) ? written(third, month, first) : undefined;
}

/** A year written in full and a day of one or two digits, as Ruby's `s3e` takes them without reordering. */
function written(year: string, month: number, day: string): Omit<RubyRead, 'time'> | undefined {
  const plainDay = day.replace(/(?:st|nd|rd|th)$/i, '');
  return /^\d{4}$/.test(year) && /^\d{1,2}$/.test(plainDay) && month > 0 ? {year, month, day: plainDay} : undefined;
}

/** What follows a day's digits: nothing, an ordinal suffix, perhaps a comma or a period. */
function ordinal(suffix: string): boolean {
  return /^(?:st|nd|rd|th)?[.,]?$/i.test(suffix);
}

/** The month a word names when it abbreviates that month's name (`Sept`, `June`, `Mar.`), else 0. */
function monthOf(word: string): number {
  const bare = word.replace(/[.,]+$/, '').toLowerCase();
  const index = monthNames.findIndex((name) => bare.length >= 3 && name.startsWith(bare));
  return index + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
