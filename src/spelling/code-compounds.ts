import type {Root} from 'mdast';
import {walk} from '../walk.js';

/** A hyphenated name of two pieces or more, whole (`scroll-up-current-line`, `--group-directories-first` without its dashes). */
const hyphenatedName = /(?<![\p{L}\p{N}_.-])-{0,2}(\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+)(?![\p{L}\p{N}_-])/gu;

/**
 * The hyphenated names the page's code writes whole, in a code block or inline code: a Lisp or
 * Conkeror command (`(interactive "scroll-up-current-line")`, `define_key(map, "C-I",
 * "scroll-up-current-line")`), a CSS property, a command-line option. Written the same in the prose
 * (`the command **scroll-up-current-line**`), the compound is that name, spelled as the code spells
 * it, even where a piece of it is a known misspelling: the code's name is what the reader types, and
 * renaming it in the prose would make the prose wrong. A piece written alone, or a compound the code
 * does not write, is read.
 */
export function codeCompounds(tree: Root): Set<string> {
  const names = new Set<string>();
  walk(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'inlineCode') return;
    if (!node.value.includes('-')) return;
    for (const match of node.value.matchAll(hyphenatedName)) names.add(match[1]!);
  });
  return names;
}

/**
 * A hyphenated name the page's code writes in lower case (`` `http://localhost:8081/mongodb-datastore` ``),
 * written in the prose whole with only its first letter capitalised where a sentence or a list item
 * starts (`- Mongodb-datastore:`, a list of a system's components): that name, capitalised as any
 * first word is, not a brand among its pieces written in a wrong case. The same compound mid-sentence
 * (`the Mongodb-datastore`), a compound the code does not write, and the brand alone are read.
 */
export function capitalizedCodeCompound(token: {compound?: string; sentenceStart?: boolean; prefix?: boolean}, compounds: ReadonlySet<string>): boolean {
  const compound = token.compound;
  if (compound === undefined || token.sentenceStart !== true || token.prefix !== true) return false;
  const lower = compound.toLowerCase();
  return compound === lower[0]!.toUpperCase() + lower.slice(1) && compounds.has(lower);
}
