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
 * Its relative links are made absolute against `pageUrl`, the page's address, since the help is
 * shown away from the page (in a code-scanning alert). Undefined when the page is missing (a
 * rule added without one): the one-line description serves.
 */
export function ruleHelp(id: string, pageUrl: string): RuleHelp | undefined {
  let page: string;
  try {
    page = readFileSync(new URL(`docs/rules/${id}.md`, packageRoot), 'utf8');
  } catch {
    return undefined;
  }
  const absolute = (text: string): string =>
    text.replace(/\]\(([^)\s]+)\)/g, (link: string, target: string) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return link;
      try {
        return `](${new URL(target, pageUrl).href})`;
      } catch {
        return link;
      }
    });
  // Examples in code blocks and code spans stay as written; only the prose's links are made absolute.
  const body = page
    .replace(/^# .*\n+/, '')
    .trim()
    .split(/(^```[\s\S]*?^```|``[^`]+``|`[^`\n]+`)/m)
    .map((part, i) => (i % 2 === 1 ? part : absolute(part)))
    .join('');
  const first = body.split(/\n\s*\n/)[0] ?? '';
  const summary = first
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return summary ? {summary, markdown: body} : undefined;
}
