import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {Plugin} from 'unified';
import {lintRule} from 'unified-lint-rule';
import type {Point, Position} from 'unist';
import type {Span} from './types.js';
import type {RunSettings} from './settings.js';
import './vfile-data.js';
import {ruleDocsUrl} from './home.js';

/** Where a rule's page lives (derived from the project's home); one place so SARIF, --help and messages agree. */
export function docsUrl(id: string): string {
  return ruleDocsUrl(id);
}

/**
 * Wrap a rule's file half as a unified-lint-rule plugin with source `postlint` and the rule id
 * as ruleId. The engine passes options already merged over the rule's defaults.
 */
export function fileRule<Options>(
  id: string,
  check: (tree: Root, file: VFile, options: Options) => void | Promise<void>,
): Plugin<[unknown?], Root> {
  return lintRule<Root, Options>({origin: `postlint:${id}`, url: docsUrl(id)}, async (tree, file, options) => {
    try {
      await check(tree, file, options as Options);
    } catch (error) {
      // unified-lint-rule turns this into a message on the file; say that it is a crash, not a finding.
      throw new Error(`Rule ${id} crashed on this file (a bug in postlint; please report it): ${error instanceof Error ? error.message : String(error)}`, {cause: error});
    }
  }) as Plugin<[unknown?], Root>;
}

/** unified-lint-rule's place from a Span. */
export function place(span: Span): Point | Position {
  if (span.endLine === undefined) return {line: span.line, column: span.column};
  return {start: {line: span.line, column: span.column}, end: {line: span.endLine, column: span.endColumn ?? span.column}};
}

const warnOnlyMark = 'postlintWarnOnly';

/** Mark a message as a warning whatever its rule's level (unified-lint-rule sets `fatal` after the rule returns). */
export function warnOnly(message: VFileMessage): void {
  Object.assign(message, {[warnOnlyMark]: true});
}

/** Applied by the engine once a file's rules have run. */
export function applyWarnOnly(messages: VFileMessage[]): void {
  for (const message of messages) if ((message as unknown as Record<string, unknown>)[warnOnlyMark]) message.fatal = false;
}

/** The run's settings, which the engine puts on every file before its rules run. */
export function runSettings(file: VFile): RunSettings {
  const settings = file.data.settings;
  if (!settings) throw new Error('postlint rules run inside the postlint engine (file.data.settings is missing)');
  return settings;
}
