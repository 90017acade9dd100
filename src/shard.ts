import {UsageError} from './errors.js';
import {toPosix} from './paths.js';

/** `--shard i/n`: the i-th of n parts, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard expects i/n with 1 <= i <= n (e.g. 2/4), got "${value}"`);
  return {index, count};
}

/**
 * A file's shard comes from a hash of its path relative to the config folder, not from its
 * place in the sorted list: adding or removing a post moves no other post to another shard,
 * and every machine of a CI matrix agrees without talking to the others.
 */
export function inShard(relativePath: string, shard: Shard): boolean {
  return fnv1a(toPosix(relativePath)) % shard.count === shard.index - 1;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
