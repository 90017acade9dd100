import type {Root} from 'mdast';
import {eachOfTypes} from '../node-index.js';

/**
 * Code listings written as HTML by a highlighter, not fenced: blog platforms' editors and exporters
 * (Windows Live Writer's code plug-ins, cnblogs' editor, Pygments' `HtmlFormatter(noclasses=True)`)
 * paste a listing as a `<div>` wrapper and one `<span>` per token, each coloured by an inline
 * `style` of colour and font only (`<span style="color: #0000ff;">Set</span>`, Pygments'
 * `<span style="color: #008000; font-weight: bold">`), or a wrapper whose class names a code block
 * (`<div class="cnblogs_code">`, `highlight`, `sourceCode`, `codehilite`). Pasted into Markdown,
 * the wrapper opens an HTML block that the listing's first blank line ends, so its later lines are
 * paragraphs of inline tags and text to the parser; on the page the reader sees the listing. Its
 * text is code: a name or a string in it is spelled as the program spells it.
 *
 * A wrapper is a listing when it holds three token spans or more of two colours or more (a
 * highlighter colours keywords, names and strings apart; a writer who colours a word or two of
 * prose red does neither): the text was cut into a program's tokens, whether the generator shows
 * the raw HTML or omits the tags and shows the text as paragraphs (Hugo's Goldmark default). A
 * wrapper whose class names a code block counts only where the raw HTML is shown (`classes`): the
 * class makes the code box, and with the tags omitted the text is shown and read as prose.
 */

/** A start or end tag of a `<div>`, or a `<span>` start tag with its `style`. */
const tagPattern = /<(\/?)(div|span)\b([^<>]*)>/gi;
const styleAttribute = /\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const classAttribute = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
/** A class that names a code block, as highlighters and blog editors write them. */
const codeClass = /^(?:(?:[a-z]+[_-])?code(?:[_-][a-z]+)?|sourceCode|highlight(?:er)?|codehilite|syntaxhighlighter)$/i;
/** The properties a highlighter's token style sets: colours and the font's weight and style. */
const tokenProperty = /^(?:color|background(?:-color)?|font-weight|font-style)$/i;

/** The colour of a token span, when its style sets a colour and nothing but colours and font style. */
function tokenColour(attributes: string): string | undefined {
  const style = styleAttribute.exec(attributes);
  const declarations = (style?.[1] ?? style?.[2] ?? '').split(';').map((part) => part.trim()).filter((part) => part !== '');
  let colour: string | undefined;
  for (const declaration of declarations) {
    const colon = declaration.indexOf(':');
    const property = declaration.slice(0, colon).trim();
    if (colon < 0 || !tokenProperty.test(property)) return undefined;
    if (property.toLowerCase() === 'color') colour = declaration.slice(colon + 1).trim().toLowerCase();
  }
  return colour;
}

/** A token span with its text (a highlighter's spans hold no other tag). */
const tokenSpan = /<span\b[^<>]*>[^<]*<\/span\s*>/giu;
/** Four words side by side, spaces between: a sentence, as a program's text outside its styled tokens never runs. */
const wordsInARow = /(?<![\p{L}\p{N}_])\p{L}+(?:[ \t]+\p{L}+){3}(?![\p{L}\p{N}_])/u;

/**
 * Text outside the wrapper's token spans reads as prose: a highlighter styles a listing's keywords,
 * strings, comments and numbers and leaves names and punctuation plain (`<span …>return</span> a + b`),
 * so plain words never run four in a row; a writer colouring a few words of a paragraph (a legend's
 * `<span style="color: red">red</span> for closed roads`) writes sentences between them.
 */
function proseBetweenTokens(wrapper: string): boolean {
  const plain = wrapper.replace(tokenSpan, ' ').replace(/<[^<>]*>/g, ' ').replace(/&[#\w]+;/g, ' ');
  return wordsInARow.test(plain);
}

function namesCodeBlock(attributes: string): boolean {
  const value = classAttribute.exec(attributes);
  return (value?.[1] ?? value?.[2] ?? value?.[3] ?? '').split(/\s+/).some((name) => codeClass.test(name));
}

/**
 * Source ranges of the highlighter listings of a page: each from a `<div>` opened in block HTML to
 * its closing tag, in the same HTML node or a later one (the tags between counted for nesting).
 * A wrapper never closed gives none, so a stray `<div>` does not hide the rest of the page.
 */
export function highlighterListingSpans(tree: Root, source: string, classes: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open: {start: number; depth: number; code: boolean; tokens: number; colours: Set<string>} | undefined;
  eachOfTypes(tree, ['html'], (node, parent) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return false;
    const block = parent === undefined || !['paragraph', 'heading', 'tableCell'].includes(parent.type);
    for (const match of source.slice(from, to).matchAll(tagPattern)) {
      const [, slash, name, attributes] = match;
      const isDiv = name!.toLowerCase() === 'div';
      if (open === undefined) {
        if (isDiv && slash === '' && block) open = {start: from + match.index, depth: 1, code: namesCodeBlock(attributes!), tokens: 0, colours: new Set()};
        continue;
      }
      if (!isDiv) {
        const colour = slash === '' ? tokenColour(attributes!) : undefined;
        if (colour !== undefined) {
          open.tokens++;
          open.colours.add(colour);
        }
        continue;
      }
      open.depth += slash === '' ? 1 : -1;
      if (open.depth > 0) continue;
      const close = from + match.index;
      if ((classes && open.code) || (open.tokens >= 3 && open.colours.size >= 2 && !proseBetweenTokens(source.slice(open.start, close)))) spans.push([open.start, close]);
      open = undefined;
    }
    return false;
  });
  return spans;
}
