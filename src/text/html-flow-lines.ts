/**
 * CommonMark HTML blocks as micromark starts and ends them (micromark-core-commonmark's html-flow
 * construct; CommonMark 0.31 §4.6), one line at a time: the lines of such a block are raw HTML, in
 * which the parser reads no emphasis, code, link or definition at all. Seven kinds:
 * 1. `<script`, `<pre`, `<style`, `<textarea` (then a space, tab, `>` or the line's end), to a line
 *    holding `</script>`, `</pre>`, `</style>` or `</textarea>` (any of the four);
 * 2. `<!--` to `-->`; 3. `<?` to `?>`; 4. `<!` and a letter to `>`; 5. `<![CDATA[` to `]]>`
 *    (each end may be on the opening line, even overlapping its opener: `<!-->`, `<?>`);
 * 6. `<` or `</` and a block tag name (`div`, `table`, `p`…, then a space, tab, `>`, `/>` or the
 *    line's end), to a blank line;
 * 7. any other complete open or closing tag alone on its line, to a blank line; it cannot interrupt
 *    a paragraph (kinds 1–6 can).
 * An opener is read at the very start of the text given: src/complexity.ts follows a block only from
 * a line as written (an indented opener may be a list item's or a quote's, whose end ends the block
 * earlier, and it does not follow containers), and reads the text after container markers only to
 * know that a block it does not follow may be open.
 */
import {htmlBlockNames, htmlRawNames} from 'micromark-util-html-tag-name';

/** An open HTML block: its kind (CommonMark's condition); kinds 6 and 7 end before a blank line. */
export interface HtmlFlow {
  kind: 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** Where an opener starts a block, the block and whether it already ended on that line. */
export interface HtmlFlowStart {
  flow: HtmlFlow;
  endsOnLine: boolean;
}

/**
 * The HTML block a line opens, or undefined. `paragraphOpen`: the line may continue a paragraph
 * (not after a blank line or another block's end), where kind 7 is no block but text.
 */
export function htmlFlowStart(line: string, paragraphOpen: boolean): HtmlFlowStart | undefined {
  if (line.charCodeAt(0) !== 60) return undefined;
  // Each end is sought from the state micromark is in after the opener: `<!-->` and `<?>` end where they open.
  const ending = (kind: 1 | 2 | 3 | 4 | 5, from: number, state: EndState): HtmlFlowStart => ({flow: {kind}, endsOnLine: endsWithin(line, kind, from, state)});
  if (line.startsWith('<!--')) return ending(2, 4, 'declaration');
  if (line.startsWith('<![CDATA[')) return ending(5, 9, 'data');
  if (line.charCodeAt(1) === 33) return isAsciiAlpha(line.charCodeAt(2)) ? ending(4, 3, 'declaration') : undefined;
  if (line.charCodeAt(1) === 63) return ending(3, 2, 'declaration');
  const closing = line.charCodeAt(1) === 47;
  let i = closing ? 2 : 1;
  if (!isAsciiAlpha(line.charCodeAt(i))) return undefined;
  const nameStart = i;
  while (i < line.length && (isAsciiAlphanumeric(line.charCodeAt(i)) || line.charCodeAt(i) === 45)) i++;
  const after = line.charCodeAt(i);
  // The name ends at the line's end, a space or tab, `/` or `>`; any other character makes no tag.
  if (!(i === line.length || isSpace(after) || after === 47 || after === 62)) return undefined;
  const name = line.slice(nameStart, i).toLowerCase();
  if (!closing && after !== 47 && htmlRawNames.includes(name)) return ending(1, i, 'data');
  if (htmlBlockNames.includes(name)) return after !== 47 || line.charCodeAt(i + 1) === 62 ? {flow: {kind: 6}, endsOnLine: false} : undefined;
  if (paragraphOpen) return undefined;
  return (closing ? completeClosingTag(line, i) : completeOpenTag(line, i)) ? {flow: {kind: 7}, endsOnLine: false} : undefined;
}

/** Whether a line inside a block of kind 1–5 holds its end (it is then the block's last line). */
export function htmlFlowEnds(flow: HtmlFlow, line: string): boolean {
  return flow.kind <= 5 && endsWithin(line, flow.kind as 1 | 2 | 3 | 4 | 5, 0, 'data');
}

type EndState = 'data' | 'commentDash' | 'rawOpen' | 'rawName' | 'cdataBracket' | 'declaration';

/**
 * micromark's continuation states, one character each: `-->`, `?>`, `>`, `]]>` or a raw end tag
 * (`</script>`, `</pre>`, `</style>`, `</textarea>`, any case) ends the block. A character a state
 * does not take is read again as data (so `]]]>` ends no CDATA there, as micromark reads it).
 */
function endsWithin(line: string, kind: 1 | 2 | 3 | 4 | 5, from: number, start: EndState): boolean {
  let state = start;
  let name = '';
  for (let i = from; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // Each state takes the character, or hands it back to data (micromark's `return continuation(code)`).
    switch (state) {
      case 'commentDash':
        if (code === 45) {
          state = 'declaration';
          continue;
        }
        break;
      case 'rawOpen':
        if (code === 47) {
          name = '';
          state = 'rawName';
          continue;
        }
        break;
      case 'rawName':
        if (code === 62 && htmlRawNames.includes(name.toLowerCase())) return true;
        if (isAsciiAlpha(code) && name.length < 8) {
          name += line.charAt(i);
          continue;
        }
        break;
      case 'cdataBracket':
        if (code === 93) {
          state = 'declaration';
          continue;
        }
        break;
      case 'declaration':
        if (code === 62) return true;
        if (code === 45 && kind === 2) continue;
        break;
      case 'data':
        break;
    }
    if (code === 62 && kind === 4) return true;
    state = dataState(code, kind);
  }
  return false;
}

/** The state data moves to on a character: the first character of the kind's end. */
function dataState(code: number, kind: 1 | 2 | 3 | 4 | 5): EndState {
  if (code === 45 && kind === 2) return 'commentDash';
  if (code === 60 && kind === 1) return 'rawOpen';
  if (code === 63 && kind === 3) return 'declaration';
  if (code === 93 && kind === 5) return 'cdataBracket';
  return 'data';
}

/** `</name` then spaces and `>`, and nothing but spaces after. */
function completeClosingTag(line: string, i: number): boolean {
  while (isSpace(line.charCodeAt(i))) i++;
  return line.charCodeAt(i) === 62 && onlySpaces(line, i + 1);
}

/**
 * `<name` then attributes (`a`, `a=b`, `a="b"`, `a='b'`) and an optional `/`, `>`, and nothing but
 * spaces after: micromark's states completeAttributeNameBefore … completeAfter, one character each.
 */
function completeOpenTag(line: string, i: number): boolean {
  type State = 'nameBefore' | 'name' | 'nameAfter' | 'valueBefore' | 'unquoted' | 'end';
  let state: State = 'nameBefore';
  while (i <= line.length) {
    const code = i < line.length ? line.charCodeAt(i) : -1;
    switch (state) {
      case 'nameBefore':
        if (code === 47) {
          i++;
          state = 'end';
        } else if (code === 58 || code === 95 || isAsciiAlpha(code)) {
          i++;
          state = 'name';
        } else if (isSpace(code)) i++;
        else state = 'end';
        break;
      case 'name':
        if (code === 45 || code === 46 || code === 58 || code === 95 || isAsciiAlphanumeric(code)) i++;
        else state = 'nameAfter';
        break;
      case 'nameAfter':
        if (code === 61) {
          i++;
          state = 'valueBefore';
        } else if (isSpace(code)) i++;
        else state = 'nameBefore';
        break;
      case 'valueBefore':
        if (code === -1 || code === 60 || code === 61 || code === 62 || code === 96) return false;
        if (code === 34 || code === 39) {
          const close = line.indexOf(String.fromCharCode(code), i + 1);
          if (close === -1) return false;
          i = close + 1;
          const next = i < line.length ? line.charCodeAt(i) : -1;
          // After a quoted value: `/`, `>` or a space, then the next attribute.
          if (!(next === 47 || next === 62 || isSpace(next))) return false;
          state = 'nameBefore';
        } else if (isSpace(code)) i++;
        else state = 'unquoted';
        break;
      case 'unquoted':
        if (code === -1 || code === 34 || code === 39 || code === 47 || code === 60 || code === 61 || code === 62 || code === 96 || isSpace(code)) state = 'nameAfter';
        else i++;
        break;
      case 'end':
        return code === 62 && onlySpaces(line, i + 1);
    }
  }
  return false;
}

function onlySpaces(line: string, from: number): boolean {
  for (let i = from; i < line.length; i++) if (!isSpace(line.charCodeAt(i))) return false;
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiAlpha(code) || (code >= 48 && code <= 57);
}
