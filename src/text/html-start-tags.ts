import {QuoteType, Tokenizer, type TokenizerCallbacks} from 'htmlparser2';

const ignore = (): void => {};
/** Every tokenizer event ignored: each reader below listens to the few it needs. */
const ignored: TokenizerCallbacks = {
  onattribdata: ignore,
  onattribend: ignore,
  onattribentity: ignore,
  onattribname: ignore,
  oncdata: ignore,
  onclosetag: ignore,
  oncomment: ignore,
  ondeclaration: ignore,
  onend: ignore,
  onopentagend: ignore,
  onopentagname: ignore,
  onprocessinginstruction: ignore,
  onselfclosingtag: ignore,
  ontext: ignore,
  ontextentity: ignore,
};

/** An attribute of a start tag, as the HTML tokenizer reads it: offsets into the text given. */
export interface HtmlAttribute {
  /** The element's name as written (`a`, `FONT`, `CldImage`). */
  tag: string;
  /** The attribute's name as written, and where it starts. */
  name: string;
  nameIndex: number;
  /** Its value as written (entities not decoded), `undefined` for a bare attribute (`<input disabled>`). */
  value?: string;
  /** Whether the value is in quotation marks (`src="{{ site.url }}/x"` is text; `src={logo}` is JSX's expression). */
  quoted: boolean;
  /** Where the attribute ends: after its value, or its name when it has none. */
  end: number;
}

/**
 * The attributes of the start tags in a piece of raw HTML, read as a browser's tokenizer reads it
 * (htmlparser2's `Tokenizer`, entities left as written): a tag is only a `<` in the source followed
 * by a name. Markup shown as text — `&lt;a href=&quot;x&quot;&gt;` in a `<pre>` listing, an
 * `href = "…"` in a code sample's text — is text, never a tag, and a comment (`<!-- <a href> -->`)
 * holds none. The raw text of `<script>`, `<style>`, `<textarea>` and `<title>` is text too. An
 * attribute is given once its value ends, so a tag the piece ends inside (a Markdown HTML node cut
 * off mid-tag) still gives the attributes written out in it.
 */
export function htmlAttributes(html: string): HtmlAttribute[] {
  if (!html.includes('<')) return [];
  const found: HtmlAttribute[] = [];
  let tag = '';
  let nameStart = 0;
  let nameEnd = 0;
  let valueStart = -1;
  let valueEnd = -1;
  const tokenizer = new Tokenizer(
    {decodeEntities: false},
    {
      ...ignored,
      onopentagname(start, end) {
        tag = html.slice(start, end);
      },
      onattribname(start, end) {
        nameStart = start;
        nameEnd = end;
        valueStart = -1;
        valueEnd = -1;
      },
      onattribdata(start, end) {
        if (valueStart === -1) valueStart = start;
        valueEnd = end;
      },
      onattribend(quote) {
        // A bare attribute has no value; an empty quoted value gives no data.
        const value = quote === QuoteType.NoValue ? undefined : valueStart === -1 ? '' : html.slice(valueStart, valueEnd);
        const quoted = quote === QuoteType.Single || quote === QuoteType.Double;
        const end = valueEnd === -1 ? nameEnd : valueEnd;
        found.push({tag, name: html.slice(nameStart, nameEnd), nameIndex: nameStart, quoted, end, ...(value !== undefined ? {value} : {})});
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return found;
}

/** A start or end tag of a piece of raw HTML: its name in lower case, where it starts. */
export interface HtmlTag {
  name: string;
  closing: boolean;
  index: number;
}

/** The start and end tags of a piece of raw HTML, in order, as the tokenizer reads them (escaped markup and comments hold none). */
export function htmlTags(html: string): HtmlTag[] {
  if (!html.includes('<')) return [];
  const tags: HtmlTag[] = [];
  const tokenizer = new Tokenizer(
    {decodeEntities: false},
    {
      ...ignored,
      // The name starts right after `<` (start tags) or `</` (end tags).
      onopentagname: (start, end) => void tags.push({name: html.slice(start, end).toLowerCase(), closing: false, index: start - 1}),
      onclosetag: (start, end) => void tags.push({name: html.slice(start, end).toLowerCase(), closing: true, index: start - 2}),
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return tags;
}
