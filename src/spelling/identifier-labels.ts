import type {Root} from 'mdast';
import type {ProseToken} from './prose.js';
import {walkType} from '../walk.js';

/**
 * A setting's label is its key spelled out in words: a settings screen shows `hostAddressLoopback`
 * as "Host Address Loopback" (VS Code's settings editor writes `editor.formatOnSave` as "Format On
 * Save" the same way), and a page that writes the key in code and the label in prose names the
 * setting twice. The label's words are the key's parts, ordinary words capitalized by Title Case:
 * `Loopback` there is the word loopback, not the LoopBack framework. On the sites of rounds 15-17,
 * 982 Title Case runs spell out an identifier their page writes in code; one holds a brand's
 * letters, and that one was judged a false report.
 *
 * The label is the whole run, set apart as a menu path or a field's name is (`Networking > Host
 * Address Loopback: turn it On`): a Title Case run that merely holds the key's words among others
 * (`# Setting Up Your Github Token` beside `githubToken`), or that runs on in a sentence (`enable
 * Use Javascript Modules in the settings`), is the writer's prose, and its brands are read. The
 * key must be the page's inline code, where a page names a setting; a variable of a code block is
 * the program's, not a label's source.
 */

/**
 * The camelCase and PascalCase identifiers (two parts or more) a page writes in inline code, lower-cased:
 * whole keys a Title Case label may spell. Not code-columns.ts's `snakeCase` (`key_end`, whose parts
 * brand-casing reads) nor spelling's `codeNameParts` (every identifier split into its pieces): a label
 * joins its words with no underscore, and is matched whole.
 */
export function camelIdentifiers(tree: Root): Set<string> {
  const identifiers = new Set<string>();
  walkType(tree, 'inlineCode', (node) => {
    for (const [identifier] of node.value.matchAll(/(?<![\p{L}\p{N}])\p{L}[\p{Ll}\p{N}]*(?:\p{Lu}[\p{Ll}\p{N}]+)+(?![\p{L}\p{N}])/gu)) {
      if (/\p{Ll}\p{Lu}/u.test(identifier)) identifiers.add(identifier.toLowerCase());
    }
  });
  return identifiers;
}

const titleWord = /^\p{Lu}[\p{Ll}\p{N}]*$/u;

/** What sets a label apart between two words: a mark with no word in it (` > `, `: `, `*`, `|`), not a space alone. */
const separator = /^[^\p{L}\p{N}]*[^\s\p{L}\p{N}][^\p{L}\p{N}]*$/u;

/**
 * The indexes of the prose tokens that are a setting's label: each whole run of two Title Case
 * words or more, one space apart, whose edges are its block's ends or a separator, and whose
 * words joined spell an identifier of the page (`Host Address Loopback` and `hostAddressLoopback`).
 * One pass over the prose, each run joined once.
 */
export function identifierLabels(source: string, prose: readonly ProseToken[], identifiers: ReadonlySet<string>): Set<number> {
  const labels = new Set<number>();
  if (identifiers.size === 0) return labels;
  const edge = (a: ProseToken | undefined, b: ProseToken | undefined): boolean => a === undefined || b === undefined || a.block !== b.block || separator.test(source.slice(a.offset + a.text.length, b.offset));
  let first = 0;
  while (first < prose.length) {
    if (!titleWord.test(prose[first]!.text)) {
      first++;
      continue;
    }
    let last = first;
    while (last + 1 < prose.length && prose[last + 1]!.block === prose[last]!.block && titleWord.test(prose[last + 1]!.text) && source.slice(prose[last]!.offset + prose[last]!.text.length, prose[last + 1]!.offset) === ' ') last++;
    if (last > first && edge(prose[first - 1], prose[first]) && edge(prose[last], prose[last + 1])) {
      const run = prose.slice(first, last + 1);
      if (identifiers.has(run.map((token) => token.text).join('').toLowerCase())) for (let i = first; i <= last; i++) labels.add(i);
    }
    first = last + 1;
  }
  return labels;
}
