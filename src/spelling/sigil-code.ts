import type {Root} from 'mdast';
import {walkType} from '../walk.js';

/**
 * Sigils that make a word a code value: a Ruby symbol (`:debug`), a shell or PHP variable (`$HOME`).
 * A word so marked in prose (`the default formatter :pretty`) is code the writer left without
 * backticks when the page also writes the same token, sigil and all, as inline code
 * (`` `:pretty` ``): the value's name, not an English word. The page writing it as code is what
 * says so: a colon or a dollar sign before a word is ordinary punctuation too (`Note:word`, `$5`).
 */
const sigils = new Set([':', '$']);
const sigilValue = /^[:$][A-Za-z_][A-Za-z0-9_]*$/;

/** The page's inline code that is a sigil and a name alone (`` `:airbrush` ``, `` `$HOME` ``), as written. */
export function sigilCodeValues(tree: Root): Set<string> {
  const values = new Set<string>();
  walkType(tree, 'inlineCode', (node) => {
    const value = node.value.trim();
    if (sigilValue.test(value)) values.add(value);
  });
  return values;
}

/** Is the word at `offset` written with a sigil (not glued to a word before it) that the page's inline code writes the same way? */
export function writtenAsSigilCode(source: string, offset: number, word: string, values: ReadonlySet<string>): boolean {
  const sigil = source[offset - 1];
  if (sigil === undefined || !sigils.has(sigil) || values.size === 0) return false;
  if (/[\p{L}\p{N}_]/u.test(source[offset - 2] ?? '')) return false;
  return values.has(sigil + word);
}
