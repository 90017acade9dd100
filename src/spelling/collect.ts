/**
 * While the words workflow runs, the spelling rule notes which words root (the folder of
 * `.postlint/words.txt`) each file belongs to; the words themselves are read from the messages
 * that survive control comments, so a silenced word is not added.
 */
let roots: Map<string, string> | undefined;

export function startCollecting(): Map<string, string> {
  roots = new Map();
  return roots;
}

export function noteWordsRoot(filePath: string, root: string): void {
  roots?.set(filePath, root);
}

/** Is the words workflow running (--list-unknown-words, --add-words)? */
export function collecting(): boolean {
  return roots !== undefined;
}
