import {dirname, isAbsolute, join} from 'node:path';
import {parse as parseYaml} from 'yaml';
import {readSmallFileIfAny} from '../read-text.js';
import {folders} from './typos-config.js';
import type {Span} from './spans.js';

/**
 * A changelog a tool renders again and again from the repository's history through a template the
 * repository holds: git-chglog (git-chglog/git-chglog) reads `.chglog/config.yml` from the folder it
 * runs in (its `--config` default), whose `template:` (default `CHANGELOG.tpl.md`) is resolved from
 * the config's folder (cmd/git-chglog/config.go `Normalize`), a Go text/template that writes each
 * commit's subject (`* {{ if .Scope }}**{{ .Scope }}:** {{ end }}{{ .Subject }}`) under its
 * version. Those lines are the commits' words: a typo there comes back with every regeneration, and
 * is fixed in the history or not at all. Spelling and brand-casing leave them alone.
 *
 * A page is that template's output when its lines fit the template's lines: each template line,
 * its actions' values read as any text and what `if`/`range`/`with` guard as maybe absent, is a
 * shape; at least nine in ten of the page's non-blank lines fit a shape that holds some fixed text,
 * and two or more of them fit one whose fixed text has a letter or digit (`<a name="…"></a>`,
 * `[…]: …/compare/…`): a list of bullets and headings alone proves nothing. Only the lines that
 * fit are left alone: a paragraph the maintainers wrote into the file by hand (a "partially
 * generated" changelog) is read. A config in the repository with no such page changes nothing,
 * and a hand-written changelog in a repository without one is read as before.
 */

/** The config git-chglog reads by default, from the folder it runs in (the repository's top, as a rule). */
const chglogConfig = join('.chglog', 'config.yml');
const chglogDefaultTemplate = 'CHANGELOG.tpl.md';

/** A template line as a run of fixed texts and gaps (`undefined`: any text, maybe none). */
type Shape = Array<string | undefined>;

interface LineShape {
  parts: Shape;
  /** Its fixed text has a letter or a digit: a line only that template writes. */
  lettered: boolean;
}

const compiled = new Map<string, LineShape[]>();

/** Forget the templates read (the language server, after a file changed). */
export function forgetChangelogTemplates(): void {
  compiled.clear();
}

/** The files whose change changes what `templatedChangelogSpans` reads for a site rooted at `root`. */
export function changelogTemplateInputs(root: string): string[] {
  const inputs: string[] = [];
  for (const dir of folders(root)) {
    const config = join(dir, chglogConfig);
    inputs.push(config);
    const template = templatePath(config);
    if (template !== undefined) inputs.push(template);
  }
  return inputs;
}

/** The template a git-chglog config names, resolved as git-chglog does; undefined without a config. */
function templatePath(config: string): string | undefined {
  const text = readSmallFileIfAny(config);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch {
    return undefined;
  }
  const named = typeof data === 'object' && data !== null && typeof (data as {template?: unknown}).template === 'string' ? (data as {template: string}).template : chglogDefaultTemplate;
  return isAbsolute(named) ? named : join(dirname(config), named);
}

/** The line shapes of the changelog templates configured for the site rooted at `root` (nearest first). */
function shapesFor(root: string): LineShape[] {
  let shapes = compiled.get(root);
  if (shapes === undefined) {
    shapes = [];
    for (const dir of folders(root)) {
      const template = templatePath(join(dir, chglogConfig));
      const text = template === undefined ? undefined : readSmallFileIfAny(template);
      if (text !== undefined) shapes.push(...goTemplateShapes(text));
    }
    compiled.set(root, shapes);
  }
  return shapes;
}

/** Share of a page's non-blank lines that must fit the template. */
const fitShare = 0.9;
/** A changelog has a few versions at least: a handful of lines is no evidence. */
const minLines = 5;
/** Lines too long to be a template's line are not compared (each comparison stays short). */
const maxLine = 2000;

/** The spans of the page's lines a changelog template configured in the repository wrote; none when the page is not its output. */
export function templatedChangelogSpans(source: string, root: string): Span[] {
  // Most pages hold no bullet or heading a changelog template writes; and most sites have no template.
  if (!source.includes('\n')) return [];
  const shapes = shapesFor(root);
  if (shapes.length === 0) return [];
  const fitting: Span[] = [];
  let lines = 0;
  let lettered = 0;
  let offset = 0;
  for (const raw of source.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    lines++;
    if (line.length > maxLine) continue;
    const shape = shapes.find((candidate) => fits(line, candidate.parts));
    if (shape === undefined) continue;
    fitting.push([start, start + raw.length]);
    if (shape.lettered) lettered++;
  }
  if (lines < minLines || fitting.length < fitShare * lines || lettered < 2) return [];
  return fitting;
}

/** Does `line` fit the shape: its fixed texts in order, the gaps any text? (A glob match: greedy first occurrences are enough.) */
function fits(line: string, parts: Shape): boolean {
  let at = 0;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (part === undefined) continue;
    const gapBefore = index > 0 && parts[index - 1] === undefined;
    const last = index === parts.length - 1;
    if (last) {
      // The last fixed text ends the line; after a gap it may start anywhere past `at`.
      if (!line.endsWith(part) || line.length - part.length < at) return false;
      if (!gapBefore && line.length - part.length !== at) return false;
      return true;
    }
    if (!gapBefore) {
      if (!line.startsWith(part, at)) return false;
      at += part.length;
      continue;
    }
    const found = line.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return parts.at(-1) === undefined || at === line.length;
}

/** A template's pieces: fixed text, a value written (`{{ .Subject }}`), and the actions that guard text. */
type Piece = {text: string} | {value: true} | {open: true} | {else: true} | {end: true};

/** Go text/template actions, with their trim markers (`{{- ` and ` -}}` remove the white space beside them). */
const action = /\{\{(-[ \t\r\n])?([\s\S]*?)([ \t\r\n]-)?\}\}/g;

/** The pieces of a Go template, trim markers applied. */
function goTemplatePieces(template: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  let trimNext = false;
  const pushText = (text: string, trimEnd: boolean): void => {
    let kept = trimNext ? text.replace(/^\s+/, '') : text;
    if (trimEnd) kept = kept.replace(/\s+$/, '');
    if (kept !== '') pieces.push({text: kept});
  };
  for (const match of template.matchAll(action)) {
    pushText(template.slice(last, match.index), match[1] !== undefined);
    last = match.index + match[0].length;
    trimNext = match[3] !== undefined;
    const body = match[2]!.trim();
    const word = /^[\w$]+/.exec(body)?.[0] ?? '';
    if (body.startsWith('/*') || /^\$\w*\s*:?=/.test(body) || word === 'break' || word === 'continue') continue;
    if (word === 'if' || word === 'range' || word === 'with' || word === 'define' || word === 'block') pieces.push({open: true});
    else if (word === 'else') pieces.push({else: true});
    else if (word === 'end') pieces.push({end: true});
    else pieces.push({value: true});
  }
  pushText(template.slice(last), false);
  return pieces;
}

/** Alternatives a line's guarded text may take are expanded; a line with more than this many is left out. */
const maxAlternatives = 32;

/** The line shapes of a Go template: one per line of its output, guarded text made optional. */
export function goTemplateShapes(template: string): LineShape[] {
  const lines: Piece[][] = [[]];
  for (const piece of goTemplatePieces(template)) {
    if (!('text' in piece)) {
      lines.at(-1)!.push(piece);
      continue;
    }
    const [first, ...rest] = piece.text.split('\n');
    if (first !== '') lines.at(-1)!.push({text: first!});
    for (const text of rest) lines.push(text === '' ? [] : [{text}]);
  }
  const shapes: LineShape[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const alternatives = lineAlternatives(line);
    if (alternatives === undefined) continue;
    for (const parts of alternatives) {
      const fixed = parts.filter((part): part is string => part !== undefined).join('');
      if (fixed.trim() === '') continue;
      const key = JSON.stringify(parts);
      if (seen.has(key)) continue;
      seen.add(key);
      shapes.push({parts, lettered: /[\p{L}\p{N}]/u.test(fixed)});
    }
  }
  return shapes;
}

/** A line's pieces as flat shapes: each guarded run either there (each branch) or not; undefined when too many. */
function lineAlternatives(line: Piece[]): Shape[] | undefined {
  // A group per open action on this line: its branches so far.
  interface Group {
    branches: Shape[][];
    hasElse: boolean;
  }
  const stack: Group[] = [];
  let current: Shape[] = [[]];
  const append = (part: string | undefined): void => {
    current = current.map((shape) => join2(shape, [part]));
  };
  const saved: Shape[][] = [];
  for (const piece of line) {
    if ('text' in piece) append(piece.text);
    else if ('value' in piece) append(undefined);
    else if ('open' in piece) {
      saved.push(current);
      stack.push({branches: [], hasElse: false});
      current = [[]];
    } else if ('else' in piece) {
      const group = stack.at(-1);
      // An `else` of a guard opened on an earlier line: what came before it and after are not on one output line.
      if (group === undefined) {
        current = [[undefined]];
        continue;
      }
      group.branches.push(current);
      group.hasElse = true;
      current = [[]];
    } else {
      const group = stack.pop();
      if (group === undefined) {
        // The end of a guard opened on an earlier line: this line's text before it may be absent.
        current = [[undefined]];
        continue;
      }
      current = closeGroup(saved.pop()!, group, current, false);
      if (current.length > maxAlternatives) return undefined;
    }
  }
  // Guards still open at the line's end: their text may be absent, and the line then goes on after their end.
  while (stack.length > 0) {
    current = closeGroup(saved.pop()!, stack.pop()!, current, true);
    if (current.length > maxAlternatives) return undefined;
  }
  return current.map(normalise);
}

function closeGroup(before: Shape[], group: {branches: Shape[][]; hasElse: boolean}, last: Shape[], open: boolean): Shape[] {
  const branches = [...group.branches, last].flat();
  // Without an `else` the guard may write nothing; left open, the line then continues with unknown text.
  if (!group.hasElse || open) branches.push(open ? [undefined] : []);
  return before.flatMap((prefix) => branches.map((branch) => join2(prefix, branch)));
}

function join2(a: Shape, b: Shape): Shape {
  return [...a, ...b];
}

/** Adjacent fixed texts joined, adjacent gaps one, the last fixed text's trailing white space dropped (lines are compared trimmed). */
function normalise(shape: Shape): Shape {
  const parts: Shape = [];
  for (const part of shape) {
    const previous = parts.at(-1);
    if (part === undefined) {
      if (parts.length === 0 || previous !== undefined) parts.push(undefined);
    } else if (part !== '') {
      if (typeof previous === 'string') parts[parts.length - 1] = previous + part;
      else parts.push(part);
    }
  }
  const last = parts.at(-1);
  if (typeof last === 'string') {
    const trimmed = last.trimEnd();
    if (trimmed === '') parts.pop();
    else parts[parts.length - 1] = trimmed;
  }
  return parts;
}
