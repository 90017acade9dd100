/**
 * Which files mdBook's SUMMARY.md makes chapters, read as mdbook-summary's parser reads it
 * (crates/mdbook-summary/src/lib.rs: pulldown-cmark with no extensions, so plain CommonMark, walked
 * as title, prefix chapters, numbered parts, suffix chapters):
 * - a link is any link pulldown-cmark makes: inline `[T](a.md)`, and the reference forms it
 *   resolves against a definition anywhere in the file (`[T][ref]`, `[T][]`, `[T]`); a reference
 *   with no definition is text, and an empty destination `[T]()` is a draft chapter, with no file;
 * - a leading level-1 heading is the title (HTML comments before it are skipped);
 * - prefix chapters: every link before the first list or level-1 heading;
 * - numbered chapters: in a list, each item's link (an item holds one: mdBook reads its first
 *   and ignores the rest), nested lists included; a level-1 heading starts a part (its title
 *   names no file); other blocks there are skipped whole (a paragraph opening a part included),
 *   and a paragraph after the part's first block starts the suffix chapters;
 * - suffix chapters: every link after that.
 * Separators (`---`) and HTML name no file. A list item names a chapter only when it starts with its
 * link (mdbook-summary's parse_nested_item bails on anything else, and the build fails).
 * A SUMMARY.md too complex to parse (complexity.ts) names no chapters that postlint knows.
 */
import type {Definition, Link, LinkReference, List, ListItem, Nodes, Root, RootContent} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {tooComplex} from '../../complexity.js';

/** Every node below `root` (itself included) in document order, walked without recursion; `visit` returning false skips a node's children. */
function walk(root: Nodes, visit: (node: Nodes) => boolean | void): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false || !('children' in node)) continue;
    for (let at = node.children.length - 1; at >= 0; at--) stack.push(node.children[at]!);
  }
}

/**
 * The destinations SUMMARY.md's chapters are read from, as written (no draft chapters); undefined
 * when the file is too complex to parse (then which files are chapters is not known).
 */
export function summaryDestinations(text: string): string[] | undefined {
  return readSummary(text)?.destinations;
}

/**
 * The destinations of the numbered chapters that have sub-chapters with a file (a nested list
 * item naming one: mdBook's `Chapter.sub_items`), as written; undefined when too complex to parse.
 */
export function summaryParents(text: string): string[] | undefined {
  return readSummary(text)?.parents;
}

function readSummary(text: string): {destinations: string[]; parents: string[]} | undefined {
  if (tooComplex(text)) return undefined;
  const tree = unified().use(remarkParse).parse(text) as Root;
  const definitions = new Map<string, string>();
  walk(tree, (node) => {
    // CommonMark: the first definition of a label wins.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, (node as Definition).url);
  });
  const destination = (node: Link | LinkReference): string | undefined => (node.type === 'link' ? node.url : definitions.get(node.identifier));
  const found: string[] = [];
  const add = (url: string | undefined): void => {
    if (url !== undefined && url !== '') found.push(url);
  };
  /** Every link inside a block (prefix and suffix chapters). */
  const allLinks = (block: Nodes): void =>
    walk(block, (node) => {
      if (node.type !== 'link' && node.type !== 'linkReference') return true;
      add(destination(node));
      return false;
    });
  /** A list item's chapter: the link its text starts with (`- See [x](x.md)` names none). */
  const itemLink = (item: ListItem): Link | LinkReference | undefined => {
    const text = item.children[0];
    const first = text?.type === 'paragraph' ? text.children[0] : undefined;
    return first?.type === 'link' || first?.type === 'linkReference' ? first : undefined;
  };
  const parents: string[] = [];
  /** Does an item hold a nested list with a chapter that has a file? */
  const hasSubChapter = (item: ListItem): boolean =>
    item.children.some((child) => child.type === 'list' && child.children.some((sub) => {
      const link = itemLink(sub);
      const url = link ? destination(link) : undefined;
      return url !== undefined && url !== '';
    }));
  const items = (top: List): void =>
    // Items and the lists nested directly in them; an item's other blocks hold no chapter.
    walk(top, (node) => {
      if (node.type === 'list') return true;
      if (node.type !== 'listItem') return false;
      const link = itemLink(node);
      if (link) add(destination(link));
      const url = link ? destination(link) : undefined;
      if (url !== undefined && url !== '' && hasSubChapter(node)) parents.push(url);
      return true;
    });
  const blocks: RootContent[] = tree.children.filter((node) => node.type !== 'definition');
  const h1 = (node: RootContent): boolean => node.type === 'heading' && node.depth === 1;
  let at = 0;
  while (at < blocks.length && blocks[at]!.type === 'html') at++;
  if (at < blocks.length && h1(blocks[at]!)) at++;
  // Prefix chapters.
  for (; at < blocks.length && blocks[at]!.type !== 'list' && !h1(blocks[at]!); at++) allLinks(blocks[at]!);
  // Numbered chapters, part by part.
  let first = true;
  for (; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (h1(block)) first = true;
    else if (block.type === 'list') items(block);
    else if (block.type === 'paragraph' && !first) break;
    if (!h1(block)) first = false;
  }
  // Suffix chapters.
  for (; at < blocks.length; at++) allLinks(blocks[at]!);
  return {destinations: found, parents};
}
