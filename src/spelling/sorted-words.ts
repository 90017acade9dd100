/**
 * A sorted word list kept as one string and searched by bisection: looking a word up costs a
 * few microseconds and loading costs one file read, where building a Set of 200,000 words costs
 * ~80 ms and tens of MB on every cold start.
 */
export class SortedWords {
  /**
   * Every line's start, made once a list has answered `indexAfter` lookups: a bisection then reads
   * a line's bounds from it, where without it each step scans back and forth to the newlines
   * around its midpoint. Not made at load: a one-post run asks a few hundred words, and the scan
   * costs a few ms per large list; a site's run asks each list 10⁵–10⁶ times.
   */
  private starts: Uint32Array | undefined;
  private lookups = 0;

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
    if (this.starts !== undefined || ++this.lookups > indexAfter) return this.indexedLineStart(word);
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

  /** `lineStart` by bisection over the lines' starts (the same answers, fewer scans). */
  private indexedLineStart(word: string): number {
    const text = this.text;
    const starts = (this.starts ??= lineStarts(text));
    // [lo, hi): line numbers; line i is text[starts[i], starts[i + 1] - 1), the last ends at the text's end.
    let lo = 0;
    let hi = text === '' ? 0 : starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = starts[mid]!;
      const end = mid + 1 < starts.length ? starts[mid + 1]! - 1 : text.length;
      const order = compareKey(text, start, end, word);
      if (order === 0) return start;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /**
   * For `key<TAB>value` lines, in order: each line whose key has `minLength` to `maxLength` UTF-16
   * units and passes `keep`, as [key, value]. Other lines are passed over where they lie, neither
   * sliced nor split: the suggestion search reads the vocabulary this way (a cold start paid ~5 ms
   * to build all 25,000 entries for one misspelled word).
   */
  *keyedLines(minLength: number, maxLength: number, keep: (key: string) => boolean): Generator<[string, string]> {
    const text = this.text;
    for (let start = 0; start < text.length; ) {
      const found = text.indexOf('\n', start);
      const end = found === -1 ? text.length : found;
      const tab = text.indexOf('\t', start);
      const keyEnd = tab === -1 || tab > end ? end : tab;
      if (keyEnd - start >= minLength && keyEnd - start <= maxLength) {
        const key = text.slice(start, keyEnd);
        if (keep(key)) yield [key, keyEnd < end ? text.slice(keyEnd + 1, end) : ''];
      }
      start = end + 1;
    }
  }

  /** Every word, in order (for suggestions and tests). */
  *[Symbol.iterator](): IterableIterator<string> {
    if (this.text !== '') yield* this.text.split('\n');
  }
}

/** Lookups a list answers by scanning before it indexes its lines' starts. */
const indexAfter = 4096;

function lineStarts(text: string): Uint32Array {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1;
  return starts;
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
