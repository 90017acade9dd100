import {relative, resolve} from 'node:path';
import type {Reporter} from './types.js';
import {countBySeverity} from './types.js';
import {visible} from './visible.js';
import {toPosix} from '../paths.js';

/** How many findings the summary lists one by one; the counts cover them all. */
const firstProblems = 20;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Text shown literally in Markdown (messages quote URLs, `#anchors`, `<tags>` and underscores);
 * code spans the message already marks with backticks stay code spans.
 */
function escapeMarkdown(text: string): string {
  return visible(text.replace(/\r?\n/g, ' '))
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)))
    .join('');
}

/**
 * Where a file:line link points: the file on GitHub at this commit when run in GitHub Actions
 * (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA), else a path relative to where postlint ran.
 */
function lineLink(absolute: string, line: number, cwd: string, env: NodeJS.ProcessEnv): string {
  const {GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha, GITHUB_WORKSPACE: workspace} = env;
  const base = workspace ?? cwd;
  const path = toPosix(relative(base, absolute));
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (server && repo && sha && !path.startsWith('..')) return `${server}/${repo}/blob/${sha}/${encoded}#L${line}`;
  return `${encoded}#L${line}`;
}

/**
 * A Markdown summary for pull-request comments and GitHub's job summary: totals, counts per
 * rule, then the first problems as file:line links.
 */
export const markdown: Reporter = (files, context) => {
  const {errors, warnings} = countBySeverity(files);
  const withProblems = files.filter((file) => file.messages.length > 0).length;
  if (errors + warnings === 0) {
    return `### postlint: no problems in ${plural(files.length, 'file')}\n`;
  }
  const lines: string[] = [];
  lines.push(`### postlint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(withProblems, 'file')} (${files.length} checked)`, '');

  const perRule = new Map<string, {errors: number; warnings: number}>();
  for (const file of files) {
    for (const message of file.messages) {
      const id = message.ruleId ?? 'fatal';
      const row = perRule.get(id) ?? {errors: 0, warnings: 0};
      if (message.fatal) row.errors++;
      else row.warnings++;
      perRule.set(id, row);
    }
  }
  lines.push('| rule | errors | warnings |', '| --- | ---: | ---: |');
  const rows = [...perRule].sort(([a, x], [b, y]) => y.errors - x.errors || y.warnings - x.warnings || a.localeCompare(b));
  for (const [id, row] of rows) {
    const docs = context.rules.get(id)?.meta.docs;
    lines.push(`| ${docs ? `[${id}](${docs})` : id} | ${row.errors} | ${row.warnings} |`);
  }
  lines.push('');

  const all = files.flatMap((file) => file.messages.map((message) => ({file, message})));
  const shown = all.slice(0, firstProblems);
  lines.push(all.length > shown.length ? `First ${shown.length} of ${all.length} problems:` : 'Problems:', '');
  for (const {file, message} of shown) {
    const absolute = resolve(file.cwd, file.path);
    const display = relative(context.cwd, absolute) || file.path;
    const line = message.line ?? 1;
    const where = `${display}:${line}:${message.column ?? 1}`;
    const level = message.fatal ? 'error' : 'warning';
    lines.push(`- **${level}** [${escapeMarkdown(where)}](${lineLink(absolute, line, context.cwd, process.env)}) ${escapeMarkdown(message.reason)} (\`${message.ruleId ?? 'fatal'}\`)`);
  }
  return lines.join('\n') + '\n';
};
