import type {Root} from 'mdast';
import {walkType} from '../walk.js';
import {snakeCaseIdentifiers} from './code-columns.js';

/** An identifier of two parts or more: camelCase, PascalCase with a prefix, snake_case (`kNumVarints`, `parse_varint`). */
const compoundIdentifier = /[\p{L}_][\p{L}\p{N}_]*/gu;

/** A function named by its call in prose (`mutt_envlist_set()`, `parseVarint()`): code however it is cased. */
const calledIdentifier = /(?<![\p{L}\p{N}_])\p{L}[\p{L}\p{N}_]*(?=\(\))/gu;

/** Where an identifier splits into its parts: underscores, and the humps of camelCase and PascalCase. */
const partBoundary = /_+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;

/** The shortest word a closed compound's side may be (`env` of `envlist`): a shorter piece splits nearly anything. */
const shortestSide = 3;

/**
 * The parts of the compound identifiers the page writes (`kNumVarints` → `num`, `varints`), lower
 * case, four letters or more (`Varint32` → `varint`): the page names its things with them, so the
 * same word in its prose is the code's term (`a batch of varints`), not an English word misspelled.
 * Its code names them, and so does its prose where the form is plainly code's: a snake_case name
 * (`mutt_envlist_set`) or a function's call (`parseEnvlist()`), written without backticks.
 * One identifier is not enough by itself: a typo in a name (`auto pipelneSize = 2;`) is the same
 * typo in the prose. A part counts when two different identifiers hold it, or the code also writes
 * it as an identifier of its own, or it is a closed compound of words the speller knows (`envlist`:
 * `env` and `list`), as code builds its names and a slip (`pipelne`, `respnose`: see closedCompound) is not; a plural counts by its
 * singular's identifiers too (`varints`: `kNumVarints`, `ParseVarint32`, `BM_VarintParsing`).
 */
export function codeNameParts(tree: Root, known: (word: string) => boolean): (word: string) => boolean {
  const holders = new Map<string, Set<string>>();
  const alone = new Set<string>();
  const hold = (identifier: string): void => {
    const pieces = identifier.split(partBoundary).filter((piece) => piece !== '');
    if (pieces.length < 2) {
      alone.add(identifier.toLowerCase());
      return;
    }
    for (const piece of pieces) {
      const letters = /^(\p{L}{4,})\p{N}*$/u.exec(piece)?.[1]?.toLowerCase();
      if (letters === undefined) continue;
      const seen = holders.get(letters);
      if (seen) seen.add(identifier);
      else holders.set(letters, new Set([identifier]));
    }
  };
  const read = (value: string): void => {
    for (const [identifier] of value.matchAll(compoundIdentifier)) hold(identifier);
  };
  walkType(tree, 'code', (node) => read(node.value));
  walkType(tree, 'inlineCode', (node) => read(node.value));
  walkType(tree, 'text', (node) => {
    if (!node.value.includes('_') && !node.value.includes('()')) return;
    for (const [identifier] of snakeCaseIdentifiers(node.value)) hold(identifier);
    for (const [identifier] of node.value.matchAll(calledIdentifier)) hold(identifier);
  });
  return (word) => {
    const lower = word.toLowerCase();
    const forms = lower.length > 4 && lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower];
    const identifiers = new Set<string>();
    for (const form of forms) {
      const seen = holders.get(form);
      if (seen === undefined) continue;
      if (alone.has(form) || closedCompound(form, known)) return true;
      for (const identifier of seen) identifiers.add(identifier);
    }
    return identifiers.size >= 2;
  };
}

/**
 * Two words the speller knows, each of three letters or more, written as one (`env` + `list`), and
 * not a slip of a known word in its commonest shapes: the dictionary's short entries (`cot`, `ers`,
 * `nose`) split many slips into two "words" (`cotnext`, `respnose`), which a swap or one missing
 * letter makes the word the writer meant (`context`, `response`).
 */
function closedCompound(word: string, known: (word: string) => boolean): boolean {
  for (let cut = shortestSide; cut <= word.length - shortestSide; cut++) if (known(word.slice(0, cut)) && known(word.slice(cut))) return !slipOfKnownWord(word, known);
  return false;
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** Does swapping two neighbouring letters, or putting back one left out, make a known word (`respnose` → `response`, `clustr` → `cluster`)? */
function slipOfKnownWord(word: string, known: (word: string) => boolean): boolean {
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1] && known(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2))) return true;
  }
  for (let i = 0; i <= word.length; i++) for (const letter of letters) if (known(word.slice(0, i) + letter + word.slice(i))) return true;
  return false;
}
