/**
 * JavaScript source read as text (site configs, Astro's content config and routes): a bracket's
 * body and the parts of a call's arguments or an object literal at its own level, brackets and
 * commas inside strings, comments and regex literals not counted. Comments can be left out first, strings kept. A relative
 * import's specifier is resolved to its file as Node and TypeScript bundlers resolve it.
 */
import {statSync} from 'node:fs';
import {dirname, resolve} from 'node:path';

/** Named imports (`import {a, b as c} from '…'`); the specifier is resolved as a relative or tsconfig-alias one. */
export const ownImports = /\bimport\s+(?:type\s+)?\{([^}]*)\}\s*from\s*(["'])([^"']+)\2/g;

const moduleExtensions = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json'];

/** The file a relative import specifier names from the module `from`, tried as Node and TypeScript bundlers do (`./x` → `x.ts`, `x.js` → `x.ts`, `x/index.ts`). */
export function relativeModuleFile(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    ...moduleExtensions.map((ext) => base + ext),
    // TypeScript's ESM style names the emitted `.js` of a `.ts` source.
    ...(/\.[cm]?js$/.test(base) ? ['.ts', '.mts', '.cts'].map((ext) => base.replace(/\.[cm]?js$/, ext)) : []),
    ...moduleExtensions.map((ext) => resolve(base, `index${ext}`)),
  ];
  // statSync here, not common.ts's isFile: common.ts reaches the generators, and eleventy-copies (imported on its
  // own, before them) imports this module, so that import would be a cycle read before it is initialised.
  return candidates.find((candidate) => statSync(candidate, {throwIfNoEntry: false})?.isFile() === true);
}

/**
 * Whether a `/` at `at` (not a comment's) opens a regular expression literal: what comes before it cannot
 * end a value (`(`, `,`, `=`, an arrow's `=>`, `+` and the other operators, `return`, …), so it is no division. A literal
 * taken for a division would have its `//` or `/*` read as a comment (`(f) => /^https?:\/\//.test(f)`).
 */
function opensRegex(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  // Not after `<` or `>` but an arrow's (a JSX closing tag `</a>` is no literal), nor after a
  // postfix `i++` or `n--`, which ends a value.
  if (i < 0 || (text[i] === '>' && text[i - 1] === '=')) return true;
  if ('(,=:[!&|?{};*%~^'.includes(text[i]!) || ('+-'.includes(text[i]!) && text[i - 1] !== text[i])) return true;
  return /(?:^|[^\w$.])(?:return|typeof|case|void|yield|await|in|of|else|do|new|delete|throw|instanceof)$/.test(text.slice(Math.max(0, i - 10), i + 1));
}

/** How far a regular expression literal is looked for: configs' patterns are short, and a bound keeps a line of unclosed `(/[` linear. */
const maxRegexLength = 500;

/** The index just past the regular expression literal opening at `at` (a `/` in a `[…]` class does not close it); -1 when the line ends first (or it runs on past the bound), so it was no literal. */
function regexEnd(text: string, at: number): number {
  let inClass = false;
  const end = Math.min(text.length, at + maxRegexLength);
  for (let i = at + 1; i < end; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '\n') return -1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '/') return i + 1;
  }
  return -1;
}

/**
 * Calls `visit` with each index from `from` on that is code: not inside a string, a template
 * literal, a comment or a regular expression literal (a config's strings and patterns hold brackets, quotes
 * and commas of their own: an SVG logo, `/['"]/`, `// } closes the plugin`). Stops at the first index `visit` accepts and
 * returns it; -1 when none. Walks only as far as it must, allocating nothing; each index is passed
 * once (a regex literal's bounded look ahead aside), so the walk is linear.
 */
export function scanCode(text: string, from: number, visit: (at: number, char: string) => boolean): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      // Outside a string `//` and `/*` always open a comment (no regex literal starts with `/` or `*`).
      const end = text[i + 1] === '/' ? text.indexOf('\n', i + 2) : text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : text[i + 1] === '/' ? end - 1 : end + 1;
    } else {
      const regex = char === '/' && opensRegex(text, i) ? regexEnd(text, i) : -1;
      if (regex > 0) i = regex - 1;
      else if (visit(i, char)) return i;
    }
  }
  return -1;
}

/**
 * Comments left out, strings and regular expression literals kept (`"art/**\/*.svg"`, `/\/\//` hold no comment), so a call in a comment is not read.
 * Copied a span of code at a time; whether a `/` opens a regex literal is read back from the few characters of code
 * before it (opensRegexAfter), not from the output so far: indexing a string built by concatenation flattens it, and a
 * module of many `/` (divisions, literals) took time quadratic in its length.
 */
export function withoutComments(text: string): string {
  const parts: string[] = [];
  // The code kept before the current span (the comments before it gone): its last characters only.
  let before = '';
  let from = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const span = text.slice(from, i);
      parts.push(span);
      before = (before + span.slice(-codeBack)).slice(-codeBack);
      // A line comment keeps its line's end; one never closed, or a block comment never closed, runs to the end.
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2) + 1;
      i = end <= 0 ? text.length : end - (text[i + 1] === '/' ? 1 : 0);
      from = i + 1;
    } else if (char === '/' && opensRegexAfter(before, text, from, i) && regexEnd(text, i) > 0) {
      i = regexEnd(text, i) - 1;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** How much code before a `/` opensRegex reads, whitespace aside: a token up to `instanceof` and the character before it. */
const codeBack = 32;

/** opensRegex on the kept code before `at`: the current span from `from` back to its last token, after the code kept before the span. */
function opensRegexAfter(before: string, text: string, from: number, at: number): boolean {
  let last = at - 1;
  while (last >= from && /\s/.test(text[last]!)) last--;
  const start = Math.max(from, last + 1 - codeBack);
  const code = last < from ? before : (start === from ? before : '') + text.slice(start, last + 1);
  return opensRegex(code, code.length);
}

/**
 * Where each bracket of a text's code closes, found in one pass: the index of the `)`, `}` or `]` that
 * brings the depth back (as `balanced` counts it: brackets in strings, template literals, comments and
 * regex literals are not counted, and have no entry), or the text's length when none does. For a text whose
 * many brackets are read, where `balanced` on each would rescan the text.
 */
export function bracketCloses(text: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  scanCode(text, 0, (i, char) => {
    if (char === '(' || char === '{' || char === '[') open.push(i);
    else if ((char === ')' || char === '}' || char === ']') && open.length > 0) closes.set(open.pop()!, i);
    return false;
  });
  for (const at of open) closes.set(at, text.length);
  return closes;
}

/** The body of the bracket opening at `open` (`(`, `{` or `[`), brackets in strings and regex literals not counted; undefined when it never closes. */
export function closedBody(text: string, open: number): string | undefined {
  let depth = 0;
  const close = scanCode(text, open, (_, char) => {
    if (char === '(' || char === '{' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === ']') return --depth === 0;
    return false;
  });
  return close < 0 ? undefined : text.slice(open + 1, close);
}

/** The body of a call, object or array literal opening at `open`, brackets balanced (strings' not counted); to the end when it never closes. */
export function balanced(text: string, open: number): string {
  return closedBody(text, open) ?? text.slice(open + 1);
}

/** The comma-separated parts of a body at its own level, trimmed, empty ones left out; commas and brackets in strings and regex literals are not the body's. */
export function topLevelParts(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  scanCode(body, 0, (i, char) => {
    if (char === '(' || char === '{' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  parts.push(body.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}
