import {FirstFreeRegistry, type SlugFlavor, type Slugger} from './types.js';

const letterOrDigit = /^[\p{L}\p{Nd}_]$/u;
const combiningMark = /\p{Mn}/gu;

/**
 * Hugo's goldmark ids (`autoIDType: github`, the default): trim, then per character: space and
 * `-` become `-`, letters, decimal digits and `_` stay (lower-cased), everything else goes.
 * With `asciiOnly` (github-ascii) accents are stripped first and other non-ASCII is dropped
 * after trimming.
 */
export function hugoSanitize(text: string, asciiOnly: boolean): string {
  let value = asciiOnly ? text.normalize('NFD').replace(combiningMark, '').normalize('NFC') : text;
  value = value.trim();
  let id = '';
  for (const ch of value) {
    if (asciiOnly && ch.codePointAt(0)! > 0x7f) continue;
    if (ch === ' ' || ch === '-') id += '-';
    else if (letterOrDigit.test(ch)) id += lowerRune(ch);
  }
  return id;
}

/** Go's unicode.ToLower maps one rune to one rune; keep the character when JS would expand it. */
function lowerRune(ch: string): string {
  const lower = ch.toLowerCase();
  return [...lower].length === 1 ? lower : ch;
}

/** Hugo's id factory: an empty id becomes `heading`; repeats get the first free `-n`. */
export function hugoSlugger(sanitize: (text: string) => string): Slugger {
  const registry = new FirstFreeRegistry();
  return {
    slug: (text) => registry.take(sanitize(text) || 'heading'),
    reserve: (id) => registry.reserve(id),
  };
}

/** Goldmark numbers footnotes by order (`fn:1`); accept the label too for sites that print it. */
export const goldmarkFootnotes = (label: string, order: number): string[] => [`fn:${order}`, `fnref:${order}`, `fn:${label}`];

export const hugo: SlugFlavor = {
  name: 'hugo',
  input: 'text',
  lastLineOnly: true,
  // goldmark puts an explicit id into the page's id registry when its heading closes.
  customIds: 'in-order',
  footnoteIds: goldmarkFootnotes,
  options: [],
  create: () => hugoSlugger((text) => hugoSanitize(text, false)),
};
