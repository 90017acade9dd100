/**
 * markdown-it-attrs' attribute blocks (arve0/markdown-it-attrs, utils.js getAttrs, hasDelimiters,
 * findLeftDelimiter; patterns.js "end of block"), read as the plugin reads them:
 * - a block ends a heading's last text: its `{` is the last left delimiter outside double quotes,
 *   the first right delimiter after it (outside quotes) ends the text; `{#x}`/`{.x}` need a name;
 * - inside, pairs are separated by spaces (leading and trailing ones are skipped: `{ #id }`);
 *   `#` starts an id and `.` a class, whose value runs to the next space (dots, `#` and `=` kept:
 *   `{#lit-3.0}`); `key=value` (`"…"` may hold spaces) and bare keys are attributes; `id=` sets
 *   the id too, and the last id written wins (attrSet);
 * - the block and one space before it leave the text.
 * Read as text, never run.
 */

export interface AttrsDelimiters {
  left: string;
  right: string;
}

export const defaultDelimiters: AttrsDelimiters = {left: '{', right: '}'};

/** An attribute block ending a text: where it starts, its text, and the id it sets, if any. */
export interface AttrsBlock {
  /** Offset of the left delimiter in the text. */
  start: number;
  block: string;
  id?: string;
}

function isUnescapedQuote(text: string, index: number): boolean {
  return text[index] === '"' && text[index - 1] !== '\\';
}

/** The last left delimiter outside double quotes (findLeftDelimiter), or -1. */
function lastLeft(text: string, delimiters: AttrsDelimiters): number {
  let start = -1;
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    if (isUnescapedQuote(text, index)) quoted = !quoted;
    else if (!quoted && text.startsWith(delimiters.left, index)) start = index;
  }
  return start;
}

/** The first right delimiter outside double quotes from `from` (findRightDelimiter), or -1. */
function firstRight(text: string, from: number, delimiters: AttrsDelimiters): number {
  let quoted = false;
  for (let index = from; index < text.length; index++) {
    if (isUnescapedQuote(text, index)) quoted = !quoted;
    else if (!quoted && text.startsWith(delimiters.right, index)) return index;
  }
  return -1;
}

/** The attribute pairs of the block that opens at `start` (getAttrs without allowedAttributes). */
export function attrsPairs(text: string, start: number, delimiters: AttrsDelimiters = defaultDelimiters): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  let key = '';
  let value = '';
  let parsingKey = true;
  let quoted = false;
  for (let index = start + delimiters.left.length; index < text.length; index++) {
    if (!quoted && text.startsWith(delimiters.right, index)) {
      if (key !== '') pairs.push([key, value]);
      break;
    }
    const char = text[index]!;
    if (char === '=' && parsingKey) {
      parsingKey = false;
    } else if ((char === '.' || char === '#') && key === '') {
      if (char === '.' && text[index + 1] === '.') {
        key = 'css-module';
        index++;
      } else key = char === '.' ? 'class' : 'id';
      parsingKey = false;
    } else if (isUnescapedQuote(text, index) && value === '' && !quoted) {
      quoted = true;
    } else if (isUnescapedQuote(text, index) && quoted) {
      quoted = false;
    } else if (char === ' ' && !quoted) {
      if (key === '') continue;
      pairs.push([key, value]);
      key = '';
      value = '';
      parsingKey = true;
    } else if (parsingKey && /[\t\n\f />"'=]/.test(char)) {
      continue;
    } else if (parsingKey) key += char;
    else value += char;
  }
  return pairs;
}

/** The id the pairs set: the last `#x` or `id=x` (attrSet replaces). */
function idOf(pairs: ReadonlyArray<[string, string]>): string | undefined {
  let id: string | undefined;
  for (const [key, value] of pairs) if (key === 'id') id = value;
  return id === '' ? undefined : id;
}

/** A block long enough to be one: `{x}`, but `{#x}`/`{.x}` need a name (validCurlyLength). */
function longEnough(block: string, delimiters: AttrsDelimiters): boolean {
  const min = delimiters.left.length + 1 + delimiters.right.length;
  const first = block[delimiters.left.length];
  return block.length >= (first === '.' || first === '#' ? min + 1 : min);
}

/** The attribute block that ends the text (hasDelimiters 'end'), if there is one. */
export function attrsAtEnd(text: string, delimiters: AttrsDelimiters = defaultDelimiters): AttrsBlock | undefined {
  if (text.length < delimiters.left.length + 1 + delimiters.right.length) return undefined;
  const start = lastLeft(text, delimiters);
  if (start === -1) return undefined;
  const end = firstRight(text, start + delimiters.left.length + 1, delimiters);
  if (end !== text.length - delimiters.right.length) return undefined;
  const block = text.slice(start);
  if (!longEnough(block, delimiters)) return undefined;
  const id = idOf(attrsPairs(text, start, delimiters));
  return {start, block, ...(id !== undefined ? {id} : {})};
}

/** A text that is only an attribute block (hasDelimiters 'only'): the id it sets, if any. */
export function attrsOnly(text: string, delimiters: AttrsDelimiters = defaultDelimiters): {id?: string} | undefined {
  if (!text.startsWith(delimiters.left) || !text.endsWith(delimiters.right)) return undefined;
  if (!longEnough(text, delimiters)) return undefined;
  const id = idOf(attrsPairs(text, 0, delimiters));
  return id !== undefined ? {id} : {};
}

/** The text with its block and one space before it taken away, as the plugin leaves it. */
export function withoutBlock(text: string, block: AttrsBlock): string {
  const before = text.slice(0, block.start);
  return before.endsWith(' ') ? before.slice(0, -1) : before;
}
