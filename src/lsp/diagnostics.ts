import type {VFileMessage} from 'vfile-message';
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver';
import type {TextDocument} from 'vscode-languageserver-textdocument';
import {fixOf, type Fix} from '../fix.js';
import type {RuleModule} from '../types.js';

/** What a diagnostic carries for its code actions (LSP `data`, sent back in codeAction requests). */
export interface DiagnosticData {
  /** The document version the finding (and its fix offsets) belong to. */
  version: number;
  fix?: Fix;
  /** Spelling: the unknown word and the speller's suggestions. */
  word?: string;
  suggestions?: string[];
  /** A known misspelling: a typo to fix, never offered for the words list (as --add-words). */
  typo?: boolean;
}

/** vfile positions are 1-based lines and columns in UTF-16 code units; LSP's are 0-based in the same units. */
function rangeOf(message: VFileMessage, document: TextDocument): Range {
  const place = message.place;
  const point = (line: number | undefined, column: number | undefined): {line: number; character: number} => ({line: Math.max(0, (line ?? 1) - 1), character: Math.max(0, (column ?? 1) - 1)});
  if (place && 'start' in place) {
    const start = point(place.start.line, place.start.column);
    const end = point(place.end.line, place.end.column);
    if (end.line > start.line || (end.line === start.line && end.character > start.character)) return {start, end};
    return {start, end: wordEnd(document, start)};
  }
  const start = point(message.line ?? undefined, message.column ?? undefined);
  return {start, end: wordEnd(document, start)};
}

/** A finding at a point is underlined to the end of the word there, so that editors show it. */
function wordEnd(document: TextDocument, start: {line: number; character: number}): {line: number; character: number} {
  const line = document.getText({start: {line: start.line, character: 0}, end: {line: start.line + 1, character: 0}}).replace(/\r?\n$/, '');
  const rest = /^\S+/.exec(line.slice(start.character))?.[0].length ?? 0;
  return {line: start.line, character: start.character + Math.max(rest, start.character < line.length ? 1 : 0)};
}

function severityOf(message: VFileMessage): DiagnosticSeverity {
  if (message.fatal === true) return DiagnosticSeverity.Error;
  if (message.fatal === false) return DiagnosticSeverity.Warning;
  return DiagnosticSeverity.Information;
}

/** One postlint message as an LSP diagnostic: code is the rule id, linked to the rule's page. */
export function toDiagnostic(message: VFileMessage, document: TextDocument, rules: Map<string, RuleModule>): Diagnostic {
  const ruleId = message.ruleId ?? undefined;
  const docs = ruleId ? rules.get(ruleId)?.meta.docs ?? message.url ?? undefined : undefined;
  const data: DiagnosticData = {version: document.version};
  const fix = fixOf(message);
  if (fix) data.fix = fix;
  const extra = (message as {data?: {word?: unknown; suggestions?: unknown; typo?: unknown}}).data;
  if (ruleId === 'spelling' && typeof extra?.word === 'string') {
    data.word = extra.word;
    if (extra.typo === true) data.typo = true;
    if (Array.isArray(extra.suggestions)) data.suggestions = extra.suggestions.filter((s): s is string => typeof s === 'string');
  }
  return {
    range: rangeOf(message, document),
    severity: severityOf(message),
    source: 'postlint',
    message: message.reason,
    ...(ruleId ? {code: ruleId} : {}),
    ...(docs ? {codeDescription: {href: docs}} : {}),
    data,
  };
}

/** A problem that stops linting (a config error, a crash) shown on the document's first line. */
export function problemDiagnostic(text: string, document: TextDocument, code: 'postlint-config' | 'postlint-crash'): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: wordEnd(document, {line: 0, character: 0})},
    severity: DiagnosticSeverity.Error,
    source: 'postlint',
    code,
    message: text,
    data: {version: document.version} satisfies DiagnosticData,
  };
}
