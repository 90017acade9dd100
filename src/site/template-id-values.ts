/**
 * The values a Go template action may write into an `id` attribute, read from its expression: a
 * string literal is itself; `print a b` and `printf "f-%s" a` join their arguments; `cond c a b` is
 * either branch; a variable is any value the template sets it to (`{{ $id := print "step-" $n }}`…
 * `id="{{ $id }}"`, as a site's `step` shortcode writes). Anything else (`.Get "n"`, `.Ordinal`, a
 * piped function that may change the text) is data: a wildcard. A value is a list of parts, literal
 * text between wildcards (as src/site/template-ids.ts reads an attribute's literal text between
 * actions), so `print "step-" $n` is `["step-", ""]`: `step-` then anything.
 */

/** An action's possible values: each a list of literal parts that wildcards separate. */
export type IdValue = string[];

const maxValues = 8;

/** The template's assignments (`$id := …`, `$id = …`), each variable's expressions in order. */
export function assignmentsOf(text: string): Map<string, string[]> {
  const assigned = new Map<string, string[]>();
  for (const match of text.matchAll(/\{\{-?\s*(\$\w+)\s*:?=\s*((?:(?!\{\{|\}\})[\s\S])*?)\s*-?\}\}/g)) {
    const list = assigned.get(match[1]!) ?? [];
    list.push(match[2]!);
    assigned.set(match[1]!, list);
  }
  return assigned;
}

/** The words of an expression: quoted strings, parenthesised groups and bare words. */
function words(expression: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < expression.length) {
    const char = expression[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    let end = i;
    if (char === '"') {
      end = i + 1;
      while (end < expression.length && expression[end] !== '"') end += expression[end] === '\\' ? 2 : 1;
      if (end >= expression.length) return undefined;
      end++;
    } else if (char === '(') {
      let depth = 0;
      for (; end < expression.length; end++) {
        if (expression[end] === '"') {
          end++;
          while (end < expression.length && expression[end] !== '"') end += expression[end] === '\\' ? 2 : 1;
        } else if (expression[end] === '(') depth++;
        else if (expression[end] === ')' && --depth === 0) break;
      }
      if (end >= expression.length) return undefined;
      end++;
    } else {
      while (end < expression.length && !/[\s()"]/.test(expression[end]!)) end++;
    }
    out.push(expression.slice(i, end));
    i = end;
  }
  return out;
}

const wildcard: IdValue = ['', ''];

/**
 * A Go double-quoted string's text, read as JSON reads it; undefined for an escape JSON lacks (`\x2d`,
 * `\a`, octal): that literal is data, and the template's other ids are still read.
 */
function goString(quoted: string): string | undefined {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
}

/** Two values one after the other: the last part of the first runs into the first part of the second. */
function join(a: IdValue, b: IdValue): IdValue {
  return [...a.slice(0, -1), a.at(-1)! + b[0]!, ...b.slice(1)];
}

/** Values one after another (each list a piece's alternatives): every combination, or one wildcard past a few. */
export function joinValues(lists: IdValue[][]): IdValue[] {
  let out: IdValue[] = [['']];
  for (const list of lists) {
    out = out.flatMap((left) => list.map((right) => join(left, right)));
    if (out.length > maxValues) return [wildcard];
  }
  return out;
}

/** The values of one expression (the inside of `{{ … }}`, or a word of one). */
export function expressionValues(expression: string, assigned: Map<string, string[]>, depth = 0): IdValue[] {
  if (depth > 6) return [wildcard];
  const trimmed = expression.trim().replace(/^-\s*|\s*-$/g, '');
  // A pipeline passes the value through functions that may change it: data.
  if (/\|/.test(trimmed.replace(/"(?:[^"\\]|\\.)*"/g, '""'))) return [wildcard];
  const list = words(trimmed);
  if (!list || list.length === 0) return [wildcard];
  const [head, ...args] = list as [string, ...string[]];
  if (args.length === 0) {
    if (head.startsWith('(')) return expressionValues(head.slice(1, -1), assigned, depth + 1);
    if (head.startsWith('"')) {
      const text = goString(head);
      return text === undefined ? [wildcard] : [[text]];
    }
    const values = /^\$\w+$/.test(head) ? assigned.get(head) : undefined;
    if (!values) return [wildcard];
    const out = values.flatMap((value) => expressionValues(value, assigned, depth + 1));
    return out.length > maxValues ? [wildcard] : out;
  }
  const each = (word: string): IdValue[] => expressionValues(word, assigned, depth + 1);
  if (head === 'print') return joinValues(args.map(each));
  if (head === 'cond' && args.length === 3) {
    const out = [...each(args[1]!), ...each(args[2]!)];
    return out.length > maxValues ? [wildcard] : out;
  }
  const format = head === 'printf' && args[0]!.startsWith('"') ? goString(args[0]!) : undefined;
  if (format !== undefined) {
    const pieces = format.split(/(%[-+# 0-9.]*[a-zA-Z%])/);
    const lists: IdValue[][] = [];
    let next = 1;
    for (const [k, piece] of pieces.entries()) {
      if (k % 2 === 0) lists.push([[piece]]);
      else if (piece === '%%') lists.push([['%']]);
      else lists.push(piece === '%s' || piece === '%v' ? (args[next] === undefined ? [wildcard] : each(args[next]!)) : [wildcard]), next++;
    }
    return joinValues(lists);
  }
  return [wildcard];
}
