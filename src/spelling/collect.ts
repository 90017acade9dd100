/** Words root → lower-case word → its listed form and uses, filled by the spelling rule while the words workflow runs. */
export type UnknownWords = Map<string, Map<string, {word: string; count: number}>>;

let collected: UnknownWords | undefined;

export function startCollecting(): UnknownWords {
  collected = new Map();
  return collected;
}

/** Project words are accepted in any case, so `Collegues` and `collegues` are one entry; the lower-case form wins. */
export function noteUnknown(root: string, word: string, count: number): void {
  if (!collected) return;
  let words = collected.get(root);
  if (!words) collected.set(root, (words = new Map()));
  const key = word.toLowerCase();
  const entry = words.get(key);
  if (!entry) words.set(key, {word, count});
  else {
    entry.count += count;
    if (word === key) entry.word = word;
  }
}
