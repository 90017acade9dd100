// Helpers shared by the structural rules' tests: run postlint on fixtures, keep one rule's findings.
import {join} from 'node:path';
import {fixtures, findings, postlintJson} from './helpers.mjs';

/** Findings ("file:line:col rule") of one rule on a fixture path, files relative to `base`. */
export function ruleFindings(rule, paths, {base = fixtures, args = [], cwd = base} = {}) {
  const {json} = postlintJson(['--no-config', ...args, ...paths], {cwd});
  return findings(json, base).filter((row) => row.endsWith(` ${rule}`));
}

/** The messages of one rule, in full, for checking wording. */
export function ruleMessages(rule, paths, {args = [], cwd = fixtures} = {}) {
  const {json} = postlintJson(['--no-config', ...args, ...paths], {cwd});
  return json.flatMap((file) => file.messages.filter((m) => m.ruleId === rule).map((m) => ({...m, file: file.filePath})));
}

export const fixture = (...parts) => join(fixtures, ...parts);
