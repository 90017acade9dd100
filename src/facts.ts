import type {Heading, Html, Nodes, Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {toString} from 'mdast-util-to-string';
import {location} from 'vfile-location';
import type {Span} from './types.js';
import type {FrontMatter} from './frontmatter.js';
import {readControl, type ControlDirective} from './control.js';

/**
 * Facts are what phase 2 knows of a file once its tree is dropped: plain data, small,
 * structured-clone safe (they cross worker boundaries and go into the cache).
 */
export interface HeadingFact extends Span {
  depth: number;
  /** Rendered plain text (what most sluggers receive), custom-id suffix removed. */
  text: string;
  /** Raw source of the heading content (kramdown slugs the source, not the rendering). */
  raw: string;
  /** An explicit id (`{#id}`, `{: #id}`, `{ id="x" }`), which replaces the automatic one. */
  customId?: string;
  /** No content before the next heading of the same or a higher level. */
  empty: boolean;
}

export type AnchorKind = 'html' | 'footnote' | 'attribute';

export interface AnchorFact extends Span {
  id: string;
  kind: AnchorKind;
}

export type LinkKind = 'link' | 'image' | 'definition' | 'html' | 'shortcode' | 'autolink' | 'frontmatter';

export interface LinkFact extends Span {
  url: string;
  kind: LinkKind;
}

export interface FileFacts {
  path: string;
  frontMatter?: Omit<FrontMatter, 'error'>;
  headings: HeadingFact[];
  anchors: AnchorFact[];
  links: LinkFact[];
  control: ControlDirective[];
}

const otherContentBlocks = new Set<string>(['math', 'mdxJsxFlowElement', 'mdxFlowExpression']);
const customIdPattern = /\s*\{\s*(?::\s*)?(?:#([^\s}]+)|id\s*=\s*"([^"]*)")[^}]*\}\s*$/;
const hrefPattern = /\b(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
const idPattern = /<[a-z][^>]*?\s(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
const shortcodeRefPattern = /\{\{[<%]\s*(?:rel)?ref\s+(?:"([^"]+)"|'([^']+)'|([^\s>%]+))\s*[>%]\}\}/g;

export function extractFacts(tree: Root, file: VFile, frontMatter: FrontMatter | undefined, path: string): FileFacts {
  const source = String(file.value);
  const place = location(source);
  const at = (offset: number): Span => {
    const point = place.toPoint(offset);
    return {line: point?.line ?? 1, column: point?.column ?? 1};
  };
  const facts: FileFacts = {
    path,
    headings: [],
    anchors: [],
    links: [],
    control: [],
  };
  if (frontMatter) {
    const {error: _ignored, ...rest} = frontMatter;
    facts.frontMatter = rest;
  }

  // Document order: headings and "content" events, flattened through containers, give section emptiness.
  const events: Array<{heading?: HeadingFact; content?: true}> = [];

  const visit = (node: Nodes, inPhrasing: boolean): void => {
    switch (node.type) {
      case 'heading': {
        const fact = headingFact(node, source);
        facts.headings.push(fact);
        events.push({heading: fact});
        if (fact.customId) facts.anchors.push({id: fact.customId, kind: 'attribute', line: fact.line, column: fact.column});
        break;
      }
      case 'paragraph': {
        // A kramdown attribute list on its own line ({: #id}) is markup, not content.
        const text = toString(node).trim();
        const ial = /^\{:\s*([^}]*)\}$/.exec(text);
        if (ial) {
          const id = /#([\w:.-]+)/.exec(ial[1]!)?.[1];
          const previous = events.at(-1)?.heading;
          if (id && previous && !previous.customId) previous.customId = id;
          else if (id && node.position) facts.anchors.push({id, kind: 'attribute', ...at(node.position.start.offset!)});
        } else if (text !== '' || hasVisibleInline(node)) {
          events.push({content: true});
        }
        break;
      }
      case 'html': {
        const control = readControl(node);
        if (control) facts.control.push(control);
        else if (!inPhrasing && !isComment(node.value)) events.push({content: true});
        break;
      }
      case 'code':
      case 'table':
        events.push({content: true});
        break;
      case 'footnoteDefinition':
        facts.anchors.push({id: `user-content-fn-${node.identifier}`, kind: 'footnote', line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1});
        events.push({content: true});
        break;
      default:
        // Blocks from extensions (math, MDX) are content too.
        if (!inPhrasing && otherContentBlocks.has(node.type)) events.push({content: true});
        break;
    }
    if (node.type === 'html' && node.position?.start.offset !== undefined) collectHtml(node, at, facts);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.position) {
      const kind = node.type === 'link' && isAutolink(node, source) ? 'autolink' : node.type;
      facts.links.push({url: node.url, kind, ...span(node)});
    }
    if (node.type === 'text' && node.position?.start.offset !== undefined) collectShortcodes(node, source, at, facts);
    if ('children' in node) {
      const phrasing = inPhrasing || node.type === 'heading' || node.type === 'paragraph' || node.type === 'table';
      for (const child of node.children) visit(child as Nodes, phrasing);
    }
  };
  for (const child of tree.children) visit(child, false);

  // A heading's section is empty when no content comes before a heading of the same or higher level.
  for (const [i, event] of events.entries()) {
    const heading = event.heading;
    if (!heading) continue;
    let empty = true;
    for (let j = i + 1; j < events.length; j++) {
      const next = events[j]!;
      if (next.heading) {
        if (next.heading.depth <= heading.depth) break;
        continue;
      }
      empty = false;
      break;
    }
    heading.empty = empty;
  }
  return facts;
}

function span(node: Nodes): Span {
  const p = node.position!;
  return {line: p.start.line, column: p.start.column, endLine: p.end.line, endColumn: p.end.column};
}

function headingFact(node: Heading, source: string): HeadingFact {
  let text = toString(node);
  const first = node.children[0];
  const last = node.children.at(-1);
  let raw = first?.position && last?.position ? source.slice(first.position.start.offset, last.position.end.offset) : '';
  let customId: string | undefined;
  const match = customIdPattern.exec(text);
  if (match) {
    customId = match[1] ?? match[2];
    text = text.slice(0, match.index);
    const rawMatch = customIdPattern.exec(raw);
    if (rawMatch) raw = raw.slice(0, rawMatch.index);
  }
  return {
    depth: node.depth,
    text,
    raw,
    ...(customId ? {customId} : {}),
    empty: false,
    ...span(node),
  };
}

function hasVisibleInline(node: Nodes): boolean {
  if (node.type === 'image') return true;
  if ('children' in node) return node.children.some((child) => hasVisibleInline(child as Nodes));
  return false;
}

function isComment(value: string): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(value);
}

function isAutolink(node: Nodes, source: string): boolean {
  const offset = node.position?.start.offset;
  return offset !== undefined && (source[offset] === '<' || !source.startsWith('[', offset));
}

function collectHtml(node: Html, at: (offset: number) => Span, facts: FileFacts): void {
  const base = node.position!.start.offset!;
  const value = node.value;
  for (const match of value.matchAll(hrefPattern)) {
    const url = match[2] ?? match[3] ?? match[4] ?? '';
    facts.links.push({url: decodeEntities(url), kind: 'html', ...at(base + match.index)});
  }
  for (const match of value.matchAll(idPattern)) {
    const id = match[2] ?? match[3] ?? match[4] ?? '';
    const offset = base + match.index + match[0].lastIndexOf(match[1]!);
    facts.anchors.push({id: decodeEntities(id), kind: 'html', ...at(offset)});
  }
}

function collectShortcodes(node: Text, source: string, at: (offset: number) => Span, facts: FileFacts): void {
  const start = node.position!.start.offset!;
  const raw = source.slice(start, node.position!.end.offset);
  for (const match of raw.matchAll(shortcodeRefPattern)) {
    facts.links.push({url: match[1] ?? match[2] ?? match[3] ?? '', kind: 'shortcode', ...at(start + match.index)});
  }
}

function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'"})[name] ?? _);
}
