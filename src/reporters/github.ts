import {resolve} from 'node:path';
import type {Reporter} from './types.js';
import {countBySeverity, displayPath} from './types.js';

// Workflow-command escaping, as GitHub's toolkit does it.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotations (`::error file=…::message`), one per finding, then a summary line.
 * GitHub resolves `file=` against the checkout (GITHUB_WORKSPACE), not the step's working
 * directory: a run in a subfolder writes paths from the workspace, or no annotation lands on the diff.
 */
export const github: Reporter = (files, context) => {
  const base = process.env['GITHUB_WORKSPACE'] ? resolve(context.cwd, process.env['GITHUB_WORKSPACE']) : context.cwd;
  const lines: string[] = [];
  for (const file of files) {
    const path = displayPath(base, file);
    for (const m of file.messages) {
      const props = [`file=${escapeProperty(path)}`, `line=${m.line ?? 1}`, `col=${m.column ?? 1}`];
      if (m.place && 'end' in m.place && m.place.end) props.push(`endLine=${m.place.end.line}`, `endColumn=${m.place.end.column}`);
      props.push(`title=${escapeProperty(`postlint ${m.ruleId ?? 'fatal'}`)}`);
      lines.push(`::${m.fatal ? 'error' : 'warning'} ${props.join(',')}::${escapeData(m.reason)}`);
    }
  }
  const {errors, warnings} = countBySeverity(files);
  if (errors + warnings > 0) lines.push(`postlint: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
