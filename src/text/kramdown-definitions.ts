import {unified} from 'unified';
import remarkParse from 'remark-parse';

/**
 * kramdown reads more lines as link reference definitions than CommonMark does: its
 * LINK_DEFINITION_START (gettalong/kramdown lib/kramdown/parser/kramdown/link.rb) takes any
 * destination without quotes up to the end of the line, so `[note]: <> (TODO(x): check this)` (a
 * "Markdown comment" whose title holds a parenthesis) is a definition and renders as nothing,
 * where CommonMark finds no valid title and shows the line as a paragraph.
 *
 * On a kramdown site such a line, starting a block, is blanked (same length, so every position stays
 * exact): its text is not prose. A line CommonMark reads as a definition too is left as it is.
 */
// `[^name]:` is a footnote, which kramdown's parser tries first.
const definitionHead = /^ {0,3}\[(?!\^)[^\n\]]+\]:[ \t]*/;

/** A quoted title to the line's end (`"t"`, `'t'`), or nothing: what may follow a destination. */
function titleOrNothing(rest: string, from: number): boolean {
  let j = from;
  while (j < rest.length && (rest[j] === ' ' || rest[j] === '\t')) j++;
  if (j === rest.length) return true;
  const quote = rest[j];
  return (quote === '"' || quote === "'") && rest.length - j >= 3 && rest.endsWith(quote);
}

/**
 * kramdown's definition line, read in one pass (its pattern, `<.*?>` or a destination without quotes,
 * then an optional quoted title, backtracks over a long line with an open quote): a destination
 * `<…>` ending at any `>`, or text with no quote before the title.
 */
function isKramdownDefinition(line: string): boolean {
  const head = definitionHead.exec(line);
  if (!head) return false;
  const rest = line.slice(head[0].length).trimEnd();
  if (rest === '') return false;
  if (rest[0] === '<') for (let p = rest.indexOf('>', 1); p !== -1; p = rest.indexOf('>', p + 1)) if (titleOrNothing(rest, p + 1)) return true;
  const quote = rest.search(/["']/);
  if (quote === -1) return true;
  return /\S/.test(rest.slice(0, quote)) && titleOrNothing(rest, quote);
}

/** Liquid tags (`{{ … }}`, `{% … %}`) as runs of `x`, in one pass (an unclosed one is left as it is). */
function maskLiquid(line: string): string {
  const lastClose = {'{': line.lastIndexOf('}}'), '%': line.lastIndexOf('%}')};
  let out = '';
  let at = 0;
  for (let i = line.indexOf('{', at); i !== -1 && i < line.length - 1; i = line.indexOf('{', i + 1)) {
    const kind = line[i + 1];
    if (kind !== '{' && kind !== '%') continue;
    if (i + 2 > lastClose[kind]) continue;
    const end = line.indexOf(kind === '{' ? '}}' : '%}', i + 2) + 2;
    out += line.slice(at, i) + 'x'.repeat(end - i);
    at = end;
    i = end - 1;
  }
  return out + line.slice(at);
}

const commonMark = unified().use(remarkParse);

export function blankKramdownDefinitions(text: string): string {
  if (!text.includes(']:')) return text;
  const lines = text.split('\n');
  let changed = false;
  let fence: string | undefined;
  let blockStart = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      blockStart = false;
      continue;
    }
    if (marker) {
      fence = marker;
      blockStart = false;
      continue;
    }
    // kramdown does not end a paragraph at a definition: only a line that starts a block is one.
    const definition: boolean = blockStart && isKramdownDefinition(line);
    // Liquid runs before the Markdown converter: `{{ site.baseurl }}/x` is one word by then.
    if (definition && commonMark.parse(maskLiquid(line)).children[0]?.type !== 'definition') {
      lines[i] = lines[i]!.replace(/[^\r]/g, ' ');
      changed = true;
    }
    blockStart = line.trim() === '' || definition;
  }
  return changed ? lines.join('\n') : text;
}
