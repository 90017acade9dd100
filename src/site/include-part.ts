/**
 * A part of an included file: the text between markers an include names
 * (mkdocs-include-markdown-plugin's `start`/`end`), as offset ranges of the file's text.
 */
/**
 * The ranges of the included text the plugin keeps for these markers (process.py `filter_inclusions`):
 * `start` alone keeps what follows its first match (nothing when it is missing), `end` alone what
 * comes before its first match (everything when it is missing), both keep every start…end piece.
 */
export function keptRanges(text: string, part: {start?: string; end?: string}): Array<[number, number]> {
  const {start, end} = part;
  if (start !== undefined && end === undefined) {
    const at = text.indexOf(start);
    return at === -1 ? [] : [[at + start.length, text.length]];
  }
  if (start === undefined && end !== undefined) {
    const at = text.indexOf(end);
    return [[0, at === -1 ? text.length : at]];
  }
  if (start === undefined || end === undefined || start === '' || end === '') return [[0, text.length]];
  // Python's split: the pieces after each start, each piece's even-numbered parts by end.
  const starts: number[] = [];
  for (let at = text.indexOf(start); at !== -1; at = text.indexOf(start, at + start.length)) starts.push(at);
  const pieces: Array<[number, number]> = starts.length === 0
    ? [[0, text.length]]
    : starts.map((at, i) => [at + start.length, i + 1 < starts.length ? starts[i + 1]! : text.length]);
  const kept: Array<[number, number]> = [];
  for (const [from, to] of pieces) {
    let cursor = from;
    let index = 0;
    while (cursor <= to) {
      const next = text.indexOf(end, cursor);
      const stop = next === -1 || next + end.length > to ? to : next;
      if (index % 2 === 0) kept.push([cursor, stop]);
      if (stop === to) break;
      cursor = stop + end.length;
      index++;
    }
  }
  return kept;
}
