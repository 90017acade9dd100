/**
 * Headings that are the items of a list, not titles: a run of sibling headings, each a setting's
 * assignment (`set gyro_rate = 400`, `max_rate = 400`) or a rename (`old_name => new_name`, `a ==> b`,
 * `a -> b`), as old release notes list a firmware's changed settings one heading each. The heading's
 * text is the entry; some carry a line of allowed values under them, most nothing, and a reader misses
 * nothing there. One such heading alone, a run of topics in words, or a direction between things named in
 * words (`Client -> Server`, `Server -> Client`: what goes each way, two sections) is still a section.
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
  return (rename.test(plain) && !wordsBothSides(plain)) || assignment.test(plain);
}

/** The arrow a rename is written with (the first one: linear, whatever the spaces around it). */
const arrow = /={1,2}>|-{1,2}>|→|⇒/u;

/**
 * Words of prose: a capitalized word, maybe more words after it, letters only (`Client`, `Web browser`, `API`). A word
 * with a capital inside after a small letter (`KilnClient`) is a name as code writes it (a class renamed), not prose.
 */
const proseWords = /^(?:\p{Lu}\p{Ll}*|\p{Lu}+)(?:\s+(?:\p{L}\p{Ll}*|\p{Lu}+))*$/u;

/**
 * A direction between two things named in words (`Client -> Server`, `Gazebo → Betaflight`): a section
 * about what goes one way, not a setting renamed, whose sides are names as code writes them
 * (`fire_temp`, `dfu`, `vent_mode`, `KilnClient`).
 */
function wordsBothSides(plain: string): boolean {
  const match = arrow.exec(plain);
  if (!match) return false;
  return proseWords.test(plain.slice(0, match.index).trim()) && proseWords.test(plain.slice(match.index + match[0].length).trim());
}
