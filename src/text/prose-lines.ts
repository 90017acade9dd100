/**
 * Which lines of a page are prose a preprocessor may rewrite: not front matter, not inside a fenced
 * code block (``` or ~~~, closed by a fence of the same character at least as long with nothing
 * after it), nor a fence line itself. Shared by the blankers of comments a renderer never shows
 * (MDX's `{/* … *\/}`, kramdown's `{::comment}`).
 */
import {frontMatterLineCount} from './front-matter-lines.js';

/** For each line of `text`, is it prose (outside front matter and fenced code)? */
export function proseLines(text: string, lines: readonly string[] = text.split('\n')): boolean[] {
  const prose = new Array<boolean>(lines.length).fill(false);
  let fence: string | undefined;
  for (let i = frontMatterLineCount(text); i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && /^\s*[`~]+\s*$/.test(line)) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    prose[i] = true;
  }
  return prose;
}
