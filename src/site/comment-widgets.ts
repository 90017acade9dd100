/**
 * Comment widgets a page's templates load, and the ids their scripts write into the page in the
 * browser: a link to one comment (`#comment-1881765009`, the link Disqus gives each comment) names
 * an id no source file holds, which only the running widget makes.
 *
 * - Disqus: the embed script (`https://<shortname>.disqus.com/embed.js`, or Hugo's embedded
 *   `_internal/disqus.html` / `disqus.html` template, which loads it) reads a `#comment-<number>`
 *   fragment of the host page and shows that comment (Disqus's comment permalinks). Hugo's embedded
 *   one loads it only when the site configures a shortname (`loadsIf`).
 * - Isso: its client (`<script data-isso="…" src="…/js/embed.min.js">`) renders each comment into
 *   the page as `<div class="isso-comment" id="isso-<number>">` (isso js/app/templates/comment.js).
 *
 * Giscus and utterances render their comments inside an iframe and link them to GitHub: they write
 * no ids into the host page, so loading them abstains on nothing. Only fragments of a widget's own
 * form are abstained on; any other fragment of the page is still judged.
 */

import {get} from './generators/common.js';

export interface CommentWidget {
  /** The widget's name, as said in messages. */
  name: string;
  /** What in a template loads it. */
  loads: RegExp;
  /** The fragments its script may write (or read) on the host page. */
  fragments: RegExp;
  /** That form, in words. */
  form: string;
  /** When the loader writes the widget only as the site's config says (Hugo's embedded template): that test. */
  loadsIf?: (config: Record<string, unknown>) => boolean;
}

/**
 * Hugo's embedded `_internal/disqus.html` writes the widget only with a shortname configured
 * (`services.disqus.shortname`, or the older top-level `disqusShortname`) and Disqus not turned off
 * under `privacy.disqus.disable`; else it writes nothing (a theme calling it for every site).
 */
function hugoDisqusConfigured(config: Record<string, unknown>): boolean {
  if (get(config, 'privacy', 'disqus', 'disable') === true) return false;
  const shortname = get(config, 'services', 'disqus', 'shortname') ?? get(config, 'disqusShortname');
  return typeof shortname === 'string' && shortname.trim() !== '';
}

const widgets: readonly CommentWidget[] = [
  {name: 'Disqus', loads: /\bdisqus\.com\/embed\.js\b|\bpartial\s+"disqus\.html"/i, fragments: /^comment-\d+$/, form: 'comment-<number>'},
  {name: 'Disqus', loads: /\btemplate\s+"_internal\/disqus\.html"/i, fragments: /^comment-\d+$/, form: 'comment-<number>', loadsIf: hugoDisqusConfigured},
  {name: 'Isso', loads: /\sdata-isso\s*=|\/js\/embed\.(?:min|dev)\.js\b[^\n]*\bisso\b|\bisso\b[^\n]*\/js\/embed\.(?:min|dev)\.js\b/i, fragments: /^isso-\d+$/, form: 'isso-<number>'},
];

/** Comments of template languages and scripts, so that a widget commented out does not count as loaded. */
const commented = /<!--[\s\S]*?-->|\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}|\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{#[\s\S]*?#\}|\{\/\*[\s\S]*?\*\/\}|^[ \t]*\/\/.*$/gm;

/** The comment widgets a template's text loads. */
export function commentWidgetsLoaded(text: string): CommentWidget[] {
  if (!/disqus|isso/i.test(text)) return [];
  const live = text.replace(commented, '');
  return widgets.filter((widget) => widget.loads.test(live));
}
