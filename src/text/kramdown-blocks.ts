/**
 * kramdown reads a line that is only a block attribute list (`{: .class}`, `{:class="ft-html"}`)
 * as a block of its own (its parser tries `block_extensions` before `paragraph`:
 * IAL_BLOCK_START in gettalong/kramdown lib/kramdown/parser/kramdown/extensions.rb), so the
 * indented lines right after it are a code block. CommonMark has no such block: the line starts a
 * paragraph that the indented lines continue (an indented code block cannot interrupt one), and
 * the code's `<script src="…">` becomes inline HTML, read as a link.
 *
 * On a kramdown site such a line followed by an indented line is blanked (same length, so every
 * position stays exact) and the code after it parses as code; the id the list gives the block
 * (`{: #setup}`) is returned to be the page's, as kramdown makes it.
 */
export interface BlockAttributeId {
  id: string;
  line: number;
  column: number;
}

const attributeLine = /^( {0,3})\{:(?!:|\/)([^{}\n]*)\}[ \t]*$/;
const indented = /^(?: {4}|\t)[ \t]*\S/;

export function separateBlockAttributes(text: string): {text: string; ids: BlockAttributeId[]} {
  if (!text.includes('{:')) return {text, ids: []};
  const lines = text.split('\n');
  const ids: BlockAttributeId[] = [];
  let changed = false;
  let fence: string | undefined;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    // Fenced code is code in both readings.
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    const match = attributeLine.exec(line);
    // Only where a paragraph does not go on above it: the first line of a block.
    if (!match || !indented.test(lines[i + 1]!) || (i > 0 && lines[i - 1]!.trim() !== '' && !attributeLine.test(lines[i - 1]!.replace(/\r$/, '')))) continue;
    const id = /(?:^|\s)#([^\s{}#.="']+)|(?:^|\s)id=(?:"([^"]*)"|'([^']*)')/.exec(match[2]!);
    const value = id?.[1] ?? id?.[2] ?? id?.[3];
    if (value) ids.push({id: value, line: i + 1, column: match[1]!.length + 1});
    lines[i] = lines[i]!.replace(/[^\r]/g, ' ');
    changed = true;
  }
  return changed ? {text: lines.join('\n'), ids} : {text, ids};
}
