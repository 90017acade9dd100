import type {Nodes, Root} from 'mdast';
import {attributeListAt, type SpanAttributeSyntax} from '../text/span-attributes.js';
import {spanOf, type Span} from './spans.js';

/**
 * Elements a site's spell checker is told to skip (pyspelling's html filter `ignores`: CSS selectors),
 * matched against the Markdown that becomes them. The simple selectors only: an element name (`code`,
 * `blockquote`, `h2`), a class (`.nospellcheck`), an id (`#credits`), or a name with classes and an id
 * (`a.magiclink`, `p#intro.note`). A selector list (`code, pre`) is read as its parts. Anything else
 * (combinators, attribute selectors, pseudo-classes) needs the built page's tree, and is left out.
 *
 * A Markdown element's classes and id are those an attribute list gives it, as the site's converter
 * reads one (src/text/span-attributes.ts); Python-Markdown's attr_list (extensions/attr_list.py):
 * - an inline element (a link, an image, emphasis, code): a list that starts its tail (`INLINE_RE`),
 *   `[Titel](https://example.org){: .nospellcheck }`;
 * - a paragraph: a list alone on its last line (`BLOCK_RE`, a newline before it);
 * - a heading or a table cell: a list at its end after a space (`HEADER_RE`), `## Titel {: .x }`.
 * kramdown's IALs (`{:` then `}`) sit after an inline element and on a paragraph's last line too, but not at
 * a heading's or a cell's end (kramdown's header reads only `{#id}` there); markdown-it-attrs' in all three.
 */
export interface SimpleSelector {
  tag?: string;
  classes: string[];
  id?: string;
}

const simple = /^([a-zA-Z][\w-]*|\*)?((?:[.#][\w-]+)*)$/;

/** The simple selectors of a filter's `ignores`, and the entries that are not simple (as written). */
export function parseSelectors(entries: readonly string[]): {selectors: SimpleSelector[]; unsupported: string[]} {
  const selectors: SimpleSelector[] = [];
  const unsupported: string[] = [];
  for (const entry of entries) {
    // A selector list with a parenthesis (`:is(a, b)`) is not split: it is one unsupported entry.
    const parts = /[()]/.test(entry) ? [entry] : entry.split(',');
    for (const raw of parts) {
      const part = raw.trim();
      if (part === '') continue;
      const match = simple.exec(part);
      if (!match || (match[1] === undefined && match[2] === '') || match[1] === '*') {
        unsupported.push(part);
        continue;
      }
      const classes = [...match[2]!.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
      const ids = [...match[2]!.matchAll(/#([\w-]+)/g)].map((m) => m[1]!);
      selectors.push({...(match[1] ? {tag: match[1].toLowerCase()} : {}), classes, ...(ids[0] !== undefined ? {id: ids[0]} : {})});
    }
  }
  return {selectors, unsupported};
}

/** The classes and id an attribute list's text gives (`.a .b #c`, `class="a b"`, `id=c`). */
export function listedAttributes(list: string): {classes: string[]; id?: string} {
  const classes: string[] = [];
  let id: string | undefined;
  for (const [, word] of list.matchAll(/(?:^|[ \t])((?:[^\s="']+)(?:=(?:"[^"]*"|'[^']*'|\S*))?)/g)) {
    if (word!.startsWith('.')) classes.push(word!.slice(1));
    else if (word!.startsWith('#')) id = word!.slice(1);
    else {
      const [key = '', ...rest] = word!.split('=');
      const value = rest.join('=').replace(/^["']|["']$/g, '').trim();
      if (key.toLowerCase() === 'class') classes.push(...value.split(/\s+/).filter(Boolean));
      else if (key.toLowerCase() === 'id' && value !== '') id = value;
    }
  }
  return {classes, ...(id !== undefined ? {id} : {})};
}

/** The HTML element names a Markdown node becomes. */
function elementNames(node: Nodes, headerRow: boolean): string[] {
  switch (node.type) {
    case 'paragraph': return ['p'];
    case 'heading': return [`h${node.depth}`];
    case 'blockquote': return ['blockquote'];
    case 'list': return [node.ordered ? 'ol' : 'ul'];
    case 'listItem': return ['li'];
    case 'table': return ['table'];
    case 'tableRow': return ['tr'];
    case 'tableCell': return [headerRow ? 'th' : 'td'];
    case 'emphasis': return ['em'];
    case 'strong': return ['strong'];
    case 'delete': return ['del'];
    case 'link':
    case 'linkReference': return ['a'];
    case 'image':
    case 'imageReference': return ['img'];
    case 'inlineCode': return ['code'];
    case 'code': return ['pre', 'code'];
    case 'thematicBreak': return ['hr'];
    default: return [];
  }
}

const inline = new Set(['link', 'linkReference', 'image', 'imageReference', 'emphasis', 'strong', 'delete', 'inlineCode']);
/** attr_list's BLOCK_RE and HEADER_RE, with the syntax's colon rule. */
const blockList: Record<SpanAttributeSyntax, RegExp> = {
  colon: /\n[ \t]*\{:[ \t]*([^}\n]*?)[ \t]*\}[ \t]*$/,
  'optional-colon': /\n[ ]*\{:?[ ]*([^}\n ][^\n]*?)[ ]*\}[ ]*$/,
  brace: /\n[ \t]*\{[ \t]*([^}\n ][^}\n]*?)[ \t]*\}[ \t]*$/,
};
const endList: Record<Exclude<SpanAttributeSyntax, 'colon'>, RegExp> = {
  'optional-colon': /[ ]+\{:?[ ]*([^}\n ][^\n]*?)[ ]*\}[ ]*$/,
  brace: /[ \t]+\{[ \t]*([^}\n ][^}\n]*?)[ \t]*\}[ \t]*$/,
};

/** The attribute list a node carries, and where its element's source ends with it. */
function carried(node: Nodes, source: string, syntax: SpanAttributeSyntax | undefined): {list?: string; end: number} {
  const [start, end] = spanOf(node);
  if (syntax === undefined || end <= start) return {end};
  if (inline.has(node.type)) {
    const list = attributeListAt(source, end, syntax);
    if (list === undefined) return {end};
    return {list, end: source.indexOf('}', end) + 1};
  }
  const text = source.slice(start, end);
  if (node.type === 'paragraph') return {list: blockList[syntax].exec(text)?.[1], end};
  // kramdown reads no list at a heading's end but the `{#id}` of its header-id syntax (parser/kramdown/header.rb
  // `HEADER_ID`), and none at a table cell's: `## Titel {: .x }` keeps the list as text there.
  if ((node.type === 'heading' || node.type === 'tableCell') && syntax !== 'colon') return {list: endList[syntax].exec(text)?.[1], end};
  return {end};
}

function matches(selector: SimpleSelector, names: readonly string[], classes: readonly string[], id: string | undefined): boolean {
  if (selector.tag !== undefined && !names.includes(selector.tag)) return false;
  if (selector.id !== undefined && selector.id !== id) return false;
  return selector.classes.every((name) => classes.includes(name));
}

/** The source spans of the Markdown elements a selector matches: their words, title and attribute list included. */
export function ignoredElementSpans(tree: Root, source: string, selectors: readonly SimpleSelector[], syntax: SpanAttributeSyntax | undefined): Span[] {
  if (selectors.length === 0) return [];
  const spans: Span[] = [];
  const visit = (node: Nodes, headerRow: boolean): void => {
    const names = elementNames(node, headerRow);
    if (names.length > 0) {
      const {list, end} = carried(node, source, syntax);
      const {classes, id} = list !== undefined ? listedAttributes(list) : {classes: [], id: undefined};
      if (selectors.some((selector) => matches(selector, names, classes, id))) {
        // Everything inside is skipped too (pyspelling's `to_text` jumps to the element's next sibling).
        spans.push([spanOf(node)[0], end]);
        return;
      }
    }
    if (!('children' in node)) return;
    node.children.forEach((child, index) => visit(child as Nodes, node.type === 'table' ? index === 0 : headerRow));
  };
  visit(tree, false);
  return spans;
}
