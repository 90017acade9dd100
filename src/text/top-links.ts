import type {Link, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {eachOfTypes} from '../node-index.js';

/**
 * Links to `#` a page repeats as its own navigation: the same link text, the link alone in its
 * paragraph, closing two sections or more (`[🔝 Back to contents](#)` under each part of a long
 * guide). A bare `#` is no broken link: the HTML standard's "indicated part of the document" for the
 * empty fragment is the top of the document, and every browser (and a single-page router such as
 * VitePress's, which scrolls to 0,0) goes there. It is a placeholder only where nothing says it is
 * meant; the same block repeated section after section is a control the writer placed on purpose,
 * in any language, whatever its words. A link to `#` in a sentence (`see [the docs](#)`), one
 * standing alone once, or repeated within one section is still a link left to fill in.
 */
export function repeatedTopLinks(tree: Root): Set<Link> {
  const byText = new Map<string, Array<{link: Link; section: number}>>();
  let section = 0;
  eachOfTypes(tree, ['heading', 'paragraph'], (node) => {
    if (node.type === 'heading') {
      section++;
      return;
    }
    const links = node.children.filter((child): child is Link => child.type === 'link');
    if (links.length !== 1 || links[0]!.url.trim() !== '#') return;
    // Around the link only marks and spaces (`⬆ [top](#)`): words beside it make it part of a sentence.
    const around = node.children.filter((child) => child !== links[0]).map((child) => toString(child)).join('');
    if (/[\p{L}\p{N}]/u.test(around)) return;
    // Its words only: an arrow or an emoji inside the link or beside it (`⬆ [top](#)`, `[⬆ top](#)`) is the same control.
    const text = (toString(links[0]!).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').toLowerCase();
    if (text === '') return;
    byText.set(text, [...(byText.get(text) ?? []), {link: links[0]!, section}]);
  });
  const top = new Set<Link>();
  for (const uses of byText.values()) {
    if (new Set(uses.map(({section: at}) => at)).size < 2) continue;
    for (const {link} of uses) top.add(link);
  }
  return top;
}
