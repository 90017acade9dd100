import {escapeRegExp} from './links/patterns.js';
import type {PublishProblem} from './publish.js';

/**
 * Between the instants that change a page's publish state (it goes live, it expires, it comes within
 * a day of going live), the clock moves only the words of the time left ("in 7 h 2 min"), which
 * the findings quoting that state carry. A cache whose findings were made at another clock re-words
 * them by this map (each whole reason then, time left included → the reason now) instead of parsing
 * and checking the files again.
 */
export type Rewording = ReadonlyMap<string, string>;

export const noRewording: Rewording = new Map();

/**
 * The rules whose messages quote a page's publish state (`publishProblems`' reasons): only their
 * findings hold words the clock wrote. Any other finding (a heading titled "Launch (in 5 h)") is the
 * page's own text and is never re-worded.
 */
const quotingPublishState = new Set(['no-drafts', 'no-unpublished-links']);

/** A publish problem's reason as the findings quote it: no-drafts after "it", no-unpublished-links without it. */
export function quotedReason(reason: string): string {
  return reason.replace(/^it /, '');
}

/**
 * How a page's publish problems at one clock (`then`) read at another (`now`): the map from each
 * one's whole reason then to its reason now (for those with a time left); undefined when anything else differs (a state came or
 * went, a time left appeared or vanished), so the findings must be worked out again.
 */
export function rewordingOf(then: readonly PublishProblem[], now: readonly PublishProblem[]): Map<string, string> | undefined {
  if (then.length !== now.length) return undefined;
  const words = new Map<string, string>();
  for (let i = 0; i < then.length; i++) {
    const a = then[i]!;
    const b = now[i]!;
    if (a.kind !== b.kind || a.warning !== b.warning || a.span.line !== b.span.line || a.span.column !== b.span.column) return undefined;
    if (a.timeLeft === undefined || b.timeLeft === undefined) {
      if (a.timeLeft !== b.timeLeft || a.reason !== b.reason) return undefined;
      continue;
    }
    if (a.reason.replace(a.timeLeft, '') !== b.reason.replace(b.timeLeft, '')) return undefined;
    if (!addWords(words, quotedReason(a.reason), quotedReason(b.reason))) return undefined;
  }
  return words;
}

/**
 * Adds `from` → `to` to a re-wording; false when `from` already reads otherwise (two posts whose
 * reasons read the same then but not now, their instants seconds apart: which finding quotes which
 * cannot be told from the words).
 */
export function addWords(words: Map<string, string>, from: string, to: string): boolean {
  const known = words.get(from);
  if (known !== undefined) return known === to;
  words.set(from, to);
  return true;
}

/**
 * Stored findings re-worded in one pass: the message of each finding of a rule that quotes the
 * publish state, where it quotes a whole reason the map knows. Nothing else (notes, details, other
 * rules' findings) holds words the clock wrote.
 */
export function reworded<T extends {reason: string; ruleId?: string | undefined}>(records: T[], words: Rewording): T[] {
  if (words.size === 0) return records;
  const pattern = new RegExp([...words.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  return records.map((record) =>
    record.ruleId !== undefined && quotingPublishState.has(record.ruleId) ? {...record, reason: record.reason.replace(pattern, (found) => words.get(found)!)} : record,
  );
}
