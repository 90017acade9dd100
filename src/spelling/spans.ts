import type {Nodes} from 'mdast';

/**
 * Spans of source text the spelling exemptions hold (a quoted title, a commit line, others'
 * words): `[start, end)` source offsets. Collected in any order, then merged once into the sorted,
 * non-overlapping form that `inSpans` searches by halves (long release notes have thousands).
 */
export type Span = [number, number];

/** A node's span in the source (`[0, 0]`, empty, for a node without a position). */
export function spanOf(node: Nodes): Span {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/** Empty spans dropped, the rest sorted and overlapping or touching ones joined: the form inSpans needs. */
export function mergeSpans(spans: ReadonlyArray<readonly [number, number, ...unknown[]]>): Span[] {
  const sorted = spans.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** The span of `spans` (sorted and not overlapping, as mergeSpans leaves them) holding `offset`, if any: a search by halves. */
export function spanAt<T extends readonly [number, number, ...unknown[]]>(spans: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (offset < span[0]) high = middle - 1;
    else if (offset >= span[1]) low = middle + 1;
    else return span;
  }
  return undefined;
}

/** Whether an offset lies in one of the spans (sorted and not overlapping, as mergeSpans leaves them). */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  return spanAt(spans, offset) !== undefined;
}
