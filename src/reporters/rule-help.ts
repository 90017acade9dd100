import {readFileSync} from 'node:fs';
import {packageRoot} from '../paths.js';

export interface RuleHelp {
  /** The page's first paragraph as plain text (SARIF `fullDescription.text`). */
  summary: string;
  /** The page below its title, Markdown (SARIF `help.markdown`, shown in a code-scanning alert). */
  markdown: string;
}

/**
 * A rule's own page, docs/rules/<id>.md (shipped in the package), read for SARIF's rule help.
 * Undefined when the page is missing (a rule added without one): the one-line description serves.
 */
export function ruleHelp(id: string): RuleHelp | undefined {
  let page: string;
  try {
    page = readFileSync(new URL(`docs/rules/${id}.md`, packageRoot), 'utf8');
  } catch {
    return undefined;
  }
  const body = page.replace(/^# .*\n+/, '').trim();
  const first = body.split(/\n\s*\n/)[0] ?? '';
  const summary = first
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return summary ? {summary, markdown: body} : undefined;
}
