/**
 * MDX 1 (Docusaurus 2: src/site/generators/docusaurus.ts) component tags that Markdown would read as
 * blocks of its own; MDX 2 and later are parsed with src/mdx-jsx-flow.ts instead. In MDX a tag such as
 *
 *     <Code lang="md" ins={[4, 6]} code={`
 *     ---
 *     # Sample
 *     `} />
 *
 * is one JSX element whose attributes are JavaScript; a CommonMark parser (postlint's) sees a
 * paragraph, a setext heading (`---`) and an ATX heading, or, where no line starts a block, a
 * paragraph of prose. Such a tag — one that starts a line at the left margin after a blank line, spans lines, and
 * holds a line Markdown would start a block with or an attribute expression HTML cannot hold — becomes
 * an indented code block of the same length: the component is content (its section is not empty),
 * and no rule reads its attribute code as prose, headings or links, nor as a code sample of the
 * site (the lines are returned so that rules can tell). Tags that Markdown already
 * reads as HTML (every line a continuation) are left as they are, so their `href`s stay links.
 */

import {codes} from 'micromark-util-symbol';
import {frontMatterLineCount} from './front-matter-lines.js';
import {expressionScanner, type ExpressionScanner} from './js-expression.js';

/** Rewrite, in an MDX source (`.mdx`, or `.md` where the generator reads it as MDX), the component tags Markdown would misread (same length, same lines). */
export function codeJsxTags(text: string): {text: string; lines: number[]} {
  if (!/^<[A-Za-z]/m.test(text)) return {text, lines: []};
  const rewritten: number[] = [];
  const lines = text.split('\n');
  let changed = false;
  let fence: string | undefined;
  const start = frontMatterLineCount(text);
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line)) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    // At the left margin only: indented, the line may belong to a list item, where four spaces more are no code block.
    if (!/^<[A-Za-z][\w.]*(?=[\s/>]|$)/.test(line) || (i > start && lines[i - 1]!.trim() !== '')) continue;
    const end = tagEnd(lines, i);
    if (end === undefined) continue;
    const misread = end === i ? aloneWithExpression(line) : lines.slice(i + 1, end + 1).some(startsBlock) || htmlCannotHold(lines.slice(i, end + 1).join('\n'));
    if (!misread) continue;
    for (let j = i; j <= end; j++) lines[j] = indentAsCode(lines[j]!);
    rewritten.push(i + 1);
    changed = true;
    i = end;
  }
  return changed ? {text: lines.join('\n'), lines: rewritten} : {text, lines: []};
}

/**
 * The line on which the tag opened on line `first` ends: its `>` outside attribute quotes and
 * braces; braces hold JavaScript (text/js-expression.ts), whose strings, template literals and
 * comments may hold anything. Undefined when the tag never closes (then it is left to the parser).
 */
function tagEnd(lines: string[], first: number): number | undefined {
  let quote: number | undefined; // an attribute value's quote (JSX strings have no escapes)
  let expression: ExpressionScanner | undefined;
  for (let i = first; i < lines.length && i < first + 400; i++) {
    const line = lines[i]!;
    for (let k = i === first ? line.indexOf('<') + 1 : 0; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (expression) {
        if (expression.push(c)) expression = undefined;
      } else if (quote !== undefined) {
        if (c === quote) quote = undefined;
      } else if (c === codes.quotationMark || c === codes.apostrophe) quote = c;
      else if (c === codes.leftCurlyBrace) (expression = expressionScanner()).push(c);
      else if (c === codes.greaterThan) return i;
    }
    expression?.push(codes.lineFeed);
  }
  return undefined;
}

/**
 * A one-line element (`<img alt="A sample" style={{ borderRadius: '5px' }} />`) alone on its
 * line with an attribute expression HTML cannot hold (spaces, quotes or braces inside): Markdown
 * reads it as text, its attribute values as prose.
 */
function aloneWithExpression(line: string): boolean {
  const trimmed = line.trim();
  if (!/(?:\/>|<\/[\w.]+>|>)$/.test(trimmed) || /^<[\w.]+[^>]*>[^<]+<\//.test(trimmed)) return false;
  return htmlCannotHold(trimmed);
}

/** An attribute expression an HTML attribute value cannot hold (spaces, quotes, braces or `=` inside): Markdown reads the tag as text. */
function htmlCannotHold(tag: string): boolean {
  return /=\{[^}]*[\s"'`{=<>]/.test(tag);
}

/** A line CommonMark would start a block with, or a blank line that ends a paragraph. */
function startsBlock(line: string): boolean {
  return line.trim() === '' || /^ {0,3}(?:#{1,6}(?:\s|$)|>|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|={2,}\s*$|-{2,}\s*$|(?:\*\s*){3,}$|(?:_\s*){3,}$|`{3,}|~{3,}|<)/.test(line);
}

/** Four spaces in place of the line's first four characters: a line of an indented code block. */
function indentAsCode(line: string): string {
  return ' '.repeat(Math.min(4, line.length)) + line.slice(4);
}
