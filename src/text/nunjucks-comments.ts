/**
 * Nunjucks comments, `{# … #}`, on a page Nunjucks renders before Markdown (Eleventy's
 * `markdownTemplateEngine: "njk"`, or a page's `templateEngineOverride: njk,md`): Nunjucks' lexer
 * (nunjucks/src/lexer.js nextToken) reads a comment from `{#` to the next `#}` wherever the text is
 * outside a tag, Markdown code or not, and its parser drops it (`-` after `{#` or before `#}` trims
 * the white space beside it too). The Markdown converter never sees it, so no rule may read a word,
 * a link or a heading in it: it is blanked, same length, line breaks kept (lines that held only the
 * comment become blank, as the rendered text has them).
 *
 * Not comments: text inside `{{ … }}` and `{% … %}` tags (their strings may hold `{#`), and the body
 * of a `{% raw %}`/`{% verbatim %}` block, which Nunjucks writes as it is (parser.js parseRaw). A `{#`
 * never closed is a build error in Nunjucks ("expected end of comment"): the text is left as written
 * from there. Not modelled: the white space a `-` trims, which may join two lines into one paragraph.
 */

/** A raw block's opening or closing tag, as Nunjucks' parseRaw finds them (`{%- raw -%}` too). */
const rawTag = /\{%-?\s*(end)?(raw|verbatim)\s*-?%\}/g;

/** Blank the Nunjucks comments of `text` from `from` on (the body, after the front matter); the text itself when it has none. */
export function blankNunjucksComments(text: string, from = 0): string {
  if (!text.includes('{#', from)) return text;
  const spans: Array<[number, number]> = [];
  let at = from;
  for (;;) {
    const open = text.indexOf('{', at);
    if (open === -1 || open + 1 >= text.length) break;
    const next = text[open + 1];
    if (next === '#') {
      const close = text.indexOf('#}', open + 2);
      // Never closed: Nunjucks fails the build, nothing here is known to be dropped.
      if (close === -1) break;
      spans.push([open, close + 2]);
      at = close + 2;
    } else if (next === '%' || next === '{') {
      const end = tagEnd(text, open + 2, next === '%' ? '%}' : '}}');
      if (end === -1) break;
      at = end;
      if (next === '%') at = afterRawBlock(text, open, end);
    } else at = open + 1;
  }
  if (spans.length === 0) return text;
  let out = '';
  let last = 0;
  for (const [start, end] of spans) {
    out += text.slice(last, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    last = end;
  }
  return out + text.slice(last);
}

/** The offset after a tag's closer (`%}`, `}}`), its quoted strings skipped; -1 when it never closes. */
function tagEnd(text: string, from: number, closer: string): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== char && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      i = j;
    } else if (text.startsWith(closer, i)) return i + closer.length;
  }
  return -1;
}

/** After a `{% raw %}` or `{% verbatim %}` tag (`start`…`end`): the offset after its matching end tag (nested ones counted); else `end`. */
function afterRawBlock(text: string, start: number, end: number): number {
  rawTag.lastIndex = start;
  const opening = rawTag.exec(text);
  if (!opening || opening.index !== start || opening[1] !== undefined) return end;
  let depth = 1;
  for (let tag = rawTag.exec(text); tag; tag = rawTag.exec(text)) {
    if (tag[2] !== opening[2]) continue;
    depth += tag[1] === undefined ? 1 : -1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  // Never closed: Nunjucks reads the rest as raw text.
  return text.length;
}
