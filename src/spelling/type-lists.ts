/**
 * A list of the kinds of value something takes or gives, named as its code names them: `serializes
 * dataclass, datetime, numpy, and UUID instances`. The nouns after the list (`instances`, `objects`,
 * `types`) say each item is a type or a module, written as a program spells it, so a lower-case
 * `numpy` there is the module's name, not the project's name miscased.
 *
 * The list must say so itself: three items or more, the noun right after its last item, and besides
 * the word judged, another lower-case item that is a code name, no English word and no other
 * product's name (`dataclass`, `datetime`). `numpy and pandas objects`, or `github, gitlab and
 * bitbucket repositories`, name projects in prose and are read.
 */
const listRun = /(?<![\p{L}\p{N}_.])[\p{L}_][\p{L}\p{N}_.]*(?:(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[\p{L}_][\p{L}\p{N}_.]*){2,}/gu;

/** The noun right after a list that says its items are kinds of value. */
const kindNoun = /^[ \t]+(?:instances|objects|types|values)\b/u;

const separator = /,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+/u;

/** This many items or more. */
const fewestItems = 3;

/** A list of kinds of value: its source range `[start, end)` and its items. */
export interface TypeList {
  start: number;
  end: number;
  items: string[];
}

/**
 * The page's lists of kinds of value, in source order, read in one pass: each run of items and
 * separators (a run never crosses a line) taken whole, kept when the noun follows it. Matched with a
 * look-ahead instead, each start inside a long run re-read the run to its end, and each word judged
 * re-read its line: a long one-line paragraph cost the square of its length. A run opens where a
 * word does, not inside one (a long token is tried once, not from each of its letters).
 */
export function typeLists(source: string): TypeList[] {
  const lists: TypeList[] = [];
  listRun.lastIndex = 0;
  for (let match = listRun.exec(source); match; match = listRun.exec(source)) {
    const end = match.index + match[0].length;
    if (kindNoun.test(source.slice(end, end + 12))) lists.push({start: match.index, end, items: match[0].split(separator)});
  }
  return lists;
}

/**
 * Is the word at `offset` an item of such a list (`lists`: typeLists of the page)? `codeName` says
 * whether another item is a code name: lower case, no English word, no product's name.
 */
export function inTypeList(lists: readonly TypeList[], offset: number, word: string, codeName: (item: string) => boolean): boolean {
  let low = 0;
  let high = lists.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lists[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  const list = lists[low];
  if (!list || offset < list.start) return false;
  const {items} = list;
  if (items.length < fewestItems || !items.includes(word)) return false;
  return items.some((item) => item !== word && item === item.toLowerCase() && codeName(item));
}
