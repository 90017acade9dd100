import type {Root} from 'mdast';
import {eachOfTypes} from '../node-index.js';
import {htmlCodeSpans} from '../text/html-code-spans.js';

/**
 * Mojibake: UTF-8 text decoded as Windows-1252 (or Latin-1) and saved again, so each byte of a
 * character became a character of its own (`’` is E2 80 99 in UTF-8; read as Windows-1252 it is
 * `â€™`). The page then shows `doesnâ€™t` where the writer typed `doesn’t`. The pattern is the
 * encoding's, not a word's: a lead byte and the continuation bytes UTF-8 requires after it, each
 * written as the Windows-1252 (or Latin-1) character of that byte. Only the leads of the characters
 * such text is made of are read: `Â`/`Ã` (C2, C3: `©`, `°`, `é`, `ü`, written `Â©`, `Ã©`) and `â`
 * (E2: the general punctuation block, `’ “ ” – — …`, and `€ ™`), so that a page in French,
 * Portuguese or German, which writes `é`, `ã`, `ß`, `â` before plain letters, never matches: a
 * Latin letter there is followed by a letter, not by a byte UTF-8 continues with (`€`, `™`, `©`,
 * `»`, `§`, … stand for 80–BF).
 */
export interface Mojibake {
  /** Offset of the garbled characters in the source. */
  offset: number;
  /** The garbled characters as written (`â€™`). */
  garbled: string;
  /** The character the writer typed (`’`). */
  intended: string;
}

/** Windows-1252's characters for bytes 80–9F (its five undefined bytes left to Latin-1's C1 controls). */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The byte a character stands for when the text was read as Windows-1252 or Latin-1, or undefined. */
function byteOf(char: string): number | undefined {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return code;
  // Latin-1 decoding keeps 80–9F as C1 controls; A0–FF are the same in both.
  if (code <= 0xff) return code;
  const index = cp1252High.indexOf(char);
  return index >= 0 ? 0x80 + index : undefined;
}

const continuation = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** Windows-1252 characters of the continuation bytes 80–BF, for the search. */
const continuationClass = `[\\u0080-\\u00BF${cp1252High.replace(/[\u0080-\u009F]/g, '')}]`;
/** `Â`/`Ã` and one continuation, or `â` and two; `â€` alone is `”` whose last byte (9D, undefined in Windows-1252) was dropped. */
const garbledPattern = new RegExp(`[ÂÃ]${continuationClass}|â${continuationClass}{1,2}`, 'gu');

/** The character a garbled run stands for, or undefined when its bytes are not that encoding of punctuation or a Latin-1 letter. */
export function intendedCharacter(garbled: string): string | undefined {
  const bytes = [...garbled].map(byteOf);
  if (!bytes.every((byte) => byte !== undefined) || !bytes.slice(1).every(continuation)) return undefined;
  const [lead, ...rest] = bytes as number[];
  if ((lead === 0xc2 || lead === 0xc3) && rest.length === 1) {
    // C2 A0–BF are the Latin-1 signs (`©`, `°`, `«`); C2 80–9F are control characters nobody types.
    if (lead === 0xc2 && rest[0]! < 0xa0) return undefined;
    return String.fromCodePoint(((lead & 0x1f) << 6) | (rest[0]! & 0x3f));
  }
  if (lead !== 0xe2) return undefined;
  // `â€` and no third byte: the 9D of `”` (E2 80 9D) has no Windows-1252 character and was lost.
  if (rest.length === 1) return rest[0] === 0x80 ? '”' : undefined;
  const code = ((lead & 0x0f) << 12) | ((rest[0]! & 0x3f) << 6) | (rest[1]! & 0x3f);
  // The general punctuation block (quotes, dashes, ellipsis, bullets), currency (`€`) and letterlike symbols (`™`).
  return code >= 0x2000 && code <= 0x218f ? String.fromCodePoint(code) : undefined;
}

/**
 * The garbled runs in the page's text as a reader sees it (paragraphs, headings, list items, table
 * cells, link text, and the text between the tags of an HTML block: `<p>Iâ€™ve found…</p>`): never
 * code (a code span, a block, the text of inline `<code>`/`<kbd>` tags), a tag's attributes or a URL, which keep their bytes on purpose. HTML only where the generator
 * shows it (Hugo's Goldmark drops it unless `unsafe` is set: raw-html.ts).
 */
export function mojibakeIn(tree: Root, source: string, htmlShown: boolean): Mojibake[] {
  const found: Mojibake[] = [];
  const scan = (start: number, written: string): void => {
    for (const match of written.matchAll(garbledPattern)) {
      const intended = intendedCharacter(match[0]);
      if (intended !== undefined) found.push({offset: start + match.index, garbled: match[0], intended});
    }
  };
  // Text between inline `<code>`, `<kbd>`, `<samp>` tags is code to a reader, as a backtick span is (html-code-spans.ts).
  const inCodeTags = source.includes('<') ? htmlCodeSpans(tree) : new Set<unknown>();
  eachOfTypes(tree, htmlShown ? ['text', 'html'] : ['text'], (node) => {
    if (inCodeTags.has(node)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const written = source.slice(start, end);
    if (!/[ÂÃâ]/.test(written)) return;
    if (node.type === 'text') scan(start, written);
    // An HTML block's text, its tags blanked (same offsets); code and scripts in it are left alone.
    else if (!/<(?:pre|code|script|style|textarea)\b/i.test(written)) scan(start, written.replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length)));
  });
  return found;
}

/** The intended character as a message shows it: quoted, or named where it is invisible (`Â ` stands for a no-break space). */
export function shownCharacter(char: string): string {
  return char === '\u00A0' ? 'a no-break space' : `"${char}"`;
}
