import type {Link, ListItem, Nodes, Paragraph, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {walk, walkType} from '../walk.js';
import {citesTrackerItem, commitLinkSource, creditsForgeUser, isTrackerItemOf, isTrackerItemUrl, namesTrackerKey, trackerKeyText, trackerPaths} from './forge-urls.js';
import {spanOf} from './spans.js';

/**
 * Release notes a tool writes from commit subjects (semantic-release, conventional-changelog,
 * changesets), known by their structure rather than their file name: version headings, two or
 * more of them linking to a compare view or standing alone as a version (`## [1.2.0](…/compare/…)`,
 * `## 1.2.0`), together with the sections those tools write (`### Bug Fixes`, `### Features`,
 * `### Patch Changes`) or entries that end in links to commits (`([f573f9a](…/commit/f573f9a…))`).
 * Their words are commit subjects nobody edits after the fact: spelling and brand-casing leave them
 * alone; the other rules still read them.
 */
const versionHeading = /^#{1,3}[ \t]+(?:\[v?\d+\.\d+\.\d+[^\]\n]*\]\([^)\n]*\/compare\/[^)\n]*\)|v?\d+\.\d+\.\d+)(?:[ \t].*)?$/gm;
/** The sections conventional-changelog writes; maintainers who write their notes by hand use the same words. */
const conventionalSection = /^#{2,4}[ \t]+(?:Bug Fixes|Features|Performance Improvements|Reverts|BREAKING CHANGES)[ \t]*$/m;
/** The sections changesets writes (`### Patch Changes`), which nobody writes by hand. */
const changesetsSection = /^#{2,4}[ \t]+(?:Patch Changes|Minor Changes|Major Changes)[ \t]*$/m;
const compareHeading = /^#{1,3}[ \t]+\[v?\d+\.\d+\.\d+[^\]\n]*\]\([^)\n]*\/compare\//m;
/**
 * conventional-changelog without a repository address: the entry ends in the commit's short hash
 * (its commit.hbs writes `{{shortHash}}` bare when it cannot link; `(a1b2c3d)` in parentheses is
 * kept too), 7–40 hex characters that mix digits and letters a–f. A number (`1250301`,
 * `20240117`) or a word (`deadbeef`) at a bullet's end is not a commit.
 */
const bareHash = /^[ \t]*[-*][ \t].*[ \t](?:\((?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\)|(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40})[ \t]*$/gm;

/** An entry that is a Conventional Commits subject (`* feat(api): …`, `* fix: …`): a commit log pasted or written by a tool. */
const commitSubject = /^[ \t]*[-*][ \t]+(?:feat|fix|chore|docs|refactor|perf|test|build|ci|style|revert)(?:\([^)\n]*\))?!?:[ \t]/gm;

/**
 * A section named as conventional-changelog names it says nothing on its own (`### Bug Fixes` over
 * `* [#16357](…/issues/16357) - title` is a maintainer's own notes): it takes the tool's other marks
 * too, a version heading linking to a compare view or entries ending in their commits.
 */
export function generatedReleaseNotes(source: string): boolean {
  if (!source.includes('#')) return false;
  const versions = source.match(versionHeading)?.length ?? 0;
  if (versions < 2) return false;
  const commits = (source.match(commitLinkSource)?.length ?? 0) + (source.match(bareHash)?.length ?? 0) + (source.match(commitSubject)?.length ?? 0);
  if (commits >= 2 || changesetsSection.test(source)) return true;
  return conventionalSection.test(source) && compareHeading.test(source);
}

/**
 * Release notes that list the titles of issues and pull requests, by hand or by a tool (GitHub's
 * "What's Changed", a CHANGELOG of PR titles, a tracker export): a list item whose first paragraph
 * is a title next to the link to its issue, in one of the forms release notes write it —
 * `[#35](…/pull/35): title - [Author](…)`, `title ([#12](…/pull/12))`, `title` then `[#12](…)` on
 * the next line, `title by @user in https://…/pull/12`, `[#12](…/pull/12) title by @user`, a change
 * credited to its author (`title [\#12](…) ([user](https://github.com/user))`, `title (#12) (@user)`:
 * `creditedChange`, in a list of two such items or more), and a tracker
 * key's export (Jira's release notes: `* [[KEY-12](…/browse/KEY-12)] - title`, or the same as raw HTML
 * `<li>[<a href='…/browse/KEY-12'>KEY-12</a>] - title</li>`; key first, its link naming it), a raw HTML list of the same
 * prefix form (`<li><a href="…/issues/12">#12</a> - title</li>`), and the number inside the link
 * (`[#12 - title](…/issues/12)`). The title is the issue author's text, quoted;
 * spelling and brand-casing leave it alone. So is a one-word label whose nested items are all such
 * titles (`* javascript` over the issues of that language module: a module id). So is a list whose
 * every item is only an issue's link with its title for text (`* [title](…/issues/12)`: a tracker's
 * list a release-notes script pastes; `listsLinkedTitles`). Everything else on
 * the page (a paragraph of the notes, a heading, an item that only mentions an issue in its prose) is
 * still read.
 */
export function quotedTitleSpans(tree: Root, source: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!issueHint.test(source)) return spans;
  walkType(tree, 'list', (list) => {
    // Items in a change log's credited shape count only in a list of two or more quoted titles: one
    // credited line among the notes' own items is the writer crediting a change in their words.
    if (listsLinkedTitles(list.children)) {
      for (const item of list.children) spans.push(spanOf(item.children[0]!));
      return;
    }
    const credited: Paragraph[] = [];
    let titles = 0;
    for (const item of list.children) {
      const first = item.children[0];
      if (first?.type !== 'paragraph') continue;
      if (isQuotedTitle(first, source) || labelsTitles(item, source)) {
        spans.push(spanOf(first));
        titles++;
      } else if (creditedChange(shapeOf(first, source))) credited.push(first);
    }
    if (titles + credited.length >= 2) for (const paragraph of credited) spans.push(spanOf(paragraph));
  });
  spans.push(...rawTrackerItemSpans(tree, source), ...rawKeyRowSpans(tree));
  // In document order, for spans' inSpans binary search (a nested list is walked after its parent's items).
  return spans.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
}

/** Cheap test before walking the tree: an issue link's text or address, an item led by `#N`, a tracker key (`KEY-12`), a credit `(@user`, `(#N)`. */
const issueHint = new RegExp(String.raw`\[\\?#\d|\(@[\w-]|\(#\d|\/` + trackerPaths + String.raw`\/|^[ \t]*[-*+][ \t]+(?:\\?[\w./-]*#\d|\`[0-9a-f]{7,40}\`)|\b[A-Z][A-Z\d]+-\d`, 'm');
/** Placeholders in a paragraph's shape: a link to an issue, any other link, a link to a tracker key (`[KEY-12](…/browse/KEY-12)`). */
const ref = '\uE000';
const other = '\uE001';
const key = '\uE002';
/** GitHub caps an issue's title at 256 characters; most are far shorter. */
const maxTitle = 256;
/** The issue link(s) first (in brackets, as Jira's export writes its key: `[KEY-12] - title`), then `:` or a dash, then the title. */
const prefixForm = new RegExp(`^\\s*\\[?(?:${ref}[\\s,]*)+\\]?(?::|\\s[-–—])\\s*\\S`, 'u');
/**
 * A link whose text is the bracketed label of a commit subject (`[[ISSUE #698]](…/pull/691)`), first in the
 * item, then the title: the subject as the project's convention writes it (`[ISSUE #698] fix: …`), linked.
 */
const subject = '\uE003';
/** A commit's hash in code (`\`1a2b3c4\``), 7 to 40 hex digits as git abbreviates it. */
const hash = '\uE004';
/** A link that credits a forge user by their handle (`[octocat](https://github.com/octocat)`): an author, read as any other link but by `creditedChange`. */
const person = '\uE005';
const commitHash = /^[0-9a-f]{7,40}$/i;
const subjectForm = new RegExp(`^\\s*${subject}[ \\t]*[^\\s${ref}${subject}]`, 'u');
/**
 * A title, then its issue link(s) in parentheses or on a line of their own, then maybe
 * ` - [Author](…) (@user)`. Not a link after "in" or a dash ("Upgrade to X in [#8149](…)"): that is
 * the notes' writer summing up an issue in their own words.
 */
const refs = `${ref}(?:\\s*(?:,|and|&)?\\s*${ref})*`;
const suffixForm = new RegExp(`^\\s*\\S[^${ref}\\n]*(?:\\(\\s*${refs}\\s*\\)|\\n[ \\t]*${refs})\\.?(?:\\s+[-–—]\\s+${other}(?:\\s*\\(@[\\w-]+\\))?)?\\s*$`, 'u');
/** GitHub's generated "What's Changed": `title by @user in https://github.com/o/r/pull/12`. */
const byForm = new RegExp(`^\\s*\\S.*\\sby\\s+@[\\w-]+(?:\\[bot\\])?\\s+in\\s+(?:${ref}|https?:\\/\\/\\S+\\/pull\\/\\d+)\\s*$`, 'u');
/**
 * The same credit with the pull request in front, as hand-made notes write it: `[#179](…/pull/179) title
 * by @user`, `#179 title by @user` (GitHub links a bare `#179` itself), `(by @user)` in parentheses.
 */
const leadByForm = new RegExp(`^\\s*(?:(?:${ref}|#\\d+)[\\s,]*)+[^\\s${ref}].*\\s\\(?by\\s+@[\\w-]+(?:\\[bot\\])?\\)?\\.?\\s*$`, 'u');

function isQuotedTitle(paragraph: Paragraph, source: string): boolean {
  const hashed = shapeOf(paragraph, source).replaceAll(person, other);
  if (isChangeEntry(hashed)) return true;
  const keyed = hashed.replaceAll(hash, 'code');
  // A tracker key counts as the issue's link only in front, as a tracker's export writes it: a key in
  // parentheses after a sentence (`- Statistics for Parquet data ([KEY-12](…))`) ends the notes' own summary.
  if (subjectForm.test(keyed)) return isTitle(keyed.replaceAll(subject, '').replaceAll(key, '').replaceAll(ref, '').replaceAll(other, ''));
  const shape = keyed.replaceAll(key, other).replaceAll(subject, ref);
  if (!shape.includes(ref) && !keyed.includes(key) && !/\/pull\/\d|^\s*#\d/.test(shape)) return false;
  if (!isTitle(shape.replaceAll(ref, '').replaceAll(other, ''))) return false;
  return prefixForm.test(keyed.replaceAll(key, ref).replaceAll(subject, ref)) || suffixForm.test(shape) || byForm.test(shape) || leadByForm.test(shape);
}

/**
 * A change log's entry as a project's release notes list its merged pull requests (Bitcoin Core's
 * `- #15165 \`1a2b3c4\` contrib: Allow use of the API (author)`, `- gui#260 title (author)`, older
 * `- \`5734d4d\` title`): the change's reference first — its number(s), bare as GitHub links them, or
 * linked, and/or its commit's hash in code — then the pull request's title, then its author in
 * parentheses. A number alone in front needs the author at the end (`- #12 fixes teh crash` is the
 * notes' own words); a commit's hash in code is a log line with or without one.
 */
// The numbers in front parse one way only (a number ends where no digit or `#` follows), so a hostile `#1#1#1…` stays linear.
const changeEntry = new RegExp(
  `^\\s*((?:(?:(?:[A-Za-z][\\w.-]*(?:\\/[\\w.-]+)?)?#\\d+(?![\\w#])|${ref})[ \\t,]*)*)(${hash}[ \\t]*)?([^\\n]*?)(\\(\\s*[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._'’-]{0,59}\\))?\\.?[ \\t]*$`,
  'u',
);

function isChangeEntry(shape: string): boolean {
  const match = changeEntry.exec(shape);
  if (!match) return false;
  const [, lead, hashLead, title, author] = match;
  if (!lead && !hashLead) return false;
  if (!hashLead && !author) return false;
  const text = title!.replaceAll(hash, 'code').replaceAll(ref, '').replaceAll(other, '');
  // Number, hash and author together are what a script writes from the merge log: the title is quoted
  // whatever it holds (`Re-instate X. Removed by 351abf9 (author)`); one of them alone keeps the one-sentence test.
  if (lead && hashLead && author) return text.trim() !== '' && text.length <= maxTitle;
  return isTitle(text);
}

/**
 * A change as the change-log tools write it from a merged pull request or commit: its title, then its
 * reference(s), then its author credited by handle. github-changelog-generator writes `title
 * [\\#12](…/pull/12) ([user](https://github.com/user))` (or `(@user)`, and no author for an issue);
 * release-drafter's default change template `title (#12) @user`; git-cliff's GitHub template `title by
 * @user in #12`; lerna-changelog `[#12](…) title ([@user](…))`; a maintainer's list of commit
 * subjects `title (#12)` with `(@user)` after it, maybe on the next line, or the credit alone. The
 * title is one line (a sentence after it is the notes' own prose). The credit is what says the words
 * are the change's author's: a handle in parentheses, or after the reference(s) a bare handle or `by
 * @user`. Without one, a commit subject's scope (`imap: remove dead code (#434)`, a lower-case
 * component and a colon, as Conventional Commits and the Linux kernel write it) before a reference
 * does too; `The updater is now faster (#4108)` alone is the notes' own summary.
 */
// Longer than any title with its references and credit: not one, and each pattern below then runs on a bounded text.
const maxChange = 600;
const who = String.raw`(?:@[\w][\w.-]{0,38}(?:\[bot\])?|${person})`;
const creditTail = new RegExp(String.raw`(?:^|\s)(?:(\(\s*${who}(?:\s*(?:,|and|&)\s*${who})*\s*\))|(?:by\s+)?${who})\.?\s*$`, 'u');
const reference = String.raw`(?:${ref}|#\d+)`;
// A bare number only after a space (`C#10` is a name): a number in parentheses may follow the title directly.
const referenceTail = new RegExp(String.raw`(?:\s*\(\s*${reference}(?:\s*(?:,|and|&)\s*${reference})*\s*\)|(?:^|\s+)(?:in\s+)?${reference})\.?$`, 'u');
const referenceLead = new RegExp(String.raw`^\s*(?:${reference}[\s,]*)+(?::|\s[-–—])?\s*`, 'u');
const commitScope = /^[a-z][\w./-]*(?:\([^()\n]*\))?!?:[ \t]\S/;

function creditedChange(shape: string): boolean {
  if (shape.length > maxChange) return false;
  let rest = shape.replaceAll(hash, 'code').trim();
  let references = 0;
  const dropReferences = (): void => {
    for (let tail = referenceTail.exec(rest); tail !== null && tail[0] !== ''; tail = referenceTail.exec(rest)) {
      rest = rest.slice(0, tail.index);
      references++;
    }
  };
  // git-cliff writes the reference after the credit (`by @user in #12`), the others before it.
  const whole = rest;
  dropReferences();
  // The references written after the credit, and whether the first of them is git-cliff's `in #12`.
  const trailing = references;
  const trailingIn = trailing > 0 && /^\s*in\s/u.test(whole.slice(rest.length));
  const credit = creditTail.exec(rest);
  if (credit) rest = rest.slice(0, credit.index);
  dropReferences();
  const lead = referenceLead.exec(rest);
  if (lead) {
    rest = rest.slice(lead[0].length);
    references++;
  }
  const title = rest.trim();
  if (title.includes('\n') || /[\uE000-\uE005]/u.test(title) || !/\p{L}/u.test(title) || !isTitle(title)) return false;
  // A handle in parentheses credits the change. A bare one only after its reference (release-drafter's
  // `title (#12) @user`), or as git-cliff's `by @user in #12`: a handle before the reference otherwise
  // is the writer's own sentence (`Speed up the build, thanks @lee (#12)`).
  if (credit) return credit[1] !== undefined || references > trailing || (/^\s*by\s/u.test(credit[0]) && trailingIn);
  return references > 0 && commitScope.test(title);
}

/**
 * A list a release-notes script writes from a tracker (a sprint board's closed issues, `* [title](…/issues/12)`
 * for each): two items or more, each only a link to one issue or pull request whose text is a title
 * (words, one line, not the number). The link texts are the issues' titles, their authors' words. A
 * list with one item of the writer's own words, or a link with words around it (`* Fixed [the crash](…/issues/12)
 * on start`), is the writer's and read.
 */
function listsLinkedTitles(items: ListItem[]): boolean {
  return items.length >= 2 && items.every((item) => item.children.length === 1 && item.children[0]!.type === 'paragraph' && linkedTitle(item.children[0]));
}

function linkedTitle(paragraph: Paragraph): boolean {
  const [link, ...rest] = paragraph.children.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  if (link?.type !== 'link' || rest.length > 0 || !isTrackerItemUrl(link.url) || !/\/\d+\/?(?:[#?]\S*)?$/.test(link.url)) return false;
  const text = toString(link).trim();
  return !isIssueLink(link) && /\p{L}/u.test(text) && isTitle(text);
}

/** A title is one line of text: an item of two sentences is the notes' own prose that cites an issue. */
function isTitle(title: string): boolean {
  return title.trim() !== '' && title.length <= maxTitle && !/[.!?]\s+\p{Lu}/u.test(title);
}

/** A one-word item (`javascript`, `java-multithreading`) whose nested list holds only quoted titles. */
function labelsTitles(item: ListItem, source: string): boolean {
  const [label, nested, ...rest] = item.children;
  if (label?.type !== 'paragraph' || nested?.type !== 'list' || rest.length > 0) return false;
  if (!/^\S+$/.test(toString(label).trim())) return false;
  return nested.children.length > 0 && nested.children.every((inner) => inner.children[0]?.type === 'paragraph' && isQuotedTitle(inner.children[0], source));
}

/** The paragraph's text with its links and code replaced by placeholders. */
function shapeOf(paragraph: Paragraph, source: string): string {
  let shape = '';
  for (const node of paragraph.children) {
    if (node.type === 'link') {
      const numbered = numberedTitle(node);
      shape += numbered !== undefined ? ref + numbered : bracketedLabel(node) ? subject : isIssueLink(node) ? ref : namesTrackerKey(node.url, toString(node).trim()) ? key : creditsForgeUser(node.url, toString(node).trim()) ? person : other;
    }
    else if (node.type === 'text') shape += node.value;
    else if (node.type === 'break') shape += '\n';
    else if (node.type === 'inlineCode') shape += commitHash.test(node.value) ? hash : 'code';
    else shape += toString(node) || sliceOf(node, source);
  }
  return shape;
}

/**
 * A link written as an issue's number (`[#35](…)`), as the issue's address itself, or as the number
 * under a kind's label linking to a tracker's entry (`[[ISSUE #5430]](…/issues/5430)`, `[Issue #12](…/pull/13)`:
 * the commit-subject prefix many projects require, linked); not a link whose text is words.
 */
function isIssueLink(link: Link): boolean {
  const text = toString(link).trim();
  return citesTrackerItem(link.url, text) || labelledIssue(text, link.url);
}

/**
 * The same reference and title with the link over both (`[#6765 - Fix the parser](…/pull/6765)`): the
 * entry's number, then `-` or `:`, then the title, linking to the entry of that number. Read as the
 * number's link then the title (` - Fix the parser`), so the prefix form takes it as it takes `[#6765](…) - title`;
 * undefined for any other link (words that only start with a number, a number linking to another entry).
 */
const numberedText = /^#(\d+)(\s*[:\-–—]\s+\S.*)$/su;

function numberedTitle(link: Link): string | undefined {
  const match = numberedText.exec(toString(link).trim());
  return match && isTrackerItemOf(link.url, match[1]!) ? match[2] : undefined;
}

/** A link whose text is a labelled number in brackets (`[[ISSUE #698]](…)`): a commit subject's prefix. */
function bracketedLabel(link: Link): boolean {
  const text = toString(link).trim();
  return text.startsWith('[') && text.endsWith(']') && labelledIssue(text, link.url);
}

/**
 * `ISSUE #5430`, `[Issue #12]`, `PR #7`, `ISSUE-396`: a kind's label and a number, in brackets or
 * not, as projects that require it in commit subjects and PR titles write it.
 */
const labelledIssueText = /^\[?\s*(?:issue|pr|pull request|bug|ticket)\s*[#-]\s*\d+\s*\]?$/i;

/**
 * A labelled number is an issue's reference when its link goes to an entry of a tracker
 * (`…/issues/5430`, the pull request that closes it, `…/pull/5431`, a Jira `…/browse/KEY-5430`);
 * the same label linking to a page that is no tracker's entry (a blog post) is not.
 */
function labelledIssue(text: string, url: string): boolean {
  return labelledIssueText.test(text) && (isTrackerItemUrl(url) || /\/browse\/[A-Z][A-Z\d_]+-\d+(?:[/?#]|$)/i.test(url));
}

function sliceOf(node: Nodes, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined ? source.slice(start, end) : '';
}

/**
 * A tracker's release-notes export pasted as raw HTML, Jira's `<li>[<a href='…/browse/KEY-12'>KEY-12</a>] -  title</li>`,
 * or a list of resolved issues and pull requests written as raw HTML, `<li><a href="…/issues/12">#12</a> - title</li>`
 * (the prefix form of a Markdown item, `* [#12](…) - title`, as an HTML list writes it): the item from its
 * `<li>` to the end of its title (the next `</li>`, `<li>` or list tag, or the HTML node's end). Only
 * when the reference leads the item — a key its link names, or an issue's number (citesTrackerItem,
 * the same test as a Markdown link's) — and the title is one line of a title's length; a `<li>` of the
 * page's own words that mentions an issue later is read.
 */
// Tags are read to their `>` but never past a `<`, and no two runs of spaces meet: linear on a hostile `<li <li …` or `<a href='' href='' …`.
const rawKeyItem = /<li\b[^<>]*>\s*(?:\[\s*)?<a\b([^<>]*)>\s*([^<>\s]+)\s*<\/a>(?:\s*\])?(?:\s*:|\s+[-–—])[ \t]*/gi;
const hrefOf = /\bhref\s*=\s*(["'])([^"'<>]*)\1/i;
const itemEnd = /<\/?(?:li|ul|ol)\b/i;

function rawTrackerItemSpans(tree: Root, source: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!source.includes('<li')) return spans;
  walk(tree, (node) => {
    if (node.type !== 'html') return;
    const from = node.position?.start.offset;
    if (from === undefined || !node.value.includes('<li')) return;
    for (const match of node.value.matchAll(rawKeyItem)) {
      const name = match[2]!;
      const href = hrefOf.exec(match[1]!)?.[2];
      if (href === undefined || !((trackerKeyText.test(name) && namesTrackerKey(href, name)) || labelledIssue(name, href) || citesTrackerItem(href, name))) continue;
      const start = match.index! + match[0].length;
      const rest = node.value.slice(start);
      const end = itemEnd.exec(rest)?.index ?? rest.length;
      // The export wraps a long title onto the next line; the title is the text up to the item's end.
      const title = rest.slice(0, end).trim().replace(/\s+/g, ' ');
      if (!isTitle(title)) continue;
      spans.push([from + match.index!, from + start + end]);
    }
  });
  return spans;
}

/**
 * A tracker's export as an HTML table (an old Jira's "issues fixed" page pasted into a release post):
 * rows of two cells, the issue's key, linked or not, then its title,
 * `<tr><td>KEY-3663</td> <td>title</td></tr>`. The title cells are the filers' words. Only a table
 * of three such rows or more whose keys are one project's (a table of `UTF-8`, `ISO-8859` rows names
 * standards), and a title of one line (isTitle); a header row, and every other cell of the page, are read.
 */
// The cells hold no tag (`[^<]`); the key cell's parts are parted by tags, so no two runs of spaces meet: linear on hostile rows.
const keyRow = /<tr\b[^<>]*>\s*<td\b[^<>]*>\s*(?:<a\b[^<>]*>\s*)?([A-Z][A-Z\d_]+)-\d+\s*(?:<\/a>\s*)?<\/td>\s*<td\b[^<>]*>([^<]*)<\/td>/g;
const fewestRows = 3;

function rawKeyRowSpans(tree: Root): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  walkType(tree, 'html', (node) => {
    const from = node.position?.start.offset;
    if (from === undefined || !node.value.includes('<tr')) return;
    const rows = [...node.value.matchAll(keyRow)];
    if (rows.length < fewestRows || new Set(rows.map((row) => row[1])).size > 1) return;
    for (const row of rows) {
      if (!isTitle(row[2]!.trim())) continue;
      const end = from + row.index! + row[0].length - '</td>'.length;
      spans.push([end - row[2]!.length, end]);
    }
  });
  return spans;
}
