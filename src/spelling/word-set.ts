import {SortedWords} from './sorted-words.js';

/**
 * The vocabulary's collections (vocabulary.ts): a sorted list prepared at build time, searched in
 * place, plus what a run adds (a site's own words). Building a Set and a Map of the 25,000 prepared
 * entries cost every cold start tens of milliseconds and as many young objects for the collector
 * to copy; a site's few words are kept as a Set beside the list.
 */
export class WordSet implements Iterable<string> {
  private readonly added = new Set<string>();

  constructor(private readonly base: SortedWords = SortedWords.fromWords([])) {}

  has(word: string): boolean {
    return this.added.has(word) || this.base.has(word);
  }

  add(word: string): void {
    if (!this.base.has(word)) this.added.add(word);
  }

  /** A copy to add to: the prepared list is shared, not copied. */
  copy(): WordSet {
    const copy = new WordSet(this.base);
    for (const word of this.added) copy.added.add(word);
    return copy;
  }

  /** The prepared words in order, then the added ones. */
  *[Symbol.iterator](): IterableIterator<string> {
    yield* this.base;
    yield* this.added;
  }
}

/** Key → list of forms; prepared as sorted `key<TAB>form<TAB>form` lines. */
export class FormMap implements Iterable<[string, string[]]> {
  /** Keys set by this run; they hide the prepared entry of the same key. */
  private readonly changed = new Map<string, string[]>();
  /** Every entry, made on the first iteration (suggestions walk them all) and kept. */
  private all: Map<string, string[]> | undefined;

  constructor(private readonly base: SortedWords = SortedWords.fromWords([])) {}

  get(key: string): string[] | undefined {
    const own = this.changed.get(key);
    if (own) return own;
    const line = this.base.value(key);
    return line === undefined ? undefined : line.split('\t');
  }

  set(key: string, forms: string[]): void {
    this.changed.set(key, forms);
    this.all?.set(key, forms);
  }

  copy(): FormMap {
    const copy = new FormMap(this.base);
    for (const [key, forms] of this.changed) copy.changed.set(key, forms);
    return copy;
  }

  /**
   * [key, first form] of the entries whose key has `minLength` to `maxLength` UTF-16 units and
   * passes `keep`, in the order of iteration (below), without building the entries.
   */
  *firstForms(minLength: number, maxLength: number, keep: (key: string) => boolean): Generator<[string, string]> {
    if (this.all) {
      for (const [key, forms] of this.all) if (key.length >= minLength && key.length <= maxLength && keep(key)) yield [key, forms[0]!];
      return;
    }
    for (const [key, value] of this.base.keyedLines(minLength, maxLength, keep)) {
      const own = this.changed.get(key);
      const tab = value.indexOf('\t');
      yield [key, own ? own[0]! : tab === -1 ? value : value.slice(0, tab)];
    }
    for (const [key, forms] of this.changed) {
      if (key.length >= minLength && key.length <= maxLength && !this.base.has(key) && keep(key)) yield [key, forms[0]!];
    }
  }

  /** The prepared entries in key order (with this run's forms where it set them), then the new keys. */
  [Symbol.iterator](): IterableIterator<[string, string[]]> {
    if (!this.all) {
      this.all = new Map();
      for (const line of this.base) {
        const tab = line.indexOf('\t');
        const key = line.slice(0, tab);
        this.all.set(key, this.changed.get(key) ?? line.slice(tab + 1).split('\t'));
      }
      for (const [key, forms] of this.changed) this.all.set(key, forms);
    }
    return this.all[Symbol.iterator]();
  }
}
