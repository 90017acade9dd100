/**
 * Which of a page's sections are unwritten: the one concept of an "empty section" that
 * no-empty-sections reports and that no-broken-anchors warns about when a link leads there. A
 * heading whose section has no content (`heading.empty`, src/facts.ts) is not always a section
 * left unwritten: a heading that carries a link, a heading that is the content (a step, an API
 * name in a run of names, an entry of a generated reference), a release with no notes, a group's
 * name above its members, the last section of a page whose layout writes more after it, a
 * sign-off, a file a program wrote, a template's slots. A reader landing on any of those misses
 * nothing, so a link there lands right; a link is reported for an empty target exactly when that
 * section is reported here.
 */
import type {FileFacts, HeadingFact, IncludeFact, LinkFact} from '../facts.js';
import {hasVisibleText} from './visible.js';
import {isClosingLine, isContentHeading} from './heading-content.js';
import {headingLadder} from './heading-ladder.js';
import {namesGroupBelow} from './heading-group.js';
import {introducesNext} from './heading-over-heading.js';
import {sharesBodyBelow} from './shared-body.js';
import {headingIsText} from './heading-as-text.js';
import {namesMisleveledGroup} from './heading-misleveled-group.js';
import {writtenAtBuild} from './sections-written-at-build.js';
import {isPosedQuestion} from './question-list.js';

/** What the concept needs of the site: the page's facts, whether it is built, what its layout adds after it. */
export interface SectionSite {
  isPage(path: string): boolean;
  facts(path: string): FileFacts | undefined;
  writesAfterContent(path: string): string | undefined;
  /** Do the page's layouts print its front-matter title (false: its first heading is the title; undefined: unknown)? */
  layoutPrintsTitle?(path: string): boolean | undefined;
  /** Why the page's text may not be what the build shows, if so (src/text/sections-written-at-build.ts). */
  contentUnknown?(path: string): string | undefined;
  /** Does what the include pastes fill a section of this depth it lands in (src/site/include-fills.ts)? */
  includeFills?(path: string, include: IncludeFact, depth: number): boolean;
}

/** A section left unwritten: its heading, and the heading that ends it (none at the end of the file). */
export interface UnwrittenSection {
  heading: HeadingFact;
  next?: HeadingFact;
}

/**
 * The page's unwritten sections, innermost first from the end of the page. `allowed` holds heading
 * texts (lower case) the user lets be empty (no-empty-sections' `allow`).
 */
export function unwrittenSections(site: SectionSite, path: string, allowed: ReadonlySet<string> = new Set()): UnwrittenSection[] {
  const facts = site.facts(path);
  // Files the site never builds (`.github/` templates, a README outside the docs folder) keep their empty sections on purpose.
  if (!facts || !site.isPage(path)) return [];
  // A file a program wrote (cobra's command docs, Go's `Code generated … DO NOT EDIT.`): its sections are the program's, not the editors'.
  if (facts.generated !== undefined) return [];
  // A template its reader copies and fills in (src/text/template-page.ts): its empty sections are the slots.
  if (facts.template !== undefined) return [];
  const headings = facts.headings;
  const links = facts.links;
  // A style page's ladder of heading levels (`##` to `######`, one after the other) shows the levels: it is the content.
  const ladder = headingLadder(headings, (above) => above.empty);
  // Decided from the innermost heading out: a section holding only empty subsections is one problem, said at
  // the innermost. Subsections reported, or that are content themselves, settle the section around them; one
  // left alone for its own reason (an allowed name, a heading with no text) leaves that section to be judged.
  const settled = new Set<HeadingFact>();
  const unwritten: UnwrittenSection[] = [];
  // Worked out once for the page, so that each heading costs its own subsections and lines, not the page's length.
  const parents = parentIndexes(headings);
  const linkedLines = linksByLine(links);
  for (let i = headings.length - 1; i >= 0; i--) {
    const heading = headings[i]!;
    if (ladder.has(heading)) {
      settled.add(heading);
      continue;
    }
    // A heading with no text is no-empty-headings' finding; saying it twice helps nobody.
    if (!heading.empty || !hasVisibleText(heading.text) || allowed.has(heading.text.trim().toLowerCase())) continue;
    // Its only content a comment that pastes a file in (VitePress's `<!-- @include: part.inc -->`): filled when that text shows something.
    if (filledByPaste(site, path, facts, heading)) {
      settled.add(heading);
      continue;
    }
    const {nested, next} = subsections(headings, i);
    if (nested.some((inner) => settled.has(inner))) continue;
    // A heading that carries a link leads the reader on ("See [the API guide](api.md) first", a reference entry's own
    // permalink): it is content itself. So are headings that are the content: a demo of the code sample above, an entry
    // of a list of headings, a statement, a step of a numbered procedure, a list of API names.
    if (heading.linked === true || carriesLink(heading, linkedLines) || isContentHeading(headings, i) || headingIsText(headings, i, next)) {
      settled.add(heading);
      continue;
    }
    // The last section of a page whose layout writes more after the content (Docsy's list of a section's pages).
    if (!next && site.writesAfterContent(path) !== undefined) continue;
    // A sign-off written as the page's last heading (`### FIN`, `## The End`): the writer has finished.
    if (!next && isClosingLine(headings, i)) {
      settled.add(heading);
      continue;
    }
    if (next && leadsOn(headings, i, next, parents[i]!)) continue;
    // One of sibling headings sharing the body under the last, which says it covers them ("The above sections are …").
    if (next && sharesBodyBelow(headings, i)) continue;
    // One of a run of questions under a section that names them the reader's to answer (`## Review questions`) (src/text/question-list.ts).
    if (isPosedQuestion(headings, i)) {
      settled.add(heading);
      continue;
    }
    // A heading that introduces the next at once (a kicker over a title, a name for numbered parts, a page's title) (src/text/heading-over-heading.ts).
    if (next && introducesNext(headings, i, next, shownTitle(site, path, facts))) continue;
    // A group's title written a level off from its members, which follow it at once (src/text/heading-misleveled-group.ts).
    if (next && namesMisleveledGroup(headings, i, next)) continue;
    settled.add(heading);
    unwritten.push(next ? {heading, next} : {heading});
  }
  return unwritten;
}

/**
 * For links into pages: does a link to `heading` of `path` land on an unwritten section? When the
 * section is unwritten itself, or is empty and holds the unwritten one (`## Notes` over an empty
 * `### coroutines`, reported at the innermost): the reader finds nothing written there either way.
 * Each page's sections are worked out once, for this run's links (make one per run: the answer
 * depends on the whole site, its layouts and pasted footnotes).
 */
export function unwrittenTargets(site: SectionSite): (path: string, heading: HeadingFact) => boolean {
  const perPage = new Map<string, ReadonlySet<HeadingFact>>();
  const holders = new Map<string, ReadonlySet<HeadingFact>>();
  return (path, heading) => {
    const facts = site.facts(path);
    // A chapter of headings only that a step of the build may fill: its empty sections are unverifiable, and so the links into them.
    if (!facts || !heading.empty || writtenAtBuild(site, path) !== undefined) return false;
    let reported = perPage.get(path);
    if (!reported) {
      reported = new Set(unwrittenSections(site, path).map((section) => section.heading));
      perPage.set(path, reported);
    }
    if (reported.has(heading)) return true;
    let holding = holders.get(path);
    if (!holding) {
      holding = holdersOf(facts.headings, reported);
      holders.set(path, holding);
    }
    return holding.has(heading);
  };
}

/**
 * Is the empty section headings[i], directly followed by `next`, one a reader misses nothing in?
 * - A release (`## 1.4.1`): release notes with nothing to say, or written flat, the release's
 *   sections following at its own level (`## v6.19.0 Summary`, then `## New Feature`).
 * - A part of a release's notes (`### JavaScript APIs` under `## 1.8.0`): no changes of that kind.
 * - An API signature followed by another (`### parse(code)`, `### parseExpression(code)`): the
 *   description after the last serves them all.
 * - A group's name at the level of its members (`### Examples`, then `### Use a secret` and
 *   `### Use an identity`): a title written flat, the plural naming the two or more that follow.
 */
function leadsOn(headings: HeadingFact[], i: number, next: HeadingFact, parentIndex: number): boolean {
  const heading = headings[i]!;
  if (isRelease(heading.text)) return true;
  const parent = parentIndex >= 0 ? headings[parentIndex] : undefined;
  if (parent && isRelease(parent.text)) return true;
  if (next.depth !== heading.depth) return false;
  if (isSignature(heading.raw) && isSignature(next.raw)) return true;
  return namesGroupBelow(headings, i);
}

/** A heading that is code alone (`` `babelParser.parse(code)` ``) or a call (`parse(code, options)`). */
function isSignature(raw: string): boolean {
  const text = raw.trim();
  return /^`[^`]+`$/.test(text) || /^[\p{L}_$][\w$.]*\s*\(.*\)$/u.test(text);
}

/** Does a link start inside the heading? Only the links on the heading's own lines are looked at. */
function carriesLink(heading: HeadingFact, linkedLines: ReadonlyMap<number, readonly LinkFact[]>): boolean {
  for (let line = heading.line; line <= (heading.endLine ?? heading.line); line++) {
    const inside = linkedLines.get(line)?.some((link) => {
      const after = link.line > heading.line || (link.line === heading.line && link.column >= heading.column);
      const before = link.line < (heading.endLine ?? heading.line) || (link.line === (heading.endLine ?? heading.line) && link.column < (heading.endColumn ?? Infinity));
      return after && before;
    });
    if (inside === true) return true;
  }
  return false;
}

/** The page's links (definitions are no links a reader follows) by the line they start on. */
function linksByLine(links: readonly LinkFact[]): Map<number, LinkFact[]> {
  const byLine = new Map<number, LinkFact[]>();
  for (const link of links) {
    if (link.kind === 'definition') continue;
    const onLine = byLine.get(link.line);
    if (onLine) onLine.push(link);
    else byLine.set(link.line, [link]);
  }
  return byLine;
}

/** Each heading's enclosing heading (the nearest before it of a higher level), as an index, or -1: one pass with a stack. */
function parentIndexes(headings: readonly HeadingFact[]): number[] {
  const parents: number[] = [];
  const open: number[] = [];
  for (const [i, heading] of headings.entries()) {
    while (open.length > 0 && headings[open.at(-1)!]!.depth >= heading.depth) open.pop();
    parents.push(open.at(-1) ?? -1);
    open.push(i);
  }
  return parents;
}

/** The headings whose section holds one of `reported`: each reported heading's enclosing headings (at most six). */
function holdersOf(headings: readonly HeadingFact[], reported: ReadonlySet<HeadingFact>): Set<HeadingFact> {
  const parents = parentIndexes(headings);
  const holding = new Set<HeadingFact>();
  for (const [i, heading] of headings.entries()) {
    if (!reported.has(heading)) continue;
    for (let p = parents[i]!; p >= 0 && !holding.has(headings[p]!); p = parents[p]!) holding.add(headings[p]!);
  }
  return holding;
}

/**
 * A heading that names a release: a version of three parts, or of two with a `v` or alone
 * (`1.4.0`, `v2.0`, `v2.0.0-beta.1 (2024-05-01)`, `[0.3.1] - 2023-12-24`), maybe after the name
 * of what is released (`hexo-util 2.1.0`), or Keep a Changelog's `[Unreleased]`. A numbered
 * section (`2.1 Install`) is no release: two parts followed by words.
 */
const release = /^(?:[\p{L}@][\w@/.-]*\s+)?\[?(?:v?\d+\.\d+\.\d+(?:[-+.][\w.]+)?(?=\]|\s|$)(?:\]?\s.*)?|(?:v\d+(?:\.\d+)*(?:[-+][\w.]+)?|\d+\.\d+|unreleased)\]?(?:\s*[-–—/:(,]\s*.*|\s+\d.*)?)\]?$/iu;

function isRelease(text: string): boolean {
  return release.test(text.trim());
}

/** The headings nested under headings[i], and the heading that ends the section. */
function subsections(headings: readonly HeadingFact[], i: number): {nested: HeadingFact[]; next?: HeadingFact} {
  const own = headings[i]!;
  const nested: HeadingFact[] = [];
  // By index, not a copy of the rest of the page: each call costs its own section.
  for (let j = i + 1; j < headings.length; j++) {
    const next = headings[j]!;
    if (next.depth <= own.depth) return {nested, next};
    nested.push(next);
  }
  return {nested};
}

/** Does a file pasted into the section (its heading's `filledBy`) fill it? Without the site's answer, it may: yes. */
function filledByPaste(site: SectionSite, path: string, facts: FileFacts, heading: HeadingFact): boolean {
  if (heading.filledBy === undefined) return false;
  return heading.filledBy.some((index) => {
    const include = facts.includes?.[index];
    return include === undefined || site.includeFills === undefined || site.includeFills(path, include, heading.depth);
  });
}

/** The page's title as its layouts show it: none when they print no front-matter title (its first heading is then the title). */
function shownTitle(site: SectionSite, path: string, facts: FileFacts): unknown {
  return site.layoutPrintsTitle?.(path) === false ? undefined : facts.frontMatter?.data?.title;
}
