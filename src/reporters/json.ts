import {resolve} from 'node:path';
import type {Reporter} from './types.js';
import {messageIdOf, severityOf} from './types.js';
import {fixOf} from '../fix.js';

/** The shape of ESLint's JSON formatter, so tools that read ESLint's output read this. */
export const json: Reporter = (files) => {
  const results = files.map((file) => {
    const messages = file.messages.map((m) => {
      const messageId = messageIdOf(m);
      return {
        ruleId: m.ruleId ?? null,
        severity: severityOf(m),
        ...(m.ruleId ? {} : {fatal: true}),
        message: m.reason,
        line: m.line ?? 1,
        column: m.column ?? 1,
        ...(messageId ? {messageId} : {}),
        ...(m.place && 'end' in m.place && m.place.end ? {endLine: m.place.end.line, endColumn: m.place.end.column} : {}),
        ...('data' in m && m.data ? {data: m.data} : {}),
        ...(fixOf(m) ? {fix: fixOf(m)} : {}),
      };
    });
    const errorCount = messages.filter((m) => m.severity === 2).length;
    const fixable = messages.filter((m) => 'fix' in m);
    return {
      filePath: resolve(file.cwd, file.path),
      messages,
      errorCount,
      fatalErrorCount: messages.filter((m) => 'fatal' in m).length,
      warningCount: messages.length - errorCount,
      fixableErrorCount: fixable.filter((m) => m.severity === 2).length,
      fixableWarningCount: fixable.filter((m) => m.severity === 1).length,
      // --fix-dry-run: the text --fix would write, as ESLint's `output`.
      ...(file.data.fixedOutput !== undefined ? {output: file.data.fixedOutput} : {}),
      // Links postlint could not decide (a URL the generator's templates make, …): listed, never counted as problems.
      ...(file.data.unverifiable && file.data.unverifiable.length > 0 ? {unverifiable: file.data.unverifiable} : {}),
    };
  });
  return JSON.stringify(results, null, 2) + '\n';
};
