/**
 * mkdocs-include-markdown-plugin (mondeja/mkdocs-include-markdown-plugin): on `on_page_markdown`
 * it replaces each `{% include-markdown "file" start="…" end="…" %}` and `{% include "file" %}`
 * directive with (part of) the file it names, before Markdown runs. The directive's own text is
 * never rendered: a quoted argument (`end="![](cleanup.png)"`, a start or end marker) is no image,
 * link or prose of the page. Its grammar (directive.py `INCLUDE_TAG_RE`, compiled VERBOSE|DOTALL):
 * the opening tag, white space, the directive's name, white space, an optional quoted file name,
 * then anything up to the first closing tag, across lines. `opening_tag`/`closing_tag` (default
 * `{%`/`%}`) and `directives` (renaming `include`/`include-markdown`) come from the plugin's settings.
 * The plugin reads the whole text, code blocks too. The included text itself is not read here: the
 * directive stands for content postlint does not see.
 */
import {escapeRegExp} from '../../links/patterns.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The directives of the plugin with these settings, as one regular expression (global). */
export function includeDirectivePattern(settings: Record<string, unknown>): RegExp {
  const opening = typeof settings.opening_tag === 'string' && settings.opening_tag !== '' ? settings.opening_tag : '{%';
  const closing = typeof settings.closing_tag === 'string' && settings.closing_tag !== '' ? settings.closing_tag : '%}';
  const renamed = isObject(settings.directives) ? settings.directives : {};
  const names = ['include', 'include-markdown'].map((name) => (typeof renamed[name] === 'string' && renamed[name] !== '' ? renamed[name] : name));
  const quoted = String.raw`(?:"(?:[^"]|(?<=\\)")+")?(?:'(?:[^']|(?<=\\)')+')?`;
  return new RegExp(`${escapeRegExp(opening)}\\s*(?:${names.map(escapeRegExp).join('|')})\\s+${quoted}[\\s\\S]*?\\s*${escapeRegExp(closing)}`, 'g');
}

/**
 * The page's text with each directive's text blanked (line breaks kept: same length, same lines)
 * but for an HTML comment on its longest line, which the included text takes the place of: the
 * directive is content where it stands (a section holding only one is not empty), and those
 * comments' lines are returned as such. Undefined when the page has no directive.
 */
export function blankIncludeDirectives(text: string, pattern: RegExp): {text: string; contentOffsets: number[]; contentLines: number[]} | undefined {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return undefined;
  pattern.lastIndex = 0;
  const contentOffsets: number[] = [];
  const blanked = text.replace(pattern, (directive: string, offset: number) => {
    const lines = directive.split('\n');
    // The longest line's text (from its first non-space character) holds `<!--` … `-->`; every directive has one of 7 characters or more (`include`).
    let best = 0;
    lines.forEach((line, index) => { if (line.trim().length > lines[best]!.trim().length) best = index; });
    let at = 0;
    return lines.map((line, index) => {
      const start = at;
      at += line.length + 1;
      const indent = line.length - line.trimStart().length;
      const room = line.length - indent;
      if (index !== best || room < 7) return ' '.repeat(line.length);
      contentOffsets.push(offset + start + indent);
      return `${' '.repeat(indent)}<!--${' '.repeat(room - 7)}-->`;
    }).join('\n');
  });
  return {text: blanked, contentOffsets, contentLines: linesAt(text, contentOffsets)};
}

/** The 1-based line of each of the ascending offsets, counted in one pass over the text (not a slice per offset). */
export function linesAt(text: string, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  for (const offset of offsets) {
    for (let next = text.indexOf('\n', counted); next !== -1 && next < offset; next = text.indexOf('\n', next + 1)) line++;
    counted = Math.max(counted, offset);
    lines.push(line);
  }
  return lines;
}
