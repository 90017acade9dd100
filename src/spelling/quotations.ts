import type {Blockquote, ListItem, Nodes, Parents, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {walk} from '../walk.js';

/**
 * Where a page gives others' words rather than its own: text a reader knows is quoted from
 * somewhere else, written as its source wrote it. Names in it (`Minio` in a 2017 article's title,
 * `django` in a quoted tweet) are the source's, not the site's, and a careful editor does not
 * "correct" them. The site's own words stay its prose: a note in a blockquote with no source named
 * (`> **Note:** …`, `> [!TIP]`), the titles of its own pages, a single word in quotes.
 */

/** Source ranges `[start, end)`, sorted by start; a linked title's range carries its link's host. */
export type Ranges = Array<[number, number, string?]>;

/** Nodes with text of their own: where quotation marks open and close. */
const textBlocks = new Set(['paragraph', 'heading', 'tableCell']);

/** Inline nodes whose quotation marks are not the prose's (`<a href="…">`, `` `"x"` ``). */
const notProse = new Set(['inlineCode', 'html', 'inlineMath', 'mdxTextExpression']);

/** Opening quotation mark → closing one. Straight single quotes are apostrophes too often to pair. */
const pairs: Record<string, string> = {'"': '"', '\u201C': '\u201D', '\u00AB': '\u00BB', '\u201E': '\u201C'};

/** A quotation longer than this is no quotation but quotation marks that never closed. */
const longestQuotation = 600;

/**
 * Quotations of two words or more inside one paragraph, heading or table cell that open with a
 * capital, a handle or a number (`Like "@mt is a django rockstar, …"`, `the headline “Why Github
 * Fell Over”`): a quoted sentence or title. A single word in quotes, or a lower-case phrase (`"how
 * to setup jekyll"`), is a mention the writer makes, and not counted here.
 */
function quotations(block: Parents, source: string, out: Ranges): void {
  const start = block.position?.start.offset;
  const end = block.position?.end.offset;
  if (start === undefined || end === undefined) return;
  let text = source.slice(start, end);
  if (!/["\u201C\u00AB\u201E]/.test(text)) return;
  // Quotation marks in code or in tags are not the prose's: blank those spans first.
  walk(block, (node) => {
    if (!notProse.has(node.type)) return;
    const from = (node.position?.start.offset ?? start) - start;
    const to = (node.position?.end.offset ?? start) - start;
    if (to > from) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
    return false;
  });
  for (let at = 0; at < text.length; at++) {
    const close = pairs[text[at]!];
    // An opening mark stands before a word, after a space, a bracket or the block's start (`5"` is inches).
    // After `=` it is an attribute's value (`alt="…"` in markup read as text), not a quotation.
    if (close === undefined || (at > 0 && /[\p{L}\p{N}=]/u.test(text[at - 1]!))) continue;
    const to = text.indexOf(close, at + 1);
    if (to === -1 || to - at > longestQuotation) continue;
    const inner = text.slice(at + 1, to).replace(/^[\s*_]+/, '');
    // A quoted sentence or title opens with a capital (or a handle, a number); a lower-case phrase in
    // quotes is the writer's own mention (`I'll not blog about "how to setup jekyll"`), checked.
    if (/^[\p{Lu}\p{N}@#]/u.test(inner) && /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(inner.trim()) && /\s/.test(inner.trim())) out.push([start + at + 1, start + to]);
    at = to;
  }
}

/** A line that names a quotation's source: `— Ana Gómez`, `-- [The Register](…)`, `~ a reader`. */
const attribution = /^[ \t>]*(?:\u2014|\u2013|\u2015|--|~)[ \t]*\S/m;

/**
 * A blockquote that names its source: an attribution line inside it (`> — Ana, in The Register`),
 * a `<cite>`, the paragraph right after it opening with a dash, or the paragraph before it that
 * introduces it with a link to the source and a colon (`As [the report](https://…) put it:`).
 * Without one, a blockquote is the site's own words set apart (a note, a tip, a summary).
 */
function attributed(quote: Blockquote, parent: Parents | undefined, source: string): boolean {
  const last = quote.children.at(-1);
  if (last?.type === 'paragraph') {
    const lastStart = last.position?.start.offset;
    const lastEnd = last.position?.end.offset;
    if (lastStart !== undefined && lastEnd !== undefined) {
      // The last line of the last paragraph, or the whole paragraph when it opens with the dash.
      const text = source.slice(lastStart, lastEnd);
      const lastLine = text.slice(text.lastIndexOf('\n') + 1);
      if (attribution.test(lastLine) && /^[ \t>]*(?:\u2014|\u2013|\u2015|--|~)/.test(lastLine)) return true;
    }
  }
  let cites = false;
  walk(quote, (node) => {
    if (node.type === 'html' && /<cite\b/i.test(node.value)) cites = true;
  });
  if (cites || !parent) return cites;
  const index = parent.children.indexOf(quote as never);
  const after = parent.children[index + 1];
  if (after?.type === 'paragraph' && /^(?:\u2014|\u2013|\u2015|--)[ \t]*\S/.test(toString(after))) return true;
  const before = parent.children[index - 1];
  // Introduced by a verb of saying that names who speaks (`He writes:`, `As Ana put it:`): a quotation.
  if (before?.type === 'paragraph' && introducesSpeech.test(toString(before))) return true;
  if (before?.type === 'paragraph' && /:\s*$/.test(toString(before))) {
    let links = false;
    walk(before, (node) => {
      if (node.type === 'link' && external(node.url)) links = true;
    });
    return links;
  }
  return false;
}

/**
 * A paragraph that ends with a verb of saying and a colon, short enough to be an introduction
 * (`He writes:`, `As the author put it:`, `Ana said:`): the blockquote after it is what someone said.
 * `Note:` or `For example:` names no speaker and introduces the site's own words.
 */
const introducesSpeech = /^(?=[^\n]{0,120}$)[\s\S]*\b(?:writes|wrote|says|said|puts it|put it|explains|explained|argues|argued|notes|noted|tweeted|replied|answered|responded|comments|commented|observes|observed|recalls|recalled)\s*:\s*$/i;

/** A link to another site: the work it names is someone else's. */
function external(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * A link into a source forge names a project or a folder of one (`[Openstack Swift Repository
 * Plugin](https://github.com/…)`, the site's own examples): a label the writer gives software, not
 * the title of someone's article or talk. Its words stay the site's prose.
 */
const forge = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sr\.ht|git\.sr\.ht)\//i;

/** Words a Title Case title may leave in lower case. */
const minorWords = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'on', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'onto', 'over', 'per', 'than', 'is', 'are', 'be', 'it', 'its', 'your', 'my', 'our', 'their', 'this', 'that', 'more', 'and/or']);

/**
 * Text written in Title Case: four words or more outside the minor ones (`the`, `of`, `with`),
 * every one of them starting with a capital or a digit (`Understanding the Limitations of
 * Vector-Based Retrieval for Building LLM-powered Chatbot`). A heading or a title, not a sentence.
 */
function titleCase(text: string, fewest = 4): boolean {
  let major = 0;
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word.length === 0 || minorWords.has(word.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(word)) return false;
    major++;
  }
  return major >= fewest;
}

/** Words of the shortest title of a work in a list of links: shorter link text is a label (`WAVE for FireFox`). */
const shortestListedTitle = 5;

/**
 * The text of a link to another site that is the title of the work it links to: link text in
 * Title Case (`Anshu's article [Understanding … Chatbot](https://medium.com/…)`), or the link that
 * opens an item of a list of links (a press list, talks, featured tutorials: `- [Get storage for
 * your functions with Minio](https://blog.example/…) _2017_`), of five words or more. A link to
 * the site's own page carries the site's own title, and stays its prose; so does a link into a
 * source forge (below).
 */
function workTitle(node: Nodes, parent: Parents | undefined, grandparent: Parents | undefined, greatGrandparent: Parents | undefined): boolean {
  if (node.type !== 'link' || !external(node.url) || forge.test(node.url)) return false;
  const text = toString(node);
  const words = text.trim().split(/\s+/).length;
  if (words < 3) return false;
  if (titleCase(text)) return true;
  // In a table of links to others' work (a reading list: title, then the site's description), a
  // Title Case link that opens its row is the work's title: `[Using Acme with Sketchbook](https://…)`.
  if (parent?.type === 'tableCell' && parent.children[0] === node && grandparent?.type === 'tableRow' && grandparent.children[0] === parent && greatGrandparent?.type === 'table' && linkTable(greatGrandparent) && titleCase(text, 3)) return true;
  // A short label in a list of links (`[HeadingsMap for FireFox](https://addons…)`) is the writer's; a work's title runs longer.
  return words >= shortestListedTitle && parent?.type === 'paragraph' && parent.children[0] === node && grandparent?.type === 'listItem' && (grandparent as ListItem).children[0] === parent;
}

/** Rows of a table of links to others' work, the header aside: most first cells open with a link to another site. */
const fewestLinkRows = 3;

/** A table whose first column lists others' work: three rows or more, two thirds of them opening with a link to another site. */
function linkTable(table: Parents): boolean {
  const rows = table.children.slice(1) as Parents[];
  const linked = rows.filter((row) => {
    const first = (row.children[0] as Parents | undefined)?.children[0];
    return first?.type === 'link' && external(first.url) && !forge.test(first.url);
  });
  return linked.length >= fewestLinkRows && linked.length * 3 >= rows.length * 2;
}

/**
 * Source ranges of others' words in a page: multi-word quotations, blockquotes that name their
 * source, and titles of others' work given as link text. Sorted by start. Without `quotations`,
 * the quotations in quotation marks are left out (spelling: a quoted sentence may be the site's
 * own label or message, whose typo is the site's to fix).
 */
export function othersWords(tree: Root, source: string, {quotations: withQuotations = true}: {quotations?: boolean} = {}): Ranges {
  const out: Ranges = [];
  const parents: Parents[] = [];
  const visit = (node: Nodes, parent: Parents | undefined): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'blockquote' && start !== undefined && end !== undefined && attributed(node, parent, source)) {
      out.push([start, end]);
      return;
    }
    if (workTitle(node, parent, parents.at(-2), parents.at(-3)) && start !== undefined && end !== undefined) {
      out.push([start, end, hostOf((node as {url: string}).url)]);
      return;
    }
    if (withQuotations && textBlocks.has(node.type)) quotations(node as Parents, source, out);
    if ('children' in node) {
      parents.push(node);
      for (const child of node.children as Nodes[]) visit(child, node);
      parents.pop();
    }
  };
  visit(tree, undefined);
  return out.sort((a, b) => a[0] - b[0]);
}

/** Is this offset inside one of the ranges? */
export function inRanges(ranges: Ranges, offset: number): boolean {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}

/**
 * Is this word inside others' words, and not the name of the place a linked title points to?
 * `[KubeVirt basic operations on Youtube](https://www.youtube.com/…)` names its destination in the
 * writer's own words (the video's title does not say where it is hosted): `Youtube` there is checked.
 */
export function othersWord(ranges: Ranges, offset: number, word: string): boolean {
  const lower = word.toLowerCase();
  return ranges.some(([start, end, host]) => offset >= start && offset < end && !(host !== undefined && host.includes(lower)));
}

/** The host of a URL in lower case (`www.youtube.com`), or undefined. */
function hostOf(url: string): string | undefined {
  return /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase();
}

/**
 * Spans the prose marks as a mention: emphasis (`*raison d'être*`, the way English sets a word of
 * another language) and quotations of two words or more (`"Marché immobilier : tendance"`).
 */
export function markedSpans(tree: Root, source: string): Ranges {
  const out: Ranges = [];
  walk(tree, (node) => {
    if (node.type === 'emphasis') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) out.push([start, end]);
      return false;
    }
    if (textBlocks.has(node.type)) quotations(node as Parents, source, out);
  });
  return out.sort((a, b) => a[0] - b[0]);
}

/** An arrow from a wrong form to its correction: `trancoding -> transcoding`, `Github → GitHub`. */
const correctionArrow = /^[ \t]*(?:->|-->|=>|\u2192|\u27F6|\u21D2)[ \t]*['"`\u2018\u201C]?([\p{L}\p{N}'’-]+)/u;

/**
 * Is the word at `offset` the wrong side of a correction the prose spells out (`Fix typo:
 * trancoding -> transcoding`, a changelog's `Github → GitHub`)? It is mentioned, on purpose. The
 * word after the arrow must be the same word corrected (its first two letters, about its length):
 * `Properties -> Javascript -> Include path` is a menu path, not a correction.
 */
export function correctedInPlace(source: string, offset: number, length: number): boolean {
  let end = offset + length;
  // Past a closing quotation mark or code mark around the word (`'trancoding' -> 'transcoding'`).
  while (end < source.length && `'"\u2019\u201D\``.includes(source[end]!)) end++;
  const next = correctionArrow.exec(source.slice(end, end + 60))?.[1];
  if (next === undefined) return false;
  const word = source.slice(offset, offset + length).toLowerCase();
  return next.toLowerCase().slice(0, 2) === word.slice(0, 2) && Math.abs(next.length - word.length) <= 3;
}
