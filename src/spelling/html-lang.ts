/**
 * The parts of a piece of raw HTML whose language its markup declares. HTML's language of an
 * element is its `lang` attribute, else its parent's (HTML Living Standard, "The lang and xml:lang
 * attributes"): `<p lang="de">…</p>` is German text on an English page, and the page's dictionary
 * cannot judge it. An X (Twitter) embed, `<blockquote class="twitter-tweet" data-lang="de">`, says
 * it in `data-lang`: the language of the text components the embed code wrote (the date line),
 * "not the text of the cited post", which carries its own `<p lang>` (X's embedded-post parameter
 * reference).
 */
export interface LanguageSpan {
  /** Offsets in the HTML text: the element's start tag to its end tag (or the text's end). */
  start: number;
  end: number;
  lang: string;
}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const tag = /<(\/?)([A-Za-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3])!.trim() : undefined;
}

/** The language an element's start tag declares for its content, if any (`lang=""` is "unknown": none). */
function declared(attributes: string): string | undefined {
  const lang = attribute(attributes, 'lang');
  if (lang !== undefined) return lang === '' ? undefined : lang;
  const classes = attribute(attributes, 'class')?.split(/\s+/) ?? [];
  if (classes.some((c) => /^twitter-/.test(c))) {
    const embed = attribute(attributes, 'data-lang');
    if (embed) return embed;
  }
  return undefined;
}

/** Every element of `html` that declares a language, innermost last (so a later span overrides an earlier one it lies in). */
export function languageSpans(html: string): LanguageSpan[] {
  if (!/\slang\s*=|data-lang/i.test(html)) return [];
  const spans: LanguageSpan[] = [];
  const open: Array<{name: string; start: number; lang: string | undefined}> = [];
  for (const match of html.matchAll(tag)) {
    const [whole, closing, rawName, attributes = ''] = match;
    const name = rawName!.toLowerCase();
    if (closing) {
      const at = open.map((element) => element.name).lastIndexOf(name);
      if (at === -1) continue;
      // Elements left open inside it end with it (HTML's parser closes them).
      for (const element of open.splice(at)) if (element.lang) spans.push({start: element.start, end: match.index! + whole.length, lang: element.lang});
      continue;
    }
    if (voidElements.has(name) || attributes.trimEnd().endsWith('/')) continue;
    open.push({name, start: match.index!, lang: declared(attributes)});
  }
  for (const element of open) if (element.lang) spans.push({start: element.start, end: html.length, lang: element.lang});
  return spans.sort((a, b) => a.start - b.start);
}

/** The declared language at `offset` of the HTML text: the innermost span that holds it. */
export function languageAt(spans: readonly LanguageSpan[], offset: number): string | undefined {
  let lang: string | undefined;
  for (const span of spans) if (span.start <= offset && offset < span.end) lang = span.lang;
  return lang;
}
