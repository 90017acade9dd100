import type {Heading, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {walk} from '../walk.js';
import type {Span} from './spans.js';

/**
 * Another project's release notes kept in a page written in another language: a blog post in
 * Chinese that copies a library's English CHANGELOG under its own summary (`## 2.5.0`, its date,
 * its entries). The entries are that project's maintainers' words, copied as they wrote them (with
 * their typos, `propogates`): the page's writer did not write them and cannot correct them.
 * Known by what a copy shows, never by a file name:
 * - a run of three or more sections headed by a bare version (`## 2.1.1`, `### v1.7.5`, a date after
 *   it: `## 1.0.0 (2014-02-01)`, a pre-release's label: `## 1.4.0 Beta 1 & 2`), the way changelogs head their releases;
 * - their list entries written in English (Latin letters, no Han or kana: more than half of them),
 * - on a page whose own prose, outside that run, is in another script (Han, kana, Hangul,
 *   Cyrillic…): the writer's language is not the notes'.
 * A project's own changelog, in the language of the page it stands on, is its writer's and read;
 * so is the page's text around the run (its summary, translated entries it adds are in its script).
 * So are English notes on a page in another script when a release of the run is the version the site's own
 * project declares (`ownVersions`: its package.json): the writer's own project's notes, in whatever language
 * they keep them, not a copy of another's.
 */

/**
 * A heading that is only a version, maybe with its date after it: what a changelog heads a release with.
 * A pre-release's numbers are taken whole (`(?!\d)`): a run of digits split every way would backtrack exponentially.
 */
const versionHeading = /^v?\d+\.\d+(?:\.\d+)?(?:[-.+][0-9A-Za-z.]+|\s+(?:alpha|beta|rc|preview)(?:\s*(?:\d+(?!\d)|&))*)?(?:\s*[-–—(]?\s*\d{4}-\d{2}-\d{2}\)?)?$/i;

/** Fewest releases a copied changelog shows: one or two version sections may be the writer's own announcement. */
const fewestReleases = 3;

/** Letters of a script other than Latin (the page's own language when its prose is written in them). */
const otherScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Greek}]/gu;

/** Latin letters in an English word, about: what one Han character weighs against them. */
const latinPerWord = 5;

/** Fewest letters of another script outside the run that make the page's own prose that script's. */
const fewestOwnLetters = 20;

/** An English entry: three Latin words or more and no letter of another script. */
function englishEntry(text: string): boolean {
  otherScript.lastIndex = 0;
  return !otherScript.test(text) && (text.match(/\b[A-Za-z]{2,}\b/g)?.length ?? 0) >= 3;
}

/** The list items' first texts of blocks: a changelog's entries. */
function entries(blocks: readonly RootContent[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    walk(block, (node) => {
      if (node.type !== 'listItem') return;
      const first = node.children[0];
      if (first?.type === 'paragraph') out.push(toString(first));
    });
  }
  return out;
}

/** Letters of another script and Latin letters in blocks' prose (code left out). */
function scriptCounts(blocks: readonly RootContent[]): {other: number; latin: number} {
  let other = 0;
  let latin = 0;
  for (const block of blocks) {
    walk(block, (node) => {
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return false;
      if (node.type !== 'text') return;
      other += node.value.match(otherScript)?.length ?? 0;
      latin += node.value.match(/[A-Za-z]/g)?.length ?? 0;
    });
  }
  return {other, latin};
}

/** Does a run of release sections head one with a version the site's own project declares? */
function ownRelease(blocks: readonly RootContent[], own: ReadonlySet<string>): boolean {
  if (own.size === 0) return false;
  return blocks.some((block) => block.type === 'heading' && own.has(toString(block).trim().replace(/^v/i, '').split(/[\s(]/)[0]!));
}

/** Source spans of copied release notes in a page (a run of version sections, from its first heading to its last block). */
export function copiedChangelogSpans(tree: Root, ownProject: ReadonlySet<string> = new Set()): Span[] {
  const blocks = tree.children;
  const spans: Span[] = [];
  const runs: Array<[number, number]> = [];
  for (let index = 0; index < blocks.length; index++) {
    const node = blocks[index]!;
    if (node.type !== 'heading' || !versionHeading.test(toString(node).trim())) continue;
    const depth = node.depth;
    let end = index + 1;
    let releases = 1;
    // Section after section at this rank while each is headed by a version; a deeper heading belongs to its release.
    while (end < blocks.length) {
      const next = blocks[end]!;
      if (next.type === 'heading' && (next as Heading).depth <= depth) {
        if ((next as Heading).depth < depth || !versionHeading.test(toString(next).trim())) break;
        releases++;
      }
      end++;
    }
    if (releases >= fewestReleases && !ownRelease(blocks.slice(index, end), ownProject)) runs.push([index, end]);
    index = end - 1;
  }
  if (runs.length === 0) return spans;
  const outside = blocks.filter((_, index) => !runs.some(([from, to]) => index >= from && index < to));
  const own = scriptCounts(outside);
  // A letter of Han or kana is a word's worth of Latin letters: another script's prose holds English terms, not the other way round.
  if (own.other < fewestOwnLetters || own.other * latinPerWord < own.latin) return spans;
  for (const [from, to] of runs) {
    const items = entries(blocks.slice(from, to));
    if (items.length === 0 || items.filter(englishEntry).length * 2 <= items.length) continue;
    const start = blocks[from]!.position?.start.offset;
    const end = blocks[to - 1]!.position?.end.offset;
    if (start !== undefined && end !== undefined) spans.push([start, end]);
  }
  return spans;
}
