/**
 * Headings that are the items of a list, not titles: a run of sibling headings, each a setting's
 * assignment (`set gyro_rate = 400`, `max_rate = 400`) or a rename (`old_name => new_name`, `a ==> b`,
 * `a -> b`), as old release notes list a firmware's changed settings one heading each. The heading's
 * text is the entry; some carry a line of allowed values under them, most nothing, and a reader misses
 * nothing there. One such heading alone, or a run of topics in words, is still a section.
 */
import type {HeadingShape} from './heading-content.js';

/** Is headings[i] an item of such a list: an item itself, with another item among its siblings in the run? */
export function isListItemHeading(headings: readonly HeadingShape[], i: number): boolean {
  if (!isItem(headings[i]!.text)) return false;
  const {depth} = headings[i]!;
  // The run: headings at this level one after the other, no heading of another level between (read by index).
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < headings.length && headings[j]!.depth === depth; j += step) {
      if (isItem(headings[j]!.text)) return true;
    }
  }
  return false;
}

/** A rename: something, an arrow code writes (`=>`, `==>`, `->`, `-->`, `→`, `⇒`), something. (`.*?` takes the spaces before the arrow: a `\s*` there too made a long run of spaces quadratic.) */
const rename = /^\S.*?(?:={1,2}>|-{1,2}>|→|⇒)\s*\S/u;

/** An assignment: a name with no space in it (after `set`, a CLI's command), `=`, a value. */
const assignment = /^(?:set\s+)?[\p{L}_$][\w$.[\]-]*\s*=(?![=>])\s*\S/u;

/** Is the heading's text (code spans' backticks aside) an entry: a rename or an assignment? */
export function isItem(text: string): boolean {
  const plain = text.replace(/`/g, '').trim();
  return rename.test(plain) || assignment.test(plain);
}
