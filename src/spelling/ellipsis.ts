import type {ProseToken} from './prose.js';

/**
 * A word cut by an ellipsis on purpose: the tail of a word after a leading ellipsis with no space
 * (`…niverse, and everything is 42.`, text shown truncated at its start) or the head of one before
 * a trailing ellipsis (`the univer…`). Writers cut a word they name in full elsewhere to show the
 * cut; so it is that only when a word the dictionary suggests for it ends (or starts) with it
 * (`universe` ends with `niverse`). A typo glued to an ellipsis (`…recieve`) is no piece of its
 * correction (`receive`), and is still reported.
 */
export function cutByEllipsis(source: string, token: ProseToken, written: string, suggestions: () => readonly string[]): boolean {
  const end = token.joined ?? token.offset + written.length;
  const leading = source[token.offset - 1] === '…' || source.slice(token.offset - 3, token.offset) === '...';
  const trailing = source[end] === '…' || source.slice(end, end + 3) === '...';
  if (!leading && !trailing) return false;
  const piece = written.toLowerCase();
  return suggestions().some((suggestion) => {
    const whole = suggestion.toLowerCase();
    if (whole.length <= piece.length) return false;
    return (leading && whole.endsWith(piece)) || (trailing && whole.startsWith(piece));
  });
}
