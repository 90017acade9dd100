import {createHash} from 'node:crypto';
import type {MessageRecord} from './phase1.js';
import type {RuleModule} from './types.js';

/**
 * Rules with a file and a site half (spelling, brand-casing) may weigh every checked file's file
 * findings and notes site-wide: the phase-2 cache re-checks every file of such a rule when any
 * file's findings or note of it change. Each file's share is one digest, worked out when its
 * phase-1 output is made and kept with it in the phase-1 cache, so that a run re-checking a few
 * files of a big site does not turn every other file's findings and notes into JSON again
 * (bench/README.md).
 */
export function weighedRules(rules: ReadonlyMap<string, RuleModule>): string[] {
  return [...rules].filter(([, rule]) => rule.file && rule.site).map(([id]) => id);
}

/** One file's findings and note of one such rule, as a digest. */
export function weighedDigest(messages: readonly MessageRecord[], notes: Record<string, unknown> | undefined, id: string): string {
  const findings = messages.filter((message) => message.ruleId === id);
  return createHash('sha1').update(JSON.stringify([findings, notes?.[id] ?? null])).digest('hex');
}

/** The digests of the file's active rules among `weighed`. */
export function weighedDigests(messages: readonly MessageRecord[], notes: Record<string, unknown> | undefined, active: ReadonlyArray<readonly [string, unknown]>, weighed: readonly string[]): Record<string, string> | undefined {
  let digests: Record<string, string> | undefined;
  for (const id of weighed) if (active.some(([rule]) => rule === id)) (digests ??= {})[id] = weighedDigest(messages, notes, id);
  return digests;
}
