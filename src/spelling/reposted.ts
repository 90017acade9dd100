import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {basename, extname} from 'node:path';
import type {SiteInfo} from '../site/generators/types.js';
import {ownerNames} from './owner-names.js';

/**
 * A page its front matter marks as a repost: another author's article the site republishes
 * (with or without leave). Its words are that author's, written as they wrote them; a careful
 * editor does not "correct" them, so spelling and brand-casing leave the page's prose alone, as
 * they do a quotation (quotations.ts `othersWords`). Its links, anchors and files are the site's
 * and still checked. The marks, as blog themes and their users write them:
 * - a label field whose value (or one item of its list) is the word for "reposted" itself:
 *   Chinese 转 / 转载 / 转帖 / 转贴 (traditional 轉 / 轉載 / 轉貼), English `repost`, `reposted`,
 *   `reprint`, `reprinted` (`tagline: "转"` under a Jekyll-Bootstrap post title, `tags: [转载]` in a
 *   Hexo post, `type: reprint`); a whole value only, so a title or a sentence that mentions
 *   reposting says nothing;
 * - the theme keys that declare it: Hugo FixIt's `repost: {enable: true, url: …}` (its templates
 *   print "reposted from" the url; an archetype's `enable: true` with no url is a default left on,
 *   not a repost), a plain `repost: true` / `reprint: true`, and `original: false`;
 * - Hexo Butterfly's `copyright_author` (the author its post-copyright block credits, set when a post
 *   is someone else's) naming nobody the site says wrote it (owner-names.ts: the page's `author`,
 *   the config's, package.json's). A site that names no author gives nothing to set it against:
 *   the page is read.
 * - a title that opens with the word in brackets, the label Chinese blogs put before a reposted
 *   article's title (`(转)从零开始…`, `【转载】…`, `[转] …`, `(Repost) …`): the front matter's `title`,
 *   else the page's first heading of level 1, else its file name (`(转)从零开始….md`: where a page has
 *   neither, generators and sidebar plugins show the file name, which the writer labelled). Only the
 *   opening label: a title that is the word (`Repost`) or mentions it later (`Why I repost`) is a title.
 * A translation (`译`, `translated`) is not here: the translator wrote its sentences.
 */
const repostWord = /^(?:转|转载|转帖|转贴|轉|轉載|轉貼|reposts?|reposted|reprints?|reprinted)$/iu;

/** Fields whose value is the page's own text, not a label: a title that is the word "Repost" is a title. */
const textFields = new Set(['title', 'subtitle', 'description', 'summary', 'excerpt', 'abstract', 'linktitle', 'linkTitle', 'slug', 'permalink', 'url', 'keywords']);

/** The repost word in brackets opening a title (`(转)`, `（转载）`, `【轉】`, `[Repost]`), then the title's text. */
const repostLabel = /^\s*[(（【\[〔]\s*(?:转|转载|转帖|转贴|轉|轉載|轉貼|reposts?|reposted|reprints?|reprinted)\s*[)）】\]〕]\s*\S/iu;

/** The page (its path and tree), for a repost label on its title. */
export interface RepostPage {
  path: string;
  tree: Root;
}

/** What marks the page as a repost (for the docs' and tests' words), or undefined: the page is its writer's. */
export function repostMark(data: Record<string, unknown> | undefined, site?: SiteInfo, page?: RepostPage): string | undefined {
  const labelled = page === undefined ? undefined : repostTitle(data, page);
  if (labelled !== undefined) return labelled;
  if (data === undefined) return undefined;
  for (const [key, value] of Object.entries(data)) {
    if (textFields.has(key)) continue;
    const items = Array.isArray(value) ? value.slice(0, 50) : [value];
    const label = items.find((item): item is string => typeof item === 'string' && repostWord.test(item.trim()));
    if (label !== undefined) return `\`${key}: ${label.trim()}\``;
  }
  for (const key of ['repost', 'reprint']) {
    const value = data[key];
    if (value === true) return `\`${key}: true\``;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const {enable, url} = value as Record<string, unknown>;
      if (enable === true && typeof url === 'string' && url.trim() !== '') return `\`${key}.enable\` with its url`;
    }
  }
  if (data['original'] === false) return '`original: false`';
  const credited = data['copyright_author'];
  if (typeof credited === 'string' && credited.trim() !== '') {
    // Set apart from the site's author only when the site names one: with none, the credit may be the writer's own name.
    const owners = ownerNames(site, data);
    if (owners.size > 0 && !namesOwner(credited, owners)) return '`copyright_author` naming another author';
  }
  return undefined;
}

/** Every word of a name is one the site says its author's name has (`Ana Lima` against `author: Ana Lima`). */
function namesOwner(name: string, owners: Set<string>): boolean {
  const words = [...name.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)].map(([word]) => word).filter((word) => [...word].length >= 2);
  return words.length > 0 && words.every((word) => owners.has(word));
}

/** The page's title (front matter, else its first level-1 heading, else its file name) when a repost label opens it. */
function repostTitle(data: Record<string, unknown> | undefined, {path, tree}: RepostPage): string | undefined {
  const heading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const [title, from] =
    typeof data?.title === 'string' ? [data.title, 'title'] : heading ? [toString(heading), 'heading'] : [basename(path, extname(path)), 'file name'];
  return repostLabel.test(title) ? `the ${from} \`${title.trim().slice(0, 40)}\`` : undefined;
}
