/**
 * What a Liquid tag holds is template code, not the page's Markdown or HTML. Liquid cuts the text
 * into tokens before anything else reads it: a tag runs from `{%` to the first `%}`, an output from
 * `{{` to the first `}}` (Shopify/liquid lib/liquid/tokenizer.rb, `TemplateParser`), and inside one
 * a string is `'…'` or `"…"` with no escapes. A link or an HTML tag the Markdown reader finds there
 * is real only where it lies whole inside one such string (`{% include note.html content="See
 * [the guide](guide.md)" %}`: the include writes that text out); one that runs across a string's
 * end is assembled by the code (`'<a href="' | append: link | append: '">'`): its "URL" is code
 * between two strings, no link of the page.
 */

/** One tag or output: where it starts and ends, and the strings inside it (offsets into the text). */
export interface LiquidToken {
  start: number;
  end: number;
  strings: Array<readonly [number, number]>;
}

/** The tags and outputs of a text, in order. */
export function liquidTokens(text: string): LiquidToken[] {
  const tokens: LiquidToken[] = [];
  if (!text.includes('{%') && !text.includes('{{')) return tokens;
  const opener = /\{[%{]/g;
  for (let match = opener.exec(text); match; match = opener.exec(text)) {
    const closer = match[0] === '{%' ? '%}' : '}}';
    const stop = text.indexOf(closer, match.index + 2);
    if (stop === -1) break;
    const end = stop + 2;
    tokens.push({start: match.index, end, strings: stringsIn(text, match.index + 2, stop)});
    opener.lastIndex = end;
  }
  return tokens;
}

/** The contents of the quoted strings between two offsets (quotes left out); one never closed runs to the end. */
function stringsIn(text: string, from: number, to: number): Array<readonly [number, number]> {
  const strings: Array<readonly [number, number]> = [];
  for (let i = from; i < to; i++) {
    const quote = text[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = text.indexOf(quote, i + 1);
    const end = close === -1 || close >= to ? to : close;
    strings.push([i + 1, end]);
    i = end;
  }
  return strings;
}

/**
 * Is the text from `start` to `end` assembled by template code: it starts inside a Liquid tag or
 * output and does not lie whole inside one of its strings? `tokens` are liquidTokens of the text.
 */
export function assembledByTemplate(tokens: readonly LiquidToken[], start: number, end: number): boolean {
  // The last token starting at or before `start` (binary search: a page may hold thousands).
  let low = 0;
  let high = tokens.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start <= start) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const token = found === -1 ? undefined : tokens[found];
  if (!token || start >= token.end) return false;
  return !token.strings.some(([from, to]) => start >= from && end <= to);
}
