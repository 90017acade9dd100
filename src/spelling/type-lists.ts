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
const typeList = /[\p{L}_][\p{L}\p{N}_.]*(?:(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[\p{L}_][\p{L}\p{N}_.]*){2,}(?=[ \t]+(?:instances|objects|types|values)\b)/gu;

const separator = /,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+/u;

/** This many items or more. */
const fewestItems = 3;

/**
 * Is the word at `offset` an item of such a list? `codeName` says whether another item is a code
 * name: lower case, no English word, no product's name.
 */
export function inTypeList(source: string, offset: number, word: string, codeName: (item: string) => boolean): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset);
  const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
  const at = offset - lineStart;
  typeList.lastIndex = 0;
  for (let match = typeList.exec(line); match; match = typeList.exec(line)) {
    if (at < match.index || at >= match.index + match[0].length) continue;
    const items = match[0].split(separator);
    if (items.length < fewestItems || !items.includes(word)) return false;
    return items.some((item) => item !== word && item === item.toLowerCase() && codeName(item));
  }
  return false;
}
