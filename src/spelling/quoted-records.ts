import type {List, ListItem, Nodes, Paragraph, Root, Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {eachOfTypes} from '../node-index.js';
import {walkType} from '../walk.js';
import {commandOutputSpans} from './command-output.js';
import {isCommitUrl} from './forge-urls.js';
import {mergeSpans, spanOf} from './spans.js';

/** spelling and brand-casing read the same tree and text: the spans are worked out once per tree. */
const byTree = new WeakMap<Root, {source: string; spans: Array<[number, number]>}>();

/**
 * Text a page shows as a record of something else rather than in its own words, so spelling and
 * brand-casing leave it alone while the page's own prose around it is still read:
 * - commit lines a release post copies from `git log` (`* [d4f5526](…/commit/d4f5526) Fix: … (#6220) (Author)`);
 * - a search query the page quotes (`search for "jquery mobile"`, `[jquery mobile](…?q=jquery+mobile)`),
 *   and the queries a log of searches lists (`_sentry github_ – …` on a page of what the writer googled);
 * - the cells of a style guide's "Incorrect" column (`| GitHub | Github |` under `| Correct | Incorrect |`);
 * - what a program printed, quoted in a blockquote (log records, a command's output: command-output.ts).
 * Spans are source offsets, sorted and not overlapping (for spans' inSpans).
 */
export function quotedRecordSpans(tree: Root, source: string): ReadonlyArray<readonly [number, number]> {
  const known = byTree.get(tree);
  if (known && known.source === source) return known.spans;
  const spans = mergeSpans([...commitLineSpans(tree, source), ...searchQuerySpans(tree, source), ...searchLogSpans(tree), ...avoidColumnSpans(tree), ...commandOutputSpans(tree, source)]);
  byTree.set(tree, {source, spans});
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Commit lines

const hashText = /^[0-9a-f]{7,40}$/i;
/**
 * The author `git log --format='* %s (%an)'` puts at a line's end: a name or a user name of a few
 * words in parentheses, no link, issue number, colon or slash in it (`(Toru Nagashima)`, `(strawbrary)`).
 */
const authorTail = /\(([^()[\]#@:/\n]{1,60})\)\s*$/u;
/**
 * An issue clause right before the author, as a commit subject carries it: `(fixes #6210)`,
 * `(refs #5498)`, `(#8684)`, the number linked or not (`(fixes [#4195](…/issues/4195))`). The
 * text is the line before its author; a tag in front (`Fix:`, `Docs:`) is no commit's mark alone,
 * a hand-written changelog tags its lines the same way.
 */
const issueNumberClosing = /#\d+\]?(?:\([^()\s]*\))?\s*\)\s*$/;

/** The text ends with an issue clause: an issue number (linked or not) closing a parenthesis opened before it. */
function endsWithIssue(text: string): boolean {
  const match = issueNumberClosing.exec(text);
  return match !== null && text.lastIndexOf('(', match.index) !== -1;
}

/** Lists of commit lines need this many lines with an issue clause before the author. */
const fewestIssueLines = 2;

/**
 * The list items that are commit lines a release post copies from the repository's log (ESLint's
 * release tool writes `* [hash](…/commit/hash) subject (author)`; older posts `* subject (fixes #N)
 * (author)` from `git log --format`). The subject is the commit's message, quoted as it was
 * committed; the author in parentheses a name. An item led by a link to its commit is one on its
 * own. Without the hash, an item is one when an issue clause stands right before its author
 * (`(fixes #6210) (Toru Nagashima)`, `(#8684) (Teddy Katz)`), in a list where two items or more
 * are so; each item counted carries it. A hand-written changelog's `- Fix: … (Windows)` or
 * `(thanks Bob)` is the site's own prose, read.
 */
function commitLineSpans(tree: Root, source: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!source.includes('(')) return spans;
  walkType(tree, 'list', (list: List) => {
    const issued: Paragraph[] = [];
    for (const item of list.children) {
      const first = leadParagraph(item);
      if (!first) continue;
      if (ledByCommit(first)) {
        spans.push(spanOf(first));
        continue;
      }
      const text = oneLine(first, source);
      const author = text === undefined ? null : authorTail.exec(text);
      if (text === undefined || !author || !authorLike(author[1]!)) continue;
      if (endsWithIssue(text.slice(0, author.index))) issued.push(first);
    }
    if (issued.length >= fewestIssueLines) for (const paragraph of issued) spans.push(spanOf(paragraph));
  });
  return spans;
}

function leadParagraph(item: ListItem): Paragraph | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' ? first : undefined;
}

/** The item starts with a link to a commit whose text is its hash. */
function ledByCommit(paragraph: Paragraph): boolean {
  const first = paragraph.children[0];
  return first?.type === 'link' && isCommitUrl(first.url) && hashText.test(toString(first).trim());
}

/** The paragraph's source when it is one line (a commit subject is); undefined otherwise. */
function oneLine(paragraph: Paragraph, source: string): string | undefined {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const text = source.slice(start, end);
  return text.includes('\n') ? undefined : text;
}

/** A name of one to four words (`Nicholas C. Zakas`, `alberto`, `薛定谔的猫`), not a clause (`see below`, `thanks Bob`). */
function authorLike(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length <= 4 && !/^(?:see|e\.g|i\.e|or|and|for|in|as|was|is|thanks|thank|via|optional|default|deprecated|beta|experimental|recommended|required|preview|alpha)\b/i.test(name.trim()) && !/\d{2,}/.test(name);
}

// ---------------------------------------------------------------------------------------------
// Search queries

/**
 * A quoted string a search verb takes as its object (`if you searched for something like "mongodb find"`,
 * `try searching for "[jquery mobile][3]"`): the literal text typed into a search box, in the case
 * the searcher typed it. Not quotations.ts's `saidBefore`: a speech verb sets others' words apart with
 * its colon or comma and only when someone else speaks; a search verb takes its query as its object,
 * whoever searched (`I searched for "…"`).
 */
const searchedFor = /\b(?:search(?:es|ed|ing)?|query(?:ing)?|queried|googl(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+up)\s+(?:for\s+)?(?:(?:something|anything|terms?|queries|a\s+query)\s+like\s+|e\.g\.\s+)?("|“)([^"“”\n]{1,100})(?:"|”)/iuy;
/**
 * Where a match of searchedFor can start (every one starts with one of these, in the same case
 * folding). Tried at those places only (sticky), the pattern finds the same matches in the same
 * order as a scan of the whole page, ~15× faster: the scan tried its word boundary and its
 * alternatives at every character of every page, twice a page (spelling and brand-casing).
 */
const searchVerbStart = /search|quer|googl|look/giu;

/**
 * Search queries the page quotes: a quoted string after a search verb, and a link whose text is
 * the value of one of its own address's query parameters (`[jquery mobile](https://searchcode.com/?q=jquery+mobile)`).
 */
function searchQuerySpans(tree: Root, source: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  searchVerbStart.lastIndex = 0;
  for (let verb = searchVerbStart.exec(source); verb; verb = searchVerbStart.exec(source)) {
    searchedFor.lastIndex = verb.index;
    const match = searchedFor.exec(source);
    // The next try starts after this match (matches never overlap), or one character on.
    searchVerbStart.lastIndex = match ? match.index + match[0].length : verb.index + 1;
    if (!match) continue;
    const start = match.index + match[0].length - match[2]!.length - 1;
    spans.push([start, start + match[2]!.length]);
  }
  if (!source.includes('?')) return spans;
  const definitions = new Map<string, string>();
  walkType(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  eachOfTypes(tree, ['link', 'linkReference'], (node) => {
    const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
    if (url === undefined || !url.includes('?')) return;
    if (queryValues(url).has(normalized(toString(node)))) spans.push(spanOf(node));
  });
  return spans;
}

/** The decoded values of an address's query parameters (`+` read as a space), spaces collapsed. */
function queryValues(url: string): Set<string> {
  const values = new Set<string>();
  const query = url.slice(url.indexOf('?') + 1).split('#')[0]!;
  try {
    for (const value of new URLSearchParams(query).values()) if (value.trim()) values.add(normalized(value));
  } catch {
    // A malformed query: nothing to read.
  }
  return values;
}

function normalized(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * The page's own words saying it lists the writer's searches: a search verb's past or progressive
 * (`what I googled`, `I searched for`), the writer's search nouns (`my search terms`, `our search
 * queries`) or a search history. Search terms talked of in general (`Pick search terms your readers
 * use`, a keyword guide's glossary of lower-case terms) list no searches: its lead-ins are read.
 * Lower-case `google` only as the verb's forms: `Google Docs` names the product.
 */
const searchWording = /\b(?:[Gg]oogl(?:ed|ing)|[Ss]earch(?:ed|ing)\s+for|(?:[Mm]y|[Oo]ur)\s+search(?:ing)?\s+(?:terms?|quer(?:y|ies)|history|strings?|phrases?)|[Ss]earch\s+history)\b/u;

/** A log of searches lists this many queries or more. */
const fewestLoggedQueries = 3;

/**
 * The queries a log of searches lists: paragraphs (or list items) that each open with an emphasized
 * phrase starting in lower case (`_sentry github_`, `_apollo server request size_ – why I looked`),
 * three or more of them, on a page whose own words say it lists searches (`Everything I googled in a
 * week`). A paragraph opening in lower case is not a sentence: the phrase is what was typed into a
 * search box, kept in the case it was typed in; the comment after it is the writer's, read. Without
 * the page's search wording, emphasized lead-ins (a glossary's terms) are the writer's and read.
 */
function searchLogSpans(tree: Root): Array<[number, number]> {
  const entries: Paragraph[] = [];
  // The page's other headings and paragraphs, read for its search wording only when it has enough entries.
  const others: Nodes[] = [];
  eachOfTypes(tree, ['heading', 'paragraph'], (node) => {
    if (node.type === 'heading') {
      others.push(node);
      return false;
    }
    const first = node.children[0];
    if (first?.type === 'emphasis' && /^\p{Ll}/u.test(toString(first))) entries.push(node);
    else others.push(node);
    return false;
  });
  if (entries.length < fewestLoggedQueries || !others.some((node) => searchWording.test(toString(node)))) return [];
  return entries.map((paragraph) => spanOf(paragraph.children[0]!));
}

// ---------------------------------------------------------------------------------------------
// A style guide's column of wrong forms

/**
 * A table header that names its column's forms as the ones not to write: `Incorrect`, `Wrong`,
 * `Avoid`, `Don't`, `Do not use`, `Not This ❌`, `Instead of`, `Bad`, or a cross mark alone.
 */
const avoidHeader = /^(?:incorrect|wrong|avoid|bad|don['’]?t|do not|not this|not that|never|instead of|not recommended|misspell(?:ed|ings?)?)(?:\s+(?:use|write|say|this|form|forms|spelling|spellings|usage|term|terms|example|examples))*$/i;
const crossMark = /^(?:\u274C|\u2717|\u2718|\u{1F44E}|\u{1F6AB}|\u2716\uFE0F?)$/u;

/** A table header that names its column's forms as the ones to write: `Correct`, `Use`, `Write This 👍`, a check mark (not `Good`: a guide's practices, not forms). */
const rightHeader = /^(?:correct|right|preferred|use|write|say)(?:\s+(?:use|write|say|this|form|forms|spelling|spellings|usage|term|terms|example|examples))*$/i;
const checkMark = /^(?:\u2705|\u2714\uFE0F?|\u2713|\u{1F44D})$/u;
const marks = /[\u274C\u2717\u2718\u{1F44E}\u{1F6AB}\u2716\u2705\u2714\u2713\u{1F44D}\uFE0F]/gu;

/** Words of the longest form a style guide lists as wrong: a longer cell is a sentence, read. */
const longestForm = 3;

/**
 * Body cells of the table columns whose header says they hold the forms to avoid, beside a column
 * whose header names the right forms (`| Correct | Incorrect |`, `| Write This 👍 | Not This ❌ |`):
 * a style guide lists `Github` there on purpose, beside the right `GitHub`. Only short cells (three
 * words or fewer, a form or a few forms): a sentence in a `Bad` column of a code-review guide
 * (`Names that are ambigous or too long`) is the writer's own, read. The table's other columns are read.
 */
function avoidColumnSpans(tree: Root): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  walkType(tree, 'table', (table: Table) => {
    const [header, ...rows] = table.children;
    if (!header || header.children.length < 2 || rows.length === 0) return;
    const labels = header.children.map((cell) => {
      const label = toString(cell).replace(/[^\p{L}\p{M}'’ \u274C\u2717\u2718\u{1F44E}\u{1F6AB}\u2716\u2705\u2714\u2713\u{1F44D}]/gu, ' ').trim().replace(/\s+/g, ' ');
      return {label, words: label.replace(marks, '').trim()};
    });
    const avoid = (at: number): boolean => avoidHeader.test(labels[at]!.words) || (labels[at]!.words === '' && crossMark.test(labels[at]!.label));
    const right = (at: number): boolean => rightHeader.test(labels[at]!.words) || (labels[at]!.words === '' && checkMark.test(labels[at]!.label)) || /[\u2705\u2714\u2713\u{1F44D}]/u.test(labels[at]!.label);
    if (!labels.some((_, at) => right(at) && !avoid(at))) return;
    labels.forEach((_, column) => {
      if (!avoid(column)) return;
      for (const row of rows) {
        const body = row.children[column];
        if (body && toString(body).trim().split(/\s+/).length <= longestForm) spans.push(spanOf(body));
      }
    });
  });
  return spans;
}
