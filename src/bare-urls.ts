import type {Nodes, Root} from 'mdast';

/** A URL written as plain text (`https://example.com/a`, `www.example.com`), which GFM renders as a link. */
export interface BareUrl {
  /** The link target: `www.` addresses get `http://`, as GFM renders them. */
  url: string;
  /** Source offsets of the text, start inclusive, end exclusive. */
  start: number;
  end: number;
}

/** Blocks whose children are running text. */
const textBlocks = new Set(['paragraph', 'heading', 'tableCell']);

/** Inline nodes whose source is not plain text: a URL cannot start inside them, and one ends where they begin. */
const opaque = new Set(['inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'html', 'footnoteReference', 'break', 'inlineMath', 'mdxTextExpression', 'mdxJsxTextElement']);

/**
 * Where a literal may start: `http://` or `https://` after anything but a letter; `www.` after
 * the start, white space or `( * _ [ ] ~`.
 */
const start = /(?<![A-Za-z])https?:\/\/(?=[^\s\p{P}\p{S}\p{Cc}])|(?<=^|[\s(*_[\]~])www\./giu;

/** Characters that end a literal when nothing but more of them follows (GFM's "trailing punctuation"). */
const trailing = /[!"'*,.:;?_~\]]$/;

/**
 * Every bare URL of a parsed file, found in the source of its text blocks the way GFM's extended
 * autolinks are: the literal runs to the next white space or `<`, then trailing punctuation, an
 * unbalanced `)` and an entity-like `&name;` are left out; the domain has no `_` in its last
 * two labels.
 */
export function findBareUrls(tree: Root, source: string): BareUrl[] {
  const found: BareUrl[] = [];
  const visit = (node: Nodes): void => {
    if (textBlocks.has(node.type) && 'children' in node && node.position?.start.offset !== undefined) {
      scanBlock(node, source, found);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return found;
}

function scanBlock(block: Nodes, source: string, found: BareUrl[]): void {
  const from = block.position!.start.offset!;
  const to = block.position!.end.offset!;
  const text = source.slice(from, to);
  if (!/https?:\/\/|www\./i.test(text)) return;
  const excluded: Array<[number, number]> = [];
  const collect = (node: Nodes): void => {
    if (opaque.has(node.type) && node.position?.start.offset !== undefined) {
      excluded.push([node.position.start.offset - from, node.position.end.offset! - from]);
      return;
    }
    if ('children' in node) for (const child of node.children) collect(child as Nodes);
  };
  collect(block);
  // Matches come in order, so the excluded spans (in document order, never nested) and the open
  // brackets are followed with a cursor each: linear in the block, however many URLs it holds.
  let next = 0;
  const brackets = {open: 0, at: 0};
  start.lastIndex = 0;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const at = match.index;
    while (next < excluded.length && excluded[next]![1] <= at) next++;
    if (next < excluded.length && excluded[next]![0] <= at) continue;
    // Inside an open `[` (link text still being read), GFM makes no literal link.
    if (openBrackets(text, at, brackets) > 0) continue;
    const stop = next < excluded.length ? excluded[next]![0] : text.length;
    const literal = trim(/^[^\s<]*/.exec(text.slice(at, stop))![0]);
    const www = /^www\./i.test(match[0]);
    if (!validDomain(literal.slice(www ? 0 : literal.indexOf('//') + 2))) continue;
    found.push({url: www ? `http://${literal}` : literal, start: from + at, end: from + at + literal.length});
    start.lastIndex = at + literal.length;
  }
}

/** Leave out what follows a URL in a sentence: `.`, `,`, `)` without its `(`, `&amp;`. */
function trim(literal: string): string {
  let url = literal;
  for (;;) {
    if (/&[a-z\d]+;$/i.test(url)) url = url.replace(/&[a-z\d]+;$/i, '');
    else if (trailing.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && count(url, ')') > count(url, '(')) url = url.slice(0, -1);
    else return url;
  }
}

/** Brackets still open before `end` (a backslash escapes the next character), counted on from `state`. */
function openBrackets(text: string, end: number, state: {open: number; at: number}): number {
  let i = state.at;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) {
      // An escape needs its next character before `end`; else it is looked at again next time.
      if (i + 1 >= end) break;
      i++;
    } else if (code === 91) state.open++;
    else if (code === 93 && state.open > 0) state.open--;
  }
  state.at = i;
  return state.open;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** The host part: labels of letters, digits, `-` and `_`, no `_` in the last two labels. */
function validDomain(rest: string): boolean {
  const host = /^[^\s\p{P}\p{S}]*(?:[-._][^\s\p{P}\p{S}]*)*/u.exec(rest)![0].replace(/[-._]+$/, '');
  if (host === '') return false;
  const labels = host.split('.');
  return !labels.slice(-2).some((label) => label.includes('_'));
}
