import type {Root, Yaml} from 'mdast';
import type {Span} from './types.js';
import {engineFor, fenceLanguage, type FenceLanguage, type FrontMatterReading} from './front-matter-language.js';
import {jsonObjectPlace, type JsonObjectBlock} from './front-matter-json.js';
import {hugoIntro, readOrgFields, type HugoIntro} from './front-matter-hugo-intro.js';
import {pointAt, pointsAt} from './text/position.js';
import {flatYamlFields} from './front-matter-flat.js';
import {frontMatterLineCount} from './text/front-matter-lines.js';
import {isMarpBlock, marpLooseText} from './front-matter-marp.js';
import {booleanWords, type BooleanWord} from './front-matter-yaml11.js';

/** `code`: a block in a language only running it reads (gray-matter's `---js`); `org`: `#+KEY: value` lines (Hugo). */
export type FrontMatterFormat = 'yaml' | 'toml' | 'json' | 'code' | 'org';

export interface FrontMatter {
  format: FrontMatterFormat;
  /** Parsed data; `{}` when the block is empty or failed to parse. */
  data: Record<string, unknown>;
  /** Where the block starts (the `---` / `+++` line). */
  start: Span;
  /** The block's last line (its closing fence), when known: the page's body starts after it. */
  endLine?: number;
  /** 1-based line of each top-level key, for messages that point at a field. */
  keyLines: Record<string, Span>;
  /** A syntax error, at its real position in the file. */
  error?: {message: string} & Span;
  /**
   * When the error is only top-level keys given more than once: each repeat (line of the later
   * one) and whether its value equals the one before, with the fields as a parser that keeps the
   * last one reads them (Ruby's Psych, PyYAML). Whether that is an error is the generator's to say.
   */
  repeated?: {keys: RepeatedKey[]; data: Record<string, unknown>};
  /**
   * When the error is only tabs starting lines inside a flow collection (`tags: [` then a tab and
   * an item): the fields as readers that take a tab there as separation space read them (libyaml:
   * Ruby's Psych, PyYAML's CSafeLoader; js-yaml). Whether that is an error is the generator's to say.
   */
  flowTabs?: {data: Record<string, unknown>};
  /**
   * When the error is only lines inside a flow collection indented no deeper than the key that opens
   * it (`tags: [a, b,` continued at column 0), tabs there or not: the fields as libyaml reads them,
   * which takes no account of indentation inside a flow collection (Ruby's Psych, PyYAML). js-yaml
   * and the `yaml` package refuse it; whether that is an error is the generator's to say.
   */
  flowIndent?: {data: Record<string, unknown>};
  /**
   * A Marp deck's block (a `marp: true` line: src/front-matter-marp.ts) that the `yaml` package
   * refused: the fields as Marp's loose YAML reads them, when it reads them. The deck is Marp's either way.
   */
  marp?: {data?: Record<string, unknown>};
  /**
   * Unquoted values a YAML 1.1 reader may take as booleans (`draft: yes`), which the `yaml` package
   * reads as text (src/front-matter-yaml11.ts). Which of them are booleans is the generator's to say.
   */
  booleanWords?: BooleanWord[];
  /** The language its opening fence names (`---json`), when it names one. */
  language?: string;
  /** Why its fields are not known (a block of code): `data` is then empty, not the page's. */
  unread?: string;
}

/** Front matter of fields read from a file outside the run (a YAML block at the top, no line of any key known). */
export function fieldsOnly(data: Record<string, unknown>): FrontMatter {
  return {format: 'yaml', data, keyLines: {}, start: {line: 1, column: 1}};
}

/** A block's language as the site's generator reads it: the fence's name, the engines it has, and its name for messages. */
export interface FrontMatterLanguage {
  fence: FenceLanguage;
  engines: Readonly<Record<string, FrontMatterReading>>;
  reader: string;
}

export interface RepeatedKey extends Span {
  key: string;
  /** The line of the key's first occurrence. */
  first: number;
  /** The repeat gives the same value: a parser keeping the last one reads what the writer meant either way. */
  same: boolean;
  /** The first value is empty (`tags: []`, `title:`): the repeat fills it, and nothing the writer wrote is lost. */
  emptyFirst?: boolean;
}

/** TOML front matter arrives as a node of type `toml`, which mdast's types do not name. */
interface TomlNode {
  type: 'toml';
  value: string;
  position?: Yaml['position'];
}

/**
 * Parse the front-matter node that remark-frontmatter left at the top of the tree.
 * Both parsers are loaded lazily: most runs see only one of the two formats.
 */
export async function readFrontMatter(tree: Root, language?: FrontMatterLanguage): Promise<FrontMatter | undefined> {
  const first = tree.children[0] as Yaml | TomlNode | undefined;
  if (!first || (first.type !== 'yaml' && first.type !== 'toml') || !first.position) return undefined;
  if (language && first.type === 'yaml') return readInLanguage(first, language);
  const format: FrontMatterFormat = first.type;
  const startLine = first.position.start.line;
  // The value begins on the line after the fence.
  const bodyLine = startLine + 1;
  // A lone CR ends a line in Markdown (and so for remark-frontmatter), not for the YAML and TOML parsers.
  const text = first.value.replace(/\r\n?/g, '\n');
  const fm: FrontMatter = {
    format,
    data: {},
    start: {line: startLine, column: first.position.start.column},
    endLine: first.position.end.line,
    keyLines: topLevelKeyLines(text, format, bodyLine),
  };
  if (text.trim() === '') return fm;
  try {
    const parsed = format === 'yaml' ? await parseYaml(text) : await parseToml(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      fm.data = parsed as Record<string, unknown>;
      if (format === 'yaml') {
        const words = await booleanWords(text);
        if (words) fm.booleanWords = words;
      }
    } else if (parsed !== null && parsed !== undefined) {
      fm.error = {message: `Front matter is not a map of fields (found ${Array.isArray(parsed) ? 'a list' : typeof parsed})`, line: bodyLine, column: 1};
    }
  } catch (error) {
    fm.error = locateError(error, format, bodyLine, text);
    if (format === 'yaml') {
      const repeated = await repeatedKeys(text, bodyLine);
      if (repeated) fm.repeated = repeated;
      const spaced = flowTabsAsSpaces(text);
      const data = spaced === undefined ? undefined : await parseYaml(spaced).catch(() => undefined);
      if (data && typeof data === 'object' && !Array.isArray(data)) fm.flowTabs = {data: data as Record<string, unknown>};
      const indented = flowLinesIndented(text);
      const read = indented === undefined ? undefined : await parseYaml(indented).catch(() => undefined);
      if (read && typeof read === 'object' && !Array.isArray(read)) fm.flowIndent = {data: read as Record<string, unknown>};
      // A block a generator reads once repaired holds its bare yes/no too (the repairs move no value: same paths).
      const words = (await booleanWords(text)) ?? (spaced === undefined ? undefined : await booleanWords(spaced)) ?? (indented === undefined ? undefined : await booleanWords(indented));
      if (words) fm.booleanWords = words;
      if (isMarpBlock(text)) {
        const loose = await parseYaml(marpLooseText(text)).catch(() => undefined);
        fm.marp = loose && typeof loose === 'object' && !Array.isArray(loose) ? {data: loose as Record<string, unknown>} : {};
      }
    }
  }
  return fm;
}

/** A `---<language>` block (the parser saw it as a `---` block, its name blanked), read as the generator's engine for that name reads it. */
async function readInLanguage(node: Yaml, language: FrontMatterLanguage): Promise<FrontMatter> {
  const {name} = language.fence;
  const reading = engineFor(name, language.engines);
  const start = {line: node.position!.start.line, column: node.position!.start.column};
  const text = node.value.replace(/\r\n?/g, '\n');
  if (reading === 'yaml' || reading === 'toml') {
    const read = await readFrontMatter({type: 'root', children: [{...node, type: reading} as Yaml]});
    return {...read!, language: name};
  }
  const fm: FrontMatter = {format: reading === 'json' ? 'json' : 'code', data: {}, start, keyLines: {}, language: name};
  if (reading === undefined) {
    const known = Object.keys(language.engines).sort().join(', ');
    fm.error = {message: `Front matter in "${name}" (\`---${name}\`) is a language ${language.reader} has no reader for (it reads ${known}): the build stops on it`, line: start.line, column: language.fence.column};
    return fm;
  }
  if (reading === 'code') {
    fm.unread = `its front matter is ${name} code (\`---${name}\`), whose fields only running it gives`;
    return fm;
  }
  if (text.trim() === '') return fm;
  readJsonFields(fm, text, start.line + 1);
  return fm;
}

/**
 * A bare JSON object opening the file (Hugo: src/front-matter-json.ts), read from the file's text.
 * Never closed, it is an error at its `{`: the build stops on it.
 */
export function readJsonObjectFrontMatter(source: string, block: JsonObjectBlock): FrontMatter {
  const {start} = jsonObjectPlace(source, block);
  const fm: FrontMatter = {format: 'json', data: {}, start: {line: start.line, column: start.column}, keyLines: {}};
  if (!block.closed) {
    fm.error = {message: 'JSON front matter (the `{` opening the file) is never closed: the build stops on it', line: start.line, column: start.column};
    return fm;
  }
  // A shortcode opening the page (`{{< x >}}`) is read as this block, and is no JSON (gohugoio/hugo#7176).
  if (source.startsWith('{{', block.start)) {
    fm.error = {message: 'The page opens with `{{`, which is read as JSON front matter, not as a shortcode, and the build stops on it: put front matter before it', line: start.line, column: start.column};
    return fm;
  }
  // The `{` line's lead as spaces: every line and column of the JSON is the file's.
  readJsonFields(fm, ' '.repeat(start.column - 1) + source.slice(block.start, block.end).replace(/\r\n?/g, '\n'), start.line);
  return fm;
}

/** Org-mode front matter (`#+TITLE: A title` lines) from `start` to `end` of the source, as Hugo reads it. */
export function readOrgFrontMatter(source: string, start: number, end: number): FrontMatter {
  const place = pointAt(source, start);
  const fields = readOrgFields(source.slice(start, end), place.line);
  const fm: FrontMatter = {format: 'org', data: fields.data, start: {line: place.line, column: place.column}, keyLines: {}};
  for (const [key, line] of Object.entries(fields.lines)) fm.keyLines[key] = {line, column: 1};
  if (fields.unread) fm.unread = fields.unread;
  return fm;
}

/** Front matter where Hugo's page lexer finds it and the Markdown parser does not (src/front-matter-hugo-intro.ts). */
export async function readIntroFrontMatter(source: string, intro: HugoIntro): Promise<FrontMatter | undefined> {
  if (intro.kind === 'json') return readJsonObjectFrontMatter(source, intro.block);
  if (intro.kind === 'org') return readOrgFrontMatter(source, intro.start, intro.end);
  return readFrontMatter({type: 'root', children: [introNode(source, intro) as Yaml]});
}

/** The front-matter node of a block Hugo reads and the Markdown parser does not: what remark-frontmatter would make of it at its place. */
export function introNode(source: string, intro: HugoIntro): {type: 'yaml' | 'toml'; value: string; position: NonNullable<Yaml['position']>} {
  const start = intro.kind === 'json' ? intro.block.start : intro.start;
  const end = intro.kind === 'json' ? intro.block.end : intro.end;
  const value = intro.kind === 'json' || intro.kind === 'org' ? source.slice(start, end) : intro.value;
  const [startPoint, endPoint] = pointsAt(source, [start, end]);
  return {type: intro.kind === 'toml' ? 'toml' : 'yaml', value, position: intro.kind === 'json' ? jsonObjectPlace(source, intro.block) : {start: {...startPoint!, offset: start}, end: {...endPoint!, offset: end}}};
}

/** The fields of a JSON object (its first line is `firstLine`), their lines, or the error at its place. */
function readJsonFields(fm: FrontMatter, text: string, firstLine: number): void {
  fm.keyLines = jsonKeyLines(text, firstLine);
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fm.data = parsed as Record<string, unknown>;
    else if (parsed !== null) fm.error = {message: `Front matter is not a map of fields (found ${Array.isArray(parsed) ? 'a list' : typeof parsed})`, line: firstLine, column: 1};
  } catch (error) {
    fm.error = {message: `Invalid JSON front matter: ${(error instanceof Error ? error.message : String(error)).replace(/ in JSON at position \d+.*$/, '')}`, ...jsonErrorPlace(error, text, firstLine)};
  }
}

/** The line and column of a JSON.parse error, from the position its message names. */
function jsonErrorPlace(error: unknown, text: string, bodyLine: number): Span {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return {line: bodyLine, column: 1};
  const before = text.slice(0, Number(position)).split('\n');
  return {line: bodyLine + before.length - 1, column: before.at(-1)!.length + 1};
}

/** The line of each key of the JSON object's own level (depth 1), strings skipped. */
function jsonKeyLines(text: string, bodyLine: number): Record<string, Span> {
  const lines: Record<string, Span> = {};
  let depth = 0;
  let line = bodyLine;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') {
      line++;
      lineStart = i + 1;
    } else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
    else if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"' && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1;
      if (depth === 1 && /^\s*:/.test(text.slice(end + 1, end + 40))) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          key = text.slice(i + 1, end);
        }
        const lineEnd = text.indexOf('\n', i);
        lines[key] ??= {line, column: i - lineStart + 1, endLine: line, endColumn: (lineEnd === -1 ? text.length : lineEnd) - lineStart + 1};
      }
      i = end;
    }
  }
  return lines;
}

async function parseYaml(text: string): Promise<unknown> {
  // Flat front matter (one `key: value` a line) is read without the parser: the same fields, a fraction of the time.
  const flat = flatYamlFields(text);
  if (flat) return flat;
  const {parseDocument} = await import('yaml');
  const options = {prettyErrors: false, uniqueKeys: true, logLevel: 'error'} as const;
  const doc = parseDocument(text, options);
  if (doc.errors.length > 0) {
    // A quoted value whose next lines start at column 0: YAML 1.2 wants them indented, but libyaml
    // and the parsers built on it (Ruby's Psych for Jekyll, PyYAML, go-yaml) read them as the
    // value's continuation. Read so, the value is what those generators get.
    // Only the value the error names is re-read so (each in turn, when several are): a quote on a
    // line of a `|` block is text, and a quote no reader closes stays an error.
    let current = text;
    let again = doc;
    for (let tries = 0; tries < 20; tries++) {
      const error = again.errors[0]!;
      const quoteAt = error.code === 'MISSING_CHAR' ? unclosedQuoteAt(error.message, current, error.pos[0]) : undefined;
      const indented = quoteAt === undefined ? undefined : indentQuotedContinuations(current, quoteAt);
      if (indented === undefined) break;
      current = indented;
      again = parseDocument(current, options);
      if (again.errors.length === 0) return again.toJS({maxAliasCount: 100});
    }
    throw doc.errors[0];
  }
  return doc.toJS({maxAliasCount: 100});
}

/**
 * The top-level keys given more than once, when that is the block's only problem, and its fields
 * as a parser keeping the last of each reads them; undefined otherwise.
 */
/** Values that hold nothing, as JSON: a repeat after one loses nothing the writer wrote. */
const emptyValues = new Set(['null', '""', '[]', '{}']);

async function repeatedKeys(text: string, bodyLine: number): Promise<FrontMatter['repeated']> {
  const {parseDocument, isMap, isNode, isScalar} = await import('yaml');
  const doc = parseDocument(text, {prettyErrors: false, uniqueKeys: false, logLevel: 'error'});
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const seen = new Map<string, {line: number; value: string}>();
  const keys: RepeatedKey[] = [];
  const lineOf = (offset: number): number => bodyLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) return undefined;
    const key = String(pair.key.value);
    const value = JSON.stringify(isNode(pair.value) ? pair.value.toJSON() : (pair.value ?? null)) ?? 'null';
    const line = lineOf(pair.key.range[0]);
    const before = seen.get(key);
    if (before) keys.push({key, line, column: 1, first: before.line, same: before.value === value, emptyFirst: emptyValues.has(before.value)});
    seen.set(key, {line, value});
  }
  // A key repeated deeper down (inside a map value) is left as the error it is.
  if (keys.length === 0) return undefined;
  const data = doc.toJS({maxAliasCount: 100}) as unknown;
  return data && typeof data === 'object' && !Array.isArray(data) ? {keys, data: data as Record<string, unknown>} : undefined;
}

/**
 * The text with the lines that continue the quoted value opened at `quoteAt` (a key's value,
 * `title: "…`, or a list item's, `- "[a link\n](…)"`) indented one space past the column of the
 * node holding it (its key, or else its item's dash), when they are not already; lines stay lines,
 * so positions of errors stay right. Undefined when the quote does not open a value or no line
 * needed it. libyaml's scanner (Psych, PyYAML, go-yaml v2) checks no indentation inside a quoted
 * scalar, only a document marker at column 0; js-yaml warns ("deficient indentation") and reads on.
 */
function indentQuotedContinuations(text: string, quoteAt: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', quoteAt - 1) + 1;
  const opener = /^([ ]*)((?:-[ ]+)*)([A-Za-z_][\w.-]*[ \t]*:[ \t]+)?$/.exec(text.slice(lineStart, quoteAt));
  if (!opener) return undefined;
  const dashes = opener[2]!;
  // The column the value's lines must pass: its key's, else its innermost dash's, else the line's indentation.
  const holder = opener[1]!.length + (opener[3] !== undefined ? dashes.length : Math.max(0, dashes.trimEnd().lastIndexOf('-')));
  const lines = text.slice(lineStart).split('\n');
  let open = stillOpen(lines[0]!, quoteAt - lineStart + 1, text[quoteAt]!);
  let changed = false;
  for (let i = 1; i < lines.length && open !== undefined; i++) {
    const line = lines[i]!;
    // A document marker ends the block in every reader: left for the error it is.
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(line)) break;
    const blank = /^[ ]*/.exec(line)![0].length;
    if (blank <= holder && line.trim() !== '') {
      lines[i] = ' '.repeat(holder + 1 - blank) + line;
      changed = true;
    }
    open = stillOpen(line, 0, open);
  }
  return changed ? text.slice(0, lineStart) + lines.join('\n') : undefined;
}

/**
 * The text with the tabs that start lines inside a flow collection (`[`…`]`, `{`…`}`) made spaces,
 * one for one (lines and columns stay where they are); undefined when there are none. YAML 1.2 lets
 * a tab separate tokens inside a flow collection, but the parser reads a tab at a line's start as
 * indentation, which may not be a tab; libyaml and js-yaml skip it as white space.
 */
export function flowTabsAsSpaces(text: string): string | undefined {
  const lines = text.split('\n');
  let state: FlowState = {depth: 0};
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (state.depth > 0 && state.quote === undefined && /^[ \t]*\t/.test(lines[i]!)) {
      lines[i] = lines[i]!.replace(/^[ \t]+/, (blank) => ' '.repeat(blank.length));
      changed = true;
    }
    state = flowStateAfter(lines[i]!, state);
  }
  return changed ? lines.join('\n') : undefined;
}

/**
 * The text with each line that starts inside a flow collection indented past the line that opened
 * the collection (its leading tabs made spaces); undefined when none needs it. libyaml's scanner
 * checks indentation in block context only (scanner.c: yaml_parser_unroll_indent returns at once
 * when flow_level is set; yaml_parser_scan_plain_scalar stops at a shallower line only outside flow
 * collections), so `tags: [a, b,` continued at column 0 is the list it reads; the `yaml` package
 * wants such lines indented first. Inside a collection leading space is folded away, so the values
 * stay the same. A `...` or `---` line, which ends the document for libyaml too, is left as it is.
 */
export function flowLinesIndented(text: string): string | undefined {
  const lines = text.split('\n');
  let state: FlowState = {depth: 0};
  let need = 0;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const blank = /^[ \t]*/.exec(line)![0];
    if (state.depth === 0 && state.quote === undefined) need = blank.replace(/\t/g, ' ').length + 1;
    else if (state.depth > 0 && state.quote === undefined && line.trim() !== '' && !/^(?:---|\.\.\.)(?:\s|$)/.test(line) && (blank.includes('\t') || blank.length < need)) {
      lines[i] = ' '.repeat(Math.max(need, blank.length)) + line.slice(blank.length);
      changed = true;
    }
    state = flowStateAfter(line, state);
  }
  return changed ? lines.join('\n') : undefined;
}

/** Where a line leaves the scan: the flow-collection depth, and the quote of a value still open (one quoted value may run over several lines). */
interface FlowState {
  depth: number;
  quote?: string;
}

/**
 * The state after a line, from the state before it: brackets in quotes and comments aside. A quoted
 * value runs on past its line (`type: '{` … `}'`): its brackets are text, and so are its lines' tabs.
 */
function flowStateAfter(line: string, before: FlowState): FlowState {
  let {depth, quote} = before;
  // Where a value may begin (line start, after `[`, `{`, `,`, `:`, or a `-`/`?` indicator): only there
  // does a quote open one. An apostrophe inside a plain value (`Rock 'n roll`) is text, and now that a
  // quote runs on past its line, reading it as one would hide the brackets of every line after it.
  let valueStart = true;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote !== undefined) {
      if (quote === '"' && char === '\\') i++;
      // `''` inside single quotes is one quote.
      else if (quote === "'" && char === "'" && line[i + 1] === "'") i++;
      else if (char === quote) quote = undefined;
      valueStart = false;
      continue;
    }
    if ((char === '"' || char === "'") && valueStart && (i === 0 || /[\s\[{,:]/.test(line[i - 1]!))) quote = char;
    else if (char === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
    else if (char === '[' || char === '{') depth++;
    else if ((char === ']' || char === '}') && depth > 0) depth--;
    if (char === ' ' || char === '\t') continue;
    valueStart = /[[{,:]/.test(char) || (valueStart && (char === '-' || char === '?'));
  }
  return quote === undefined ? {depth} : {depth, quote};
}

/** After reading `line` from `from` inside a value quoted with `quote`: the quote if it is still open. */
function stillOpen(line: string, from: number, quote: string): string | undefined {
  for (let i = from; i < line.length; i++) {
    const char = line[i];
    if (quote === '"' && char === '\\') i++;
    else if (char === quote) {
      // `''` inside single quotes is one quote.
      if (quote === "'" && line[i + 1] === "'") i++;
      else return undefined;
    }
  }
  return quote;
}

async function parseToml(text: string): Promise<unknown> {
  const {parse} = await import('smol-toml');
  return localDatesAsText(parse(text));
}

/**
 * TOML local dates (no offset) become their text, as YAML's do: a Date subclass that knows it is
 * local loses that knowledge when facts are cloned or cached, and would turn into a UTC instant.
 */
function localDatesAsText(value: unknown): unknown {
  if (value instanceof Date) {
    const local = value as Date & {isLocal?: () => boolean};
    return typeof local.isLocal === 'function' && local.isLocal() ? value.toISOString().replace(/\.000$/, '') : value;
  }
  if (Array.isArray(value)) return value.map(localDatesAsText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localDatesAsText(v)]));
  return value;
}

function locateError(error: unknown, format: FrontMatterFormat, bodyLine: number, text: string): {message: string} & Span {
  const name = format === 'yaml' ? 'YAML' : 'TOML';
  const raw = error instanceof Error ? error.message : String(error);
  // Both parsers append a code frame to their message; the first line is what matters.
  const first = raw.split('\n')[0]!.replace(/\s+at line \d+, column \d+:?$/, '').replace(/:$/, '');
  let line = bodyLine;
  let column = 1;
  const e = error as {linePos?: [{line: number; col: number}]; line?: number; column?: number; pos?: [number, number]};
  if (e.linePos?.[0]) {
    line = bodyLine + e.linePos[0].line - 1;
    column = e.linePos[0].col;
  } else if (typeof e.pos?.[0] === 'number') {
    // yaml's errors give an offset (prettyErrors off computes no line): the error's own line, not the block's first.
    const at = unclosedQuoteAt(first, text, e.pos[0]) ?? e.pos[0];
    const before = text.slice(0, Math.min(at, text.length));
    line = bodyLine + (before.match(/\n/g)?.length ?? 0);
    column = before.length - before.lastIndexOf('\n');
  } else if (typeof e.line === 'number') {
    line = bodyLine + e.line - 1;
    column = typeof e.column === 'number' ? e.column : 1;
  }
  return {message: `Invalid ${name} front matter: ${first}`, line, column};
}

/**
 * For a quote never closed (yaml's "Missing closing \"quote", found where the value's reading
 * stopped): the offset of the quote that opened the value, the last unescaped one before that
 * place (a `\"` inside double quotes, a `''` inside single ones, does not close it); undefined
 * for other errors.
 */
function unclosedQuoteAt(message: string, text: string, at: number): number | undefined {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote === undefined) return undefined;
  for (let i = Math.min(at, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"' && text[i - 1] === '\\') continue;
    if (quote === "'" && (text[i - 1] === "'" || text[i + 1] === "'")) {
      i--;
      continue;
    }
    return i;
  }
  return undefined;
}

const yamlKey = /^([A-Za-z_][\w.-]*|"[^"]+"|'[^']+')\s*:/;
const tomlKey = /^([A-Za-z_][\w-]*|"[^"]+")\s*=/;

function topLevelKeyLines(text: string, format: FrontMatterFormat, bodyLine: number): Record<string, Span> {
  const lines: Record<string, Span> = {};
  const pattern = format === 'yaml' ? yamlKey : tomlKey;
  const rows = text.split(/\r?\n/);
  for (const [i, row] of rows.entries()) {
    // A TOML table header ends the top level.
    if (format === 'toml' && /^\s*\[/.test(row)) break;
    const match = pattern.exec(row);
    if (!match) continue;
    const key = match[1]!.replace(/^["']|["']$/g, '');
    lines[key] ??= {line: bodyLine + i, column: 1, endLine: bodyLine + i, endColumn: row.length + 1};
  }
  return lines;
}

const fencePattern = /^(---|\+\+\+)[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)?\1[ \t]*(?:\r\n?|\n|$)/;

/**
 * Front matter of a file that is not being linted (a link's target outside this run), read from
 * its text without parsing the Markdown: the same fences remark-frontmatter accepts.
 */
export async function readFrontMatterFromText(source: string, engines?: FrontMatterLanguage['engines'], reader = '', intro = false): Promise<FrontMatter | undefined> {
  const found = intro ? hugoIntro(source) : undefined;
  if (found) return readIntroFrontMatter(source, found);
  const bare = source.replace(/^\uFEFF/, '');
  const fence = engines ? fenceLanguage(bare) : undefined;
  const match = fencePattern.exec(fence ? bare.slice(0, fence.column - 1) + bare.slice(fence.endColumn - 1) : bare);
  if (!match) return undefined;
  const value = match[2]!;
  const lines = match[0].split(/\r\n?|\n/).length;
  const node = {
    type: match[1] === '---' ? 'yaml' : 'toml',
    value,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: lines, column: 1, offset: match[0].length}},
  };
  return readFrontMatter({type: 'root', children: [node as Yaml]}, fence && engines ? {fence, engines, reader} : undefined);
}

/**
 * The fields of a page's leading `---` YAML block, read from its text before the page is parsed
 * (what decides how the page is pre-processed, Eleventy's `templateEngineOverride`); undefined when
 * it has none, or the block is no YAML map.
 */
export async function leadingYamlFields(text: string): Promise<Record<string, unknown> | undefined> {
  const lines = frontMatterLineCount(text);
  if (lines === 0 || !text.startsWith('---', text.charCodeAt(0) === 0xfeff ? 1 : 0)) return undefined;
  const block = text.split(/\r?\n|\r/).slice(1, lines - 1).join('\n');
  try {
    const data = await parseYaml(block);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
