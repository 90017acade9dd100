// Helpers shared by the structural rules' tests: run postlint once on fixtures, read one rule's results.
import {join} from 'node:path';
import {fixtures, findings, postlintJson} from './helpers.mjs';

/**
 * Lint once; `rows` are one rule's findings ("file:line:col rule", files relative to `base`),
 * `messages` the same findings in full (for wording and severity).
 */
export function lintRule(rule, paths, {base = fixtures, args = [], cwd = base} = {}) {
  const {json} = postlintJson(['--no-config', ...args, ...paths], {cwd});
  const rows = findings(json, base).filter((row) => row.endsWith(` ${rule}`));
  const messages = json.flatMap((file) => file.messages.filter((m) => m.ruleId === rule).map((m) => ({...m, file: file.filePath})));
  return {rows, messages};
}

export const ruleFindings = (rule, paths, options) => lintRule(rule, paths, options).rows;
export const ruleMessages = (rule, paths, options) => lintRule(rule, paths, options).messages;

export const fixture = (...parts) => join(fixtures, ...parts);
