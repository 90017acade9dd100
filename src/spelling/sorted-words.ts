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
    return this.lineStart(word) !== -1;
  }

  /** For a list of `key<TAB>value` lines (sorted by line, which sorts by key): the value for `key`. */
  value(key: string): string | undefined {
    const start = this.lineStart(key);
    if (start === -1) return undefined;
    const end = this.text.indexOf('\n', start);
    const line = this.text.slice(start, end === -1 ? this.text.length : end);
    return line.slice(line.indexOf('\t') + 1);
  }

  /**
   * Where the line whose key (the text before a tab, else the whole line) is `word` starts, or -1.
   * The keys are compared where they lie in the text, so a lookup allocates nothing: spelling asks
   * this for every word of every post.
   */
  private lineStart(word: string): number {
    const text = this.text;
    // [lo, hi): whole lines; lo is a line start, hi a line end (a newline's position, or the text's end).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      const found = text.indexOf('\n', start);
      const end = found === -1 ? text.length : found;
      const order = compareKey(text, start, end, word);
      if (order === 0) return start;
      if (order < 0) lo = end + 1;
      else hi = start - 1;
    }
    return -1;
  }

  /** Every word, in order (for suggestions and tests). */
  *[Symbol.iterator](): IterableIterator<string> {
    if (this.text !== '') yield* this.text.split('\n');
  }
}

/**
 * The key of the line text[start, end) (up to a tab) against `word`, in the order of `<` on
 * strings (UTF-16 code units): negative when the key sorts first, 0 when equal, positive after.
 */
function compareKey(text: string, start: number, end: number, word: string): number {
  for (let i = 0; ; i++) {
    const at = start + i;
    const keyEnded = at >= end || text.charCodeAt(at) === 9;
    if (keyEnded) return i === word.length ? 0 : -1;
    if (i === word.length) return 1;
    const difference = text.charCodeAt(at) - word.charCodeAt(i);
    if (difference !== 0) return difference;
  }
}
