import type {Root} from 'mdast';
import {walk} from '../walk.js';

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
  // How many of each element are open: a closing tag of none is skipped without a walk down the stack.
  const openNames = new Map<string, number>();
  for (const match of html.matchAll(tag)) {
    const [whole, closing, rawName, attributes = ''] = match;
    const name = rawName!.toLowerCase();
    if (closing) {
      if (!openNames.get(name)) continue;
      let at = open.length - 1;
      while (open[at]!.name !== name) at--;
      // Elements left open inside it end with it (HTML's parser closes them).
      for (const element of open.splice(at)) {
        openNames.set(element.name, openNames.get(element.name)! - 1);
        if (element.lang) spans.push({start: element.start, end: match.index! + whole.length, lang: element.lang});
      }
      continue;
    }
    if (voidElements.has(name) || attributes.trimEnd().endsWith('/')) continue;
    open.push({name, start: match.index!, lang: declared(attributes)});
    openNames.set(name, (openNames.get(name) ?? 0) + 1);
  }
  for (const element of open) if (element.lang) spans.push({start: element.start, end: html.length, lang: element.lang});
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The declared language at each offset, asked in ascending order: the innermost span that holds it.
 * Spans are elements, so they nest or follow each other: one stack walked once (not every span per word).
 */
export function languageCursor(spans: readonly LanguageSpan[]): (offset: number) => string | undefined {
  const stack: LanguageSpan[] = [];
  let next = 0;
  let last = -1;
  return (offset) => {
    // Asked out of order (not expected): start the walk again rather than answer wrong.
    if (offset < last) {
      stack.length = 0;
      next = 0;
    }
    last = offset;
    while (next < spans.length && spans[next]!.start <= offset) {
      const span = spans[next++]!;
      while (stack.length > 0 && stack[stack.length - 1]!.end <= span.start) stack.pop();
      stack.push(span);
    }
    while (stack.length > 0 && stack[stack.length - 1]!.end <= offset) stack.pop();
    return stack[stack.length - 1]?.lang;
  };
}

/** Parents whose HTML nodes are inline HTML: a tag there is part of a line of prose. */
const phrasingBlocks = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The elements inline HTML declares a language for inside a paragraph, heading or table cell
 * (`“<span lang="fr">coursier·ère</span>”`, `*<i lang="la">Alea iacta est</i>*`): CommonMark makes
 * each tag its own HTML node and the words between them text nodes, so the tags are read together
 * with the text blanked, offsets kept. An element still open at the block's end ends there (HTML's
 * parser closes it with the paragraph). Offsets are the file's; the innermost element last, as
 * `languageSpans` gives them.
 */
export function inlineLanguageSpans(tree: Root, source: string): LanguageSpan[] {
  if (!/\slang\s*=/i.test(source)) return [];
  const spans: LanguageSpan[] = [];
  walk(tree, (node) => {
    if (!phrasingBlocks.has(node.type)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return false;
    const tags: Array<[number, string]> = [];
    walk(node, (inner) => {
      if (inner.type !== 'html') return;
      const from = inner.position?.start.offset;
      const to = inner.position?.end.offset;
      // The source's own text, not the node's value: inside a block quote a tag over two lines keeps its `>` there.
      if (from !== undefined && to !== undefined) tags.push([from - start, source.slice(from, to)]);
    });
    if (!tags.some(([, value]) => /\slang\s*=/i.test(value))) return false;
    // The block's text with only its tags kept: `languageSpans` pairs them as HTML would.
    // Built in one pass (tags come in source order): splicing each into the whole block was quadratic in its tags.
    const parts: string[] = [];
    let written = 0;
    for (const [at, value] of tags) {
      if (at < written) continue;
      parts.push(' '.repeat(at - written), value);
      written = at + value.length;
    }
    parts.push(' '.repeat(Math.max(0, end - start - written)));
    const html = parts.join('');
    for (const span of languageSpans(html)) spans.push({start: span.start + start, end: span.end + start, lang: span.lang});
    return false;
  });
  return spans.sort((a, b) => a.start - b.start);
}
