/**
 * kramdown's block HTML with `parse_block_html` off (its default, and Jekyll's): an element that
 * starts a block (a start tag, at most three spaces in, whose name is not one of kramdown's span
 * elements) keeps its content raw up to its matching end tag, blank lines and all
 * (gettalong/kramdown lib/kramdown/parser/kramdown/html.rb `parse_block_html`,
 * `handle_kramdown_html_tag`; lib/kramdown/parser/html.rb `parse_raw_html`): a start tag inside
 * opens an element that reads to its own end tag in the same way, an end tag of another name is
 * text, `<script>`/`<style>` read to their end tag, comments, processing instructions and CDATA
 * are skipped whole, and an element never closed runs to the end of the page. CommonMark ends
 * such a block at the first blank line, and reads what follows (`# a Ruby comment` in a
 * `<pre><code>`) as Markdown. A `markdown="1"` (`block`, `span`) attribute makes kramdown parse
 * the content as Markdown: such a block is left to CommonMark's reading.
 *
 * Only blocks that hold a blank line are read here (elsewhere CommonMark's HTML block reads as
 * much or more); where the block ends is found beforehand on the text being parsed, as for
 * kramdown's math blocks (kramdown-math-block.ts).
 */
import {markdownLineEnding} from 'micromark-util-character';
import {codes} from 'micromark-util-symbol';
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types';
import {perParse} from './parse-text.js';
import {rawLinesTo} from './raw-flow-lines.js';

// REXML's UNAME_STR, as kramdown's HTML_TAG_RE and HTML_TAG_CLOSE_RE use it.
const name = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
// An attribute; each is taken whole (kramdown's `(?>…)`, written as a lookahead and its backreference), so a tag never closed is given up in linear time.
const attribute = `\\s+${name}(?:\\s*=\\s*(?:[\\p{L}\\p{N}_]+|"[^"]*"|'[^']*'))?`;
// Groups: 1 the name, 2 the attributes, 4 the `/` of a closed tag.
const startTag = new RegExp(`<(${name})((?:(?=(${attribute}))\\3)*)\\s*(\\/)?>`, 'uy');
const endTag = new RegExp(`<\\/(${name})\\s*>`, 'y');
const markdownAttribute = /(?:^|\s)markdown\s*=\s*(?:"(?!0")|'(?!0')|(?!0\b)\w)/i;
const spanElements = new Set('a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup time tt u var'.split(' '));
const withoutBody = new Set('area base br col command embed hr img input keygen link meta param source track wbr'.split(' '));
const maxDepth = 200;

/** Where a kramdown raw HTML block that holds a blank line ends (the end of the line of its end tag), by the offset of its `<`. */
export function kramdownHtmlBlocks(text: string): Map<number, number> {
  const blocks = new Map<number, number>();
  if (!text.includes('<')) return blocks;
  for (let lineStart = 0; lineStart < text.length; ) {
    let at = lineStart;
    while (at - lineStart < 3 && text[at] === ' ') at++;
    let next = text.indexOf('\n', lineStart);
    if (next === -1) next = text.length;
    if (text[at] === '<') {
      const end = blockEnd(text, at);
      if (end !== undefined) {
        const lineEnd = text.indexOf('\n', end);
        // The line ending's first character (a CRLF's CR).
        const stop = lineEnd === -1 ? text.length : text[lineEnd - 1] === '\r' && lineEnd - 1 >= end ? lineEnd - 1 : lineEnd;
        if (/\n[ \t]*\r?\n/.test(text.slice(at, stop))) blocks.set(at, stop);
        // No block starts inside one: its lines are raw HTML to kramdown.
        next = lineEnd === -1 ? text.length : lineEnd;
      }
    }
    lineStart = next + 1;
  }
  return blocks;
}

/** The offset after a block element's end tag (or the page's end), or undefined when `<` starts no raw block element. */
function blockEnd(text: string, at: number): number | undefined {
  startTag.lastIndex = at;
  const open = startTag.exec(text);
  if (!open) return undefined;
  const element = open[1]!.toLowerCase();
  if (spanElements.has(element) || markdownAttribute.test(open[2] ?? '')) return undefined;
  if (open[4] !== undefined || withoutBody.has(element)) return undefined;
  // The open elements, innermost last: each reads to its own end tag.
  const stack: string[] = [element];
  let pos = startTag.lastIndex;
  if (element === 'script' || element === 'style') return rawEnd(text, pos, element);
  while (stack.length > 0) {
    const lt = text.indexOf('<', pos);
    if (lt === -1) return text.length;
    pos = lt;
    if (text.startsWith('<!--', pos)) {
      const close = text.indexOf('-->', pos + 4);
      pos = close === -1 ? pos + 1 : close + 3;
    } else if (text.startsWith('<?', pos)) {
      const close = text.indexOf('?>', pos + 2);
      pos = close === -1 ? pos + 1 : close + 2;
    } else if (text.startsWith('<![CDATA[', pos)) {
      const close = text.indexOf(']]>', pos + 9);
      pos = close === -1 ? pos + 1 : close + 3;
    } else {
      startTag.lastIndex = pos;
      const tag = startTag.exec(text);
      if (tag) {
        const child = tag[1]!.toLowerCase();
        // A `markdown` attribute inside makes part of the block Markdown: the block is left to CommonMark.
        if (markdownAttribute.test(tag[2] ?? '')) return undefined;
        pos = startTag.lastIndex;
        if (tag[4] !== undefined || withoutBody.has(child)) continue;
        if (child === 'script' || child === 'style') {
          pos = rawEnd(text, pos, child);
          continue;
        }
        // Elements nested past any page's depth (unclosed `<p>`s): read as never closed, to the end of the page, so each line is read once.
        if (stack.length >= maxDepth) return text.length;
        stack.push(child);
        continue;
      }
      endTag.lastIndex = pos;
      const close = endTag.exec(text);
      if (close) {
        pos = endTag.lastIndex;
        if (close[1]!.toLowerCase() === stack.at(-1)) stack.pop();
      } else {
        pos++;
      }
    }
  }
  return pos;
}

/** After `<script>`/`<style>`: the offset after its end tag, or the page's end. */
function rawEnd(text: string, from: number, element: string): number {
  const close = new RegExp(`<\\/${element}\\s*>`, 'ig');
  close.lastIndex = from;
  return close.exec(text) ? close.lastIndex : text.length;
}

/** The micromark extension: kramdown's raw HTML blocks over blank lines, as `html` nodes (see the module comment). */
export function kramdownHtmlBlock(): Extension {
  return {flow: {[codes.lessThan]: htmlBlock}};
}

const htmlBlock: Construct = {name: 'kramdownHtmlBlock', concrete: true, tokenize: tokenizeHtmlBlock};

function tokenizeHtmlBlock(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return (code) => {
    const end = perParse(kramdownHtmlBlocks)?.get(self.now().offset);
    if (code !== codes.lessThan || end === undefined) return nok(code);
    effects.enter('htmlFlow');
    return rawLinesTo(self, effects, {
      data: 'htmlFlowData',
      end,
      atEnd: (next) => self.now().offset === end && (next === codes.eof || markdownLineEnding(next)),
      close: (next) => {
        effects.exit('htmlFlow');
        return ok(next);
      },
      nok,
    })(code);
  };
}
