/**
 * The text micromark is parsing, for constructs that must look ahead of it (micromark shows a
 * construct only what it has read so far): the parser, wrapped by `withParseText`, holds it while
 * it runs; parsing is synchronous, and a parse inside another restores the outer one's. What a
 * construct derives from it is made once per parse (`perParse`). Offsets are micromark's: a byte
 * order mark at the start is no character of the text.
 */

interface ParseText {
  text: string;
  derived: Map<(text: string) => unknown, unknown>;
}

let current: ParseText | undefined;

/** `parse`, with each text it is given known to constructs while it runs. */
export function withParseText<Args extends unknown[], Result>(parse: (doc: string, ...rest: Args) => Result): (doc: string, ...rest: Args) => Result {
  return (doc, ...rest) => {
    const outer = current;
    current = {text: doc.charCodeAt(0) === 0xfeff ? doc.slice(1) : doc, derived: new Map()};
    try {
      return parse(doc, ...rest);
    } finally {
      current = outer;
    }
  };
}

/** `derive(text)` for the text being parsed, made once per parse; undefined outside a wrapped parse. */
export function perParse<T>(derive: (text: string) => T): T | undefined {
  if (!current) return undefined;
  if (!current.derived.has(derive)) current.derived.set(derive, derive(current.text));
  return current.derived.get(derive) as T;
}
