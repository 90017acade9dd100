/**
 * A link's text that opens with the name its address's host spells in pieces (`[Scipy lectures:
 * context managers](https://scipy-lectures.org/…)`, `scipy-lectures`): the text names that resource
 * by its own name, a name of two words or more that is not the brand a word of it spells. The word
 * is that name's, written as the resource's owner and the writer write it, not the product miscased
 * (as `JHipster DevBox` is that project's DevBox). Only the opening run that spells the whole host
 * name, in order: `[Scipy tips](https://example.org/)`, `[Scipy](https://scipy-lectures.org/)` (one
 * word of the two) and a brand later in the text are read.
 */
export function wordOfLinkedSiteTitle(source: string, offset: number, word: string, link: readonly [number, number, string, string] | undefined): boolean {
  if (!link) return false;
  let host: string;
  try {
    host = new URL(link[2]).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  const pieces = host.split('.')[0]!.split('-');
  if (pieces.length < 2 || !pieces.every((piece) => /^\p{L}+$/u.test(piece))) return false;
  const words = link[3].toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < pieces.length || pieces.some((piece, i) => words[i] !== piece)) return false;
  // The word's place in the text: the words of the link before it (`[` opens the link at link[0]).
  const before = source.slice(link[0] + 1, offset).split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
  return before < pieces.length && pieces[before] === word.toLowerCase();
}
