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
