/** Words root → unknown word → uses, filled by the spelling rule while the words workflow runs. */
export type UnknownWords = Map<string, Map<string, number>>;

let collected: UnknownWords | undefined;

export function startCollecting(): UnknownWords {
  collected = new Map();
  return collected;
}

export function noteUnknown(root: string, word: string, count: number): void {
  if (!collected) return;
  let words = collected.get(root);
  if (!words) collected.set(root, (words = new Map()));
  words.set(word, (words.get(word) ?? 0) + count);
}
