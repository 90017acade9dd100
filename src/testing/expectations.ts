/**
 * Expectations written inside fixture files, as markdownlint's test corpus writes them beside its
 * Markdown: a comment on its own line names the finding the next line must get.
 *
 *     <!-- expect no-broken-anchors -->
 *     See [the setup](#setpu).
 *
 *     <!-- expect spelling col=12 message="Unknown word \"teh\"" -->
 *     <!-- expect spelling col=30 -->
 *     A line with teh two findings, recieve.
 *
 * Comments in a row all apply to the first line after them that is not one. Attributes: `col=N`
 * (else any column), `line=N` (an absolute line, for findings on line 1 such as front matter),
 * `severity=error|warning`, `id=<messageId>`, `message="…"` (exact text; `\"` for a quote).
 */

export type SeverityName = 'error' | 'warning';

/** One finding a test expects. Fields left out are not checked. */
export interface Expectation {
  /** Path relative to the site's root, with forward slashes. */
  file: string;
  line: number;
  column?: number;
  /** Defaults to the rule under test. */
  ruleId?: string | null;
  severity?: SeverityName;
  /** The exact message, or a pattern it must match. */
  message?: string | RegExp;
  messageId?: string;
}

const expectLine = /^\s*<!--\s*expect\s+(\S+)((?:\s+[\w-]+=(?:"(?:[^"\\]|\\.)*"|[^\s"]+))*)\s*-->\s*$/;
const attribute = /([\w-]+)=(?:"((?:[^"\\]|\\.)*)"|([^\s"]+))/g;
const known = new Set(['col', 'line', 'severity', 'id', 'message']);

/** A malformed `expect` comment: the test is wrong, so it is told where. */
export class ExpectationError extends Error {}

/**
 * The expectations `<!-- expect … -->` comments in `text` write for `ruleId` (comments naming
 * other rules are for other tests of the same fixture, and are skipped).
 */
export function readExpectations(file: string, text: string, ruleId: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  // A final newline ends the last line; it does not start one.
  if (lines.at(-1) === '') lines.pop();
  const found: Expectation[] = [];
  let pending: Array<{line: number; expectation: Expectation; absolute: boolean}> = [];
  for (const [i, content] of lines.entries()) {
    const lineNumber = i + 1;
    if (!/^\s*<!--\s*expect\s/.test(content)) {
      for (const item of pending) {
        if (!item.absolute) item.expectation.line = lineNumber;
        found.push(item.expectation);
      }
      pending = [];
      continue;
    }
    const match = expectLine.exec(content);
    if (!match) throw new ExpectationError(`${file}:${lineNumber}: cannot read this expect comment; write <!-- expect <rule-id> col=N -->`);
    const expectation = parseAttributes(file, lineNumber, match[1]!, match[2] ?? '');
    if (expectation.ruleId !== ruleId) continue;
    pending.push({line: lineNumber, expectation, absolute: expectation.line > 0});
  }
  if (pending.length > 0) throw new ExpectationError(`${file}:${pending[0]!.line}: an expect comment at the end of the file has no line to apply to`);
  return found;
}

function parseAttributes(file: string, lineNumber: number, rule: string, rest: string): Expectation {
  const expectation: Expectation = {file, line: 0, ruleId: rule};
  const where = `${file}:${lineNumber}`;
  for (const [, key, quoted, bare] of rest.matchAll(attribute)) {
    const value = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : bare!;
    if (!known.has(key!)) throw new ExpectationError(`${where}: unknown expect attribute "${key}" (known: ${[...known].join(', ')})`);
    if (key === 'col' || key === 'line') {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1) throw new ExpectationError(`${where}: ${key}=${value} is not a positive whole number`);
      if (key === 'col') expectation.column = number;
      else expectation.line = number;
    } else if (key === 'severity') {
      if (value !== 'error' && value !== 'warning') throw new ExpectationError(`${where}: severity=${value}: write error or warning`);
      expectation.severity = value;
    } else if (key === 'id') expectation.messageId = value;
    else expectation.message = value;
  }
  return expectation;
}
