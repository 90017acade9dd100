/**
 * mkdocs-include-markdown-plugin (mondeja/mkdocs-include-markdown-plugin): on `on_page_markdown`
 * it replaces each `{% include-markdown "file" start="…" end="…" %}` and `{% include "file" %}`
 * directive with (part of) the file it names, before Markdown runs. The directive's own text is
 * never rendered: a quoted argument (`end="![](cleanup.png)"`, a start or end marker) is no image,
 * link or prose of the page. Its grammar (directive.py `INCLUDE_TAG_RE`, compiled VERBOSE|DOTALL):
 * the opening tag, white space, the directive's name, white space, an optional quoted file name,
 * then anything up to the first closing tag, across lines. `opening_tag`/`closing_tag` (default
 * `{%`/`%}`) and `directives` (renaming `include`/`include-markdown`) come from the plugin's settings.
 * The plugin reads the whole text, code blocks too. Each directive is also an include of its file
 * (`includeDirectives`): the included headings are the page's (the site index reads them, cut by
 * `start`/`end`, from the included file's own facts).
 */
import {escapeRegExp} from '../../links/patterns.js';
import type {IncludeFact} from '../../facts.js';

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
  // No `\s*` before the closing tag: the lazy run reads white space too, and the two read a long run of it from every position.
  const pattern = new RegExp(`${escapeRegExp(opening)}\\s*(?:${names.map(escapeRegExp).join('|')})\\s+${quoted}[\\s\\S]*?${escapeRegExp(closing)}`, 'g');
  closings.set(pattern, closing);
  return pattern;
}

/** Each directive pattern's closing tag. */
const closings = new WeakMap<RegExp, string>();

/**
 * Where directives can be: the text up to its last closing tag. Every directive ends at or before
 * it, and an opening after it would be read to the text's end once per opening (quadratic).
 */
function directivesEnd(text: string, pattern: RegExp): number {
  const closing = closings.get(pattern);
  if (closing === undefined) return text.length;
  const at = text.lastIndexOf(closing);
  return at === -1 ? 0 : at + closing.length;
}

/**
 * The page's text with each directive's text blanked (line breaks kept: same length, same lines)
 * but for an HTML comment on its longest line, which the included text takes the place of: the
 * directive is content where it stands (a section holding only one is not empty), and those
 * comments' lines are returned as such. Undefined when the page has no directive.
 */
export function blankIncludeDirectives(text: string, pattern: RegExp): {text: string; contentOffsets: number[]; contentLines: number[]} | undefined {
  const end = directivesEnd(text, pattern);
  const scanned = text.slice(0, end);
  pattern.lastIndex = 0;
  if (!pattern.test(scanned)) return undefined;
  pattern.lastIndex = 0;
  const contentOffsets: number[] = [];
  const blanked = scanned.replace(pattern, (directive: string, offset: number) => {
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
  }) + text.slice(end);
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

/** The opening tag, the directive's name, its quoted file name and its arguments, of one directive's text. */
function directiveParts(settings: Record<string, unknown>): RegExp {
  const opening = typeof settings.opening_tag === 'string' && settings.opening_tag !== '' ? settings.opening_tag : '{%';
  const closing = typeof settings.closing_tag === 'string' && settings.closing_tag !== '' ? settings.closing_tag : '%}';
  const renamed = isObject(settings.directives) ? settings.directives : {};
  const markdown = typeof renamed['include-markdown'] === 'string' && renamed['include-markdown'] !== '' ? renamed['include-markdown'] : 'include-markdown';
  const plain = typeof renamed.include === 'string' && renamed.include !== '' ? renamed.include : 'include';
  return new RegExp(`^${escapeRegExp(opening)}\\s*(?<name>${escapeRegExp(markdown)}|${escapeRegExp(plain)})\\s+(?:"(?<dq>(?:[^"]|(?<=\\\\)")+)")?(?:'(?<sq>(?:[^']|(?<=\\\\)')+)')?(?<args>[\\s\\S]*?)${escapeRegExp(closing)}$`);
}

/** Python's `unicode_escape` for the escapes a marker uses (`\\n`, `\\t`, `\\\\`, quotes): the plugin's `interpret_escapes`. */
function interpretEscapes(value: string): string {
  const named: Record<string, string> = {n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'"};
  return value.replace(/\\([ntr\\"'])/g, (_all, char: string) => named[char]!);
}

/** A string argument (`start="…"`, `end='…'`), unescaped as the plugin's `parse_string_argument` does. */
function stringArgument(args: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}=(?:"((?:[^"]|(?<=\\\\)")+)")?(?:'((?:[^']|(?<=\\\\)')+)')?`).exec(args);
  if (!match) return undefined;
  const value = match[1] !== undefined ? match[1].replace(/\\"/g, '"') : match[2]?.replace(/\\'/g, "'");
  return value === undefined ? undefined : interpretEscapes(value);
}

/**
 * Each directive of the page as an include of its file (directive.py `resolve_file_paths_to_include`
 * resolves the path; the site index reads it as mkdocs.ts `resolveInclude` does): `part` holds the
 * `start`/`end` markers (the directive's, else the plugin's settings), `headingOffset` the
 * `heading-offset` (include-markdown only, added to the settings' `heading_offset`).
 */
export function includeDirectives(text: string, pattern: RegExp, settings: Record<string, unknown>): IncludeFact[] {
  const parts = directiveParts(settings);
  const plainName = isObject(settings.directives) && typeof settings.directives.include === 'string' && settings.directives.include !== '' ? settings.directives.include : 'include';
  const found: IncludeFact[] = [];
  pattern.lastIndex = 0;
  const matches = [...text.slice(0, directivesEnd(text, pattern)).matchAll(pattern)];
  const lines = linesAt(text, matches.map((match) => match.index));
  for (const [i, match] of matches.entries()) {
    const groups = parts.exec(match[0])?.groups;
    if (!groups) continue;
    const path = groups.dq !== undefined ? groups.dq.replace(/\\"/g, '"') : groups.sq?.replace(/\\'/g, "'");
    if (path === undefined) continue;
    const args = groups.args ?? '';
    const start = stringArgument(args, 'start') ?? (typeof settings.start === 'string' ? settings.start : undefined);
    const end = stringArgument(args, 'end') ?? (typeof settings.end === 'string' ? settings.end : undefined);
    const markdown = groups.name !== plainName;
    // `include` pastes any file as it is: a code or data file (`"../src/app.py"`, in a fence) brings no headings.
    if (!markdown && /\.(?!(?:md|markdown|mdown|html?|txt)$)[A-Za-z\d]+$/i.test(path)) continue;
    const offsetArgument = markdown ? /(?:^|\s)heading-offset=(-?\d+)/.exec(args)?.[1] : undefined;
    const headingOffset = markdown ? (offsetArgument !== undefined ? Number(offsetArgument) : typeof settings.heading_offset === 'number' ? settings.heading_offset : 0) : 0;
    // process.py `rewrite_relative_urls`: on by default for include-markdown, never for include.
    const rewriteArgument = markdown ? /(?:^|\s)rewrite-relative-urls=(true|false)\b/.exec(args)?.[1] : undefined;
    const keepsLinks = markdown && (rewriteArgument !== undefined ? rewriteArgument === 'true' : settings.rewrite_relative_urls !== false);
    const line = lines[i]!;
    const column = match.index - text.lastIndexOf('\n', match.index - 1);
    found.push({path, kind: 'include-markdown', line, column, ...(start !== undefined || end !== undefined ? {part: {...(start !== undefined ? {start} : {}), ...(end !== undefined ? {end} : {})}} : {}), ...(headingOffset !== 0 ? {headingOffset} : {}), ...(keepsLinks ? {keepsLinks: true as const} : {})});
  }
  return found;
}

