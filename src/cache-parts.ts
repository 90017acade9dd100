import {deserialize} from 'node:v8';

/**
 * Both caches keep their entries in parts of a fixed number of files, so a run that changes a few files
 * writes the other parts back as they were read. This sorts entries into the parts they were read from
 * and the loose ones (new, or from a part that is gone), for each cache's encoder to decide on.
 */
export function groupByPart<T>(entries: Iterable<[string, T]>, partOf: (entry: T) => number | undefined, parts: readonly unknown[]): {byPart: Map<number, Array<[string, T]>>; loose: Array<[string, T]>} {
  const byPart = new Map<number, Array<[string, T]>>();
  const loose: Array<[string, T]> = [];
  for (const item of entries) {
    const part = partOf(item[1]);
    if (part === undefined || !parts[part]) {
      loose.push(item);
      continue;
    }
    let list = byPart.get(part);
    if (!list) byPart.set(part, (list = []));
    list.push(item);
  }
  return {byPart, loose};
}

/**
 * Both cache files are framed alike: a magic, the records and parts, then an index and its length (u32 LE).
 * The index (deserialized) and where it starts; undefined for a file of an older format (one v8
 * serialization that `isOlder` recognises), which the caller rebuilds; throws on anything else.
 */
export function indexOf(bytes: Buffer, magic: Buffer, name: string, isOlder: (value: unknown) => boolean): {index: unknown; start: number} | undefined {
  if (bytes.length < magic.length || !magic.equals(bytes.subarray(0, magic.length))) {
    if (bytes.length > 0 && bytes[0] === 0xff && isOlder(deserialize(bytes))) return undefined;
    throw new Error(`not a ${name}`);
  }
  if (bytes.length < magic.length + 4) throw new Error('too short');
  const length = bytes.readUInt32LE(bytes.length - 4);
  const start = bytes.length - 4 - length;
  if (start < magic.length) throw new Error('truncated');
  return {index: deserialize(bytes.subarray(start, bytes.length - 4)) as unknown, start};
}
