import type {List, Root} from 'mdast';
import {walkType} from '../walk.js';

/**
 * A list of names: a list whose items each open with one bare lower-case token, alone or before a
 * short description (`- audiod - Audio daemon`, `- randd`, `- ps2d: PS/2 driver`), and most of
 * whose opening tokens no dictionary knows (`initfs`, `netstack`, `relibc`, `ps2d`). That is how a
 * book lists a system's programs, daemons or packages: each opening token is a program's name,
 * whatever English word it is one letter away from (a daemon named `zerod` is no misspelled
 * `zeroed`). A list of English words or phrases (`- Apples`, `- Banannas`) has most of its
 * openings known, and its typos are still read; so are the descriptions after the names.
 */
const fewestItems = 4;

/** One bare token (letters, digits, `_`, `-`), then nothing, or a dash or colon and a description. */
const bareName = /^([a-z][a-z0-9_-]*)(?:$|[ \t]+[-–—][ \t]|:[ \t])/;

/** The offsets of the names that open the items of the page's lists of names. */
export function listedNames(tree: Root, source: string, known: (word: string) => boolean): Set<number> {
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
    const unknown = names.filter(({name}) => /\d/.test(name) || !known(name)).length;
    if (unknown * 2 < names.length) return;
    for (const {offset} of names) offsets.add(offset);
  });
  return offsets;
}
