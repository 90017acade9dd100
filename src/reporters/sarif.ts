import {resolve, relative, sep} from 'node:path';
import type {Log, ReportingDescriptor, Result} from 'sarif';
import type {Reporter} from './types.js';
import {version} from '../version.js';
import {builtinIds} from './types.js';
import {fixOf} from '../fix.js';
import type {VFileMessage} from 'vfile-message';

/** A fixable finding's fix as SARIF `fixes`: one replacement, by character offset into the file. */
function sarifFixes(message: VFileMessage, uri: string): Pick<Result, 'fixes'> {
  const fix = fixOf(message);
  if (!fix) return {};
  const [start, end] = fix.range;
  return {
    fixes: [{
      description: {text: `Replace with "${fix.text}"`},
      artifactChanges: [{
        artifactLocation: {uri, uriBaseId: '%SRCROOT%'},
        replacements: [{deletedRegion: {charOffset: start, charLength: end - start}, insertedContent: {text: fix.text}}],
      }],
    }],
  };
}

/** SARIF 2.1.0: one rule entry per rule id (from the registry's metadata), one result per finding. */
export const sarif: Reporter = (files, context) => {
  const metas = [...context.rules.values()].map((r) => r.meta).sort((a, b) => a.id.localeCompare(b.id));
  const rules: ReportingDescriptor[] = metas.map((meta) => ({
    id: meta.id,
    shortDescription: {text: meta.description},
    helpUri: meta.docs,
    defaultConfiguration: {level: meta.severity === 'off' ? 'none' : meta.severity === 'warn' ? 'warning' : 'error'},
  }));
  // Findings that come from postlint itself, not from a rule, still get a rule entry.
  for (const [id, builtin] of Object.entries(builtinIds)) {
    rules.push({id, shortDescription: {text: builtin.description}, helpUri: builtin.docs, defaultConfiguration: {level: builtin.level}});
  }
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const results: Result[] = [];
  for (const file of files) {
    const uri = (relative(context.cwd, resolve(file.cwd, file.path)) || file.path).split(sep).join('/');
    for (const m of file.messages) {
      const end = m.place && 'end' in m.place ? m.place.end : undefined;
      const ruleId = m.ruleId ?? 'fatal';
      const index = ruleIndex.get(ruleId);
      results.push({
        ruleId,
        ...(index !== undefined ? {ruleIndex: index} : {}),
        level: m.fatal ? 'error' : 'warning',
        message: {text: m.reason},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri, uriBaseId: '%SRCROOT%'},
              region: {
                startLine: m.line ?? 1,
                startColumn: m.column ?? 1,
                ...(end ? {endLine: end.line, endColumn: end.column} : {}),
              },
            },
          },
        ],
        ...sarifFixes(m, uri),
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'postlint', version, informationUri: 'https://www.npmjs.com/package/postlint', rules}},
        originalUriBaseIds: {'%SRCROOT%': {uri: `file://${context.cwd.split(sep).join('/')}/`}},
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
