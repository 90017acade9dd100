import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import type {SiteInfo} from '../site/generators/types.js';
import {ownerNames} from './owner-names.js';
import type {Span} from './spans.js';

/**
 * Another author's article a post reposts after a note of its writer's own, set apart by a thematic
 * break (`* * *`, `---`): the note says the text is reposted (`What follows is Ana's original article,
 * reposted with permission.`, `republished`, `reprinted`, `cross-posted`), and the reposted text opens
 * with its author's byline (`By Ana Lima`) naming someone the site does not say wrote the page. The
 * text from the break to the next one (or the page's end) is that author's, as they wrote it: spelling
 * and brand-casing leave it alone, as they do a page its front matter marks as a repost (reposted.ts).
 * The writer's note before the break, and what follows a closing break, are read. A page that only
 * mentions reposting (`I reposted it on Mastodon`) without a break and a byline after it is the writer's.
 */
const repostNote = /\b(?:re-?posted|republished|reprinted|cross-?posted)\b/i;
/** `By Ana Lima`, `Written by Ana Lima`: a short byline of one capitalised name. */
const byline = /^(?:[Ww]ritten\s+[Bb]y|[Bb]y)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$/u;

export function repostedBodySpans(tree: Root, site: SiteInfo | undefined, data: Record<string, unknown> | undefined): Span[] {
  const blocks = tree.children;
  for (let index = 1; index < blocks.length - 1; index++) {
    if (blocks[index]!.type !== 'thematicBreak') continue;
    // The note is the writer's, before the first break; a later break opens no repost.
    const noted = blocks.slice(0, index).some((block) => block.type === 'paragraph' && repostNote.test(toString(block)));
    const next = blocks[index + 1]!;
    const author = next.type === 'paragraph' ? byline.exec(toString(next).trim())?.[1] : undefined;
    if (!noted || author === undefined) return [];
    const owners = ownerNames(site, data);
    if (author.split(/\s+/).every((word) => owners.has(word))) return [];
    let end = index + 1;
    while (end < blocks.length && blocks[end]!.type !== 'thematicBreak') end++;
    const start = blocks[index]!.position?.start.offset;
    const stop = blocks[end - 1]!.position?.end.offset;
    return start !== undefined && stop !== undefined ? [[start, stop]] : [];
  }
  return [];
}
