/**
 * `:::` containers (Docusaurus admonitions and Starlight asides through remark-directive; VitePress's
 * `::: tip` through markdown-it-container), read for a parser that has no such syntax.
 *
 * Both parsers try a container's closing fence at the start of each of its lines before its content
 * sees the line (micromark-extension-directive, `directive-container.js`: `tokenizeClosingFence` is
 * attempted first, up to 3 spaces in, a run of at least as many colons as the opening, then only
 * white space; markdown-it-container scans the lines for such a marker line, less than 4 columns in,
 * before it tokenizes the content between). So the closing line ends the paragraph before it and
 * belongs to no block after it: `:::` then `---` is the container's end and a thematic break. CommonMark
 * reads the `:::` as paragraph text, which the `---` underlines into a setext heading.
 *
 * The page's text with each closing fence of an open container blanked (same length, line breaks kept):
 * a blank line ends the paragraph before it, as the fence does, and starts nothing. The opening line
 * stays as written (a paragraph line, as before). Fenced code outside a container hides an opening line;
 * inside one the closing fence is still tried first, as both parsers do.
 */

/** How the site's parser opens a container: any directive name (remark-directive), or one of these names (markdown-it-container). */
export interface ContainerSyntax {
  /** The names markdown-it-container was registered with (`tip`, `details`); undefined: any name, right after the colons (remark-directive). */
  readonly names?: readonly string[];
}

const fenceLine = /^( *)(`{3,}|~{3,})(.*)$/;
const closingLine = /^( *)(:{3,})[ \t]*$/;
/** remark-directive: `:::name`, the name right after the colons, starting with a letter (micromark-extension-directive factory-name). */
const directiveOpening = /^( *)(:{3,})[A-Za-z][\w-]*(?:[[{ \t].*)?$/;
/** markdown-it-container: `::: name params` or `:::name`; the name is the first word of the parameters. */
const namedOpening = /^( *)(:{3,})[ \t]*([^ \t:][^ \t]*)(?:[ \t].*)?$/;

interface Open {
  size: number;
  indent: number;
}

/** The text with each container's closing fence line blanked; the same string when there is none. */
export function blankContainerClosings(text: string, syntax: ContainerSyntax): string {
  if (!text.includes(':::')) return text;
  const lines = text.split('\n');
  const open: Open[] = [];
  let fence: {marker: string; indent: number} | undefined;
  let changed = false;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    const closing = closingLine.exec(line);
    if (closing && open.length > 0) {
      const indent = closing[1]!.length;
      // The outermost container this fence closes: its closing is tried before any inner content sees the line.
      const closed = open.findIndex((container) => closing[2]!.length >= container.size && indent - container.indent < 4 && indent >= container.indent);
      if (closed >= 0) {
        open.length = closed;
        fence = undefined;
        lines[at] = ' '.repeat(line.length);
        changed = true;
        continue;
      }
    }
    const fenced = fenceLine.exec(line);
    if (fence) {
      if (fenced && fenced[2]!.startsWith(fence.marker) && fenced[2]![0] === fence.marker[0] && fenced[3]!.trim() === '') fence = undefined;
      continue;
    }
    if (fenced && fenced[1]!.length < 4 && !(fenced[2]![0] === '`' && fenced[3]!.includes('`'))) {
      fence = {marker: fenced[2]!, indent: fenced[1]!.length};
      continue;
    }
    const opening = openingOf(line, syntax);
    if (opening) open.push(opening);
  }
  return changed ? lines.join('\n') : text;
}

function openingOf(line: string, syntax: ContainerSyntax): Open | undefined {
  if (syntax.names === undefined) {
    const match = directiveOpening.exec(line);
    return match && match[1]!.length < 4 ? {size: match[2]!.length, indent: match[1]!.length} : undefined;
  }
  const match = namedOpening.exec(line);
  return match && match[1]!.length < 4 && syntax.names.includes(match[3]!) ? {size: match[2]!.length, indent: match[1]!.length} : undefined;
}
