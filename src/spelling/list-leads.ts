import type {List, Root} from 'mdast';
import {walkType} from '../walk.js';

/**
 * A listing of names: a list whose items each lead with one bold lower-case name, alone or before
 * a dash or colon and its description (`- **jquery** — Harness for the jQuery testsuite.`), three
 * items or more. Such a list names folders, crates, modules or packages as they are spelled on
 * disk (a project-structure tree: `**tests**` over `**jquery**`, `**bluetooth**`), the list
 * analogue of a table column written all in lower case: the lead names are kept as typed, while
 * the descriptions are prose and read. One item whose lead is capitalized (`**Docker**`) makes the
 * list one of names as a writer spells them, and its lower-case leads are read.
 */

/** A name as written on disk: lower case, digits and `-_./`, starting with a letter or digit. */
const lowerName = /^[\p{Ll}\p{N}][\p{Ll}\p{N}._/-]*$/u;
/** What follows the lead in an item that describes it: a dash or a colon. */
const describes = /^\s*(?:[—–:]|-\s)/;
const fewest = 3;

/** Source ranges of the bold lead names of the name listings in the page. */
export function listLeadRanges(tree: Root): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  walkType(tree, 'list', (list: List) => {
    const leads: Array<[number, number]> = [];
    for (const item of list.children) {
      const paragraph = item.children[0];
      if (paragraph?.type !== 'paragraph') return;
      const [first, next] = paragraph.children;
      if (first?.type !== 'strong' || first.children.length !== 1 || first.children[0]?.type !== 'text') return;
      if (!lowerName.test(first.children[0].value)) return;
      if (next !== undefined && !(next.type === 'text' && describes.test(next.value))) return;
      const start = first.position?.start.offset;
      const end = first.position?.end.offset;
      if (start !== undefined && end !== undefined) leads.push([start, end]);
    }
    if (leads.length >= fewest) ranges.push(...leads);
  });
  return ranges;
}
