/**
 * Headings a writer used as text, not as a section's title: what a reader sees there is the heading's
 * own words (or words marked as a heading right under it), so a section that is empty in the source
 * misses nothing. Read by no-empty-sections (src/text/unwritten-sections.ts), and so by no-broken-anchors'
 * links into empty sections.
 *
 * - An item of a list written as headings (src/text/heading-items.ts): `#### old_name => new_name`.
 * - A notice: an admonition's label, then its message (`##### WARNING: the update rate may not hold-`,
 *   `### Note: this needs the 4.2 firmware`): the heading is the warning. A label alone (`## Notes`) is a topic.
 * - A byline on the lines right under the title it credits (`# Flying a delta wing` then `#### by jaypilot`): the
 *   page's first heading or an h1; under a section mid-page (`## Filtering`, `### By date`) it is a topic.
 * - A field with its value, as a talk's or a paper's details are written (`## Title: Growing better
 *   tomatoes`, `## Speaker: …`, `## Date: 4 July`): the value is what the reader came for. A closed set of
 *   the fields such a page gives, on a heading of one line; any other label and colon (`## Option A: Use Docker`)
 *   names a section, and a setext heading over several `key: value` lines is front matter read as text.
 *   A value that is one quoted or code name (`### Event: 'close'`) is an API entry's title, a section.
 * - A section ended by a paragraph marked as a heading (`### Introduction` then `## Starting with v3.1, the
 *   defaults are gone. Instead, …`: two sentences or more): the reader sees that paragraph under it.
 */
import type {HeadingFact} from '../facts.js';
import {isListItemHeading} from './heading-items.js';

/** Is the empty section headings[i], ended by `next` (none at the page's end), one whose heading is text? */
export function headingIsText(headings: readonly HeadingFact[], i: number, next: HeadingFact | undefined): boolean {
  const text = headings[i]!.text.trim();
  return isListItemHeading(headings, i) || isNotice(text) || isByline(headings, i) || isField(headings[i]!) || (next !== undefined && isParagraph(next.text));
}

/** An admonition's label and a message of three words or more. */
const notice = /^(?:warning|caution|note|notice|important|attention|danger|heads[ -]up)\s*(?:[:!]|\s[-–—])\s*\S+(?:\s+\S+){2,}/iu;

function isNotice(text: string): boolean {
  return notice.test(text);
}

/** `by`, maybe after `written`/`posted`, and a name of one to three words. */
const byline = /^(?:(?:written|posted|authored)\s+)?by\s+[\p{L}@][\p{L}\p{N}_.@'’-]*(?:\s+[\p{L}][\p{L}\p{N}_.'’-]*){0,2}$/iu;

/**
 * A byline right under the page's title (its first heading, or an h1), which outranks it (only a blank line
 * between): the credit of that title. Under a section's heading mid-page (`## Filtering`, `### By date`) it is a topic.
 */
function isByline(headings: readonly HeadingFact[], i: number): boolean {
  const heading = headings[i]!;
  const above = headings[i - 1];
  if (!above || above.depth >= heading.depth || (i - 1 !== 0 && above.depth !== 1) || !byline.test(heading.text.trim())) return false;
  return heading.line - (above.endLine ?? above.line) <= 2;
}

/** The details a page gives of a talk, a paper or an event, each a field and its value. */
const field = /^(?:title|subtitle|speakers?|authors?|presenters?|date|when|where|venue|location|event|time)\s*:\s*\S/iu;

/**
 * One field on a heading of one line. A setext heading over several `key: value` lines is a block of
 * front matter the page's generator did not read (a `---` rule, then the fields underlined): still reported.
 */
function isField(heading: HeadingFact): boolean {
  const lines = (heading.endLine ?? heading.line) - heading.line + 1;
  return lines <= 1 && field.test(heading.text.trim()) && !namesCode.test(heading.raw);
}

/**
 * A value that is one name in quotes or a code span (`### Event: 'close'`, `` ### Event: `fault` ``): an API
 * reference's entry, as the Node.js docs title an event, whose empty section is an entry left undescribed.
 */
const namesCode = /:\s*(?:'[^'\s]+'|"[^"\s]+"|`[^`]+`)\s*$/u;

/** Two sentences or more, fifteen words or more: a paragraph, not a title. */
function isParagraph(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.split(/\s+/).length >= 15 && /[\p{Ll}\p{N})\]][.!?]\s+\p{Lu}/u.test(trimmed);
}
