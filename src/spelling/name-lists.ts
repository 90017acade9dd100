import type {List, Root} from 'mdast';
import {walkType} from '../walk.js';

/**
 * A list of names: a list whose items each open with one bare lower-case token, alone or before a
 * short description (`- audiod - Audio daemon`, `- randd`, `- ps2d: PS/2 driver`), and most of
 * whose opening tokens no dictionary knows (`initfs`, `netstack`, `relibc`, `ps2d`). That is how a
 * book lists a system's programs, daemons or packages: each opening token is a program's name,
 * whatever English word it is one letter away from (a daemon named `zerod` is no misspelled
 * `zeroed`). A list of English words or phrases (`- Apples`, `- Banannas`) has most of its
 * openings known, and its typos are still read; so are the descriptions after the names, and an
 * opening the misspellings list knows (`- contianer`), in any list.
 */
const fewestItems = 4;

/** One bare token (letters, digits, `_`, `-`), then nothing, or a dash or colon and a description. */
const bareName = /^([a-z][a-z0-9_-]*)(?:$|[ \t]+[-–—][ \t]|:[ \t])/;

/**
 * The offsets of the names that open the items of the page's lists of names. A known misspelling
 * (`suger`, `contianer`) does not count toward the list's unknown names, so a shopping list of
 * typos stays a list of words; and it is excused only as one of a family of names (below).
 */
export function listedNames(tree: Root, source: string, known: (word: string) => boolean, misspelled: (word: string) => boolean = () => false): Set<number> {
  const offsets = new Set<number>();
  walkType(tree, 'list', (list: List) => {
    const names: Array<{offset: number; name: string}> = [];
    for (const item of list.children) {
      const first = item.children[0];
      const start = first?.type === 'paragraph' ? first.children[0]?.position?.start.offset : undefined;
      if (first?.type !== 'paragraph' || first.children[0]?.type !== 'text' || start === undefined) return;
      const end = first.position?.end.offset ?? start;
      const match = bareName.exec(source.slice(start, end));
      // Every item opens with a name, or this is no list of names.
      if (!match) return;
      names.push({offset: start, name: match[1]!});
    }
    if (names.length < fewestItems) return;
    const unknown = names.filter(({name}) => /\d/.test(name) || (!known(name) && !misspelled(name)));
    // A misspelling counts, and is excused, only as one of a family of the list's names.
    const kin = names.filter(({name}) => !/\d/.test(name) && misspelled(name) && familyName(name, unknown));
    if ((unknown.length + kin.length) * 2 < names.length) return;
    for (const entry of names) if (!misspelled(entry.name) || kin.includes(entry)) offsets.add(entry.offset);
  });
  return offsets;
}

/** How many of a list's other names must share a misspelling's ending for it to be one of their family. */
const fewestKin = 2;

/**
 * A known misspelling that ends as two of the list's other unknown names do is one of a family of
 * program names (`zerod` among `audiod`, `ps2d`, `randd`: daemons are named with a final `d`), not
 * a slip for `zeroed`; `contianer` among `kubectl`, `kubelet`, `etcd` has no such kin.
 */
function familyName(name: string, unknown: ReadonlyArray<{name: string}>): boolean {
  return unknown.filter((other) => other.name !== name && other.name.at(-1) === name.at(-1)).length >= fewestKin;
}
