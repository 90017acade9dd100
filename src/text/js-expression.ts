/**
 * Where a JavaScript expression in braces ends (`{[1, "}"]}`, `{`a ${b} c`}`, `{/* } *\/ 1}`,
 * `{// }` and a line ending): its strings, template literals (with their `${…}`), `//` and
 * `/* *\/` comments and nested braces may hold a `}` that closes nothing. One scanner for both MDX
 * readings: the JSX flow construct (src/mdx-jsx-flow.ts, MDX 2+) and the MDX 1 tag rewrite
 * (src/text/jsx-tags.ts). Regular-expression literals are not told from division: a `}` or quote in
 * one is rare in a component's attribute. Character codes are micromark's (a line ending is any
 * code `markdownLineEnding` accepts), so the construct feeds its codes as they come.
 */

import {markdownLineEnding} from 'micromark-util-character';
import {codes} from 'micromark-util-symbol';

/** Feeds the characters of an expression, its opening brace first. */
export interface ExpressionScanner {
  /** One character; true when it is the `}` that closes the expression. */
  push(code: number): boolean;
}

// What the scanner is inside besides braces and quotes (codes are never these).
const lineComment = -100;
const blockComment = -101;

export function expressionScanner(): ExpressionScanner {
  // The open contexts: braces, quotes (`"`, `'`, `` ` ``) and comments.
  const stack: number[] = [];
  // The character before, where it changes what this one means: `/` in code, `*` in a block comment, `\` in a string, `$` in a template.
  let previous = 0;
  return {
    push(code) {
      const top = stack.at(-1);
      const before = previous;
      previous = 0;
      if (top === lineComment) {
        if (markdownLineEnding(code)) stack.pop();
        return false;
      }
      if (top === blockComment) {
        if (before === codes.asterisk && code === codes.slash) stack.pop();
        else if (code === codes.asterisk) previous = code;
        return false;
      }
      if (top === codes.quotationMark || top === codes.apostrophe || top === codes.graveAccent) {
        if (before === codes.backslash) return false;
        if (code === top) stack.pop();
        else if (top === codes.graveAccent && before === codes.dollarSign && code === codes.leftCurlyBrace) stack.push(code);
        else if (code === codes.backslash || (top === codes.graveAccent && code === codes.dollarSign)) previous = code;
        return false;
      }
      if (before === codes.slash && (code === codes.slash || code === codes.asterisk)) {
        stack.push(code === codes.slash ? lineComment : blockComment);
        return false;
      }
      if (code === codes.slash) previous = code;
      else if (code === codes.quotationMark || code === codes.apostrophe || code === codes.graveAccent || code === codes.leftCurlyBrace) stack.push(code);
      else if (code === codes.rightCurlyBrace && top === codes.leftCurlyBrace) {
        stack.pop();
        return stack.length === 0;
      }
      return false;
    },
  };
}
