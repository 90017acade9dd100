import type {Link, Paragraph, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';

/**
 * Links to `#` a page repeats as its own navigation: the same link text, the link alone in its
 * paragraph, closing two sections or more (`[🔝 Back to contents](#)` under each part of a long
 * guide). A bare `#` is no broken link: the HTML standard's "indicated part of the document" for the
 * empty fragment is the top of the document, and every browser (and a single-page router such as
 * VitePress's, which scrolls to 0,0) goes there. It is a placeholder only where nothing says it is
 * meant; the same block repeated section after section is a control the writer placed on purpose,
 * in any language, whatever its words. A link to `#` in a sentence (`see [the docs](#)`), one
 * standing alone once, or repeated within one section is still a link left to fill in. So is the
 * same link in each section's list (`- [Download](#)` under each product) or opening each section:
 * those are the sections' own links, each to be filled in with its own address. Closing two sections
 * (the last block before the next heading, rules or comments between) makes it the page's control;
 * its other uses alone in a paragraph are the same control (above the credit a page ends with).
 */
export function repeatedTopLinks(tree: Root): Set<Link> {
  const byText = new Map<string, Array<{link: Link; section: number; closing: boolean}>>();
  let section = 0;
  const blocks = tree.children;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.type === 'heading') section++;
    const link = block.type === 'paragraph' ? loneTopLink(block) : undefined;
    if (link === undefined) continue;
    // Its words only: an arrow or an emoji inside the link or beside it (`⬆ [top](#)`, `[⬆ top](#)`) is the same control.
    const text = (toString(link).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').toLowerCase();
    if (text === '') continue;
    const use = {link, section, closing: closesSection(blocks, index)};
    const uses = byText.get(text);
    if (uses) uses.push(use);
    else byText.set(text, [use]);
  }
  // Closing two sections makes it the page's control; its use above a last note (`[Source](…)` under the last part) is the same control.
  const top = new Set<Link>();
  for (const uses of byText.values()) {
    if (new Set(uses.filter(({closing}) => closing).map(({section: at}) => at)).size < 2) continue;
    for (const {link} of uses) top.add(link);
  }
  return top;
}

/** The paragraph's one link, to `#`, with only marks and spaces around it (`⬆ [top](#)`): words beside it make it part of a sentence. */
function loneTopLink(paragraph: Paragraph): Link | undefined {
  const links = paragraph.children.filter((child): child is Link => child.type === 'link');
  if (links.length !== 1 || links[0]!.url.trim() !== '#') return undefined;
  const around = paragraph.children.filter((child) => child !== links[0]).map((child) => toString(child)).join('');
  return /[\p{L}\p{N}]/u.test(around) ? undefined : links[0];
}

/** Blocks the page shows nothing of, or a rule, between a section's last block and the next heading. */
const betweenSections = new Set<RootContent['type']>(['thematicBreak', 'html', 'definition', 'footnoteDefinition']);

/** Whether the block at `index` is its section's last: the next heading (or the page's end) follows, only rules or comments between. */
function closesSection(blocks: readonly RootContent[], index: number): boolean {
  for (let next = index + 1; next < blocks.length; next++) {
    if (blocks[next]!.type === 'heading') return true;
    if (!betweenSections.has(blocks[next]!.type)) return false;
  }
  return true;
}
