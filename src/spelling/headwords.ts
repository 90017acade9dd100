import type {Heading, Root} from 'mdast';
import {walkType} from '../walk.js';
import {spanOf, type Span} from './spans.js';

/** Headings of this kind a page needs before they read as its entries' headwords. */
const fewestEntries = 3;

/**
 * The headings a style guide or glossary gives its entries: each heading only words set in
 * emphasis, one word an item, with commas or slashes between (`### _ie_, _eg_`, `### _whitebox_,
 * _blackbox_`, `### _etc_`), three such headings or more on the page, one of them listing two
 * words or more (three `## _Usage_`-style section titles alone are a post's styling). A headword is a word
 * mentioned as a word, the entry's subject (often the form the entry tells you to avoid), not
 * used: the spelling rule does not hold it to the dictionary. One such heading alone is read (a
 * post's emphasized title is its words, used); so is the entry's body.
 */
export function headwordSpans(tree: Root): Span[] {
  const headings: Heading[] = [];
  let listsWords = false;
  walkType(tree, 'heading', (node) => {
    const items = headwordItems(node);
    if (items > 0) headings.push(node);
    if (items >= 2) listsWords = true;
  });
  // Emphasized one-word headings alone may be a post's styled section titles (`## _Usage_`): an entry
  // that lists words (`### _ie_, _eg_`) is what marks them as a word list's headwords.
  return headings.length >= fewestEntries && listsWords ? headings.map(spanOf) : [];
}

/** How many emphasized words a heading lists when it is only those (0 when it is anything else). */
function headwordItems(heading: Heading): number {
  let items = 0;
  for (const child of heading.children) {
    if (child.type === 'text') {
      if (!/^[\s,/]*$/u.test(child.value)) return 0;
    } else if (child.type === 'emphasis') {
      const [only] = child.children;
      if (child.children.length !== 1 || only?.type !== 'text' || !/^\p{L}[\p{L}'’-]*$/u.test(only.value)) return 0;
      items++;
    } else return 0;
  }
  return items;
}
