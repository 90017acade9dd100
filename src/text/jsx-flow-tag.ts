/**
 * Where the JSX tag line(s) that start at an offset end, read as src/mdx-jsx-flow.ts reads them in
 * an MDX 2+ source (tags, then more tags or `{expressions}`, then the line's end), for the
 * complexity pre-scan: the lines of such a tag are JSX, whose attribute strings and expressions
 * the parser reads no emphasis, code or link delimiter in. The same grammar over the text as
 * written, not over micromark's codes: it agrees with the construct where the tag is at the top
 * level (no container strips a prefix from its lines), which is the only place the pre-scan
 * follows one; elsewhere only how far it read is used.
 */

import {codes} from 'micromark-util-symbol';
import {expressionScanner} from './js-expression.js';

/** A tag read to the end of its last line (`end`: that line's end), or how far the reading got before it failed. */
export type JsxFlowTagRead = {ok: true; end: number} | {ok: false; reached: number};

const isNameStart = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 36 || code === 95;
const isNamePart = (code: number): boolean => isNameStart(code) || (code >= 48 && code <= 57) || code === 45;

/** Reads the tag line(s) at `start` (a `<`). Linear in what it reads; `{` nesting costs one stack entry a brace. */
export function readJsxFlowTag(text: string, start: number): JsxFlowTagRead {
  let i = start;
  const failed = (): JsxFlowTagRead => ({ok: false, reached: i});

  /** Spaces, tabs and line endings; false at the end of the text (a tag open there is none). */
  const gap = (): boolean => {
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 9 || code === 10 || code === 13) i++;
      else return i < text.length;
    }
  };

  /** `{…}` from its `{`: JavaScript whose strings and comments may hold braces (text/js-expression.ts). */
  const expression = (): boolean => {
    const scanner = expressionScanner();
    while (i < text.length) {
      const code = text.charCodeAt(i);
      // The scanner takes micromark's codes: a line ending is one code (CRLF too).
      if (code === 13 && text.charCodeAt(i + 1) === 10) {
        scanner.push(codes.carriageReturnLineFeed);
        i += 2;
        continue;
      }
      i++;
      if (scanner.push(code === 10 ? codes.lineFeed : code === 13 ? codes.carriageReturn : code)) return true;
    }
    return false;
  };

  /** One tag from its `<` to its `>`; false where the construct fails. */
  const tag = (): boolean => {
    i++;
    let closing = false;
    for (;;) {
      if (!gap()) return false;
      const code = text.charCodeAt(i);
      if (code === codes.greaterThan) return true; // a fragment, `<>`
      if (code === codes.slash && !closing) {
        closing = true;
        i++;
        continue;
      }
      if (!isNameStart(code)) return false;
      break;
    }
    // The name: `Tabs`, `Foo.Bar`, `svg:rect`, `my-element`.
    for (;;) {
      while (isNamePart(text.charCodeAt(i))) i++;
      const code = text.charCodeAt(i);
      if (code !== codes.dot && code !== codes.colon) break;
      i++;
      if (!isNameStart(text.charCodeAt(i))) return false;
    }
    for (;;) {
      if (!gap()) return false;
      const code = text.charCodeAt(i);
      if (code === codes.greaterThan) return true;
      if (code === codes.slash && !closing) {
        i++;
        return gap() && text.charCodeAt(i) === codes.greaterThan;
      }
      if (closing) return false;
      if (code === codes.leftCurlyBrace) {
        if (!expression()) return false;
        continue;
      }
      if (!isNameStart(code)) return false;
      while (isNamePart(text.charCodeAt(i)) || text.charCodeAt(i) === codes.colon) i++;
      if (!gap()) return false;
      if (text.charCodeAt(i) !== codes.equalsTo) continue;
      i++;
      if (!gap()) return false;
      const value = text.charCodeAt(i);
      if (value === codes.leftCurlyBrace) {
        if (!expression()) return false;
      } else if (value === codes.quotationMark || value === codes.apostrophe) {
        const close = text.indexOf(value === codes.quotationMark ? '"' : "'", i + 1);
        if (close === -1) {
          i = text.length;
          return false;
        }
        i = close + 1;
      } else {
        return false;
      }
    }
  };

  // Tags and expressions, then the line must end.
  if (!tag()) return failed();
  i++;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) i++;
    else if (code === codes.lessThan) {
      if (!tag()) return failed();
      i++;
    } else if (code === codes.leftCurlyBrace) {
      if (!expression()) return failed();
    } else if (i >= text.length || code === 10 || code === 13) {
      return {ok: true, end: i};
    } else {
      return failed();
    }
  }
}
