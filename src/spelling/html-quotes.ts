import type {Nodes, Parents} from 'mdast';

/**
 * HTML `<blockquote>` elements in a Markdown page, and the signs in their markup that the words are
 * someone else's. A pasted post embed is the common case: X's (Twitter's) and Bluesky's embed code
 * is `<blockquote class="twitter-tweet"><p lang="en">the post</p>&mdash; Name (@handle) <a
 * href="…/status/…">date</a></blockquote>`, the byline after the post's paragraph opening with a
 * dash; writers often wrap it in a `<div>` of their own. The HTML standard's own way to attribute a
 * quotation is outside the element, in the `<figcaption>` of a `<figure>` around it (HTML Living
 * Standard, "The blockquote element", its examples).
 */

/** A line that names a quotation's source: `— Ana Gómez`, `-- [The Register](…)`, `~ a reader`. */
const attribution = /^[ \t>]*(?:\u2014|\u2013|\u2015|--|~)[ \t]*\S/m;

/** The last line of a text opens with an attribution dash (`— Ana Gómez`, `-- [The Register](…)`). */
export function dashLine(text: string): boolean {
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  return attribution.test(lastLine) && /^[ \t>]*(?:\u2014|\u2013|\u2015|--|~)/.test(lastLine);
}

/** An HTML blockquote: its source range `[from, to)`, and the blocks of `parent` it runs over (`first`…`last`: its paragraphs apart by blank lines are blocks of their own). */
export interface HtmlQuote {
  nodes: Nodes[];
  first: number;
  last: number;
  from: number;
  to: number;
}

/** How far on a blockquote that does not close in its own block may run. */
const farthestClose = 20;

const closeTag = /<\/blockquote\s*>/i;

/**
 * The `<blockquote>` elements that open in an HTML block (the `first` child of `parent`), at its
 * start or inside a wrapper (`<div class="embed"><blockquote …>`), each up to its closing tag, in
 * the same block or one of the next HTML blocks; one that never closes runs to its block's end.
 */
export function htmlBlockquotes(node: Nodes, parent: Parents, first: number, source: string): HtmlQuote[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type !== 'html' || start === undefined || end === undefined || !/<blockquote\b/i.test(node.value)) return [];
  const text = source.slice(start, end);
  const quotes: HtmlQuote[] = [];
  for (const open of text.matchAll(/<blockquote\b/gi)) {
    const from = start + open.index;
    let last = first;
    let to = end;
    const closing = closeTag.exec(text.slice(open.index));
    if (closing) to = from + closing.index + closing[0].length;
    else {
      for (let i = first + 1; i < Math.min(parent.children.length, first + farthestClose); i++) {
        const sibling = parent.children[i] as Nodes;
        const siblingStart = sibling.position?.start.offset;
        const closed = sibling.type === 'html' && siblingStart !== undefined ? closeTag.exec(source.slice(siblingStart, sibling.position?.end.offset)) : null;
        if (closed) {
          last = i;
          to = siblingStart! + closed.index + closed[0].length;
          break;
        }
      }
    }
    quotes.push({nodes: parent.children.slice(first, last + 1) as Nodes[], first, last, from, to});
  }
  return quotes;
}

/**
 * Classes of the blockquote a social network's embed code writes around a post it shows (X's
 * `twitter-tweet`, Bluesky's `bluesky-embed`, Mastodon's `mastodon-embed`, Instagram's
 * `instagram-media`, Threads' `text-post-media`, TikTok's `tiktok-embed`, Reddit's
 * `reddit-embed-bq`): whatever the post's text, the poster's.
 */
const embedClass = /^<blockquote\b[^>]*\sclass\s*=\s*["']?[^"'>]*\b(?:twitter-tweet|bluesky-embed|mastodon-embed|instagram-media|text-post-media|tiktok-embed|reddit-embed-bq)\b/i;

/** Dashes written as character references (`&mdash;`, `&#8212;`): an embed's byline writes them so. */
const dashReference = /&(?:mdash|ndash|horbar|#8212|#8211|#8213|#x201[345]);/gi;

/**
 * The element's own markup names its source: the embed code of a post (above), or a byline after
 * its last paragraph that opens with a dash (`</p>&mdash; Name (@handle) <a …>date</a>`, X's and
 * Bluesky's embed code, or a quote signed the same way by hand), or a `<figcaption>` right after it
 * in its `<figure>`. `after` is the text that follows the element in its blocks.
 */
export function htmlQuoteSigned(html: string, after: string): boolean {
  if (embedClass.test(html) || /^\s*<figcaption\b/i.test(after)) return true;
  // The element's text with its paragraphs and line breaks as lines, the byline's dash as a character.
  // A dash written as a reference signs only after a paragraph or a line break, where the embed's byline
  // puts it: at a wrapped source line's start it is a dash inside the sentence (`<p>a seperate
  // cache\n&mdash; the old one was too slow.</p>`).
  const text = html
    .replace(/[ \t]*\n\s*(?=&(?:mdash|ndash|horbar|#8212|#8211|#8213|#x201[345]);)/gi, ' ')
    .replace(/<\/(?:p|div)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(dashReference, '\u2014')
    .trimEnd();
  return dashLine(text);
}

/**
 * How far past its closing tag an HTML quote's range runs in its blocks: over what goes with it
 * (closing tags, a `<figcaption>` in its figure, an embed's `<script>`, a byline line opening with a
 * dash), up to the first words of the writer's own after it (`<p>We love hearing this …</p>` in the
 * same wrapper `<div>`), which are read.
 */
export function quoteTailEnd(source: string, to: number, blocksEnd: number): number {
  const tail = /^(?:\s+|<(?:figcaption|script)\b[^>]*>[^<]*(?:<(?!\/(?:figcaption|script)\s*>)[^<]*)*<\/(?:figcaption|script)\s*>|<\/?[a-z][^>]*>|(?:\u2014|\u2013|\u2015|--|&(?:mdash|ndash|#8212|#8211);)[^\n]*)*/i.exec(source.slice(to, blocksEnd));
  return to + (tail?.[0].length ?? 0);
}
