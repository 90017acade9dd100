/**
 * A word standing as one item of an inline list of single words (`chrome, firefox, ie, safari`; a
 * Chinese page's `chrome，firefox，ie，safari`, or with `、`): the word before it and the word after it
 * are one word each, set off by the same list mark. There `ie` is the browser (Internet Explorer's
 * short name among the others') and `eg` an item's name, not the Latin abbreviation, which opens an
 * explanation (`ie. an application sends …`, `some tools, ie the linters`) and is never a lone item
 * between two one-word items.
 */
export function loneListItem(source: string, offset: number, length: number): boolean {
  const mark = /([,，、])[ \t]*$/u.exec(source.slice(Math.max(0, offset - 4), offset))?.[1];
  if (mark === undefined) return false;
  const item = '[\\p{L}\\p{N}][\\p{L}\\p{N}.+-]*';
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset);
  const before = source.slice(Math.max(lineStart, offset - 60), offset);
  const after = source.slice(offset + length, Math.min(lineEnd === -1 ? source.length : lineEnd, offset + length + 60));
  // One word before, one after, each a whole item: the same mark, a closing word (`and`, `or`), the sentence's or line's end.
  const previous = new RegExp(`(${mark}[ \\t]*)?(?:^|[^\\p{L}\\p{N}_.+-])${item}[ \\t]*${mark}[ \\t]*$`, 'u').exec(before);
  const next = new RegExp(`^[ \\t]*${mark}[ \\t]*${item}[ \\t]*(?:(${mark})|[。;；)）]|\\.(?!\\p{L})|$|(?:and|or|和|或)(?![\\p{L}]))`, 'u').exec(after);
  if (previous === null || next === null) return false;
  // A list of three items or more: another item on one side (`runner, ie, a machine` is a clause, not a list).
  return previous[1] !== undefined || next[1] !== undefined;
}
