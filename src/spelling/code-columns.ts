import type {Root, TableCell} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {walkType} from '../walk.js';

/** A snake_case identifier (`key_end`, `cursor_invisible`): a name in code, never an English word. */
const snakeCase = /(?<![\p{L}\p{N}])\p{L}[\p{L}\p{N}]*(?:_[\p{L}\p{N}]+)+(?![\p{L}\p{N}])/u;

/**
 * Source ranges of the body cells (three rows or more, the header aside) of each table column
 * `pick` accepts: `pick` gets the column's cells (undefined where a row is short) and returns the
 * cells to mark, or nothing. Shared by the rules that leave a column of data alone.
 */
export function tableColumnRanges(tree: Root, pick: (cells: Array<TableCell | undefined>) => Array<TableCell | undefined> | undefined): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  walkType(tree, 'table', (table) => {
    const rows = table.children.slice(1);
    if (rows.length < 3) return;
    const width = Math.max(...rows.map((row) => row.children.length));
    for (let column = 0; column < width; column++) {
      for (const cell of pick(rows.map((row) => row.children[column])) ?? []) {
        const start = cell?.position?.start.offset;
        const end = cell?.position?.end.offset;
        if (start !== undefined && end !== undefined) ranges.push([start, end]);
      }
    }
  });
  return ranges;
}

/**
 * Source ranges of table cells in a column of code names: every cell with letters in it holds a
 * snake_case identifier (three rows or more, the header aside), as in a table of terminfo
 * capabilities (`kend key_end`) or of settings. The other words of such a cell name the same
 * thing in code (`kend`, the short name beside the long one), not English prose.
 */
export function codeNameColumns(tree: Root): Array<[number, number]> {
  return tableColumnRanges(tree, (column) => {
    const cells = column.filter((cell) => cell !== undefined && /\p{L}/u.test(toString(cell)));
    return cells.length >= 3 && cells.every((cell) => snakeCase.test(toString(cell!))) ? cells : undefined;
  });
}
