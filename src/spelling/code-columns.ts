import type {Root, TableCell} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {walkType} from '../walk.js';

/**
 * A snake_case identifier (`key_end`, `cursor_invisible`): a name in code, never an English word.
 * The one reader of such names for the spelling modules and brand-casing (its `identifierParts`).
 */
export const snakeCase = /(?<![\p{L}\p{N}])\p{L}[\p{L}\p{N}]*(?:_[\p{L}\p{N}]+)+(?![\p{L}\p{N}])/u;
const snakeCaseEverywhere = new RegExp(snakeCase.source, 'gu');
/** Every snake_case identifier of a text (`snakeCase`; matchAll copies the pattern, so calls share none of its state). */
export const snakeCaseIdentifiers = (text: string): IterableIterator<RegExpMatchArray> => text.matchAll(snakeCaseEverywhere);

/**
 * Source ranges of the body cells (three rows or more, the header aside) of each table column
 * `pick` accepts: `pick` gets the column's cells (undefined where a row is short) and returns the
 * cells to mark, or nothing. Shared by the rules that leave a column of data alone, which is told
 * by its cells. (quoted-records.ts's `avoidColumnSpans` reads tables apart on purpose: a column of
 * forms to avoid is told by the header row, against another column's header, and one row is enough.)
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

/** A list item that is one field and its value: `* Environment: github`, `- Type: string`. */
const fieldItem = /^[ \t]*(?:[*+-]|\d+[.)])[ \t]+(\p{Lu}[\p{L} ]{0,30}):[ \t]+([\p{Ll}\p{N}][\p{L}\p{N}_.-]*)[ \t]*$/gmu;

/**
 * Source ranges of the values of a field that list items of one page repeat (three items or more
 * with the same label, each a single identifier: `* Environment: github`, `* Type: string`,
 * `* Default: none`): a column of values written as a list, each as the config takes it, like the
 * value cells of a table.
 */
export function fieldValueRanges(source: string): Array<[number, number]> {
  if (!source.includes(':')) return [];
  const byLabel = new Map<string, Array<[number, number]>>();
  for (const match of source.matchAll(fieldItem)) {
    const value = match[2]!;
    const start = match.index + match[0].trimEnd().length - value.length;
    const label = match[1]!.trim();
    byLabel.set(label, [...(byLabel.get(label) ?? []), [start, start + value.length]]);
  }
  return [...byLabel.values()].filter((ranges) => ranges.length >= 3).flat();
}
