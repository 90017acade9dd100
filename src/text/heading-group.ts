import type {HeadingShape} from './heading-content.js';

/**
 * A group's name written at the level of its members (`### Examples`, then `### Use a secret` and
 * `### Use an identity`, each with content): a title written flat, the plural naming the two or more
 * sections that follow it at once. Its own section is empty, but a reader there misses nothing, and
 * a link to it lands right above its members. no-empty-sections leaves such a heading alone, and
 * no-broken-anchors does not call a link to it a link to an empty section. Not a title another
 * heading under the same parent has too (`## Derivation outputs` over nothing, the page's section of that
 * name written earlier): that section exists, and this heading is a copy of it left behind, not a group's name.
 */
export function namesGroupBelow(headings: readonly HeadingShape[], i: number): boolean {
  const heading = headings[i]!;
  if (!heading.empty || !isGroupName(heading.text) || titledElsewhere(headings, i)) return false;
  // The section ends at a sibling, not at a higher heading (a group's members follow it at its own level).
  // Read by index, not over a copy of the rest of the page: a page of thousands of headings asks this of each.
  let next: HeadingShape | undefined;
  for (let j = i + 1; j < headings.length && next === undefined; j++) if (headings[j]!.depth <= heading.depth) next = headings[j];
  return next?.depth === heading.depth && members(headings, i) >= 2;
}

/**
 * The sections with content that follow headings[i] at once at its own level: up to a higher heading or an
 * empty sibling. A group's members are written; an unwritten sibling (`## Experimental` over nothing) ends
 * them, and what follows it is the page's next sections, not the group's (`## Metrics` over nothing, then
 * `## Kiln shelves` with text, then the empty `## Experimental`: one member, no group, two sections left unwritten).
 * Unless its title opens like the member before it: a group's members are a series (`## Deploy with a secret`,
 * the empty `## Deploy with a certificate`, `## Deploy with an identity`), and that one is a member left unwritten.
 */
function members(headings: readonly HeadingShape[], i: number): number {
  const depth = headings[i]!.depth;
  let count = 0;
  let last: HeadingShape | undefined;
  for (let j = i + 1; j < headings.length; j++) {
    const h = headings[j]!;
    if (h.depth < depth) break;
    if (h.depth !== depth) continue;
    if (h.empty && (last === undefined || firstWord(last.text) !== firstWord(h.text))) break;
    if (h.empty) continue;
    count++;
    last = h;
  }
  return count;
}

/** The word a title opens with, for telling a series of titles (`Deploy with a secret`, `Deploy with an identity`). */
function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0]!.toLowerCase();
}

/** Up to three words, the last a plural (`Examples`, `More guides`): the name of a group. */
function isGroupName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 3 && /^\p{L}+[^s]s$/u.test(words.at(-1)!) && words.every((word) => /^\p{L}+$/u.test(word));
}

/** The words of a heading's title, for telling two apart: an id written after it (`{#outputs}`, escaped in MDX) and case aside. */
function titleWords(text: string): string {
  return text.replace(/\s*\\?\{#[^}]*\}\s*$/u, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Does a sibling of headings[i] (a heading at its level under the same parent: no higher heading
 * between) have its title? The same title under another parent is a repeated structure (each class's
 * `### Examples`), not a copy.
 */
function titledElsewhere(headings: readonly HeadingShape[], i: number): boolean {
  const {depth} = headings[i]!;
  const title = titleWords(headings[i]!.text);
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < headings.length && headings[j]!.depth >= depth; j += step) {
      if (headings[j]!.depth === depth && titleWords(headings[j]!.text) === title) return true;
    }
  }
  return false;
}
