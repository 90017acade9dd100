/**
 * Where front matter is, as Hugo's page lexer finds it (gohugoio/hugo parser/pageparser/
 * pagelexer_intro.go `lexIntroSection`, its tests in pageparser_intro_test.go). ASCII space (blank
 * lines, indents) and a byte-order mark are skipped; then the first character decides:
 * - `{`: a JSON object (src/front-matter-json.ts);
 * - `---` / `+++`: YAML / TOML to the next line that starts with the same three characters
 *   (`lexFrontMatterSection`): after blank lines too, where CommonMark front matter (and so the
 *   Markdown parser) needs the fence on the first line;
 * - `#+`: Org-mode keywords (`#+TITLE: A title`), one a line, to the first line not starting
 *   with `#+` (`lexFrontMatterOrgMode`), read by go-org (parser/metadecoders `unmarshalORG`).
 * Anything else: no front matter. The forms the Markdown parser already reads (a fence on the first
 * line) and those Hugo stops the build on (`-` not followed by `--`, a block never closed, text
 * after a fence) are left to what postlint did before.
 */
import {jsonObjectBlock, type JsonObjectBlock} from './front-matter-json.js';

export type HugoIntro =
  | {kind: 'json'; block: JsonObjectBlock}
  | {kind: 'yaml' | 'toml'; start: number; end: number; value: string}
  | {kind: 'org'; start: number; end: number};

/** ASCII space as Hugo's isASCIISpace has it, and the byte-order mark its intro skips. */
const skippedBefore = new Set(['\t', '\n', '\v', '\f', '\r', ' ', '\uFEFF']);

/** The front matter Hugo reads at the start of the text, where postlint reads it differently from the Markdown parser. */
export function hugoIntro(text: string): HugoIntro | undefined {
  let start = 0;
  while (start < text.length && skippedBefore.has(text[start]!)) start++;
  const first = text[start];
  if (first === '{') {
    const block = jsonObjectBlock(text);
    return block ? {kind: 'json', block} : undefined;
  }
  if (first === '#' && text.startsWith('#+', start)) {
    let end = start;
    // Each line after a line end must open with `#+` again.
    for (;;) {
      const next = text.indexOf('\n', end);
      if (next < 0) return {kind: 'org', start, end: text.length};
      end = next + 1;
      if (!text.startsWith('#+', end)) return {kind: 'org', start, end};
    }
  }
  if ((first === '-' || first === '+') && /^\uFEFF?$/.test(text.slice(0, start)) === false) {
    const delimiter = first.repeat(3);
    const opening = new RegExp(`^${first === '+' ? '\\+\\+\\+' : '---'}\\r?\\n`).exec(text.slice(start));
    if (!opening) return undefined;
    const valueStart = start + opening[0].length;
    for (let line = valueStart; line < text.length;) {
      const next = text.indexOf('\n', line);
      const lineEnd = next < 0 ? text.length : next + 1;
      if (text.startsWith(delimiter, line)) {
        // Text after the closing fence is page content to Hugo: not modelled.
        if (!/^[ \t]*\r?\n?$/.test(text.slice(line + 3, lineEnd))) return undefined;
        const value = text.slice(valueStart, line).replace(/\r?\n$/, '');
        return {kind: first === '-' ? 'yaml' : 'toml', start, end: lineEnd, value};
      }
      line = lineEnd;
    }
  }
  return undefined;
}

/** The text with [start, end) blanked to spaces, line ends kept (same length: every position stays). */
export function withoutIntro(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

/** go-org's keyword line (org/keyword.go `keywordRegexp`). */
const keywordLine = /^(\s*)#\+([^:]+):(\s+(.*)|$)/;
/** Keywords go-org reads as something else than a buffer setting (org/keyword.go `parseKeyword`). */
const notSettings = new Set(['NAME', 'SETUPFILE', 'INCLUDE', 'LINK', 'MACRO', 'CAPTION', 'ATTR_HTML']);
const dates = new Set(['date', 'lastmod', 'publishdate', 'expirydate']);

/**
 * The fields of Org-mode front matter as Hugo reads them (parser/metadecoders `unmarshalORG`):
 * go-org's buffer settings, keys upper-cased by go-org and lower-cased by Hugo, values trimmed; a
 * key given again joins its values with a line end (a list to Hugo); `key[]` splits on space,
 * `filetags` on `:`; the dates take the `YYYY-MM-DD` of an Org timestamp (`<2020-01-02 Thu>`).
 * Each key with the line it is first on; `unread` when a line is not a plain keyword.
 */
export function readOrgFields(block: string, firstLine: number): {data: Record<string, unknown>; lines: Record<string, number>; unread?: string} {
  const settings = new Map<string, {value: string; line: number}>();
  const rows = block.replace(/\r?\n$/, '').split('\n');
  for (const [i, row] of rows.entries()) {
    const match = keywordLine.exec(row.replace(/\r$/, ''));
    const key = match?.[2]!.toUpperCase();
    if (!match || key === undefined || notSettings.has(key)) return {data: {}, lines: {}, unread: `line ${firstLine + i} is no Org keyword postlint reads as a field`};
    const value = (match[4] ?? '').trim();
    const known = settings.get(key);
    settings.set(key, known ? {value: `${known.value}\n${value}`, line: known.line} : {value, line: firstLine + i});
  }
  const data: Record<string, unknown> = {};
  const lines: Record<string, number> = {};
  for (const [upper, {value, line}] of settings) {
    const key = upper.toLowerCase();
    if (key.endsWith('[]')) {
      data[key.slice(0, -2)] = value.split(/\s+/).filter((word) => word !== '');
      lines[key.slice(0, -2)] = line;
      continue;
    }
    lines[key] = line;
    if (value.includes('\n')) data[key] = value.split('\n');
    else if (key === 'filetags') data[key] = value.replace(/^:/, '').replace(/:$/, '').split(':');
    else if (dates.has(key)) data[key] = orgDate(value);
    else data[key] = value;
  }
  return {data, lines};
}

/**
 * Hugo's `parseORGDate` (parser/metadecoders/decoder.go): the date of the leftmost match of Go's
 * `[<\[](\d{4}-\d{2}-\d{2}) .*[>\]]`, else the value as written. The `.*` only asks for a `>` or `]`
 * somewhere after the date's space, so the first such opening matches when the last closer lies past
 * it, and no later one can when it does not: one scan for the opening, one for the closer (a
 * backtracking `.*` from every opening is quadratic on a line of unclosed `<2020-01-01 `).
 */
function orgDate(value: string): string {
  const open = /[<[](\d{4}-\d{2}-\d{2}) /.exec(value);
  if (!open) return value;
  const closer = Math.max(value.lastIndexOf('>'), value.lastIndexOf(']'));
  return closer >= open.index + open[0].length ? open[1]! : value;
}
