/**
 * Empty sections whose heading introduces the heading right after it: a reader there misses
 * nothing, since what the heading announces follows at once. Each is a shape a writer chooses, not
 * a section left unwritten; read by no-empty-sections (src/text/unwritten-sections.ts), and so by
 * no-broken-anchors' links into empty sections.
 *
 * - A kicker: a small heading written on the line right above a heading that outranks it (`####
 *   Enabling teams to automate` then `## Observability`), the eyebrow line over a title. A heading
 *   over a higher one with a blank line between (`### Testing`, then `## Troubleshooting`) is a
 *   subsection left empty at the end of its part, still reported.
 * - A name for numbered parts: a heading followed at its own level by parts numbered from one
 *   (`## Point by point`, then `## 1. Read the question` and `## 2. Show your work`): the numbered
 *   list of parts is its content, written flat. Unnumbered siblings (`### Creating a subflow`, then
 *   `### Exporting the subflow`) are sections in their own right, still reported.
 * - A page's title: a level-1 heading that opens the page, where no front matter titles it (mdBook,
 *   MkDocs and Docusaurus take that heading as the page's title) or its layouts print no front-matter
 *   title (the caller passes no title then: unwritten-sections.ts), followed by the page's sections at
 *   level 1 too (`# Tentpole support policy` then `# Introduction`). A page that is only its title, or a
 *   title over nothing but other titles' levels below it, is still judged as any section.
 */
import type {HeadingFact} from '../facts.js';
import {stepNumber} from './heading-content.js';

/** Does headings[i], an empty section ended by `next`, introduce what follows it? */
export function introducesNext(headings: readonly HeadingFact[], i: number, next: HeadingFact, title: unknown): boolean {
  const heading = headings[i]!;
  return isKicker(heading, next) || namesNumberedParts(headings, i, next) || titlesPage(heading, next, title);
}

/** A heading on the line right above one that outranks it. */
function isKicker(heading: HeadingFact, next: HeadingFact): boolean {
  return next.depth < heading.depth && next.line === (heading.endLine ?? heading.line) + 1;
}

/** An unnumbered heading followed at its level by parts numbered 1 and 2. */
function namesNumberedParts(headings: readonly HeadingFact[], i: number, next: HeadingFact): boolean {
  const heading = headings[i]!;
  if (next.depth !== heading.depth || stepNumber(heading.text) !== undefined || stepNumber(next.text) !== 1) return false;
  const second = headings.slice(headings.indexOf(next) + 1).find((h) => h.depth <= heading.depth);
  return second?.depth === heading.depth && stepNumber(second.text) === 2;
}

/** The level-1 heading that opens a page no front matter titles, followed by another level-1 heading. */
function titlesPage(heading: HeadingFact, next: HeadingFact, title: unknown): boolean {
  return heading.depth === 1 && heading.opensPage === true && next.depth === 1 && (typeof title !== 'string' || title.trim() === '');
}
