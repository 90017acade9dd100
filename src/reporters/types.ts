import {relative, resolve} from 'node:path';
import {toPosix} from '../paths.js';
import type {VFile} from 'vfile';
import type {RuleModule} from '../types.js';
import {manualUrl} from '../home.js';
import type {Notice} from '../notices.js';

export interface ReportContext {
  cwd: string;
  rules: Map<string, RuleModule>;
  color: boolean;
  /** Run-level notices (findings the model guard withheld); formats with a place for them show them. */
  notices?: Notice[];
  /** The terminal's width when the report goes to a terminal; lines are wrapped to it. */
  width?: number;
}

/** A file's path as reports show it: relative to `base` (else as given), with forward slashes. */
export function displayPath(base: string, file: {cwd: string; path: string}): string {
  return toPosix(relative(base, resolve(file.cwd, file.path)) || file.path);
}

/** A reporter turns the run's files (messages already filtered by --quiet) into text. */
export type Reporter = (files: VFile[], context: ReportContext) => string;

/** 2 for errors, 1 for warnings, as ESLint counts them. */
export function severityOf(message: {fatal?: boolean | null | undefined}): 1 | 2 {
  return message.fatal ? 2 : 1;
}

/** The id of the rule message a finding was made from (`context.report({messageId})`); none on a file-level failure. */
export function messageIdOf(message: object): string | undefined {
  const id = (message as {messageId?: unknown}).messageId;
  return typeof id === 'string' ? id : undefined;
}

export function countBySeverity(files: VFile[]): {errors: number; warnings: number} {
  let errors = 0;
  let warnings = 0;
  for (const file of files) for (const message of file.messages) message.fatal ? errors++ : warnings++;
  return {errors, warnings};
}

/** Ids of findings postlint makes itself (not a rule's): file-level failures and control comments. */
export const builtinIds: Record<string, {description: string; level: 'error' | 'warning'; docs: string}> = {
  fatal: {
    description: 'A file postlint could not check (unreadable, binary, not UTF-8, or larger than maxFileSize)',
    level: 'error',
    docs: manualUrl('exit-codes'),
  },
  'postlint-control': {
    description: 'An inline control comment that names an unknown rule',
    level: 'warning',
    docs: manualUrl('inline-control'),
  },
};
