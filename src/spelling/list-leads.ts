import type {List, ListItem, Root, Text} from 'mdast';
import {walkType} from '../walk.js';

/**
 * A listing of names: a list whose items each lead with one bold lower-case name, alone or before
 * a dash or colon and its description (`- **jquery** — Harness for the jQuery testsuite.`), three
 * items or more, that shows it names things on disk: it is part of a tree (a sublist under a bold
 * lower-case lead, `**tests**` over `**jquery**`, `**bluetooth**`, or a list with an item holding
 * such a sublist), or a lead is written as only a file or code name is (`webdriver_server`,
 * `lib.rs`, `src/net`, `http2`). Such a list names folders, crates, modules or packages as they are
 * spelled on disk, the list analogue of a table column written all in lower case: the lead names
 * are kept as typed, while the descriptions are prose and read. A flat list of plain lower-case
 * words (`**github** – where our code lives`) shows no such sign, and is read. One item whose lead
 * is capitalized (`**Docker**`) makes the list one of names as a writer spells them. An item that is
 * the name alone, not bold (`- eslint_d`), leads with it too: a list of the linters or modules a config
 * accepts (`eslint`, `eslint_d`, `standardjs`) as it spells them, on the same signs; a plain list of
 * lower-case words with no name written as only code is (`- github`, `- gitlab`, `- bitbucket`) is read.
 */

/** A name as written on disk: lower case, digits and `-_./`, starting with a letter or digit. */
const lowerName = /^[\p{Ll}\p{N}][\p{Ll}\p{N}._/-]*$/u;
/** What follows the lead in an item that describes it: a dash or a colon. */
const describes = /^\s*(?:[—–:]|-\s)/;
const fewest = 3;

/** Written as only a file or code name is: `_`, `.`, `/` or a digit in it. */
const onDisk = /[._/\p{N}]/u;

/** The bold lower-case lead of an item (its range and text), if it has one. */
function leadOf(item: ListItem): {range: [number, number]; name: string} | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const [first, next] = paragraph.children;
  // An item that is only a plain name (`- eslint_d`): the whole item is the lead, nothing describes it.
  if (first?.type === 'text' && next === undefined && item.children.length === 1) return bareName(first);
  if (first?.type !== 'strong' || first.children.length !== 1 || first.children[0]?.type !== 'text') return undefined;
  const name = first.children[0].value;
  if (!lowerName.test(name)) return undefined;
  if (next !== undefined && !(next.type === 'text' && describes.test(next.value))) return undefined;
  const start = first.position?.start.offset;
  const end = first.position?.end.offset;
  return start !== undefined && end !== undefined ? {range: [start, end], name} : undefined;
}

/** A plain item's name (`- eslint_d`), one lower-case word as written on disk and nothing else. */
function bareName(text: Text): {range: [number, number]; name: string} | undefined {
  const start = text.position?.start.offset;
  const end = text.position?.end.offset;
  return lowerName.test(text.value) && start !== undefined && end !== undefined ? {range: [start, end], name: text.value} : undefined;
}

/** Source ranges of the lead names of the name listings in the page. */
export function listLeadRanges(tree: Root): Array<[number, number]> {
  const leadLists = new Map<List, Array<{range: [number, number]; name: string}>>();
  walkType(tree, 'list', (list: List) => {
    const leads = list.children.map(leadOf);
    if (leads.every((lead) => lead !== undefined)) leadLists.set(list, leads as Array<{range: [number, number]; name: string}>);
  });
  // The lists of a tree: a lead list under a bold lower-case lead, and the list holding that item.
  const inTree = new Set<List>();
  for (const list of leadLists.keys()) {
    for (const item of list.children) {
      for (const child of item.children) {
        if (child.type === 'list' && leadLists.has(child)) inTree.add(list).add(child);
      }
    }
  }
  const ranges: Array<[number, number]> = [];
  for (const [list, leads] of leadLists) {
    if (leads.length < fewest) continue;
    if (inTree.has(list) || leads.some((lead) => onDisk.test(lead.name))) ranges.push(...leads.map((lead) => lead.range));
  }
  return ranges;
}
