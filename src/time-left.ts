import {escapeRegExp} from './links/patterns.js';
import type {PublishProblem} from './publish.js';

/**
 * Between the instants that change a page's publish state (it goes live, it expires, it comes within
 * a day of going live), the clock moves only the words of the time left ("in 7 h 2 min"), which
 * findings quote. A cache whose findings were made at another clock re-words them by this map (the
 * words then → the words now) instead of parsing and checking the files again.
 */
export type Rewording = ReadonlyMap<string, string>;

export const noRewording: Rewording = new Map();

/**
 * How a page's publish problems at one clock (`then`) read at another (`now`): the map from each
 * one's time left then to its time left now; undefined when anything else differs (a state came or
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
    if (!addWords(words, a.timeLeft, b.timeLeft)) return undefined;
  }
  return words;
}

/**
 * Adds `from` → `to` to a re-wording; false when `from` already reads otherwise (two posts whose
 * time left read the same then but not now: which finding quotes which cannot be told from the words).
 */
export function addWords(words: Map<string, string>, from: string, to: string): boolean {
  const known = words.get(from);
  if (known !== undefined) return known === to;
  words.set(from, to);
  return true;
}

/** Every string in a stored finding (its reason, note, details), re-worded in one pass. */
export function reworded<T>(value: T, words: Rewording): T {
  if (words.size === 0) return value;
  const pattern = new RegExp([...words.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return item.replace(pattern, (found) => words.get(found)!);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === 'object' && Object.getPrototypeOf(item) === Object.prototype) {
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    }
    return item;
  };
  return walk(value) as T;
}
