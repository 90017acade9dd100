/**
 * A template condition about which kind of page is rendered, decided for one page: `eq .Section
 * "posts"`, `or (eq .Section "posts") (eq .Section "")`, `ne .Type "notes"`, `not (eq .Kind "page")`.
 * Themes that render every section with one `_default/single.html` branch on these (a post's title
 * for `posts`, a note's body elsewhere); with the page's section, type and kind known, the branch
 * Hugo takes is known. Hugo's `eq` is true when its first argument equals any of the others
 * (tpl/compare: `eq arg1 arg2 ...`); `and`/`or`/`not` are Go's text/template truth. Anything else
 * (a param, a function postlint does not read) is undecided: both branches may run.
 */

/** What the condition may ask of the page: its top section ('' at the content root), type and kind; undefined when not known. */
export interface PageKinds {
  section: string | undefined;
  type: string | undefined;
  kind: string;
}

type Expression = string | {literal: string} | Expression[];

/** `.Section`, `$.Section`, `.Page.Section`, `$.Page.Type`, … : the page field it reads. */
const pageField = /^\$?(?:\.Page)?\.(Section|Type|Kind)$/;

/** Words, string literals and parentheses of one action's text; undefined on anything else (a pipe, a bracket). */
function tokens(text: string): string[] | undefined {
  const found: string[] = [];
  const token = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|[()]|[^\s()"`|]+)/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    token.lastIndex = at;
    const match = token.exec(text);
    if (!match) return undefined;
    found.push(match[1]!);
    at = token.lastIndex;
  }
  return found;
}

/**
 * Parentheses nested deeper than this leave the condition undecided: no theme nests so, and the truth is
 * read recursively (a template of 100,000 `(` crashed the rule on the stack).
 */
const deepest = 100;

/** The words of an action as nested lists (a parenthesised call is a list); undefined when unbalanced or nested past `deepest`. */
function parse(words: string[]): Expression[] | undefined {
  const stack: Expression[][] = [[]];
  for (const word of words) {
    if (word === '(') {
      if (stack.length > deepest) return undefined;
      stack.push([]);
    }
    else if (word === ')') {
      const inner = stack.pop();
      if (!inner || stack.length === 0) return undefined;
      stack.at(-1)!.push(inner);
    } else if (/^["`]/.test(word)) stack.at(-1)!.push({literal: word.slice(1, -1)});
    else stack.at(-1)!.push(word);
  }
  return stack.length === 1 ? stack[0] : undefined;
}

/** A value the page gives (a literal, or its section, type or kind); undefined when it is anything else. */
function valueOf(expression: Expression, page: PageKinds): string | undefined {
  if (typeof expression === 'object' && !Array.isArray(expression)) return expression.literal;
  if (Array.isArray(expression)) return expression.length === 1 ? valueOf(expression[0]!, page) : undefined;
  const field = pageField.exec(expression)?.[1];
  return field === 'Section' ? page.section : field === 'Type' ? page.type : field === 'Kind' ? page.kind : undefined;
}

/** A call's truth for the page: true, false, or undefined (undecided). */
function truth(call: Expression[], page: PageKinds): boolean | undefined {
  const [head, ...args] = call;
  if (Array.isArray(head) && args.length === 0) return truth(head, page);
  if (typeof head !== 'string' || args.length === 0) return undefined;
  const sub = (arg: Expression): boolean | undefined => (Array.isArray(arg) ? truth(arg, page) : undefined);
  if (head === 'eq' || head === 'ne') {
    if (args.length < 2 || (head === 'ne' && args.length !== 2)) return undefined;
    const values = args.map((arg) => valueOf(arg, page));
    if (values.some((value) => value === undefined)) return undefined;
    const equal = values.slice(1).includes(values[0]);
    return head === 'eq' ? equal : !equal;
  }
  if (head === 'not' && args.length === 1) {
    const inner = sub(args[0]!);
    return inner === undefined ? undefined : !inner;
  }
  if (head === 'and' || head === 'or') {
    const values = args.map(sub);
    const decisive = head === 'and' ? false : true;
    if (values.includes(decisive)) return decisive;
    return values.every((value) => value === !decisive) ? !decisive : undefined;
  }
  return undefined;
}

/** The truth of a condition's text (`eq .Section "posts"`) for the page; undefined when it is not decided by the page's kinds. */
export function pageCondition(text: string, page: PageKinds): boolean | undefined {
  const words = tokens(text);
  const call = words && parse(words);
  return call && call.length > 0 ? truth(call, page) : undefined;
}
