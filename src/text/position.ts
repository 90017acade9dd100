/** A 1-based line and column (columns count UTF-16 units, like remark's positions). */
export interface LineColumn {
  line: number;
  column: number;
}

/** The line and column of an offset. */
export function pointAt(source: string, offset: number): LineColumn {
  return pointsAt(source, [offset])[0]!;
}

/** The line and column of each of ascending offsets, in one pass over the text (many points stay linear). */
export function pointsAt(source: string, offsets: readonly number[]): LineColumn[] {
  const points: LineColumn[] = [];
  let line = 1;
  let lineStart = 0;
  let next = source.indexOf('\n');
  for (const offset of offsets) {
    while (next !== -1 && next < offset) {
      line++;
      lineStart = next + 1;
      next = source.indexOf('\n', lineStart);
    }
    points.push({line, column: offset - lineStart + 1});
  }
  return points;
}
