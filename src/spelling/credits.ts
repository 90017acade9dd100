import type {Root} from 'mdast';
import {walk} from '../walk.js';

/** A credit after a link: `by` or `via`, then the handle (`(by wenjing)`). */
const credit = /\b(?:by|via)[ \t]+@?([\p{L}\p{N}_-]+)/giu;

/**
 * The offsets of handles a paragraph credits after a link whose address spells them: `[Mail
 * templates](https://blog.wenjing.xin/archives/79) (by wenjing)`. A list of posts credits each
 * one's author by the handle their blog's domain is named for; the handle is the address's own
 * label (`wenjing` of `blog.wenjing.xin`), a name, not an English word. A word the address does
 * not spell (`by wenjnig`), or one with no link before it in its paragraph, is still read.
 */
export function creditedHandles(tree: Root, source: string): Set<number> {
  const offsets = new Set<number>();
  if (!/\b(?:by|via)[ \t]/i.test(source)) return offsets;
  walk(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'tableCell') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return false;
    // Each link's end and its host's labels, in order.
    const links: Array<{end: number; labels: Set<string>}> = [];
    walk(node, (inner) => {
      if (inner.type !== 'link') return;
      const linkEnd = inner.position?.end.offset;
      let host: string;
      try {
        host = new URL(inner.url).hostname.toLowerCase();
      } catch {
        return false;
      }
      if (linkEnd !== undefined && host) links.push({end: linkEnd, labels: new Set(host.split('.'))});
      return false;
    });
    if (links.length === 0) return false;
    const text = source.slice(start, end);
    // Links and credits both come in source order: one cursor finds each credit's nearest link before it.
    let next = 0;
    for (const match of text.matchAll(credit)) {
      const at = start + match.index! + match[0].length - match[1]!.length;
      const handle = match[1]!.toLowerCase();
      while (next < links.length && links[next]!.end <= at) next++;
      // The nearest link before the credit is the work credited.
      if (next > 0 && links[next - 1]!.labels.has(handle)) offsets.add(at);
    }
    return false;
  });
  return offsets;
}
