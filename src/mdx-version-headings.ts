/**
 * A Docusaurus page whose MDX version is unknown (src/site/generators/docusaurus-version.ts): read as
 * MDX 3, and also as MDX 1, whose JSX blocks end at a blank line and whose indented lines are code
 * (src/text/jsx-tags.ts). A heading only one reading has (MDX 1 loses `## Options` after an open
 * `<Tabs>`) gives an id only that version writes: such ids are unverifiable, not known and not broken.
 */
import type {Root} from 'mdast';
import {walkType} from './walk.js';
import type {FileFacts} from './facts.js';

/** Where each heading of a tree starts, with its level (`3:1:2`). */
export function headingSpots(tree: Root): Set<string> {
  const spots = new Set<string>();
  walkType(tree, 'heading', (node) => {
    if (node.position) spots.add(`${node.position.start.line}:${node.position.start.column}:${node.depth}`);
  });
  return spots;
}

/**
 * Keeps the headings both readings have; when any differ, every fragment into the page that names
 * no kept id is unverifiable (an id prefix of `''`), with the reason the version is unknown.
 */
export function keepSharedHeadings(facts: FileFacts, other: Set<string>, reason: string): void {
  const spot = (heading: FileFacts['headings'][number]): string => `${heading.line}:${heading.column}:${heading.depth}`;
  const first = facts.headings.find((heading) => !other.has(spot(heading)));
  const own = new Set(facts.headings.map(spot));
  const missing = [...other].find((entry) => !own.has(entry));
  if (!first && missing === undefined) return;
  facts.headings = facts.headings.filter((heading) => other.has(spot(heading)));
  const [line, column] = first ? [first.line, first.column] : missing!.split(':').map(Number);
  facts.idPrefixes = [...(facts.idPrefixes ?? []), {prefix: '', reason: `has headings MDX 1 and MDX 3 read differently, and ${reason}`, line: line!, column: column!}];
}
