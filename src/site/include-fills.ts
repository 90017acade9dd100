/**
 * Does the text a comment pastes in (VitePress's `<!-- @include: part.inc -->`, which inlines any file's
 * text as Markdown before the page is parsed: src/node/markdown/plugins/include.ts) fill the section it
 * lands in? It does when it shows something before a heading of that section's level or higher: text,
 * a list, code, a table. Blank lines, comments, rules and link definitions show nothing; a deeper heading
 * opens a subsection, whose content is still the section's. Read line by line as CommonMark starts
 * blocks; what this reading cannot tell (an include of part of a file) counts as filling: unverifiable.
 */

/**
 * What pasted text shows a section before anything else does: something (`shows`, also what cannot be told:
 * unverifiable counts as filled), nothing, or first a heading of the section's level or higher (`closes`: what
 * follows it, pasted or written, is another section's).
 */
export type Pasted = 'shows' | 'nothing' | 'closes';

/** A comment line's include, read by the caller: what it pastes, undefined when it cannot tell. */
export type NestedInclude = (target: string, selects: boolean) => Pasted | undefined;

/** VitePress's `includeRE` (global: a line may hold several), with its `#region` or `{3,}` range (`regionRE`, `rangeRE`). */
const includeComment = /<!--\s*@include:\s*(.*?)\s*-->/g;
const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const definition = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const fence = /^ {0,3}(?:`{3,}|~{3,})/;

export function pastedShows(text: string, depth: number, nested: NestedInclude): Pasted {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const heading = atxHeading.exec(line);
    if (heading) {
      if (heading[1]!.length <= depth) return 'closes';
      continue;
    }
    // Code is content, whatever it holds.
    if (fence.test(line)) return 'shows';
    if (thematicBreak.test(line) || definition.test(line)) continue;
    const includes = includesAlone(line);
    if (includes) {
      for (const target of includes) {
        const selects = /#[^\s{]+$|\{\d*,\d*\}$/.test(target);
        const shows = nested(target.replace(/\{\d*,\d*\}$/, '').replace(/#[^\s{]+$/, ''), selects) ?? 'shows';
        // The nested file's text comes first: a heading it opens with ends the section here.
        if (shows !== 'nothing') return shows;
      }
      continue;
    }
    if (/^[ \t]*<!--/.test(line)) {
      // A comment shows nothing: skip to its end.
      while (i < lines.length && !lines[i]!.includes('-->')) i++;
      continue;
    }
    // A line of text under which a setext underline makes it a heading (a paragraph's first line here).
    const underline = i + 1 < lines.length ? setextUnderline.exec(lines[i + 1]!) : null;
    if (underline && !/^ {4}|^[ \t]*[-*+>]|^[ \t]*\d+[.)]/.test(line)) {
      if ((underline[1]!.startsWith('=') ? 1 : 2) <= depth) return 'closes';
      i++;
      continue;
    }
    return 'shows';
  }
  return 'nothing';
}

/** The include targets of a line that holds nothing but include comments (one or more), in order; undefined otherwise. */
function includesAlone(line: string): string[] | undefined {
  const targets = [...line.matchAll(includeComment)].map((match) => match[1]!);
  return targets.length > 0 && line.replace(includeComment, '').trim() === '' ? targets : undefined;
}
