import type {Nodes, Root} from 'mdast';
import {walk} from '../walk.js';
import {htmlTags} from './html-start-tags.js';

/** Inline HTML elements whose text is code, input, output or a variable's name, not prose. */
const codeTag = /^<(\/?)(code|kbd|samp|var|tt)\b[^<>]*>$/i;

/**
 * The inline nodes written between an opening `<code>` (`<kbd>`, `<samp>`, `<var>`, `<tt>`) and
 * its closing tag in the same paragraph: Markdown reads the tags as inline HTML and the text
 * between as text, but a reader sees code there, as in `` `code` `` (<code>get<i>XXX</i></code>).
 */
export function htmlCodeSpans(tree: Root): Set<Nodes> {
  const inside = new Set<Nodes>();
  walk(tree, (node) => {
    if (!('children' in node) || !node.children.some((child) => child.type === 'html')) return true;
    const open: string[] = [];
    for (const child of node.children as Nodes[]) {
      const tag = child.type === 'html' ? codeTag.exec(child.value.trim()) : null;
      if (tag) {
        const name = tag[2]!.toLowerCase();
        if (tag[1] === '') open.push(name);
        else if (open.at(-1) === name) open.pop();
      } else if (open.length > 0) inside.add(child);
    }
    return true;
  });
  return inside;
}

/** Parents whose HTML nodes are inline (span-level) HTML. */
const inlineParents = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Source ranges that a `<code>` (or `<pre>`) element opened in block HTML holds across Markdown
 * blocks: `<code>` alone on its line starts an HTML block (CommonMark's kind 7) that a blank line
 * ends, so the listing's next lines are paragraphs to the parser, yet on the page they sit inside
 * the still open element, up to its `</code>` in a later HTML node: code, not prose. Each range runs
 * from the end of the node that leaves the element open to the start of the node that closes it;
 * an element never closed gives none (a stray `<code>` does not hide the rest of the page).
 */
export function htmlBlockCodeSpans(tree: Root): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = 0;
  let from = 0;
  walk(tree, (node, parent) => {
    if (node.type !== 'html') return true;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return false;
    const block = parent === undefined || !inlineParents.has(parent.type);
    if (!block && open === 0) return false;
    // Open from an earlier node: closing it here ends a range.
    const wasOpen = open > 0;
    for (const tag of htmlTags(node.value)) {
      if (tag.name !== 'code' && tag.name !== 'pre') continue;
      if (!tag.closing) {
        if (block || open > 0) open++;
      } else if (open > 0 && --open === 0 && wasOpen) spans.push([from, start]);
    }
    if (open > 0) from = end;
    return false;
  });
  return spans;
}

/**
 * A test of offsets asked in source order (a walk's pre-order) against sorted, disjoint ranges
 * (htmlBlockCodeSpans'): one pointer moves forward, so a page of many split listings costs linear
 * time, where a search of every range per node was quadratic. An offset asked out of order is at
 * worst read as outside (postlint then reads more, never less).
 */
export function inSpansInOrder(spans: ReadonlyArray<readonly [number, number]>): (offset: number) => boolean {
  let range = 0;
  return (offset) => {
    while (range < spans.length && spans[range]![1] <= offset) range++;
    return range < spans.length && offset >= spans[range]![0];
  };
}
