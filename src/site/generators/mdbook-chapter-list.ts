/**
 * mdbook-chapter-list (bradjc/mdbook-chapter-list, `src/preprocessor.rs`; the `[preprocessor.chapter-list]`
 * of a book.toml, run as `mdbook-chapter-list`). In every chapter it replaces each `<!-- chapter-list -->`
 * (that exact text, anywhere: `str::replace`) by a numbered list of links to the chapter's sub-chapters,
 * nested as SUMMARY.md nests them (`Chapter.sub_items`). So the marker is content to a reader where
 * SUMMARY.md gives the chapter sub-chapters, and nothing where it gives none (the list is empty): a
 * section holding only the marker is then still empty, as it is in a book that does not run the tool.
 */
import {pointsAt} from '../../text/position.js';

/** The text the preprocessor replaces. */
const marker = '<!-- chapter-list -->';

/**
 * The lines of the chapter's markers when the preprocessor writes a list there: the chapter has
 * sub-chapters, or whether it has is not known (`undefined`: no SUMMARY.md postlint can read).
 */
export function chapterListLines(text: string, hasSubChapters: boolean | undefined): number[] {
  if (hasSubChapters === false || !text.includes(marker)) return [];
  const found: number[] = [];
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) found.push(at);
  return pointsAt(text, found).map((point) => point.line);
}
