/**
 * How Hugo reads a front-matter flag: `cast.ToBool(v)` (gohugoio/hugo hugolib/page__meta.go: `draft`,
 * `headless`, `isCJKLanguage`; `published` with cast.ToBoolE). spf13/cast's ToBoolE takes a boolean
 * as it is, a number as "not zero", nil as false, and a string through Go's strconv.ParseBool:
 * `1 t T TRUE true True` and `0 f F FALSE false False`; anything else is an error, which ToBool
 * turns into false. So `draft = "false"` is a published page and `draft = "true"` a draft.
 */

const trueWords = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const falseWords = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** cast.ToBoolE: the flag's value, or undefined where Hugo's cast fails (a string it cannot parse, a list, a map). */
export function hugoBoolE(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return trueWords.has(value) ? true : falseWords.has(value) ? false : undefined;
  return undefined;
}

/** cast.ToBool: as cast.ToBoolE, false where it fails. */
export function hugoBool(value: unknown): boolean {
  return hugoBoolE(value) ?? false;
}

/**
 * Front-matter fields Hugo reads with cast.ToString (hugolib/page__meta.go: `title`, `linktitle`,
 * `description`, `slug`): a number is its decimal text (strconv.FormatInt, FormatFloat 'f' -1), a
 * boolean "true" or "false", so `title: 404` is the title "404".
 */
const stringFields = new Set(['title', 'linktitle', 'description', 'slug']);

export function hugoCastsToString(field: string): string | undefined {
  return stringFields.has(field.toLowerCase()) ? 'Hugo reads it with cast.ToString' : undefined;
}

/** Front-matter fields Hugo reads with cast.ToBool(E) (lower-case, as Hugo compares them). */
const castFlags = new Set(['draft', 'headless', 'iscjklanguage', 'published']);

/** Does Hugo read this field's value as a boolean flag (so `"false"` in quotes is as good as `false`)? */
export function hugoCastsToBoolean(field: string, value: unknown): boolean {
  return castFlags.has(field.toLowerCase()) && typeof value === 'string' && hugoBoolE(value) !== undefined;
}

/**
 * The text layouts of cast's StringToDate that name the weekday or the zone, read as Go's
 * time.Parse reads them (Hugo reads a front-matter date with cast.ToTimeE, through htime since
 * v0.87: spf13/cast caste.go v1.3.0 `StringToDate`, internal/time.go `timeFormats` in v1.10: the
 * same layouts). The ISO forms, RFC 1123/822 and `02 Jan 2006` are read in src/dates.ts
 * (isHugoDate); these are the rest that hold a date: ANSIC `Mon Jan _2 15:04:05 2006`, UnixDate
 * `Mon Jan _2 15:04:05 MST 2006` (what the Unix `date` command prints), RubyDate `Mon Jan 02
 * 15:04:05 -0700 2006`, RFC850 `Monday, 02-Jan-06 15:04:05 MST` and Time.String()
 * `2006-01-02 15:04:05.999999999 -0700 MST`. In Go's layouts `_2` is a day padded with a space
 * (`Sep  6`), `15` an hour of one or two digits, `MST` a zone abbreviation, and the day must be
 * one its month has. Kitchen and Stamp (a time with no year) are left out: they give year 0.
 */
const weekdays = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun';
const longWeekdays = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const monthAbbreviations = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = monthAbbreviations.join('|');
const clock = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d`;
// Go's parseTimeZone: three capitals, or four ending in T (`AEST`), or UTC.
const zone = '(?:[A-Z]{3}|[A-Z]{3}T)';
const offset = String.raw`[+-](?:[01]\d|2[0-3])[0-5]\d`;
const goLayouts: RegExp[] = [
  // ANSIC and UnixDate.
  new RegExp(String.raw`^(?:${weekdays}) (?<month>${month}) {1,2}(?<day>\d{1,2}) ${clock}(?: ${zone})? (?<year>\d{4})$`),
  // RubyDate.
  new RegExp(String.raw`^(?:${weekdays}) (?<month>${month}) (?<day>\d{2}) ${clock} ${offset} (?<year>\d{4})$`),
  // RFC850 (a two-digit year: Go puts 69–99 in the 1900s, the rest in the 2000s).
  new RegExp(String.raw`^(?:${longWeekdays}), (?<day>\d{2})-(?<month>${month})-(?<year>\d{2}) ${clock} ${zone}$`),
];
// Time.String(): numbered month, fraction optional.
const timeString = new RegExp(String.raw`^(?<year>\d{4})-(?<month>0[1-9]|1[0-2])-(?<day>\d{2}) ${clock}(?:\.\d{1,9})? ${offset} ${zone}$`);

/** Does cast.StringToDate read this string through one of the layouts above (with a day its month has)? */
export function castReadsNamedDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  for (const layout of [...goLayouts, timeString]) {
    const groups = layout.exec(value)?.groups;
    if (!groups) continue;
    const monthNumber = /^\d+$/.test(groups.month!) ? Number(groups.month) : monthAbbreviations.indexOf(groups.month!) + 1;
    const year = groups.year!.length === 2 ? (Number(groups.year) >= 69 ? 1900 : 2000) + Number(groups.year) : Number(groups.year);
    const day = Number(groups.day);
    return day >= 1 && day <= new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  }
  return false;
}
