import type {Heading, List, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import type {Ranges} from './quotations.js';

/**
 * The entries of a references list: a list right under a heading that names it so (`## References`,
 * `Bibliography`, `Works cited`, `参考文献`), each entry citing a work as a bibliography does — its authors first
 * (a capitalised name, a comma within the first few words: `W. Sun, A. Venkatraman, …`, `Laskey, M., …`) and a
 * year in it. The entry is the cited record as its publisher printed it (a title in the case a citation style
 * lowers, `Deeply aggrevated: …` for a method named AggreVaTeD), not the writer's prose: others' words. An item of
 * such a list that is the writer's own note (no authors, no year: `- the survey is a good start`) is read, and so is
 * a list under any other heading.
 */

/** Headings of a bibliography, in the languages the linter reads pages in. */
const referencesHeading = /^(?:references?|bibliography|works cited|citations|literature|sources|参考文献|参考資料|引用文献|literatur(?:verzeichnis)?|références|bibliografía|referências)\s*:?$/iu;

/** An entry's opening: a capitalised name, then a comma within its first five words (an author list). */
const authorsFirst = /^\s*(?:\[\d+\]\s*)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*[,;]/u;

/** A year of publication. */
const year = /\b(?:1[89]|20)\d{2}\b/;

/** Source ranges of the entries of references lists in a page. */
export function referenceEntries(tree: Root, out: Ranges): void {
  const blocks = tree.children;
  blocks.forEach((node, index) => {
    if (node.type !== 'heading' || !referencesHeading.test(toString(node as Heading).trim())) return;
    // The lists of the section, up to the next heading.
    for (let at = index + 1; at < blocks.length && blocks[at]!.type !== 'heading'; at++) {
      const list = blocks[at]!;
      if (list.type !== 'list') continue;
      for (const item of (list as List).children) {
        const text = toString(item);
        const start = item.position?.start.offset;
        const end = item.position?.end.offset;
        if (start !== undefined && end !== undefined && authorsFirst.test(text) && year.test(text)) out.push([start, end]);
      }
    }
  });
}
