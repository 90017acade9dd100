/**
 * The fields of flat YAML front matter (one `key: value` a line: plain, quoted and one-line `[a, b]`
 * values, and a key with no value over a block list of such scalars, `tags:` then `  - a` lines) read
 * without the `yaml` package, giving exactly what its `parseDocument(text).toJS()` gives
 * (YAML 1.2, core schema, what src/frontmatter.ts asks for). Most pages' front matter is this shape,
 * and a full YAML parse of it was ~4 % of a worker's time on generated posts (bench/README.md); real
 * docs sites list authors or tags under a key (a full parse was ~4 % of both threads on a 4,500-page
 * VitePress site, bench/README.md's perf38).
 * Anything else (nesting, block scalars, anchors, tags, comments after a value, escapes, tabs, a key
 * given twice, a line this reader does not know) gives undefined: the caller parses it with `yaml`,
 * which also reports its errors. tests/front-matter-flat.test.mjs compares the two.
 */

import {withoutTrailingSpaces} from './text/trailing-spaces.js';

/** A top-level key written plain (src/frontmatter.ts's `yamlKey` without the quoted forms), then `:` and a space or the line's end. */
const keyLine = /^([A-Za-z_][\w.-]*):(?: +(.*))?$/;

/** An item of a block list: its indent, then `-` and a space (a `-` alone is an empty item, left to the parser). */
const itemLine = /^( *)- +(.*)$/;

/**
 * Characters after which this reader gives up: tabs and line breaks other than `\n` (YAML's
 * separation rules differ for them), control and non-characters, a byte order mark, lone surrogates.
 */
const unusual = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;

/** The first characters of a value that are not a plain scalar's, or mean more than one (YAML 1.2 §7.3.3 indicators, `-`, `?`, `:`). */
const indicatorStart = /^[-?:,\[\]{}#&*!|>'"%@`]/;

/** The core schema's scalar tests, in its order (yaml 2.x: src/schema/common/null.ts, core/bool.ts, core/int.ts, core/float.ts). */
const nullScalar = /^(?:~|[Nn]ull|NULL)?$/;
const boolScalar = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const octScalar = /^0o[0-7]+$/;
const intScalar = /^[-+]?[0-9]+$/;
const hexScalar = /^0x[0-9a-fA-F]+$/;
const specialFloat = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const expFloat = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const dotFloat = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value as the core schema resolves it (the first test that matches wins). */
function plainValue(text: string): unknown {
  if (nullScalar.test(text)) return null;
  if (boolScalar.test(text)) return text[0] === 't' || text[0] === 'T';
  if (octScalar.test(text)) return parseInt(text.substring(2), 8);
  if (intScalar.test(text)) return parseInt(text, 10);
  if (hexScalar.test(text)) return parseInt(text.substring(2), 16);
  if (specialFloat.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (expFloat.test(text) || dotFloat.test(text)) return parseFloat(text);
  return text;
}

/** Not taken: this reader cannot say what the text means (the caller parses it in full). */
const notFlat = Symbol('not flat');
type Read = unknown;

/** A quoted scalar that is the whole of `text`: `"…"` with no escape or inner quote, `'…'` with `''` for a quote. */
function quoted(text: string): Read {
  const quote = text[0];
  if (text.length < 2 || text[text.length - 1] !== quote) return notFlat;
  const inner = text.slice(1, -1);
  if (quote === '"') return inner.includes('"') || inner.includes('\\') ? notFlat : inner;
  return inner.replace(/''/g, '').includes("'") ? notFlat : inner.replace(/''/g, "'");
}

/** A plain scalar in block context: no comment (` #`), no `: ` or final `:` (a mapping), no indicator first. */
function blockPlain(text: string): Read {
  if (indicatorStart.test(text) || text.includes(' #') || text.includes(': ') || text.endsWith(':')) return notFlat;
  return plainValue(text);
}

/** A one-line flow sequence, `[a, "b", 'c']`, of plain and quoted scalars only. */
function flowSequence(text: string): Read {
  if (text[text.length - 1] !== ']') return notFlat;
  const inner = text.slice(1, -1);
  if (inner.trim() === '') return [];
  const items: unknown[] = [];
  for (const raw of inner.split(',')) {
    const item = raw.trim();
    // An empty item (`[a, , b]`, a trailing comma), or anything a plain scalar in a flow collection cannot hold.
    if (item === '' || /[\[\]{}#:]/.test(item)) return notFlat;
    if (item[0] === '"' || item[0] === "'") {
      const value = quoted(item);
      if (value === notFlat) return notFlat;
      items.push(value);
    } else {
      if (indicatorStart.test(item)) return notFlat;
      items.push(plainValue(item));
    }
  }
  return items;
}

/** A value as written after `key: ` (trailing spaces aside), or notFlat. */
function value(written: string): Read {
  const text = withoutTrailingSpaces(written);
  if (text === '') return null;
  if (text[0] === '"' || text[0] === "'") return quoted(text);
  if (text[0] === '[') return flowSequence(text);
  return blockPlain(text);
}

/**
 * The fields of flat YAML front matter (its text between the fences, `\n` line ends), as `yaml`
 * reads them, or undefined when the text is not of that shape (then parse it in full).
 */
export function flatYamlFields(text: string): Record<string, unknown> | undefined {
  if (unusual.test(text)) return undefined;
  const fields: Record<string, unknown> = {};
  const seen = new Set<string>();
  /** The list being read under the last key written with no value, and its items' indent (all alike). */
  let list: {items: unknown[]; indent: number} | undefined;
  let listKey: string | undefined;
  for (const line of text.split('\n')) {
    // Blank lines, and comment lines at the first column.
    if (line[0] === '#' || /^ *$/.test(line)) continue;
    const item = listKey === undefined ? null : itemLine.exec(line);
    if (item) {
      // `key:` then `- a` at column 0 or indented: one list, every item at the same indent (another indent is nesting or a continuation).
      const indent = item[1]!.length;
      if (list && list.indent !== indent) return undefined;
      list ??= {items: [], indent};
      const read = value(item[2]!);
      if (read === notFlat) return undefined;
      list.items.push(read);
      fields[listKey!] = list.items;
      continue;
    }
    const match = keyLine.exec(line);
    if (!match) return undefined;
    const key = match[1]!;
    // A key the core schema reads as null or a boolean; `__proto__`, which a plain object does not keep; one given twice (an error); one too long to be an implicit key.
    if (key.length > 1000 || key === '__proto__' || seen.has(key) || plainValue(key) !== key) return undefined;
    seen.add(key);
    const read = value(match[2] ?? '');
    if (read === notFlat) return undefined;
    fields[key] = read;
    // Only a key with nothing after it can own the list lines that follow.
    listKey = read === null && withoutTrailingSpaces(match[2] ?? '') === '' ? key : undefined;
    list = undefined;
  }
  return seen.size > 0 ? fields : undefined;
}
