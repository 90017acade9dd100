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
const kramdownDefinition = /^ {0,3}\[(?!\^)[^\n\]]+\]:[ \t]*(?:<.*?>|[^'"\n]*?\S[^'"\n]*?)[ \t]*?(?:(["']).+?\1[ \t]*?)?$/;
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
    const definition: boolean = blockStart && kramdownDefinition.test(line);
    // Liquid runs before the Markdown converter: `{{ site.baseurl }}/x` is one word by then.
    const rendered = line.replace(/\{\{.*?\}\}|\{%.*?%\}/g, (tag) => 'x'.repeat(tag.length));
    if (definition && commonMark.parse(rendered).children[0]?.type !== 'definition') {
      lines[i] = lines[i]!.replace(/[^\r]/g, ' ');
      changed = true;
    }
    blockStart = line.trim() === '' || definition;
  }
  return changed ? lines.join('\n') : text;
}
