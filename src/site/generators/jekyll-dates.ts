/**
 * Front-matter dates as Jekyll reads the ones YAML leaves as strings. Psych makes a Time only of a
 * YAML 1.1 timestamp (common.ts, `readsYamlTimestamp`); any other value of `date` Jekyll passes to
 * Ruby's `Time.parse` (jekyll lib/jekyll/utils.rb `parse_date`, called from document.rb
 * `merge_date!`), which fails the build ("Invalid date") only when it finds no date at all or a
 * field out of range. `Time.parse` reads much more than a timestamp:
 * `2019-3-5 10:00` (no seconds), `2019-09-29 T18:00:00-07:00`, `2020-01-01 10:00:00 PST`,
 * `March 5, 2019`, `Tue, 05 Mar 2019 10:00:00 -0800`, `2019/03/05`.
 *
 * postlint takes a date as read when `Time.parse` reads all of it as written (checked against Ruby
 * 3.1's Date._parse): a date in one of those shapes, a time and a zone (a zone name Ruby's Time
 * does not know, `CEST`, is read as the site's zone: the day and time still read). It is still reported when
 * Ruby rejects it (month 13, minute 60) and when Ruby reads something else than what is written: a
 * day the month lacks (`2024-02-30` becomes March 1), `24:00`, `13:00 pm`, or words it skips (in
 * `2023-01-29 18:30:22 2023 -0800` the stray year makes Ruby drop the offset).
 */

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const weekday = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const ordinal = String.raw`(?:st|nd|rd|th)?`;
/** Year, month and day in the orders `Date._parse` reads them as written. */
const dates: Array<{pattern: string; order: ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd']}> = [
  {pattern: String.raw`(\d{4})-(\d{1,2})-(\d{1,2})`, order: ['y', 'm', 'd']},
  {pattern: String.raw`(\d{4})/(\d{1,2})/(\d{1,2})`, order: ['y', 'm', 'd']},
  {pattern: String.raw`${month}\s+(\d{1,2})${ordinal},?\s+(\d{4})`, order: ['m', 'd', 'y']},
  {pattern: String.raw`(\d{1,2})${ordinal}\s+${month},?\s+(\d{4})`, order: ['d', 'm', 'y']},
];
const time = String.raw`(?:\s*T\s*|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?m\.?)?`;
/** A numeric offset (`-8`, `+0530`, `-07:00`, `GMT+2`), then perhaps its name, or a zone's name alone (`PST`, `CEST`, `Z`). */
const zone = String.raw`\s*(?:(?:(utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?)(?:\s+[a-z]{1,5})?|([a-z]{1,5}))`;
const shapes = dates.map(({pattern, order}) => ({order, regex: new RegExp(`^${weekday}${pattern}(?:${time}(?:${zone})?)?$`, 'i')}));

/** Does Jekyll read this front-matter value (a string YAML left as one) as the date written? */
export function readsRubyTime(value: unknown): boolean {
  return rubyTimeAsIso(value) !== undefined;
}

/** Ruby's Time zone names with their offsets (time.rb `ZoneOffset`); any other name is read as the site's zone. */
const zoneOffsets: Record<string, number> = {UTC: 0, UT: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7};

/**
 * The date Jekyll reads from such a value, as ISO 8601 (`2019-03-05T10:00:00-08:00`; without an
 * offset when Ruby reads it in the site's zone), or undefined when it reads none as written.
 */
export function rubyTimeAsIso(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  for (const {order, regex} of shapes) {
    const match = regex.exec(text);
    if (!match) continue;
    const [first, second, third, hour, minute, seconds, meridian, named, sign, offsetHours, offsetMinutes, zoneName] = match.slice(1);
    const parts: Record<'y' | 'm' | 'd', string> = {y: '', m: '', d: ''};
    [first, second, third].forEach((part, i) => (parts[order[i]!] = part!));
    const y = Number(parts.y);
    const m = /^\d+$/.test(parts.m) ? Number(parts.m) : monthNames.indexOf(parts.m.slice(0, 3).toLowerCase()) + 1;
    const d = Number(parts.d);
    if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
    const day = `${parts.y}-${pad(m)}-${pad(d)}`;
    if (hour === undefined) return day;
    let h = Number(hour);
    if (meridian !== undefined ? h < 1 || h > 12 : h > 23) return undefined;
    if (meridian !== undefined) h = (h % 12) + (meridian.toLowerCase() === 'p' ? 12 : 0);
    if (Number(minute) > 59 || (seconds !== undefined && Number(seconds) > 59)) return undefined;
    if (sign !== undefined && (Number(offsetHours) >= 24 || (offsetMinutes !== undefined && Number(offsetMinutes) >= 60))) return undefined;
    const known = zoneName === undefined ? undefined : zoneOffsets[zoneName.toUpperCase()];
    // `GMT+2` is a zone Ruby's Time does not know: read in the site's zone.
    const offset = named !== undefined ? '' : sign !== undefined ? `${sign}${pad(Number(offsetHours))}:${offsetMinutes ?? '00'}` : known !== undefined ? `${known < 0 ? '-' : '+'}${pad(Math.abs(known))}:00` : '';
    return `${day}T${pad(h)}:${minute}:${seconds ?? '00'}${offset}`;
  }
  return undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
