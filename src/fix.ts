import type {VFileMessage} from 'vfile-message';
import type {Span} from './types.js';

/**
 * A fix in ESLint's shape: replace the characters in `range` (offsets into the file's text, end
 * excluded) with `text`. Rules attach it to a message as `fix`; JSON prints it as it is.
 */
export interface Fix {
  range: [number, number];
  text: string;
}

/**
 * What a site rule (which sees facts, not text) asks to change: the text it read in the link as
 * written (`find`) and what to write instead. The engine turns it into a Fix by finding `find`
 * inside the report's span in the file's text; when it is not there exactly once, the finding
 * has no fix (postlint does not guess where to write).
 */
export interface SiteFix {
  find: string;
  text: string;
}

export function fixOf(message: VFileMessage): Fix | undefined {
  const fix = (message as {fix?: unknown}).fix;
  if (typeof fix !== 'object' || fix === null) return undefined;
  const {range, text} = fix as Partial<Fix>;
  if (!Array.isArray(range) || range.length !== 2 || typeof text !== 'string') return undefined;
  const [start, end] = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return undefined;
  return {range: [start, end], text};
}

/** Offsets of each line's start, to turn 1-based line and column into an offset. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Turn a site rule's fix into a Fix against the file's text, or undefined when it cannot be placed unambiguously. */
export function placeSiteFix(text: string, span: Span, fix: SiteFix): Fix | undefined {
  if (fix.find === '' || fix.find === fix.text) return undefined;
  const starts = lineStarts(text);
  const offset = (line: number, column: number): number | undefined => {
    const start = starts[line - 1];
    return start === undefined ? undefined : start + column - 1;
  };
  const from = offset(span.line, span.column);
  const to = span.endLine !== undefined ? offset(span.endLine, span.endColumn ?? span.column) : from !== undefined ? text.indexOf('\n', from) : undefined;
  if (from === undefined || to === undefined) return undefined;
  const end = to === -1 ? text.length : to;
  const inside = text.slice(from, end);
  const at = inside.indexOf(fix.find);
  if (at === -1 || inside.indexOf(fix.find, at + 1) !== -1) return undefined;
  return {range: [from + at, from + at + fix.find.length], text: fix.text};
}

/**
 * Apply the fixes that do not overlap (in order of position; of two that overlap the first wins,
 * the other waits for the next pass, when its rule has seen the new text).
 */
export function applyFixes(text: string, fixes: Fix[]): {output: string; applied: number} {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let last = 0;
  let applied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    // Touching or overlapping the previous fix: next pass. An empty range at the same point too.
    if (start < last || (applied > 0 && start === last) || end > text.length) continue;
    output += text.slice(last, start) + fix.text;
    last = end;
    applied++;
  }
  return {output: output + text.slice(last), applied};
}

/** Keep a word's capitals in its correction (`Teh` → `The`, `TEH` → `THE`). */
export function matchCase(word: string, correction: string): string {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return correction.toUpperCase();
  if (word[0] !== undefined && word[0] !== word[0].toLowerCase() && correction[0] !== undefined) return correction[0].toUpperCase() + correction.slice(1);
  return correction;
}
