import {basename, dirname, extname, relative} from 'node:path';
import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {eachOfTypes} from '../node-index.js';

/**
 * The page's own subject name: a page of a catalogue of products (one page a tool: `services/zorblat.md`
 * titled "Zorblat") is named after the product in its file name and in its title, and writes that name
 * throughout ("What is Zorblat?"). The file name and the title are the site's own statement of the
 * word's spelling, so no dictionary's ignorance of it is a slip. What counts:
 * - the file name's stem is one word (letters, digits after the first letter; an index page's is its
 *   folder's name — but not the site root's: that is the folder the site was checked out in, whose name a
 *   clone chooses), three letters or more: `disecting-a-page.md` is a post's slug, no subject name;
 * - the page's title (front-matter `title`, else its first level-1 heading) holds that word whole.
 * The word is then accepted in any case; a word one letter off it (`Zorbalt` on zorblat.md) is still
 * read. Where the misspellings list knows the word, see capitalizedThroughout.
 */
export function pageSubjectName(path: string, title: unknown, tree: Root, root: string | undefined): string | undefined {
  const named = basename(path, extname(path));
  // Without a detected site there is no root to tell a section's folder from the checkout's.
  const folder = root === undefined ? '.' : dirname(relative(root, path));
  const stem = /^(?:index|_index|readme)$/i.test(named) ? (folder === '.' || folder.startsWith('..') ? '' : basename(folder)) : named;
  if (!/^\p{L}[\p{L}\p{N}]{2,}$/u.test(stem)) return undefined;
  const word = stem.toLowerCase();
  const heading = typeof title === 'string' ? title : firstTitle(tree);
  if (heading === undefined) return undefined;
  const words = heading.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return words.includes(word) ? word : undefined;
}

/** The text of the page's first level-1 heading. */
function firstTitle(tree: Root): string | undefined {
  let text: string | undefined;
  eachOfTypes(tree, ['heading'], (heading) => {
    if (text === undefined && heading.depth === 1) text = toString(heading);
    return undefined;
  });
  return text;
}

/**
 * Whether the uses of a subject name the misspellings list knows (`Mosquitto` → `mosquito`) are all written as
 * a name, capitalized. A file name and its title are often made from one another, so a slip of a common word
 * can be both (`enviroment.md`, "Enviroment"); the running text then writes it as the common word it is,
 * lower case ("set the enviroment variables"), and every use is still read. A word the list does not know
 * needs no such sign.
 */
export function capitalizedThroughout(uses: ReadonlyArray<{text: string}>): boolean {
  return uses.every((use) => /^\p{Lu}/u.test(use.text));
}
