import {CodeActionKind, type CodeAction, type Diagnostic} from 'vscode-languageserver';
import type {TextDocument} from 'vscode-languageserver-textdocument';
import type {DiagnosticData} from './diagnostics.js';

export const addWordCommand = 'postlint.addWord';

function dataOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return data && typeof data.version === 'number' ? (data as DiagnosticData) : undefined;
}

/**
 * Quick fixes for postlint's diagnostics: the fix a finding carries (its offsets are into the text
 * of the version that was linted, so only for that version), a spelling suggestion, and "add to
 * the words list" (a command: the file is written only when the user picks it).
 */
export function codeActions(document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'postlint') continue;
    const data = dataOf(diagnostic);
    if (!data) continue;
    const current = data.version === document.version;
    if (data.fix && current) {
      const [start, end] = data.fix.range;
      actions.push({
        title: data.fix.text === '' ? `Remove (${String(diagnostic.code)})` : `Change to "${data.fix.text}" (${String(diagnostic.code)})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: {changes: {[document.uri]: [{range: {start: document.positionAt(start), end: document.positionAt(end)}, newText: data.fix.text}]}},
      });
    }
    if (data.word !== undefined) {
      if (current && !data.fix) {
        for (const suggestion of data.suggestions ?? []) {
          actions.push({
            title: `Change to "${suggestion}"`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: suggestion}]}},
          });
        }
      }
      if (data.typo) continue;
      actions.push({
        title: `Add "${data.word}" to .postlint/words.txt`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {title: 'Add to the words list', command: addWordCommand, arguments: [document.uri, data.word]},
      });
    }
  }
  return actions;
}
