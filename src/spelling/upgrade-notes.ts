import type {Heading, List, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {eachOfTypes} from '../node-index.js';
import {spanOf, type Span} from './spans.js';

/**
 * A digest of other projects' upgrades: a platform's change-log post that heads a section for each
 * component it moved to a new release, naming the component and both versions (`### Log Cache - v2.12.3
 * up from v2.12.2`, `### Diego 2.80.0 to 2.81.0`, `### Bump yaml from 1.2 to 1.3`), and lists under it that
 * release's notes as the component's maintainers published them (their entries, the advisories' titles
 * a base image's release cites: `* CVE-2021-3800: glib2: Possible privilege escalation thourgh pkexec`).
 * Those entries are the maintainers' words, copied; spelling and brand-casing leave them alone.
 * Known by the headings alone, never by a name or a word:
 * - a heading names a version change: a name with a letter, the new version `up from` (or `from`) the
 *   old one, or the old one `to` (`→`, `->`) the new one, or the name then `from` old `to` new;
 * - three such sections or more, of three different names or more: one or two, or the steps of one
 *   project's migration guide (`## Upgrade from 1.4 to 1.5`, `## Upgrade from 1.5 to 1.6`), are
 *   the writer's own account;
 * - only the lists of each section (to the next heading of its rank or higher) are the notes; the
 *   section's paragraphs (`Notably, this release addresses:`), its heading and the page's other
 *   sections are the writer's and read;
 * - a list half of whose items or more speak in the first person (`We replaced the render call`,
 *   `Our tests needed…`) is the writer's account of their own upgrade (a post on upgrading the
 *   writer's stack heads its sections alike, `## React 17.0.2 to 18.2.0`), read; a release's notes
 *   speak of the project and only now and then say `we`.
 */

/** A version: digits and dots, a leading `v`, maybe a pre-release tail (`0.332.0`, `v1.7.5-rc.1`, `56`). */
const version = String.raw`v?\d+(?:\.\d+)*(?:[-+][0-9A-Za-z.]+)?`;
/** A version of two parts or more: `to` between bare numbers (`Chapter 1 to 2`) says nothing of a release. */
const dotted = String.raw`v?\d+(?:\.\d+)+(?:[-+][0-9A-Za-z.]+)?`;
/** The name before the versions, and what parts it from them (` - `, `: `, a space). */
const named = String.raw`^(.*?\p{L}.*?)(?:\s+[-–—:]|:)?\s+`;
const upgradeForms = [
  new RegExp(String.raw`${named}${version}\s+(?:up\s+)?from\s+${version}$`, 'u'),
  new RegExp(String.raw`${named}${dotted}\s+(?:to|→|->)\s+${dotted}$`, 'u'),
  new RegExp(String.raw`${named}from\s+${version}\s+to\s+${version}$`, 'u'),
];
/** A word by which the writer speaks of themselves (`I` in capitals only: `i.e.`; `us` in lower case: `US`). */
const firstPerson = /\b(?:I|[Ww]e|[Oo]urs?|us|[Mm]y|[Mm]e)\b/u;

/** Half of the list's items or more speak in the first person: the writer's own account. */
function writersAccount(list: List): boolean {
  return list.children.filter((item) => firstPerson.test(toString(item))).length * 2 >= list.children.length;
}

/** Longer than a component's name and two versions: a sentence, not such a heading (and the patterns stay short). */
const maxHeading = 120;
/** Fewest upgraded components that make a digest; one or two are as often the writer's own account. */
const fewestUpgrades = 3;

/** The upgraded component's name a heading gives (lower case, spaces and dashes as one), or undefined for any other heading. */
export function upgradedComponent(heading: string): string | undefined {
  const text = heading.trim();
  if (text.length > maxHeading) return undefined;
  for (const form of upgradeForms) {
    const name = form.exec(text)?.[1];
    if (name !== undefined) return name.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  }
  return undefined;
}

/** The lists of each section a version change heads, when the page is a digest of several components' upgrades. */
export function upgradeNoteSpans(tree: Root): Span[] {
  const blocks = tree.children;
  const sections: Array<{from: number; to: number}> = [];
  const names = new Set<string>();
  for (let index = 0; index < blocks.length; index++) {
    const node = blocks[index]!;
    if (node.type !== 'heading') continue;
    const name = upgradedComponent(toString(node));
    if (name === undefined) continue;
    let end = index + 1;
    while (end < blocks.length && !(blocks[end]!.type === 'heading' && (blocks[end] as Heading).depth <= node.depth)) end++;
    sections.push({from: index + 1, to: end});
    names.add(name);
    index = end - 1;
  }
  if (sections.length < fewestUpgrades || names.size < fewestUpgrades) return [];
  const spans: Span[] = [];
  for (const {from, to} of sections) {
    for (const block of blocks.slice(from, to)) {
      if (block.type === 'list') {
        if (!writersAccount(block)) spans.push(spanOf(block));
      }
      // A list deeper in the section (in a quote, under a paragraph's HTML) is the notes too; a nested list is inside its list's span.
      else if ('children' in block) eachOfTypes(block, ['list'], (list) => void (writersAccount(list) || spans.push(spanOf(list))));
    }
  }
  return spans;
}
