import type {ProseToken} from './prose.js';

/**
 * A clipped compound the page introduces beside its long form: a field's short form made of the
 * opening letters of the words of a phrase (`convnet` of "Convolutional Neural Network … convnet
 * for short", `sitcom` of "situation comedy", `hazmat` of "hazardous materials"). Clipping and
 * compounding are how a field shortens its terms; the misspellings list knows none of that, and
 * takes `convnet` for a slip of `convent`. What counts:
 * - the word splits into a head and a tail of three letters or more each;
 * - the same paragraph, heading or cell writes a phrase of known words whose first word opens with
 *   the head and is at least two letters longer (the head is clipped: `conv` of `convolutional`),
 *   and whose word one or two places on opens with the tail (`net` of `network`, past `neural`);
 * - that block does not write the list's correction (`convent`): a writer who writes the word the
 *   list offers beside the "short form" has slipped on it.
 * Two whole words run together are no clipping (`eventhough` beside `even though`, `everytime`):
 * a known misspelling the list corrects to its own letters as two words is still reported, also
 * where the block happens to write a longer word on the first one's letters and the second word
 * after it ("Everytime I run it, everyone wastes time"). The site half (site-signals.ts) accepts the
 * short form on the site's other pages, where a writer uses it without its long form again.
 */
const shortestPart = 3;
/** How much shorter than its word the head must be: a real clipping, not the whole word. */
const clippedBy = 2;
/** The tail's word may follow the head's at most this many words on (one word skipped: `neural`). */
const reach = 2;

export interface ClipJudge {
  /** Is this word known (a word of the phrase is spelled right)? */
  known: (word: string) => boolean;
}

/**
 * A block's words, lower case, with what `clippedFrom` asks of them found without a scan: the set of
 * its words, and where each word of the length a head needs stands, by its first letters (every head
 * opens with the first `shortestPart` letters of the word). A long paragraph (a chat log, a
 * changelog) has thousands of words and hundreds of unknown ones: scanning every word for every
 * unknown one and every cut was quadratic in the block's length.
 */
export interface ClipBlock {
  readonly words: readonly string[];
  readonly present: ReadonlySet<string>;
  /** Positions of the words of `shortestPart + clippedBy` letters or more, by their first `shortestPart` letters, in order. */
  readonly byOpening: ReadonlyMap<string, readonly number[]>;
}

export function clipBlock(words: readonly string[]): ClipBlock {
  const byOpening = new Map<string, number[]>();
  const present = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    present.add(word);
    if (word.length < shortestPart + clippedBy) continue;
    const opening = word.slice(0, shortestPart);
    const at = byOpening.get(opening);
    if (at) at.push(i);
    else byOpening.set(opening, [i]);
  }
  return {words, present, byOpening};
}

/** The words of each block of the page in order, lower case. */
export function blockWords(prose: readonly ProseToken[]): Map<number, string[]> {
  const blocks = new Map<number, string[]>();
  for (const token of prose) {
    if (token.block === undefined) continue;
    const words = blocks.get(token.block);
    if (words) words.push(token.text.toLowerCase());
    else blocks.set(token.block, [token.text.toLowerCase()]);
  }
  return blocks;
}

/** Is `word` a clipped compound of a phrase of this block's words (see above)? */
export function clippedFrom(word: string, block: ClipBlock, corrections: readonly string[] | undefined, judge: ClipJudge): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower) || lower.length < 2 * shortestPart) return false;
  if (corrections?.some((correction) => block.present.has(correction.toLowerCase()))) return false;
  // The list's correction is these letters as two words (`everytime` → "every time"): whole words run together, nothing clipped.
  if (corrections?.some((correction) => /[ -]/.test(correction) && correction.toLowerCase().replace(/[ -]/g, '') === lower)) return false;
  // Every head opens with the word's first letters, and its phrase's first word is at least `clippedBy` longer.
  const candidates = block.byOpening.get(lower.slice(0, shortestPart)) ?? [];
  const {words} = block;
  for (let cut = shortestPart; cut <= lower.length - shortestPart; cut++) {
    const head = lower.slice(0, cut);
    const tail = lower.slice(cut);
    for (const i of candidates) {
      const first = words[i]!;
      if (first.length < head.length + clippedBy || !first.startsWith(head) || !judge.known(first)) continue;
      for (let j = i + 1; j <= i + reach && j < words.length; j++) {
        const last = words[j]!;
        if (last !== lower && last.startsWith(tail) && judge.known(last)) return true;
      }
    }
  }
  return false;
}
