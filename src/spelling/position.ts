/** 1-based line and column of an offset (columns count UTF-16 units, like remark's positions). */
export function pointAt(source: string, offset: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return {line, column: offset - lineStart + 1};
}
