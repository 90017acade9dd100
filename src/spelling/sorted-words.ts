/**
 * A sorted word list kept as one string and searched by bisection: looking a word up costs a
 * few microseconds and loading costs one file read, where building a Set of 200,000 words costs
 * ~80 ms and tens of MB on every cold start.
 */
export class SortedWords {
  /** `text`: the words in `Array.prototype.sort()` order (UTF-16 code units), one per line, no trailing newline. */
  constructor(private readonly text: string) {}

  static fromWords(words: Iterable<string>): SortedWords {
    return new SortedWords([...new Set(words)].filter((word) => word !== '' && !word.includes('\n')).sort().join('\n'));
  }

  has(word: string): boolean {
    const text = this.text;
    // [lo, hi): whole lines; lo is a line start, hi a line end (a newline's position, or the text's end).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      const found = text.indexOf('\n', start);
      const end = found === -1 ? text.length : found;
      const line = text.slice(start, end);
      if (line === word) return true;
      if (line < word) lo = end + 1;
      else hi = start - 1;
    }
    return false;
  }

  /** Every word, in order (for suggestions and tests). */
  *[Symbol.iterator](): IterableIterator<string> {
    if (this.text !== '') yield* this.text.split('\n');
  }
}
