/**
 * Front-matter dates as generators read them: a date with a UTC offset is an instant; one
 * without is wall-clock time in the site's time zone (Hugo `timeZone`, Jekyll `timezone`),
 * UTC when none is set. This is the trap that makes posts vanish on UTC CI runners.
 */
export interface ParsedDate {
  instant: Date;
  /** The text as written, for messages. */
  text: string;
  /** True when the value had no offset and the site's zone was applied. */
  zoned: boolean;
}

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const localDateTime = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/;
const withOffset = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})$/i;

/** TOML local dates arrive as Date subclasses that know they are local. */
interface MaybeLocalDate extends Date {
  isLocal?: () => boolean;
}

export function parseFrontMatterDate(value: unknown, timeZone: string | undefined): ParsedDate | undefined {
  let text: string;
  if (value instanceof Date) {
    const local = value as MaybeLocalDate;
    if (Number.isNaN(value.getTime())) return undefined;
    if (typeof local.isLocal === 'function' && local.isLocal()) text = local.toISOString().replace(/\.000$/, '');
    else return {instant: value, text: value.toISOString(), zoned: false};
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return undefined;
  }
  if (withOffset.test(text)) {
    // Jekyll writes "2021-01-21 00:43:47 +0530"; make it ISO before parsing.
    const iso = text.replace(' ', 'T').replace(/\s+(?=[zZ+-]\d{0,2}:?\d{0,2}$)/, '').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const instant = new Date(iso);
    if (Number.isNaN(instant.getTime()) || !validCalendarDate(text)) return undefined;
    return {instant, text, zoned: false};
  }
  const parts = dateOnly.exec(text) ?? localDateTime.exec(text);
  if (!parts) return undefined;
  const [y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = parts.slice(1) as string[];
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Math.round(Number(`0.${frac}`) * 1000));
  if (Number.isNaN(wall)) return undefined;
  // Date.UTC rolls 2021-13-45 over into 2022; a generator rejects it.
  const check = new Date(wall);
  if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 60) return undefined;
  const instant = new Date(wall - zoneOffsetMs(wall, timeZone));
  return {instant, text, zoned: true};
}

/** Is the YYYY-MM-DD at the start a real day (no February 30)? */
function validCalendarDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The zone's offset from UTC at (about) the given wall time, in ms; 0 for UTC or an unknown zone. */
function zoneOffsetMs(wallAsUtc: number, timeZone: string | undefined): number {
  if (!timeZone || /^(utc|z|gmt)$/i.test(timeZone)) return 0;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});
  } catch {
    return 0;
  }
  const offsetAt = (instant: number): number => {
    const p = Object.fromEntries(format.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
    return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!) - Math.floor(instant / 1000) * 1000;
  };
  // Two passes settle the offset across a DST change.
  const first = offsetAt(wallAsUtc);
  return offsetAt(wallAsUtc - first);
}

/**
 * Can Hugo read this date? Hugo parses front-matter dates with Go's time layouts, where the
 * hour of `15:04:05` takes one or two digits (`2019-04-09T8:09:26-07:00` is valid), an offset may
 * be written `-0700`, and RFC 1123 and `02 Jan 2006` forms are accepted too.
 */
export function isHugoDate(value: unknown): boolean {
  if (parseFrontMatterDate(value, undefined)) return true;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  const padded = text.replace(/^(\d{4}-\d{2}-\d{2}[T ])(\d)(?=:)/, '$10$2');
  if (padded !== text && parseFrontMatterDate(padded, undefined)) return true;
  const months = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
  return new RegExp(`^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\\d{2} (?:${months}) \\d{2,4}(?: \\d{2}:\\d{2}(?::\\d{2})? (?:[A-Z]{3,4}|[+-]\\d{4}))?$`).test(text);
}
