/**
 * mdbook-cmdrun (FauconFan/mdbook-cmdrun, `src/cmdrun.rs`), an mdBook preprocessor. In each
 * chapter's text it replaces every match of `<!--[ ]*cmdrun (.*?)-->` (one line, anywhere: in
 * code blocks too) by what the command prints, run by `sh -c` from the chapter's folder. Nothing
 * else of the chapter changes, and it adds no chapter: a chapter without such a comment is
 * rendered as written. What a command prints only the build knows (it may hold headings, ids,
 * even an open comment or fence), so a chapter with one has ids postlint cannot all know.
 */
import type {IdPrefixFact} from '../../facts.js';

const marker = /<!--[ ]*cmdrun (.*?)-->/;
const markers = new RegExp(marker.source, 'g');

/** The lines of the page's cmdrun comments (each becomes the command's output). */
export function cmdrunLines(text: string): number[] {
  return [...text.matchAll(markers)].map((match) => text.slice(0, match.index).split('\n').length);
}

/** Why the page's ids are not all known, as an id prefix that every fragment has, when it holds a cmdrun comment. */
export function cmdrunOutput(text: string): IdPrefixFact | undefined {
  const match = marker.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  const column = match.index - before.lastIndexOf('\n');
  return {prefix: '', line, column, reason: `mdbook-cmdrun pastes the output of \`${match[1]!.trim()}\` (line ${line}) into the page, which may hold any id`};
}
