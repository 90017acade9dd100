import type {Nodes, Root} from 'mdast';
import {walk} from '../walk.js';

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
