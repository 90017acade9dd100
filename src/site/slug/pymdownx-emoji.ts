/**
 * pymdownx.emoji (MkDocs): its inline pattern `(:[+\-\w]+:)` turns a shortcode its index knows
 * (a name or an alias) into an element with no text of its own: `to_png`/`to_svg` make an `<img>`,
 * Material's `to_svg` a `<span>` holding a stashed `<svg>`, `to_alt` a stashed Unicode emoji.
 * Python-Markdown's toc slugs the heading's text with stashed HTML reduced to its text and then
 * drops what is no word character, so the shortcode is no part of the id: `## :grey_question: Why`
 * is `why` (the space left behind is trimmed or joins a run of spaces that becomes one `-`).
 * A name the index does not know stays text. Postlint carries no pymdownx index: it takes
 * markdown-it-emoji's (gemoji) names as known, and Material's icon sets (`:material-…:`,
 * `:fontawesome-…:`, `:octicons-…:`, `:simple-…:`) when the index is Material's; any other
 * shortcode left in a heading makes its id uncertain (`hasPymdownxShortcode`).
 */
import definitions from 'markdown-it-emoji/lib/data/full.mjs';

/** How the site's pymdownx.emoji makes ids: `pymdownx` (gemoji/emojione/twemoji), `pymdownx-material` (Material's index, icons too). */
export type PymdownxEmoji = 'pymdownx' | 'pymdownx-material';

const shortcode = /:[+\-\w]+:/gu;
const materialIcon = /^:(material|fontawesome|octicons|simple)-[\w-]+:$/;

function known(code: string, kind: PymdownxEmoji): boolean {
  return Object.hasOwn(definitions, code.slice(1, -1)) || (kind === 'pymdownx-material' && materialIcon.test(code));
}

/** The heading text without the shortcodes pymdownx.emoji makes emoji of; `raw` (the heading's source) tells code spans apart. */
export function withoutPymdownxEmoji(text: string, raw: string, kind: PymdownxEmoji): string {
  if (!text.includes(':')) return text;
  const outsideCode = raw.replace(/(`+)[^`]*?\1/g, '');
  return text.replace(shortcode, (code: string) => (outsideCode.includes(code) && known(code, kind) ? '' : code));
}

/** Does the (already emoji-less) heading text still hold a shortcode some pymdownx index may know? Its id is then uncertain. */
export function hasPymdownxShortcode(text: string, raw: string): boolean {
  const outsideCode = raw.replace(/(`+)[^`]*?\1/g, '');
  return [...text.matchAll(shortcode)].some(([code]) => outsideCode.includes(code));
}
