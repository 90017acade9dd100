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
 * Separators (`---`) and HTML name no file.
 */
import type {Definition, Link, LinkReference, List, Nodes, Root, RootContent} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

/** The destinations SUMMARY.md's chapters are read from, as written (no draft chapters). */
export function summaryDestinations(text: string): string[] {
  const tree = unified().use(remarkParse).parse(text) as Root;
  const definitions = new Map<string, string>();
  const collect = (node: Nodes): void => {
    // CommonMark: the first definition of a label wins.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, (node as Definition).url);
    if ('children' in node) for (const child of node.children) collect(child);
  };
  collect(tree);
  const destination = (node: Link | LinkReference): string | undefined => (node.type === 'link' ? node.url : definitions.get(node.identifier));
  const found: string[] = [];
  const add = (url: string | undefined): void => {
    if (url !== undefined && url !== '') found.push(url);
  };
  /** Every link inside a block (prefix and suffix chapters). */
  const allLinks = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'linkReference') {
      add(destination(node));
      return;
    }
    if ('children' in node) for (const child of node.children) allLinks(child);
  };
  /** The first link of a node, depth first (a list item's chapter). */
  const firstLink = (node: Nodes): Link | LinkReference | undefined => {
    if (node.type === 'link' || node.type === 'linkReference') return node;
    if (!('children' in node) || node.type === 'list') return undefined;
    for (const child of node.children) {
      const link = firstLink(child);
      if (link) return link;
    }
    return undefined;
  };
  const items = (list: List): void => {
    for (const item of list.children) {
      const link = firstLink(item);
      if (link) add(destination(link));
      for (const child of item.children) if (child.type === 'list') items(child);
    }
  };
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
  return found;
}
