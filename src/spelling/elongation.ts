/**
 * Expressive lengthening set in emphasis: a word whose writer holds one letter (`*deeep*`,
 * `**sooo**`) to show how it is said. English spells no word with one letter three times running:
 * cut to two letters or one the run gives a dictionary word (`deep`, `so`), and the writer set that
 * one word apart in emphasis, the usual mark of a stressed word. A key held down makes the same
 * run (`runnning`, `effficient`, `neeed`: real sites' typos), so the emphasis must hold the word
 * alone: a held letter in plain prose, inside an emphasised phrase (`*the folllowing steps*`), or
 * one that cuts to no word (`*occcured*`) is still read as a typo. So is a word in an emphasis that
 * labels its block rather than stresses a word of a sentence: one that opens a paragraph, list item,
 * table cell or heading and is all of it or is followed by a colon or a dash (`**Adddress**: the
 * host`, a table's `| **Passsword** |`). A label names a thing; nobody draws it out as speech.
 */
import type {Nodes, Parents, Root} from 'mdast';
import type {ProseToken} from './prose.js';
import {walk} from '../walk.js';

/** Runs of one letter three times or more. */
const held = /(\p{L})\1{2,}/giu;

/** How many runs are cut at most (each to two letters or one): `sooooo` has one, `yeeesss` two. */
const mostRuns = 3;

/** The [start, end) offsets of the emphasis and strong emphasis of the page. */
export function emphasisSpans(tree: Root): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  walk(tree, (node, parent) => {
    if (node.type !== 'emphasis' && node.type !== 'strong') return true;
    if (labels(node, parent)) return false;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) out.push([start, end]);
    return false;
  });
  return out;
}

/** Text after a label that says what it names: a colon or a dash, with the spaces before it. */
const afterLabel = /^\s*(?:[:：]|[-–—]\s)/u;

/** Does the emphasis open its paragraph, cell or heading and make all of it, or stand before a colon or dash (a label)? */
function labels(node: Nodes, parent: Parents | undefined): boolean {
  if (!parent || (parent.type !== 'paragraph' && parent.type !== 'tableCell' && parent.type !== 'heading') || parent.children[0] !== node) return false;
  const next = parent.children[1];
  if (next === undefined) return true;
  return next.type === 'text' && (afterLabel.test(next.value) || next.value.trim() === '' && parent.children.length === 2);
}

/** The word with each run of one letter cut to two letters or one, every way (`deeep` → `deep`, `dep`). */
export function shortenedForms(word: string): string[] {
  const runs = [...word.matchAll(held)].slice(0, mostRuns);
  if (runs.length === 0) return [];
  let forms = [''];
  let at = 0;
  for (const run of runs) {
    const before = word.slice(at, run.index);
    const letter = run[0].slice(0, 1);
    forms = forms.flatMap((form) => [form + before + letter + letter, form + before + letter]);
    at = run.index + run[0].length;
  }
  return forms.map((form) => form + word.slice(at));
}

/** Is the token a lengthened word that an emphasis holds alone (`*deeep*`), whose shortened form `known` spells? */
export function emphaticElongation(source: string, token: ProseToken, spans: ReadonlyArray<readonly [number, number]>, known: (word: string) => boolean): boolean {
  const span = spans.find(([start, end]) => token.offset >= start && token.offset < end);
  if (span === undefined || source.slice(span[0], span[1]).replace(/^[*_]+|[*_]+$/g, '') !== token.text) return false;
  return shortenedForms(token.text.toLowerCase()).some((form) => known(form));
}
