/**
 * The rule tester: run ONE rule, in this process, over a small site, and compare what it reports
 * with what the test expects (ESLint's RuleTester and markdownlint's corpus are the models).
 *
 *     import {testRule} from 'postlint/testing';
 *     await testRule({
 *       rule: 'no-broken-anchors',
 *       files: {'post.md': '# Setup\n\n<!-- expect no-broken-anchors col=5 -->\nSee [it](#setpu).\n'},
 *     });
 *
 * It goes through the public API (`run` of postlint's engine, as the CLI and editors do), with
 * every other rule off, so a test sees exactly what users get from this rule and adding a rule
 * never changes another rule's tests. The site is a copy in a temporary folder: a fixture folder
 * is copied, never written to.
 */
import {AssertionError} from 'node:assert';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative, resolve, sep} from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {run, type RunOptions, type RunResult} from '../engine.js';
import {loadRules} from '../registry.js';
import {hasPostlintKey, searchPlaces} from '../config-files.js';
import {readExpectations, type Expectation, type SeverityName} from './expectations.js';
import {messageIdOf} from '../reporters/types.js';

export {readExpectations, ExpectationError, type Expectation, type SeverityName} from './expectations.js';

export interface RuleCase {
  /** The rule under test; every other rule is off. */
  rule: string;
  /** The rule's options (merged over its defaults, as in a config file). */
  options?: Record<string, unknown>;
  /** The level it runs at; default: its own default level ('error' when that is 'off'). */
  severity?: 'error' | 'warn';
  /** The site: file paths (relative, forward slashes) and their text (or bytes). */
  files?: Record<string, string | Uint8Array>;
  /** Or a folder to copy as the site (a fixture); `files` are then written over the copy. */
  fixture?: string;
  /** What to lint, relative to the site's root; default the whole site. */
  paths?: string[];
  /** Config besides the rule's setting (anchors, spelling, links, overrides, …). */
  config?: Record<string, unknown>;
  /**
   * A config file in the site that this run builds on (relative to the root); default the config
   * file at the root if there is one. `false`: none, as `--no-config`.
   */
  configFile?: string | false;
  /** Findings expected besides the ones `<!-- expect … -->` comments in the files write. */
  expect?: Expectation[];
  /** Read `<!-- expect … -->` comments (default true). */
  inline?: boolean;
  /** The run's clock (drafts, scheduled posts). */
  now?: Date;
  /** Skip network rules, as --offline. */
  offline?: boolean;
  /** More options for the run (workers, verbose, targets, documents, fixTypes, …). */
  run?: Omit<Partial<RunOptions>, 'cwd' | 'paths' | 'configPath' | 'noConfig' | 'ruleFlags'>;
}

/** One finding, as a test compares it. */
export interface Finding {
  /** Relative to the site's root, forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** null for a file postlint could not read or parse (a fatal message). */
  ruleId: string | null;
  severity: SeverityName;
  message: string;
  messageId?: string;
  data?: Record<string, unknown>;
  fix?: unknown;
}

export interface RuleRun {
  /** The rule's findings and fatal messages, in file and position order (other rules are off). */
  findings: Finding[];
  /** What the test expected (inline comments and `expect`). */
  expected: Expectation[];
  /** What the run logged (warnings, --verbose lines). */
  log: string[];
  /** The run itself (VFiles with every message). */
  result: RunResult;
}

/** Lint the case's site with only its rule on; nothing is asserted. */
export async function lintRule(testCase: RuleCase): Promise<RuleRun> {
  const rules = await loadRules();
  const rule = rules.get(testCase.rule);
  if (!rule) throw new Error(`rule tester: unknown rule "${testCase.rule}" (known: ${[...rules.keys()].join(', ')})`);
  if (!testCase.files && !testCase.fixture) throw new Error('rule tester: give the site as `files` or `fixture`');

  const root = mkdtempSync(join(tmpdir(), 'postlint-rule-'));
  try {
    if (testCase.fixture) cpSync(resolve(testCase.fixture), root, {recursive: true, verbatimSymlinks: true});
    for (const [path, text] of Object.entries(testCase.files ?? {})) {
      const full = join(root, path);
      mkdirSync(dirname(full), {recursive: true});
      writeFileSync(full, text);
    }
    const expected = [...(testCase.inline === false ? [] : inlineExpectations(root, testCase.rule)), ...(testCase.expect ?? [])];

    // One config for the run, at the site's root so that its paths mean what the site's own would.
    const base = testCase.configFile === false ? undefined : testCase.configFile ?? searchPlaces.find((name) => existsSync(join(root, name)) && (name !== 'package.json' || hasPostlintKey(join(root, name))));
    if (base !== undefined && !existsSync(join(root, base))) throw new Error(`rule tester: configFile ${base} is not in the site`);
    // A rule that is off by default is tested on, at error.
    const severity = testCase.severity ?? (rule.meta.severity === 'warn' ? 'warn' : 'error');
    const ruleSettings: Record<string, unknown> = {};
    for (const id of rules.keys()) ruleSettings[id] = 'off';
    ruleSettings[testCase.rule] = testCase.options ? [severity, testCase.options] : severity;
    const config = {...(base !== undefined ? {extends: `./${base}`} : {}), ...testCase.config, rules: {...(testCase.config?.['rules'] as object | undefined), ...ruleSettings}};
    const configPath = join(root, '.postlint-rule-tester.json');
    writeFileSync(configPath, JSON.stringify(config, null, 2));

    const log: string[] = [];
    const result = await run({
      workers: 0,
      useCache: false,
      log: (line) => log.push(line),
      ...testCase.run,
      ...(testCase.now ? {now: testCase.now} : {}),
      ...(testCase.offline !== undefined ? {offline: testCase.offline} : {}),
      cwd: root,
      paths: testCase.paths ?? ['.'],
      configPath,
    });
    const findings = result.files.flatMap((file) =>
      file.messages
        .filter((message) => message.ruleId === testCase.rule || !message.ruleId)
        .map((message) => toFinding(relativePath(root, resolve(file.cwd, file.path)), message)),
    );
    findings.sort(byPosition);
    return {findings, expected, log, result};
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
}

/**
 * Lint the case's site and fail, with the findings missing and the ones not expected, unless the
 * rule reports exactly what the case expects. Returns the run for further checks.
 */
export async function testRule(testCase: RuleCase): Promise<RuleRun> {
  const outcome = await lintRule(testCase);
  assertFindings(outcome.findings, outcome.expected, testCase.rule, testCase.fixture ?? 'files');
  return outcome;
}

/** Fail unless `findings` are exactly `expected` (fields an expectation leaves out are not compared). */
export function assertFindings(findings: Finding[], expected: Expectation[], ruleId: string, label = ''): void {
  const {actual, wanted} = compareRows(findings, expected, ruleId);
  const missing = without(wanted, actual);
  const unexpected = without(actual, wanted);
  if (missing.length === 0 && unexpected.length === 0) return;
  const lines = [`${ruleId}${label ? ` (${label})` : ''}: the findings differ from the expected ones`];
  if (missing.length > 0) lines.push('  expected, not reported:', ...missing.map((row) => `    - ${row}`));
  if (unexpected.length > 0) lines.push('  reported, not expected:', ...unexpected.map((row) => `    + ${row}`));
  throw new AssertionError({message: lines.join('\n'), actual, expected: wanted, operator: 'deepStrictEqual'});
}

/**
 * Both sides as "file:line:column rule severity [messageId] message" rows. Each expectation is
 * paired with a finding at its place (one that matches every field it gives, else one at the same
 * place), and fields it leaves out are taken from that finding; an unpaired one shows them as "?".
 */
export function compareRows(findings: Finding[], expected: Expectation[], ruleId: string): {actual: string[]; wanted: string[]} {
  const actual = findings.map((finding) => row(finding));
  const free = new Set(findings.map((_, i) => i));
  const pairs = new Map<Expectation, Finding>();
  const samePlace = (e: Expectation, f: Finding): boolean =>
    e.file === f.file && e.line === f.line && (e.column === undefined || e.column === f.column) && (e.ruleId === undefined ? ruleId : e.ruleId) === f.ruleId;
  const sameAll = (e: Expectation, f: Finding): boolean =>
    samePlace(e, f) && (e.severity === undefined || e.severity === f.severity) && (e.messageId === undefined || e.messageId === f.messageId) && messageMatches(e.message, f.message);
  for (const test of [sameAll, samePlace]) {
    for (const e of expected) {
      if (pairs.has(e)) continue;
      const i = [...free].find((index) => test(e, findings[index]!));
      if (i === undefined) continue;
      free.delete(i);
      pairs.set(e, findings[i]!);
    }
  }
  const wanted = expected.map((e) => {
    const f = pairs.get(e);
    const message = e.message === undefined ? f?.message ?? '?' : typeof e.message === 'string' ? e.message : f && e.message.test(f.message) ? f.message : String(e.message);
    return row({
      file: e.file,
      line: e.line,
      column: e.column ?? f?.column ?? '?',
      ruleId: e.ruleId === undefined ? ruleId : e.ruleId,
      severity: e.severity ?? f?.severity ?? '?',
      messageId: e.messageId ?? f?.messageId,
      message,
    });
  });
  return {actual, wanted};
}

function messageMatches(expected: string | RegExp | undefined, message: string): boolean {
  return expected === undefined || (typeof expected === 'string' ? expected === message : expected.test(message));
}

function row(f: {file: string; line: number; column: number | string; ruleId: string | null; severity: string; messageId?: string | undefined; message: string}): string {
  return `${f.file}:${f.line}:${f.column} ${f.ruleId ?? 'fatal'} ${f.severity}${f.messageId ? ` [${f.messageId}]` : ''} ${f.message}`;
}

/** The rows of `a` not in `b`, counting repeats. */
function without(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((item) => {
    const i = left.indexOf(item);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

function toFinding(file: string, message: VFileMessage): Finding {
  // Fields the engine adds to a rule's messages: the message id, data (JSON output's), a fix.
  const extra = message as VFileMessage & {data?: Record<string, unknown>; fix?: unknown};
  const messageId = messageIdOf(message);
  const end = message.place && 'end' in message.place ? message.place.end : undefined;
  return {
    file,
    line: message.line ?? 1,
    column: message.column ?? 1,
    ...(end ? {endLine: end.line, endColumn: end.column} : {}),
    ruleId: message.ruleId ?? null,
    severity: message.fatal ? 'error' : 'warning',
    message: message.reason,
    ...(messageId ? {messageId} : {}),
    ...(extra.data ? {data: extra.data} : {}),
    ...(extra.fix ? {fix: extra.fix} : {}),
  };
}

function byPosition(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId));
}

function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Every `<!-- expect … -->` comment in the site's text files. */
function inlineExpectations(root: string, ruleId: string): Expectation[] {
  const found: Expectation[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && statSync(path).size < 1_000_000) {
        const text = readFileSync(path, 'utf8');
        if (text.includes('<!--')) found.push(...readExpectations(relativePath(root, path), text, ruleId));
      }
    }
  };
  walk(root);
  return found;
}
