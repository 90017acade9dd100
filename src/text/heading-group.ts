import type {HeadingShape} from './heading-content.js';

/**
 * A group's name written at the level of its members (`### Examples`, then `### Use a secret` and
 * `### Use an identity`, each with content): a title written flat, the plural naming the two or more
 * sections that follow it at once. Its own section is empty, but a reader there misses nothing, and
 * a link to it lands right above its members. no-empty-sections leaves such a heading alone, and
 * no-broken-anchors does not call a link to it a link to an empty section.
 */
export function namesGroupBelow(headings: readonly HeadingShape[], i: number): boolean {
  const heading = headings[i]!;
  if (!heading.empty || !isGroupName(heading.text)) return false;
  // The section ends at a sibling, not at a higher heading (a group's members follow it at its own level).
  // Read by index, not over a copy of the rest of the page: a page of thousands of headings asks this of each.
  let next: HeadingShape | undefined;
  for (let j = i + 1; j < headings.length && next === undefined; j++) if (headings[j]!.depth <= heading.depth) next = headings[j];
  return next?.depth === heading.depth && members(headings, i) >= 2;
}

/** The sections with content that follow headings[i] at its own level, before a higher heading. */
function members(headings: readonly HeadingShape[], i: number): number {
  const depth = headings[i]!.depth;
  let count = 0;
  for (let j = i + 1; j < headings.length; j++) {
    const h = headings[j]!;
    if (h.depth < depth) break;
    if (h.depth === depth && !h.empty) count++;
  }
  return count;
}

/** Up to three words, the last a plural (`Examples`, `More guides`): the name of a group. */
function isGroupName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 3 && /^\p{L}+[^s]s$/u.test(words.at(-1)!) && words.every((word) => /^\p{L}+$/u.test(word));
}
