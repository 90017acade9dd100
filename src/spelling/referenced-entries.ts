import type {List, ListItem, Nodes, Paragraph, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {eachOfTypes} from '../node-index.js';
import {isTrackerItemUrl} from './forge-urls.js';
import {spanOf, type Span} from './spans.js';

/**
 * A change log copied as its tool or its maintainers keep it: a list (maybe grouped under labels,
 * `* BUGFIXES` over its entries) whose every entry is one line, a merged pull request's or an
 * issue's title, ending in its reference(s) — `Fix the crash (#1234)`, `title (#12) (#13)`,
 * `title ([#12](…/issues/12))`, `title [#12](…/pull/12)`, the reference wrapped onto the next line. A project's
 * CHANGELOG.md of PR titles, a tracker's list of closed issues pasted into a release post: words
 * nobody edits once merged, quoted as they were written; spelling and brand-casing leave the entries
 * alone. What stays the writer's and is read:
 * - the text around the list (the post's intro, its headings) and the group labels;
 * - a list in which one entry or more does not end in a reference (a hand-written list whose
 *   items mention `#123` in passing, or cite one only now and then);
 * - an entry of more than one line before its reference (hard-wrapped prose a writer composed,
 *   `* We now parse brackets\n  in messages ([#12](…))`): no title is;
 * - a list in which more than one entry in ten has two sentences (`Move X. Fixes #12 (#13)`: a pull
 *   request's title now and then has, a writer's notes mostly do);
 * - a list whose entries end in a bare link to an issue (`* Fix the quoting in postgress [#455](…/issues/455)`):
 *   a maintainer's changelog citing what each entry fixes, in the maintainer's words;
 * - a list of fewer than `fewestEntries` entries: one or two items that cite a pull request are as
 *   often the writer's own summary.
 * One entry alone is not told from a writer's summary (`- The updater is faster (#4108)`): only
 * the whole list's shape says it is a record.
 */

/** Fewest entries of a copied change log: one or two referenced items are as often the writer's own. */
const fewestEntries = 3;
/** Share of entries that may hold two sentences: a merged pull request's title sometimes does. */
const twoSentenceShare = 0.1;
/** GitHub caps an issue's title at 256 characters. */
const maxTitle = 256;
/** A link to a pull request (`…/pull/12`, `…/merge_requests/12`) in the entry's shape: the merged change the title is. */
const pullLink = '\uE000';
/** A link to an issue (`…/issues/12`) in the entry's shape. */
const issueLink = '\uE001';
/** A reference in parentheses, as GitHub appends a squash-merged pull request's number to its title (`title (#12)`), linked or not. */
const inParentheses = String.raw`(?:${pullLink}|${issueLink}|(?:[\w.-]+\/[\w.-]+)?#\d+|GH-\d+)`;
// One way only to part the references (a comma or `&` with any spaces, ` and `, or spaces alone), so a hostile `(#1 #1 #1 …x` fails in linear time.
const references = String.raw`${inParentheses}(?:(?:\s*[,&]\s*|\s+and\s+|\s+)${inParentheses})*`;
/**
 * The entry's end: its reference(s) in parentheses, one group or more, maybe on the next line; or a
 * link to the pull request itself after the title (`title [#12](…/pull/12)`); a bare number may follow
 * a group in parentheses (a backport's `title (#3976) #3978`). An issue's link after the
 * words without parentheses (`* Fix quoting in postgres [#455](…/issues/455)`) is a maintainer citing
 * what their entry fixes, in their own words: no title.
 */
const referenceTail = new RegExp(String.raw`(?:\s*\(\s*${references}\s*\)(?:\s+#\d+)*|\s+${pullLink})+\.?\s*$`, 'u');
/** Longer than any title with its references: no entry, and the tail's search stays short. */
const maxEntry = 1000;
/** The path of a pull or merge request on a forge. */
const pullPath = /\/(?:pull|pulls|merge_requests|pull-requests)\/\d+/;
/** A link's text that is an issue's number (`#35`, `owner/repo#35`, `GH-35`). */
const issueText = /^(?:[\w.-]+\/[\w.-]+)?#\d+$|^GH-\d+$/i;

export function referencedEntrySpans(tree: Root): Span[] {
  const spans: Span[] = [];
  eachOfTypes(tree, ['list'], (node, parent) => {
    // A nested list is read with the list that holds it (its entries grouped under a label).
    if (parent?.type === 'listItem') return;
    const entries: Entry[] = [];
    if (!collectEntries(node, entries) || entries.length < fewestEntries) return false;
    if (entries.filter((entry) => entry.sentences).length > entries.length * twoSentenceShare) return false;
    for (const entry of entries) spans.push(spanOf(entry.paragraph));
    return false;
  });
  return spans.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
}

/** An entry's paragraph, and whether its title holds two sentences. */
interface Entry {
  paragraph: Paragraph;
  sentences: boolean;
}

/** The list's entries (its items without a nested list, at any depth), or false when one is no referenced title. */
function collectEntries(list: List, out: Entry[]): boolean {
  for (const item of list.children) {
    const nested = item.children.filter((child): child is List => child.type === 'list');
    if (nested.length > 0) {
      // A group's label (`* BUGFIXES`) is the list's own heading, read; its entries are below it.
      if (item.children[0]?.type !== 'paragraph' || item.children.length !== nested.length + 1) return false;
      for (const inner of nested) if (!collectEntries(inner, out)) return false;
      continue;
    }
    const title = referencedTitle(item);
    if (title === undefined) return false;
    out.push({paragraph: item.children[0] as Paragraph, sentences: /[.!?]\s+\p{Lu}/u.test(title)});
  }
  return true;
}

/** The title of an item that is one paragraph, a one-line title then its reference(s); undefined for any other item. */
function referencedTitle(item: ListItem): string | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || rest.length > 0) return undefined;
  const shape = shapeOf(first);
  if (shape.length > maxEntry) return undefined;
  const tail = referenceTail.exec(shape);
  if (!tail || tail[0] === '') return undefined;
  const title = shape.slice(0, tail.index).trim();
  return title !== '' && title.length <= maxTitle && !title.includes('\n') && /\p{L}/u.test(title) && !/[\uE000\uE001]/u.test(title) ? title : undefined;
}

/** The paragraph's text with its issue links as one placeholder each. */
function shapeOf(paragraph: Paragraph): string {
  let shape = '';
  for (const node of paragraph.children as Nodes[]) {
    if (node.type === 'link') shape += isIssueLink(node.url, toString(node).trim()) ? (pullPath.test(node.url) ? pullLink : issueLink) : toString(node);
    else if (node.type === 'text') shape += node.value;
    else if (node.type === 'break') shape += '\n';
    else if (node.type === 'inlineCode') shape += 'code';
    else shape += toString(node);
  }
  return shape;
}

function isIssueLink(url: string, text: string): boolean {
  return issueText.test(text) || (text === url && isTrackerItemUrl(url));
}
