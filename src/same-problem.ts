import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {RuleModule} from './types.js';

/**
 * One problem, one finding. Two rules may see the same word at the same place for one reason: a
 * lower-case `jenkins` is both a brand written in the wrong case and a word no dictionary knows.
 * A rule that declares `yieldsTo` drops its finding when one of those rules reports the same word
 * (case aside) at the same line and column. Run after the site halves (a site half may withdraw
 * the finding yielded to) and before the phase-2 cache stores the file, so every run, with or
 * without workers and caches, keeps the same one.
 *
 * A finding may also follow from a problem reported elsewhere in the same file: a link to an empty
 * section of its own page is that section's emptiness seen from the link. It names that place
 * (`data.sameProblemAt`, line and column) and yields when one of its `yieldsTo` rules reports there.
 *
 * Or a finding may be about a span another rule's finding lies in, for one reason: a `## TODO`
 * heading with nothing under it is an empty section because it is a placeholder. It names the span
 * (`data.sameProblemWithin`: line, column, endLine, endColumn) and yields, without a word added, to
 * a finding of one of its `yieldsTo` rules inside it; a finding that named it as its cause (a link
 * to that section) then names the finding kept.
 */
export function yieldSameProblem(file: VFile, rules: ReadonlyMap<string, RuleModule>): void {
  const yielding = new Map<string, readonly string[]>();
  for (const [id, rule] of rules) if (rule.meta.yieldsTo && rule.meta.yieldsTo.length > 0) yielding.set(id, rule.meta.yieldsTo);
  if (yielding.size === 0) return;
  const said = new Set<string>();
  const placed = new Set<string>();
  // The places of the findings of the rules some rule yields to (only those are looked up).
  const yieldedTo = new Set([...yielding.values()].flat());
  const placesOf = new Map<string, Array<{line: number; column: number}>>();
  for (const message of file.messages) {
    if (!message.ruleId) continue;
    placed.add(placeKey(message.ruleId, message.line ?? 0, message.column ?? 0));
    if (yieldedTo.has(message.ruleId)) {
      let places = placesOf.get(message.ruleId);
      if (!places) placesOf.set(message.ruleId, (places = []));
      places.push({line: message.line ?? 0, column: message.column ?? 0});
    }
    const word = wordOf(message);
    if (word !== undefined) said.add(key(message.ruleId, message, word));
  }
  // A finding that yielded to one inside its span: its place, and the place of the finding kept for it.
  const keptFor = new Map<string, string>();
  file.messages = file.messages.filter((message) => {
    const to = message.ruleId ? yielding.get(message.ruleId) : undefined;
    const span = to ? sameProblemWithin(message) : undefined;
    if (!to || !span) return true;
    for (const other of to) {
      const inside = (placesOf.get(other) ?? []).find((at) => within(at, span));
      if (!inside) continue;
      keptFor.set(placeKey(message.ruleId!, message.line ?? 0, message.column ?? 0), placeKey(other, inside.line, inside.column));
      return false;
    }
    return true;
  });
  // The lines of the findings that yielded to a problem elsewhere in the file, by that problem's place.
  const followers = new Map<string, Set<number>>();
  file.messages = file.messages.filter((message) => {
    const to = message.ruleId ? yielding.get(message.ruleId) : undefined;
    if (!to) return true;
    const word = wordOf(message);
    if (word !== undefined && to.some((other) => said.has(key(other, message, word)))) return false;
    const at = sameProblemAt(message);
    const cause = at === undefined ? undefined : to.map((other) => placeKey(other, at.line, at.column)).find((place) => placed.has(place));
    const kept = cause === undefined ? undefined : keptFor.get(cause) ?? cause;
    if (kept === undefined) return true;
    const lines = followers.get(kept) ?? new Set<number>();
    lines.add(message.line ?? 0);
    followers.set(kept, lines);
    return false;
  });
  // The finding kept says where the problem shows too, so fixing it does not leave a link to nothing behind.
  for (const message of file.messages) {
    const lines = message.ruleId ? followers.get(placeKey(message.ruleId, message.line ?? 0, message.column ?? 0)) : undefined;
    if (!lines) continue;
    const sorted = [...lines].sort((a, b) => a - b);
    const where = sorted.length === 1 ? `the link on line ${sorted[0]} leads to it` : `the links on lines ${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]} lead to it`;
    message.reason = `${message.reason}; ${where}`;
    message.message = message.reason;
  }
}

function key(ruleId: string, message: VFileMessage, word: string): string {
  return `${placeKey(ruleId, message.line ?? 0, message.column ?? 0)}\0${word.toLowerCase()}`;
}

function placeKey(ruleId: string, line: number, column: number): string {
  return `${ruleId}\0${line}\0${column}`;
}

/** The place in the same file of the problem a finding follows from (`data.sameProblemAt`). */
function sameProblemAt(message: VFileMessage): {line: number; column: number} | undefined {
  const at = (message as {data?: {sameProblemAt?: {line?: unknown; column?: unknown}}}).data?.sameProblemAt;
  return typeof at?.line === 'number' && typeof at.column === 'number' ? {line: at.line, column: at.column} : undefined;
}

/** The span a finding is about, when another rule's finding inside it says the same problem (`data.sameProblemWithin`). */
function sameProblemWithin(message: VFileMessage): {line: number; column: number; endLine: number; endColumn: number} | undefined {
  const span = (message as {data?: {sameProblemWithin?: Record<string, unknown>}}).data?.sameProblemWithin;
  const {line, column, endLine, endColumn} = span ?? {};
  return typeof line === 'number' && typeof column === 'number' && typeof endLine === 'number' && typeof endColumn === 'number' ? {line, column, endLine, endColumn} : undefined;
}

/** Is the point inside the span (its end excluded)? */
function within(at: {line: number; column: number}, span: {line: number; column: number; endLine: number; endColumn: number}): boolean {
  const afterStart = at.line > span.line || (at.line === span.line && at.column >= span.column);
  const beforeEnd = at.line < span.endLine || (at.line === span.endLine && at.column < span.endColumn);
  return afterStart && beforeEnd;
}

/** The word a finding is about (`data.word`, as spelling and brand-casing give it). */
function wordOf(message: VFileMessage): string | undefined {
  const data = (message as {data?: {word?: unknown}}).data;
  return typeof data?.word === 'string' ? data.word : undefined;
}
