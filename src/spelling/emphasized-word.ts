import type {ProseToken} from './prose.js';

/** The emphasis marks around a word, one or two of one kind (`_x_`, `*x*`, `**x**`, `__x__`). */
const marks = /^(?:\*\*|__|\*|_)$/;

/**
 * Where the emphasis that holds this word alone (`_frustrum_`, `**jobb**`) opens and closes, in
 * the source: [start of its opening marks, end of its closing marks]; undefined when the word is
 * not alone in an emphasis of its own.
 */
export function emphasisAlone(source: string, token: ProseToken): [number, number] | undefined {
  const start = token.offset;
  const end = token.joined ?? start + token.text.length;
  let open = start;
  while (open > 0 && (source[open - 1] === '*' || source[open - 1] === '_') && start - open < 2) open--;
  const opening = source.slice(open, start);
  if (!marks.test(opening)) return undefined;
  // The same marks close it right after the word, and no more marks or letters follow.
  if (source.slice(end, end + opening.length) !== opening) return undefined;
  const close = end + opening.length;
  const after = source[close];
  if (after !== undefined && (after === '*' || after === '_' || /[\p{L}\p{N}]/u.test(after))) return undefined;
  const before = source[open - 1];
  if (before !== undefined && /[\p{L}\p{N}]/u.test(before)) return undefined;
  return [open, close];
}
