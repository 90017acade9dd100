// A run of X that hides characters (a redaction, a number pattern), told from a placeholder left in prose: no-placeholders.

/**
 * A run of X that hides characters rather than marking a gap: a redaction or a number pattern,
 * written in the shape of what it hides. Glued to an `@` it is part of an address (`XXX@XXX`,
 * `XXX@example.org`); in a token of only X runs, digits and the separators of numbers and
 * addresses it is a digit group (`XXX:1234`, `+1(XXX)`); standing alone it is still one where a
 * number written in groups goes on around it (`(XXX) XXX-XXXX`, `555 XXX 1234`). A note stands
 * among words: `XXX fix this`, `we at XXX`, `Your XXX is my XXX` are reported.
 */
export function masksCharacters(raw: string, start: number, end: number): boolean {
  if (!/^X{2,}$/i.test(raw.slice(start, end))) return false;
  if (raw[start - 1] === '@' || raw[end] === '@') return true;
  const token = tokenAround(raw, start, end);
  if (token === undefined) return false;
  const core = token.text.replace(/^[("'\u201C\u2018[]+/u, '').replace(/[)"'\u201D\u2019\].,;:!?]+$/u, '');
  if (core.length > end - start && maskShape.test(core)) return true;
  if (core.length !== end - start) return false;
  // Alone, the run is a group of a number when the groups around it make one.
  const before = /(?:^|\s)(\S+)[ \t]$/u.exec(raw.slice(Math.max(0, token.start - 40), token.start))?.[1];
  const after = /^[ \t](\S+)/u.exec(raw.slice(token.end, token.end + 40))?.[1];
  const group = (word: string | undefined): boolean => word !== undefined && numberGroups.test(word.replace(/^\(|[),.;:]+$/gu, ''));
  const joinedGroups = (word: string | undefined): boolean => group(word) && /[-.]/u.test(word!.replace(/[.,;:]+$/u, ''));
  return (group(before) && group(after)) || joinedGroups(before) || joinedGroups(after);
}

/**
 * X runs and digits joined by the separators of numbers and addresses, with at least one separator or digit: `XXX:1234`, `XXX-XXXX`.
 * Not `#`: `#XXX` is the number of an issue or pull request not filed yet (`Closes #XXX`), a gap left to fill.
 */
const maskShape = /^(?=.*[\d\-.:+()*/_])[X\d\-.:+()*/_]+$/iu;
/** A group of a number (digits or an X run), or groups joined by `-` or `.`: `555`, `XXX-XXXX`, `555-1234`. */
const numberGroups = /^(?:\d{2,}|X{2,})(?:[-.](?:\d+|X{2,}))*$/iu;

/** The longest token a mask is written in: an address, a phone or card number. */
const longestMask = 64;

/**
 * The whitespace-delimited token of `raw` around a match, or undefined past `longestMask`
 * characters: no mask is that long, and scanning a long token for each of its X runs
 * (`XXX:XXX:…`) would be quadratic.
 */
function tokenAround(raw: string, start: number, end: number): {text: string; start: number; end: number} | undefined {
  let from = start;
  while (from > 0 && !/\s/u.test(raw[from - 1]!)) if (start - --from > longestMask) return undefined;
  let to = end;
  while (to < raw.length && !/\s/u.test(raw[to]!)) if (++to - end > longestMask) return undefined;
  return {text: raw.slice(from, to), start: from, end: to};
}
