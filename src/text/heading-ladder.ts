import type {Root} from 'mdast';

/** Levels a ladder shows at least: h2 to h5, or h3 to h6. */
export const ladderSteps = 4;

/**
 * Headings one level deeper each, one right after the other with nothing between (`## Heading 2`,
 * `### Heading 3` … `###### Heading 6`): a specimen of the heading levels, as a theme's or a site's
 * style page shows them, not sections left unwritten. `adjacent(a, b)` says that nothing a reader
 * sees comes between two headings that follow each other in the list.
 */
export function headingLadder<T extends {depth: number}>(headings: readonly T[], adjacent: (above: T, below: T) => boolean): Set<T> {
  const ladder = new Set<T>();
  let run: T[] = [];
  const close = (): void => {
    if (run.length >= ladderSteps) for (const heading of run) ladder.add(heading);
  };
  for (const heading of headings) {
    const last = run.at(-1);
    if (last && heading.depth === last.depth + 1 && adjacent(last, heading)) run.push(heading);
    else {
      close();
      run = [heading];
    }
  }
  close();
  return ladder;
}

/** Does the page show a ladder of heading levels (top-level headings that are siblings in a row)? */
export function showsHeadingLadder(tree: Root): boolean {
  const headings: Array<{depth: number; index: number}> = [];
  for (const [index, node] of tree.children.entries()) if (node.type === 'heading') headings.push({depth: node.depth, index});
  return headingLadder(headings, (above, below) => below.index === above.index + 1).size > 0;
}
