import type {Root} from 'mdast';
import type {ProseToken} from './prose.js';
import {walk} from '../walk.js';

/**
 * A setting's label is its key spelled out in words: a settings screen shows `hostAddressLoopback`
 * as "Host Address Loopback" (VS Code's settings editor writes `editor.formatOnSave` as "Format On
 * Save" the same way), and a page that writes the key in code and the label in prose names the
 * setting twice. The label's words are the key's parts, ordinary words capitalized by Title Case:
 * `Loopback` there is the word loopback, not the LoopBack framework. On the sites of rounds 15-17,
 * 982 Title Case runs spell out an identifier their page writes in code; one holds a brand's
 * letters, and that one was judged a false report.
 */

/** The camelCase and PascalCase identifiers (two parts or more) a page writes in code, lower-cased. */
export function camelIdentifiers(tree: Root): Set<string> {
  const identifiers = new Set<string>();
  walk(tree, (node) => {
    if (node.type !== 'inlineCode' && node.type !== 'code') return;
    for (const [identifier] of node.value.matchAll(/(?<![\p{L}\p{N}])\p{L}[\p{Ll}\p{N}]*(?:\p{Lu}[\p{Ll}\p{N}]+)+(?![\p{L}\p{N}])/gu)) {
      if (/\p{Ll}\p{Lu}/u.test(identifier)) identifiers.add(identifier.toLowerCase());
    }
  });
  return identifiers;
}

const titleWord = /^\p{Lu}[\p{Ll}\p{N}]*$/u;

/** The most parts a label spelled out from an identifier is taken to have (`Host Address Loopback` has 3). */
const longestLabel = 8;

/**
 * Whether the word at `index` is one of a run of two Title Case words or more, each next to the
 * other with one space between, that together spell an identifier of the page (`Host Address
 * Loopback` and `hostAddressLoopback`).
 */
export function spellsIdentifier(source: string, prose: readonly ProseToken[], index: number, identifiers: ReadonlySet<string>): boolean {
  if (identifiers.size === 0 || !titleWord.test(prose[index]!.text)) return false;
  const adjacent = (a: ProseToken, b: ProseToken): boolean => a.block === b.block && titleWord.test(b.text) && source.slice(a.offset + a.text.length, b.offset) === ' ';
  // The run around the word, as far as a label may reach (a long Title Case run is a heading or a name list, not one label).
  let first = index;
  while (first > index - (longestLabel - 1) && first > 0 && adjacent(prose[first - 1]!, prose[first]!) && titleWord.test(prose[first - 1]!.text)) first--;
  let last = index;
  while (last < index + (longestLabel - 1) && last + 1 < prose.length && adjacent(prose[last]!, prose[last + 1]!)) last++;
  // Every stretch of the run that holds the word, of up to `longestLabel` parts: "Networking > Host Address Loopback" has the label inside it.
  for (let start = first; start <= index; start++) {
    for (let end = Math.max(index, start + 1); end <= Math.min(last, start + longestLabel - 1); end++) {
      const joined = prose.slice(start, end + 1).map((token) => token.text).join('').toLowerCase();
      if (identifiers.has(joined)) return true;
    }
  }
  return false;
}
