import {createHash} from 'node:crypto';
import {isAbsolute, relative, resolve, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Log, Notification, ReportingDescriptor, Result} from 'sarif';
import type {Reporter} from './types.js';
import {version} from '../version.js';
import {home} from '../home.js';
import {builtinIds, messageIdOf} from './types.js';
import {fixOf} from '../fix.js';
import type {VFileMessage} from 'vfile-message';
import {ruleHelp} from './rule-help.js';
import {noticeLine} from '../notices.js';

/**
 * A file's URI for SARIF: relative to the working directory (`%SRCROOT%`) with every segment
 * percent-encoded, so spaces, commas, colons and non-ASCII letters make a valid URI reference
 * (a colon left in the first segment would read as a scheme). A file outside the working
 * directory's drive or tree keeps an absolute `file:` URL.
 */
export function artifactUri(cwd: string, path: string): {uri: string; uriBaseId?: string} {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  if (rel === '' || isAbsolute(rel) || rel.split(sep)[0] === '..') return {uri: pathToFileURL(absolute).href};
  return {uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%'};
}

/** The working directory as a `file:` URL ending in a slash, as SARIF wants a base URI. */
function baseUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** A finding's identity that survives lines moving above it: file, rule, message, and its rank among equals. */
function fingerprint(uri: string, ruleId: string, message: string, rank: number): string {
  return createHash('sha256').update([uri, ruleId, message, String(rank)].join('\0')).digest('hex').slice(0, 32);
}

function level(severity: 'off' | 'warn' | 'error'): 'none' | 'warning' | 'error' {
  return severity === 'off' ? 'none' : severity === 'warn' ? 'warning' : 'error';
}

/** A fixable finding's fix as SARIF `fixes`: one replacement, by character offset into the file. */
function sarifFixes(message: VFileMessage, artifactLocation: {uri: string; uriBaseId?: string}): Pick<Result, 'fixes'> {
  const fix = fixOf(message);
  if (!fix) return {};
  const [start, end] = fix.range;
  return {
    fixes: [{
      description: {text: `Replace with "${fix.text}"`},
      artifactChanges: [{
        artifactLocation,
        replacements: [{deletedRegion: {charOffset: start, charLength: end - start}, insertedContent: {text: fix.text}}],
      }],
    }],
  };
}

/** SARIF 2.1.0: one rule entry per rule id (from the registry's metadata), one result per finding. */
export const sarif: Reporter = (files, context) => {
  const metas = [...context.rules.values()].map((r) => r.meta).sort((a, b) => a.id.localeCompare(b.id));
  const rules: ReportingDescriptor[] = metas.map((meta) => {
    const help = ruleHelp(meta.id, meta.docs);
    return {
      id: meta.id,
      shortDescription: {text: meta.description},
      fullDescription: {text: help?.summary ?? meta.description},
      help: {
        text: `${meta.description}. See ${meta.docs}`,
        markdown: `${help?.markdown ?? meta.description}\n\n[The rule's page](${meta.docs})`,
      },
      helpUri: meta.docs,
      defaultConfiguration: {level: level(meta.severity)},
    };
  });
  // Findings that come from postlint itself, not from a rule, still get a rule entry.
  for (const [id, builtin] of Object.entries(builtinIds)) {
    rules.push({
      id,
      shortDescription: {text: builtin.description},
      fullDescription: {text: builtin.description},
      help: {text: `${builtin.description}. See ${builtin.docs}`, markdown: `${builtin.description}. [More](${builtin.docs})`},
      helpUri: builtin.docs,
      defaultConfiguration: {level: builtin.level},
    });
  }
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const results: Result[] = [];
  const notifications: Notification[] = [];
  for (const file of files) {
    const location = artifactUri(context.cwd, resolve(file.cwd, file.path));
    const seen = new Map<string, number>();
    for (const m of file.messages) {
      const end = m.place && 'end' in m.place ? m.place.end : undefined;
      const ruleId = m.ruleId ?? 'fatal';
      const messageId = messageIdOf(m);
      const index = ruleIndex.get(ruleId);
      const key = `${ruleId}\0${m.reason}`;
      const rank = seen.get(key) ?? 0;
      seen.set(key, rank + 1);
      const physicalLocation = {
        artifactLocation: location,
        region: {
          startLine: m.line ?? 1,
          startColumn: m.column ?? 1,
          ...(end ? {endLine: end.line, endColumn: end.column} : {}),
        },
      };
      results.push({
        ruleId,
        ...(index !== undefined ? {ruleIndex: index} : {}),
        level: m.fatal ? 'error' : 'warning',
        message: {text: m.reason},
        locations: [{physicalLocation}],
        partialFingerprints: {'postlintFinding/v1': fingerprint(location.uri, ruleId, m.reason, rank)},
        ...sarifFixes(m, location),
        // SARIF has no field for the rule's message id: a property, as ruleId stays the rule's.
        ...(messageId ? {properties: {messageId}} : {}),
      });
      // A file postlint could not check is also a note that the analysis is incomplete.
      if (m.ruleId == null && m.fatal) notifications.push({level: 'error', message: {text: m.reason}, locations: [{physicalLocation}]});
    }
  }
  const failed = notifications.length > 0;
  // Findings the model guard withheld: a note about the run, not a failure of it.
  for (const notice of context.notices ?? []) {
    // A notice about every rule (a page whose body no reader sees) has no one rule to name.
    notifications.push({level: 'note', message: {text: noticeLine(notice, context.cwd).replace(/^postlint: /, '')}, ...(context.rules.has(notice.rule) ? {associatedRule: {id: notice.rule}} : {})});
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'postlint', version, semanticVersion: version, informationUri: home, rules}},
        invocations: [
          {
            executionSuccessful: !failed,
            ...(notifications.length > 0 ? {toolExecutionNotifications: notifications} : {}),
          },
        ],
        originalUriBaseIds: {'%SRCROOT%': {uri: baseUri(context.cwd)}},
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
