import type {Root} from 'mdast';
import {walk} from '../walk.js';
import type {Span} from './spans.js';

/**
 * A picture's credit line, in the shape the free photo libraries ask for: Unsplash's "Photo by
 * <a href="https://unsplash.com/@handle?…">Name</a> on <a href="https://unsplash.com/…">Unsplash</a>"
 * (its "creditCopyText"), Pixabay's "Image by Name from Pixabay", Pexels' "Photo by Name from
 * Pexels", or an open-licence credit ("Photo by Name, licensed under CC BY 2.0"). The name is the
 * photographer's, spelled as they spell it: spelling and brand-casing leave it alone. Only the name:
 * the rest of the line, and a "by" with no place or licence after the name (`Images by Ana are
 * stunnning`), is read as the writer's.
 */
const creditLine = new RegExp(
  [
    // What is credited, then `by` (`Header photo by`, `Cover image by`, `Illustration by`).
    String.raw`(?<![\p{L}\p{N}])(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]ictures?|[Ii]llustrations?|[Aa]rtwork|[Dd]rawings?)\s+by\s+`,
    // The name, linked or not (`<a href="…">`, `[`): one to five capitalized words, initials and name particles between.
    String.raw`(?:<a\b[^<>]*>|\[)?`,
    String.raw`(\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s+(?:(?:van|von|der|den|de|da|di|du|del|della|la|le|bin|ibn|al)\s+)*\p{Lu}[\p{L}\p{M}'\u2019.-]*){0,4})`,
    String.raw`(?:<\/a\s*>|\]\([^()\s]*\))?`,
    // Where it was found (`on Unsplash`, `from Pixabay`, `via Wikimedia Commons`), or its licence.
    String.raw`(?:\s+(?:on|from|via)\s+(?:<a\b[^<>]*>|\[)?\p{Lu}|\s*,?\s+(?:is\s+)?licensed\s+under\b|\s*[,(]\s*CC[ -](?:BY|0)\b)`,
  ].join(''),
  'gdu',
);

/** The source spans of photographers' names in credit lines (paragraphs, table cells, raw HTML blocks). */
export function photoCreditSpans(tree: Root, source: string): Span[] {
  const spans: Span[] = [];
  if (!/\bby\s/.test(source)) return spans;
  walk(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'tableCell' && node.type !== 'html') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return false;
    for (const match of source.slice(start, end).matchAll(creditLine)) {
      const [from, to] = match.indices![1]!;
      spans.push([start + from, start + to]);
    }
    return false;
  });
  return spans;
}
