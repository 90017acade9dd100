import type {Reporter} from './types.js';
import {displayPath} from './types.js';

/**
 * One line a finding, `path:line:col: severity message (rule)`: the shape editors' problem
 * matchers, Vim's errorformat and grep read. No summary, nothing for a clean run.
 */
export const compact: Reporter = (files, context) => {
  const lines: string[] = [];
  for (const file of files) {
    const path = displayPath(context.cwd, file);
    for (const m of file.messages) {
      const message = m.reason.replace(/\s*\r?\n\s*/g, ' ');
      lines.push(`${path}:${m.line ?? 1}:${m.column ?? 1}: ${m.fatal ? 'error' : 'warning'} ${message} (${m.ruleId ?? 'fatal'})`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
