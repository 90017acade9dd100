/**
 * A group's title written at the wrong level for its members: its section is empty in the source, but
 * its members follow it at once, at its own level or one above, so a reader misses nothing there.
 *
 * - A plural name (`### DEBUG MODES`, up to three words) whose level skips one below the heading above
 *   it (an h3 under an h1: a level picked for its size), followed by two or more sections with content at
 *   a higher level (`## GYRO SIGNAL`, `## PIDs`): its members, written a level up. A subsection left empty
 *   at the end of its part (`## Spring`, `### Sowing dates`, then `## Summer`) skips no level: still reported.
 * - A list of names (`## Sensors, Radios and Features`, `## Install & Upgrade`) followed at its level by a
 *   section with content, where a section of one of those names follows at that level before any higher
 *   heading: the title of the group, the members written flat. A list none of whose names follows is a
 *   section left unwritten, still reported.
 */
import type {HeadingFact} from '../facts.js';

/** Does the empty section headings[i], ended by `next`, title the group of sections that follows? */
export function namesMisleveledGroup(headings: readonly HeadingFact[], i: number, next: HeadingFact): boolean {
  return titlesHigherMembers(headings, i, next) || listsFollowingNames(headings, i, next);
}

/** Up to three words, the last a plural (`Debug modes`, `DEBUG MODES`). */
function isPluralName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 3 && /^\p{L}+[^sS][sS]$/u.test(words.at(-1)!) && words.every((word) => /^\p{L}+$/u.test(word));
}

function titlesHigherMembers(headings: readonly HeadingFact[], i: number, next: HeadingFact): boolean {
  const heading = headings[i]!;
  if (next.depth >= heading.depth || !isPluralName(heading.text)) return false;
  // The heading above it that outranks it: the level between them is skipped.
  let parent: HeadingFact | undefined;
  for (let j = i - 1; j >= 0 && parent === undefined; j--) if (headings[j]!.depth < heading.depth) parent = headings[j];
  if (!parent || heading.depth - parent.depth < 2) return false;
  let members = 0;
  for (let j = headings.indexOf(next); j < headings.length && headings[j]!.depth >= next.depth; j++) {
    if (headings[j]!.depth === next.depth && !headings[j]!.empty) members++;
  }
  return members >= 2;
}

/** The names of a list heading (`A, B and C`, `A & B`, `A / B`), lower case; fewer than two: no list. */
function listedNames(text: string): string[] {
  // Spaces collapsed first: the split's `\s*` before a comma or slash, tried at each space of a long run, was quadratic.
  const names = text.trim().toLowerCase().replace(/\s+/g, ' ').split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+|\s*\/\s*/u).filter((name) => name !== '');
  return names.length >= 2 && names.every((name) => name.split(/\s+/).length <= 3) ? names : [];
}

function listsFollowingNames(headings: readonly HeadingFact[], i: number, next: HeadingFact): boolean {
  const heading = headings[i]!;
  if (next.depth !== heading.depth || next.empty) return false;
  const names = new Set(listedNames(heading.text));
  if (names.size === 0) return false;
  for (let j = headings.indexOf(next); j < headings.length && headings[j]!.depth >= heading.depth; j++) {
    if (headings[j]!.depth === heading.depth && names.has(headings[j]!.text.trim().toLowerCase())) return true;
  }
  return false;
}
