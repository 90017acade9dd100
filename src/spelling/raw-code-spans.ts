import type {Root} from 'mdast';
import {walkType} from '../walk.js';

/** Elements whose text is code or verbatim, not prose (the same set an HTML block's reading blanks). */
const codeTag = /<(\/?)(pre|code|kbd|samp|script|style|textarea)\b[^>]*>/gi;

/**
 * Where raw HTML opens a code element in one HTML node and closes it in a later one, the Markdown
 * between them — text nodes the parser made of it — sits inside that element on the page:
 * `<code>thr</code>` in a paragraph (three nodes: tag, text, tag), or a `<pre><code>` listing a
 * parser splits into paragraphs and inline tags (`<div class="highlight"><pre><code>` pasted into a
 * list item, its lines not indented). A browser reads the text as the element's content: code,
 * not prose. Each span runs from the opening tag to the closing tag that brings every such element
 * back to closed; an opening tag never closed in a later node gives no span (as an HTML block's own
 * reading leaves it), so a stray `<code>` does not hide the rest of the page. Comments are skipped.
 */
export function rawCodeSpans(tree: Root, source: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  walkType(tree, 'html', (node) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    const text = source.slice(from, to).replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length));
    for (const match of text.matchAll(codeTag)) {
      const at = from + match.index!;
      if (match[1] === '') {
        if (depth++ === 0) start = at;
      } else if (depth > 0 && --depth === 0) spans.push([start, at]);
    }
  });
  return spans;
}
