import type {Html} from 'mdast';
import type {Span} from './types.js';

/**
 * Inline control comments: `<!-- postlint-disable a b -->`, `<!-- postlint-enable -->`,
 * `<!-- postlint-disable-next-line a -->`, and `<!-- postlint-disable-file a -->` (for
 * findings in the front matter, which no comment can precede). Kept as facts so that
 * phase-2 (site) findings are filtered by the same comments as phase-1 findings, after
 * the tree is gone.
 */
export interface ControlDirective extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-file';
  /** Empty means every rule. */
  rules: string[];
  /** Line the directive's effect ends on (`disable-next-line` covers the next line). */
  endLine?: number;
}

// One comment only: the names may not run past its `-->`.
const pattern = /^<!--\s*postlint-(disable-next-line|disable-file|disable|enable)(?=\s|-->)((?:(?!-->)[^])*)-->\s*$/;

export function readControl(node: Html): ControlDirective | undefined {
  const match = pattern.exec(node.value.trim());
  if (!match || !node.position) return undefined;
  const rules = match[2]!.split(/[\s,]+/).filter(Boolean);
  return {
    kind: match[1] as ControlDirective['kind'],
    rules,
    line: node.position.start.line,
    column: node.position.start.column,
    endLine: node.position.end.line,
  };
}

export interface Located {
  ruleId?: string | null;
  line?: number | null;
}

/** The names a comment may use for a rule: its id, and for remark-lint's `remark-lint:<id>` also the bare id. */
function names(ruleId: string): string[] {
  return ruleId.startsWith('remark-lint:') ? [ruleId, ruleId.slice('remark-lint:'.length)] : [ruleId];
}

/**
 * Decide, for a finding at `line` from `ruleId`, whether a control comment silences it.
 * Directives are applied in order: the last disable/enable before the line wins.
 */
export function isSilenced(directives: ControlDirective[], finding: Located): boolean {
  const ruleId = finding.ruleId;
  const line = finding.line ?? 0;
  if (!ruleId) return false;
  const accepted = names(ruleId);
  const applies = (directive: ControlDirective): boolean => directive.rules.length === 0 || directive.rules.some((rule) => accepted.includes(rule));
  if (directives.some((directive) => directive.kind === 'disable-file' && applies(directive))) return true;
  let silenced = false;
  for (const directive of directives) {
    if (!applies(directive) || directive.kind === 'disable-file') continue;
    if (directive.kind === 'disable-next-line') {
      if (line === (directive.endLine ?? directive.line) + 1) return true;
      continue;
    }
    if (directive.line > line) break;
    silenced = directive.kind === 'disable';
  }
  return silenced;
}

/** Control comments that name rules no one has registered: reported as warnings. */
export function unknownControlRules(directives: ControlDirective[], known: ReadonlySet<string>): Array<{rule: string} & Span> {
  const unknown: Array<{rule: string} & Span> = [];
  for (const directive of directives) {
    for (const rule of directive.rules) if (!known.has(rule)) unknown.push({rule, line: directive.line, column: directive.column});
  }
  return unknown;
}
