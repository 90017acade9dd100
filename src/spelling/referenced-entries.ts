import type {List, ListItem, Nodes, Paragraph, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {eachOfTypes} from '../node-index.js';
import {citesTrackerItem, isTrackerItemOf} from './forge-urls.js';
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
/** Where another link's text starts in the entry's shape. */
const linkText = '\uE002';
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
/**
 * The entry's start, as a tracker's or a log's list writes it in front of the title: the issue's
 * number, linked or bare (`#1311`, `[#1311](…)`, its link over the title after it, `#1311 [title][#1311]`),
 * a tracker's key (`KEY-6706`, the key an old tracker gave the issue), or a commit's abbreviated hash
 * (`6dbe84f`, as `git log --oneline` writes the subject after it), maybe in brackets, then `:`, a
 * dash or a space. A bare number cites an entry only when the title after it is linked to that entry
 * (titleLinksTo): unlinked, `#12 The one where…` is a hashtag, an episode, a ranking's place or a writer's
 * work log as often. A linked number alone is not a reference when the list's numbers run 1, 2, 3 (a ranking: leadsRank).
 * A commit's subject after its hash is quoted whatever it holds (`34b46fe Revert the fix.  Work with them …`):
 * a log line is the committer's, two sentences or one (as quoted-records.ts takes a line led by its commit's link).
 */
// A hash may be all digits (`8623090`, one in sixteen or so): a list whose hashes all are is numbers, not commits (hashedList).
const hexHash = String.raw`(?=[0-9a-f]*\d)[0-9a-f]{7,40}`;
const leadReference = String.raw`(?:${pullLink}|${issueLink}|(?:[\w.-]+\/[\w.-]+)?#(\d+)|GH-\d+|([A-Z][A-Z\d_]+)-(\d+)|(${hexHash}))`;
const referenceLead = new RegExp(String.raw`^\s*\[?\s*${leadReference}\s*\]?(?:\s*:|\s+[-–—])?\s+(?=\S)`, 'u');
/** Longer than any title with its references: no entry, and the tail's search stays short. */
const maxEntry = 1000;
/** The path of a pull or merge request on a forge. */
const pullPath = /\/(?:pull|pulls|merge_requests|pull-requests)\/\d+/;

export function referencedEntrySpans(tree: Root): Span[] {
  const spans: Span[] = [];
  const definitions = definitionsOf(tree);
  eachOfTypes(tree, ['list'], (node, parent) => {
    // A nested list is read with the list that holds it (its entries grouped under a label).
    if (parent?.type === 'listItem') return;
    const entries: Entry[] = [];
    if (!collectEntries(node, entries, definitions) || entries.length < fewestEntries || leadsRank(entries) || !distinctLeads(entries) || !hashedList(entries) || !oneProject(entries)) return false;
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
  /** The number the entry opens with, an issue's (`#3 …`) or a tracker key's (`KEY-3 …`), if it opens with one. */
  number?: number;
  /** The commit's hash the entry opens with (`6dbe84f …`), if it opens with one. */
  commit?: string;
  /** The tracker's project key the entry opens with (`KEY` of `KEY-6706 …`), if it opens with one. */
  project?: string;
}

/** Entries that open with commits' hashes hold one with a letter (`6dbe84f`), or none opens with a hash: digits alone are numbers. */
function hashedList(entries: Entry[]): boolean {
  return !entries.some((entry) => entry.commit !== undefined) || entries.some((entry) => entry.commit !== undefined && /[a-f]/.test(entry.commit));
}

/** Entries that open with tracker keys name one project's (`KEY-6706`, `KEY-6035`): `UTF-8`, `ISO-8601`, `SHA-256` are names of standards. */
function oneProject(entries: Entry[]): boolean {
  return new Set(entries.flatMap((entry) => (entry.project === undefined ? [] : [entry.project]))).size <= 1;
}

/** No two entries open with one reference: a list of issues cites each once, a writer's list may open every line with one name (`COVID-19 …`). */
function distinctLeads(entries: Entry[]): boolean {
  const leads = entries.flatMap((entry) => (entry.number === undefined ? [] : [`${entry.project ?? '#'}-${entry.number}`]));
  return new Set(leads).size === leads.length;
}

/**
 * Entries that open with numbers running one by one (`#1 …`, `#2 …`, `#3 …`; `FY-2022`, `FY-2023`, `FY-2024`):
 * a ranking or a run of years the writer numbered, not issues (a release fixes issues filed far apart).
 */
function leadsRank(entries: Entry[]): boolean {
  return entries.every((entry, index) => entry.number !== undefined && (index === 0 || Math.abs(entry.number - entries[index - 1]!.number!) === 1));
}

/** The list's entries (its items without a nested list, at any depth), or false when one is no referenced title. */
function collectEntries(list: List, out: Entry[], definitions: ReadonlyMap<string, string>): boolean {
  for (const item of list.children) {
    const nested = item.children.filter((child): child is List => child.type === 'list');
    if (nested.length > 0) {
      // A group's label (`* BUGFIXES`) is the list's own heading, read; its entries are below it.
      if (item.children[0]?.type !== 'paragraph' || item.children.length !== nested.length + 1) return false;
      for (const inner of nested) if (!collectEntries(inner, out, definitions)) return false;
      continue;
    }
    const entry = referencedTitle(item, definitions);
    if (entry === undefined) return false;
    out.push({paragraph: item.children[0] as Paragraph, sentences: entry.commit === undefined && /[.!?]\s+\p{Lu}/u.test(entry.title), ...(entry.number !== undefined && {number: entry.number}), ...(entry.commit !== undefined && {commit: entry.commit}), ...(entry.project !== undefined && {project: entry.project})});
  }
  return true;
}

/**
 * The title of an item that is one paragraph, a one-line title then its reference(s), or its reference
 * then the title (referenceLead), with the bare number it opens with; undefined for any other item.
 */
function referencedTitle(item: ListItem, definitions: ReadonlyMap<string, string>): {title: string; number?: number; project?: string; commit?: string} | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || rest.length > 0) return undefined;
  const shape = shapeOf(first);
  if (shape.length > maxEntry) return undefined;
  const tail = referenceTail.exec(shape);
  if (tail && tail[0] !== '') return titleOf(shape.slice(0, tail.index));
  const lead = referenceLead.exec(shape);
  if (!lead) return undefined;
  const title = titleOf(shape.slice(lead[0].length));
  if (title === undefined || (lead[1] !== undefined && !titleLinksTo(first, lead[1], title.title, definitions))) return undefined;
  return {...title, ...(lead[1] !== undefined && {number: Number(lead[1])}), ...(lead[2] !== undefined && {project: lead[2]}), ...(lead[3] !== undefined && {number: Number(lead[3])}), ...(lead[4] !== undefined && {commit: lead[4]})};
}

/** The entry's title is one link to the tracker's entry `number` (`#8541 [title][#8541]`, `#12 [title](…/issues/12)`). */
function titleLinksTo(paragraph: Paragraph, number: string, title: string, definitions: ReadonlyMap<string, string>): boolean {
  return paragraph.children.some((node) => {
    const url = node.type === 'link' ? node.url : node.type === 'linkReference' ? definitions.get(node.identifier) : undefined;
    return url !== undefined && isTrackerItemOf(url, number) && toString(node).trim() === title;
  });
}

/** The page's link definitions' addresses by identifier (the first of each, as CommonMark takes it). */
function definitionsOf(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  eachOfTypes(tree, ['definition'], (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  return definitions;
}

function titleOf(text: string): {title: string} | undefined {
  const title = text.replaceAll(linkText, '').trim();
  return title !== '' && title.length <= maxTitle && !title.includes('\n') && /\p{L}/u.test(title) && !/[\uE000\uE001]/u.test(title) ? {title} : undefined;
}

/** The paragraph's text with its issue links as one placeholder each. */
function shapeOf(paragraph: Paragraph): string {
  let shape = '';
  for (const node of paragraph.children as Nodes[]) {
    if (node.type === 'link' && citesTrackerItem(node.url, toString(node).trim())) shape += pullPath.test(node.url) ? pullLink : issueLink;
    // Any other link's text is words of the entry, never its lead reference (`[UTF-8](…/wiki/UTF-8) - …` is no tracker's key).
    else if (node.type === 'link' || node.type === 'linkReference') shape += linkText + toString(node);
    else if (node.type === 'text') shape += node.value;
    else if (node.type === 'break') shape += '\n';
    else if (node.type === 'inlineCode') shape += 'code';
    else shape += toString(node);
  }
  return shape;
}
