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
    return this.line(word) !== undefined;
  }

  /** For a list of `key<TAB>value` lines (sorted by line, which sorts by key): the value for `key`. */
  value(key: string): string | undefined {
    const line = this.line(key);
    return line === undefined ? undefined : line.slice(line.indexOf('\t') + 1);
  }

  /** The line whose key (the text before a tab, else the whole line) is `word`. */
  private line(word: string): string | undefined {
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
      const tab = line.indexOf('\t');
      const key = tab === -1 ? line : line.slice(0, tab);
      if (key === word) return line;
      if (key < word) lo = end + 1;
      else hi = start - 1;
    }
    return undefined;
  }

  /** Every word, in order (for suggestions and tests). */
  *[Symbol.iterator](): IterableIterator<string> {
    if (this.text !== '') yield* this.text.split('\n');
  }
}
