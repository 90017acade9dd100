import type {Nodes, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {eachOfTypes, siblingBefore} from '../node-index.js';
import {spanOf, type Span} from './spans.js';

/**
 * A release's credits: the list of the people who contributed, right under a heading that names it
 * (`## Credits`, `Thanks`, `Contributors`, `Acknowledgements`) or after the sentence that introduces
 * it (`Thanks to everyone who directly contributed to this release:`), each item one name or handle
 * (`- R E Broadley`, `- practicalswift`, `- Gastón I. Silva`). Names are spelled as their owners
 * spell them: spelling and brand-casing leave the items alone. A list there whose items are not all
 * names (a sentence, a change) is read, and so is every other list and paragraph of the page.
 */
const creditsHeading = /^(?:credits|thanks|special thanks|thank you|contributors|acknowledge?ments)\b[\s:]*$/i;
/** A sentence that thanks or credits people, ending in a colon: what follows is who. */
const thanksLead = /\b(?:thanks|thank you|grateful|credit)\b[^\n]*:\s*$/i;
/** A name is a few words of letters, digits and a name's marks (`Dwayne C. Litzenberger`, `b6393ce9-d324`, `Jon (jonhandle)`, `Jo "Ace" Vell`, `jvell / Jo Vell`). */
const nameShape = /^@?[\p{L}\p{N}][\p{L}\p{M}\p{N} .'’"“”_@()/-]{0,59}$/u;
const mostWords = 5;
/** Fewer than this many names is no credits list anyone pasted (and too little to tell). */
const fewestNames = 3;

export function creditsListSpans(tree: Root): Span[] {
  const spans: Span[] = [];
  // Each list with the block before it (the spans are merged in order by the caller).
  eachOfTypes(tree, ['list'], (list, parent) => {
    const before = siblingBefore(list, parent);
    if (!before || !introducesCredits(before)) return;
    if (list.children.length < fewestNames || !list.children.every((item) => item.children.length === 1 && item.children[0]!.type === 'paragraph' && isName(toString(item.children[0]!)))) return;
    for (const item of list.children) spans.push(spanOf(item.children[0]!));
  });
  return spans;
}

function introducesCredits(node: Nodes): boolean {
  // The thanks sentence may itself be set as the heading (`Thanks to everybody who contributed:` underlined).
  if (node.type === 'heading') return creditsHeading.test(toString(node).trim()) || thanksLead.test(toString(node));
  return node.type === 'paragraph' && thanksLead.test(toString(node));
}

function isName(text: string): boolean {
  const name = text.trim();
  return nameShape.test(name) && name.split(/\s+/).length <= mostWords;
}
