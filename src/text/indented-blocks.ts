/**
 * Python-Markdown blocks whose body is indented Markdown (MkDocs sites):
 * - `admonition`: `!!! note "Title"` (markdown/extensions/admonition.py, `RE`);
 * - `pymdownx.details`: `??? note "Title"`, `???+ note` (pymdownx/details.py, `RE_START`);
 * - `pymdownx.tabbed`: `=== "Tab"`, `===+ "Tab"` (pymdownx/tabbed.py, `RE_START`).
 * The lines after the marker indented by `tab_length` (4) are the body: the extension detabs them
 * and parses them as blocks, so a heading there gets its id (`##### Q { #id }` with attr_list), and
 * its links and images are the page's. CommonMark reads that body as indented code.
 * The title is `"(.*?)"` then spaces to the line's end in all three REs: it runs to the line's last
 * quote and may hold quotes of its own (`??? note "A <a href="#x">link</a>"`).
 *
 * A block nests where Python-Markdown parses blocks again: at the margin of another block's body,
 * and at the margin of a list item's children, `tab_length` deeper than the item's marker
 * (blockprocessors.py, `ListIndentProcessor`: a block indented by 4 after a list is the last
 * item's, detabbed and parsed there; a margin paragraph after a blank line ends the list). So
 * `1. Step` then `    === "YAML"` is a tab inside the item, its body at 8 spaces.
 *
 * On a site with one of these extensions the marker line is blanked and the body's first line gets
 * a list marker in the block's own indentation (`    text` → `-   text`): a list item whose content
 * starts where the body does, so the body parses as Markdown at its own line and column (every
 * position stays exact, the text keeps its length). The block's title is not Markdown content.
 */
export type IndentedBlockKind = 'admonition' | 'details' | 'tabbed';

const markers: Record<IndentedBlockKind, RegExp> = {
  admonition: /^( *)!!! ?[\w-]+(?: +[\w-]+)*(?: +".*")? *$/,
  details: /^( *)\?{3}\+? ?(?:(?:[\w-]+(?: +[\w-]+)*?)?(?: +".*")|[\w-]+(?: +[\w-]+)*?) *$/,
  tabbed: /^( *)={3}(?:\+|\+!|!\+|!)? +".*" *$/,
};

const fenceOpen = /^( *)(`{3,}|~{3,})/;
/** A list item's marker line (Python-Markdown: `*`, `+`, `-` or `1.`, up to 3 spaces in), and a rule, which is no item. */
const listItem = /^( *)(?:[-*+]|\d+\.)(?: +\S| *$)/;
const rule = /^ {0,3}([-*_])(?: *\1){2,} *$/;

/** A margin where blocks are parsed again: a block's body, or a list item's children. */
interface Container {
  margin: number;
  list: boolean;
}

/** The line's indent in columns, tabs expanded to the next multiple of 4 (Python-Markdown's `NormalizeWhitespace` runs `expandtabs(tab_length)` before any block is read). */
function indentOf(line: string): number {
  let column = 0;
  for (const char of /^[ \t]*/.exec(line)![0]) column = char === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

/** The text with each such block's body made a list item of the same length, or the text itself when there is none. */
export function readIndentedBlocks(text: string, kinds: readonly IndentedBlockKind[]): string {
  if (kinds.length === 0 || !/^ *(?:!!!|\?\?\?|===)/m.test(text)) return text;
  const patterns = kinds.map((kind) => markers[kind]);
  const markerIndent = (line: string): number | undefined => {
    for (const pattern of patterns) {
      const match = pattern.exec(line);
      if (match) return match[1]!.length;
    }
    return undefined;
  };
  // Indents count tabs as Python-Markdown expands them; a marker indented by a tab is not read (postlint reads less, never more).
  const lines = text.split('\n');
  let changed = false;
  let fence: string | undefined;
  // The margins of the bodies and list items the line is in, innermost last.
  const open: Container[] = [];
  let afterBlank = true;
  let lastBlank = -1;
  // A marker whose body has not started yet: its line and indent.
  let pending: {line: number; indent: number; fresh: boolean} | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') {
      afterBlank = true;
      lastBlank = i;
      continue;
    }
    const indent = indentOf(line);
    const item = fence === undefined && listItem.test(line) && !rule.test(line.slice(indent - Math.min(indent, 3)));
    // A line right after an item's text continues that text (a lazy line): the list stays open. Not
    // an item, a heading, a fence or a block's marker, which start blocks of their own.
    const lazy = !afterBlank && !item && open.at(-1)?.list === true && !/^ *(?:#{1,6}(?:\s|$)|`{3}|~{3})/.test(line) && markerIndent(line) === undefined;
    const wasBlank = afterBlank;
    afterBlank = false;
    while (!lazy && open.length > 0 && indent < open.at(-1)!.margin) open.pop();
    const margin = open.at(-1)?.margin ?? 0;
    if (pending && indent < pending.indent + 4) pending = undefined;
    if (fence !== undefined) {
      const close = fenceOpen.exec(line)?.[2];
      if (close && close[0] === fence[0] && close.length >= fence.length && line.trim() === close) fence = undefined;
      continue;
    }
    // Only at the margin of the page, of an enclosing block's body or of a list item's children (elsewhere it is code or paragraph text).
    const marker = indent === margin || pending?.indent === indent - 4 ? markerIndent(line) : undefined;
    if (pending && marker === undefined && /^ *\t/.test(lines[i]!)) {
      // A body indented by a tab has no room for a dash: the marker's line becomes an item that starts
      // blank (`-` and spaces), whose content the tab-indented lines continue; the first unindented
      // line starts a block of its own, as the rest after the body does in Python-Markdown (`---`
      // there is a rule, no heading's underline). After paragraph text, which such an item cannot
      // interrupt, the lines are left as they are: Python-Markdown finds the marker inside the block
      // too (admonition.py `RE.search`) and reads the body as Markdown, which the paragraph they
      // continue keeps (its links checked); a blanked marker would make the body code.
      // With blank lines between the marker and the body, Python-Markdown still reads the body as the
      // admonition's (`parse_content`: an indented block after an admonition is its sibling's), but an item
      // that starts blank ends at a blank line: the dash goes on the last blank line, the marker's is blanked.
      if (pending.line >= 0 && lastBlank > pending.line) {
        if (pending.fresh) lines[pending.line] = lines[pending.line]!.replace(/[^\r]/g, ' ');
        lines[lastBlank] = `${' '.repeat(pending.indent)}-${lines[lastBlank]!.endsWith('\r') ? '\r' : ''}`;
        changed = true;
      } else if (pending.line >= 0 && pending.fresh) {
        const rest = lines[pending.line]!.slice(pending.indent + 1).replace(/[^\r]/g, ' ');
        lines[pending.line] = `${' '.repeat(pending.indent)}-${rest}`;
        changed = true;
      }
      pending = undefined;
    } else if (pending) {
      // The body's first line: the list item starts here, at the marker's indent.
      if (pending.line >= 0) lines[pending.line] = lines[pending.line]!.replace(/[^\r]/g, ' ');
      const keep = marker === undefined ? lines[i]!.slice(pending.indent + 1) : lines[i]!.slice(pending.indent + 1).replace(/[^\r]/g, ' ');
      lines[i] = `${lines[i]!.slice(0, pending.indent)}-${keep}`;
      changed = true;
      pending = undefined;
      if (marker !== undefined) {
        open.push({margin: marker + 4, list: false});
        // The nested marker's line holds the outer item's dash now: it is not blanked again.
        pending = {line: -1, indent: marker, fresh: false};
        continue;
      }
    }
    const opened = fenceOpen.exec(line);
    if (opened) {
      fence = opened[2]!;
      continue;
    }
    if (marker !== undefined) {
      open.push({margin: marker + 4, list: false});
      pending = {line: i, indent: marker, fresh: wasBlank};
    } else if (item && indent >= margin && indent <= margin + 3) {
      // The item's children are a tab length in from the list's margin.
      open.push({margin: margin + 4, list: true});
    }
  }
  return changed ? lines.join('\n') : text;
}
