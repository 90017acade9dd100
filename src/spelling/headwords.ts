import type {Heading, Root} from 'mdast';
import {walkType} from '../walk.js';
import {spanOf, type Span} from './spans.js';

/** Headings of this kind a page needs before they read as its entries' headwords. */
const fewestEntries = 3;

/**
 * The headings a style guide or glossary gives its entries: each heading only words set in
 * emphasis, one word an item, with commas or slashes between (`### _ie_, _eg_`, `### _whitebox_,
 * _blackbox_`, `### _etc_`), three such headings or more on the page. A headword is a word
 * mentioned as a word, the entry's subject (often the form the entry tells you to avoid), not
 * used: the spelling rule does not hold it to the dictionary. One such heading alone is read (a
 * post's emphasized title is its words, used); so is the entry's body.
 */
export function headwordSpans(tree: Root): Span[] {
  const headings: Heading[] = [];
  walkType(tree, 'heading', (node) => {
    if (headwordHeading(node)) headings.push(node);
  });
  return headings.length >= fewestEntries ? headings.map(spanOf) : [];
}

function headwordHeading(heading: Heading): boolean {
  let items = 0;
  for (const child of heading.children) {
    if (child.type === 'text') {
      if (!/^[\s,/]*$/u.test(child.value)) return false;
    } else if (child.type === 'emphasis') {
      const [only] = child.children;
      if (child.children.length !== 1 || only?.type !== 'text' || !/^\p{L}[\p{L}'’-]*$/u.test(only.value)) return false;
      items++;
    } else return false;
  }
  return items > 0;
}
