/**
 * MDX comments, `{/* … *\/}`: an expression holding only a JavaScript comment, which MDX evaluates
 * to nothing (mdxjs.com, "What is MDX?", Expressions: "a comment … is not rendered"). A
 * CommonMark parser (postlint's) reads the comment's lines as prose, links and block quotes; MDX
 * never shows them. Blanked in an MDX source (same length, line breaks kept), no rule reads them:
 * a link in a commented-out paragraph is not a link of the page.
 *
 * Left as written: comments inside fenced code and inline code (a JSX sample's `{/* … *\/}` is the
 * sample's text), and a comment that holds only `#id` (Docusaurus reads it as a heading's id).
 */

import {proseLines} from './prose-lines.js';

// `{/*` … to the comment's first `*/`, then `}`: `{/* a */ value}` is an expression with code, no comment.
const commentOpen = /\{\s*\/\*/y;
const commentEnd = /\s*\}/y;
const idOnly = /^\{\s*\/\*\s*#[^\s*]+\s*\*\/\s*\}$/;

/** Blank the MDX comments of an MDX source, outside code (same length, same lines). */
export function blankMdxComments(text: string): string {
  if (!text.includes('/*')) return text;
  const out = text.split('');
  let changed = false;
  // Line starts, to skip front matter and fenced code a line at a time.
  const lines = text.split('\n');
  const isProse = proseLines(text, lines);
  let offset = 0;
  // Offsets of prose (outside front matter and fences), line by line.
  const prose: Array<[number, number]> = [];
  for (const [i, line] of lines.entries()) {
    const begin = offset;
    offset += line.length + 1;
    if (!isProse[i]) continue;
    const last = prose.at(-1);
    // Consecutive prose lines make one stretch: a comment may span lines.
    if (last && last[1] === begin - 1) last[1] = begin + line.length;
    else prose.push([begin, begin + line.length]);
  }
  // The first `*/` from where a comment opens: looked up once and reused while the openings stay
  // before it (with none left, nothing further is a comment), so no opening scans the file again.
  let close = -2;
  let closeEnd = -1;
  const commentLength = (at: number): number => {
    commentOpen.lastIndex = at;
    if (!commentOpen.test(text)) return 0;
    if (close !== -1 && close < commentOpen.lastIndex) {
      close = text.indexOf('*/', commentOpen.lastIndex);
      commentEnd.lastIndex = close + 2;
      closeEnd = close !== -1 && commentEnd.test(text) ? commentEnd.lastIndex : -1;
    }
    return closeEnd === -1 ? 0 : closeEnd - at;
  };
  for (const [from, to] of prose) {
    if (close === -1) break;
    let i = from;
    while (i < to) {
      const char = text[i]!;
      if (char === '`') {
        // An inline code span: skip to the closing run of the same length, if there is one.
        let run = 1;
        while (text[i + run] === '`') run++;
        const close = findRun(text, '`'.repeat(run), i + run, to);
        i = close === -1 ? i + run : close + run;
        continue;
      }
      if (char === '{') {
        const length = commentLength(i);
        if (length > 0 && i + length <= to && !idOnly.test(text.slice(i, i + length))) {
          for (let j = i; j < i + length; j++) if (out[j] !== '\n') out[j] = ' ';
          changed = true;
          i += length;
          continue;
        }
      }
      i++;
    }
  }
  return changed ? out.join('') : text;
}

/** The offset of a run of backticks exactly `run` long at or after `from`, before `to`; -1 if none. */
function findRun(text: string, run: string, from: number, to: number): number {
  let at = text.indexOf(run, from);
  while (at !== -1 && at < to) {
    const exact = text[at - 1] !== '`' && text[at + run.length] !== '`';
    if (exact) return at;
    at = text.indexOf(run, at + run.length);
  }
  return -1;
}
