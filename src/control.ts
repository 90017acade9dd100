import type {Html} from 'mdast';
import type {Span} from './types.js';

/**
 * Inline control comments: `<!-- postlint-disable a b -->`, `<!-- postlint-enable -->`,
 * `<!-- postlint-disable-next-line a -->`. Kept as facts so that phase-2 (site) findings
 * are filtered by the same comments as phase-1 findings, after the tree is gone.
 */
export interface ControlDirective extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty means every rule. */
  rules: string[];
  /** Line the directive's effect ends on (`disable-next-line` covers the next line). */
  endLine?: number;
}

const pattern = /^<!--\s*postlint-(disable-next-line|disable|enable)\b([^]*?)-->\s*$/;

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

/**
 * Decide, for a finding at `line` from `ruleId`, whether a control comment silences it.
 * Directives are applied in order: the last disable/enable before the line wins.
 */
export function isSilenced(directives: ControlDirective[], finding: Located): boolean {
  const ruleId = finding.ruleId;
  const line = finding.line ?? 0;
  if (!ruleId) return false;
  let silenced = false;
  for (const directive of directives) {
    const applies = directive.rules.length === 0 || directive.rules.includes(ruleId);
    if (!applies) continue;
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
