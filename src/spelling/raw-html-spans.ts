import type {Html, Nodes, Parents, Root} from 'mdast';
import {walk} from '../walk.js';
import {replaceClosed} from '../text/closed-spans.js';

/**
 * Elements whose text is verbatim, not prose: a `<pre>` listing, a script, a style sheet, a text
 * area. Not an inline `<code>`, `<kbd>` or `<samp>` a paragraph splits into tag, text and tag: the
 * text between such inline tags is read as prose (a name misspelled there, `<code>fundemantal</code>`
 * beside `<code>fundamental</code>`, is one a reader sees); inside a `<pre>` it is not.
 */
const codeTag = /<(\/?)(pre|script|style|textarea)\b[^>]*>/gi;

/** Parents whose HTML nodes are inline (span-level) HTML: a tag there is part of a line of prose. */
const inlineParents = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Each raw HTML node of the tree with its source offset, its text with comments blanked (offsets
 * kept), and whether it is block HTML (not inside a paragraph, heading or table cell).
 */
function eachHtmlNode(tree: Root, source: string, visit: (node: Html, parent: Parents | undefined, from: number, text: string, block: boolean) => void): void {
  walk(tree, (node, parent) => {
    if (node.type !== 'html') return;
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    // Comments blanked to spaces (offsets kept), in one pass (`replaceClosed`).
    const text = replaceClosed(source.slice(from, to), '<!--', '-->', (comment) => ' '.repeat(comment.length));
    visit(node, parent, from, text, parent === undefined || !inlineParents.has(parent.type));
  });
}

/**
 * Where raw HTML opens a verbatim element in one HTML node and closes it in a later one, the
 * Markdown between them — text nodes the parser made of it — sits inside that element on the
 * page: a `<pre><code>` listing a parser splits into paragraphs and inline tags (`<div
 * class="highlight"><pre><code>` pasted into a list item, its lines not indented, so that the
 * list item's HTML block ends at its first line). A browser shows the text as the listing: code,
 * not prose. Each span runs from the opening tag to the closing tag that brings the element back
 * to closed; an opening tag never closed in a later node gives no span (as an HTML block's own
 * reading leaves it), so a stray `<pre>` does not hide the rest of the page. Only an opening tag
 * in block HTML counts: a `<pre>` named in a paragraph ("Use the <pre> element") is one kramdown
 * reads as a span element and closes at the paragraph's end, so the paragraphs after it are prose
 * even where a `</pre>` follows. `<pre>` nests; a script, style or text area holds raw text, so
 * tags in its body (`var s = '<pre>'`) are not counted until its own closing tag. Comments are
 * skipped.
 */
export function rawCodeSpans(tree: Root, source: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let pre = 0;
  let rawText: string | undefined;
  let start = 0;
  eachHtmlNode(tree, source, (_node, _parent, from, text, block) => {
    for (const match of text.matchAll(codeTag)) {
      const at = from + match.index!;
      const name = match[2]!.toLowerCase();
      const closing = match[1] === '/';
      if (rawText !== undefined) {
        if (closing && name === rawText) {
          rawText = undefined;
          if (pre === 0) spans.push([start, at]);
        }
      } else if (!closing) {
        if (!block) continue;
        if (pre === 0) start = at;
        if (name === 'pre') pre++;
        else rawText = name;
      } else if (name === 'pre' && pre > 0 && --pre === 0) spans.push([start, at]);
    }
  });
  return spans;
}

/** An `<a` or `</a` at the start of a tag (an opening tag is read up to its `>` by hand: anchorTags). */
const anchorStart = /<(\/?)a\b/gi;
/** A tag's `href` value, quoted or not. */
const hrefAttribute = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * The `<a href>` opening tags (with the address) and `</a>` closing tags of one HTML node's text,
 * in order, read in one pass: each `<a` is read to the next `>` and its `href` looked for in that
 * tag alone. An `<a` with no `>` after it ends the scan — no later tag of the node can close — so an
 * unclosed run of `<a href="x" ` is not rescanned to the end once per opening (a single pattern
 * over the node did that: cubic).
 */
function anchorTags(text: string): Array<{index: number; href?: string}> {
  const tags: Array<{index: number; href?: string}> = [];
  anchorStart.lastIndex = 0;
  for (let match = anchorStart.exec(text); match; match = anchorStart.exec(text)) {
    const end = text.indexOf('>', match.index);
    if (end < 0) break;
    if (match[1] === '/') {
      if (/^<\/a\s*>$/i.test(text.slice(match.index, end + 1))) tags.push({index: match.index});
    } else {
      const href = hrefAttribute.exec(text.slice(match.index, end + 1));
      if (href) tags.push({index: match.index, href: href[1] ?? href[2] ?? href[3] ?? ''});
    }
    anchorStart.lastIndex = end + 1;
  }
  return tags;
}

/**
 * Raw HTML links (`<a href="…/wiki/Oberon">Oberon</a>`), in one HTML node or across an inline tag,
 * a text node and a closing tag: each span from the opening tag to its closing one, with its
 * address, so that a capitalized word of the link text the address spells out as written is taken
 * as the target's name, as in a Markdown link (prose.ts, markRawNamed). An `<a>` pairs only with
 * a `</a>` in its own block HTML node or, written inline, in its own paragraph.
 */
export function rawLinkSpans(tree: Root, source: string): Array<[number, number, string]> {
  const spans: Array<[number, number, string]> = [];
  // The open `<a>`: where, its address, and what it may close in — its own HTML node when that is
  // block HTML (kramdown closes the element with its block), else its paragraph (inline HTML,
  // which kramdown closes at the paragraph's end), so a stray `</a>` paragraphs later pairs with nothing.
  let open: {at: number; href: string; node: Nodes; parent: Parents | undefined; block: boolean} | undefined;
  eachHtmlNode(tree, source, (node, parent, from, text, block) => {
    if (open && (open.block ? node !== open.node : parent !== open.parent)) open = undefined;
    if (!/<\/?a\b/i.test(text)) return;
    for (const tag of anchorTags(text)) {
      const at = from + tag.index;
      if (tag.href !== undefined) open = {at, href: tag.href, node, parent, block};
      else if (open) {
        spans.push([open.at, at, open.href]);
        open = undefined;
      }
    }
  });
  return spans;
}
