/**
 * Comment widgets a page's templates load, and the ids their scripts write into the page in the
 * browser: a link to one comment (`#comment-1881765009`, the link Disqus gives each comment) names
 * an id no source file holds, which only the running widget makes.
 *
 * - Disqus: the embed script (`https://<shortname>.disqus.com/embed.js`, or Hugo's embedded
 *   `_internal/disqus.html` / `disqus.html` template, which loads it) reads a `#comment-<number>`
 *   fragment of the host page and shows that comment (Disqus's comment permalinks).
 * - Isso: its client (`<script data-isso="…" src="…/js/embed.min.js">`) renders each comment into
 *   the page as `<div class="isso-comment" id="isso-<number>">` (isso js/app/templates/comment.js).
 *
 * Giscus and utterances render their comments inside an iframe and link them to GitHub: they write
 * no ids into the host page, so loading them abstains on nothing. Only fragments of a widget's own
 * form are abstained on; any other fragment of the page is still judged.
 */

export interface CommentWidget {
  /** The widget's name, as said in messages. */
  name: string;
  /** What in a template loads it. */
  loads: RegExp;
  /** The fragments its script may write (or read) on the host page. */
  fragments: RegExp;
  /** That form, in words. */
  form: string;
}

const widgets: readonly CommentWidget[] = [
  {name: 'Disqus', loads: /\bdisqus\.com\/embed\.js\b|\btemplate\s+"_internal\/disqus\.html"|\bpartial\s+"disqus\.html"/i, fragments: /^comment-\d+$/, form: 'comment-<number>'},
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
