#!/usr/bin/env node
import {parseArgs} from 'node:util';
import {writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {run} from './engine.js';
import {UsageError} from './errors.js';
import {formats, loadReporter, type Format} from './reporters/index.js';
import {countBySeverity} from './reporters/types.js';
import {loadRules} from './registry.js';
import {version} from './version.js';
import {parseShard} from './shard.js';
import type {Severity} from './types.js';

const optionSpec = {
  format: {type: 'string', short: 'f'},
  output: {type: 'string', short: 'o'},
  quiet: {type: 'boolean', short: 'q'},
  'max-warnings': {type: 'string'},
  rule: {type: 'string', multiple: true},
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  offline: {type: 'boolean'},
  cache: {type: 'boolean'},
  'no-cache': {type: 'boolean'},
  now: {type: 'string'},
  workers: {type: 'string'},
  'no-workers': {type: 'boolean'},
  shard: {type: 'string'},
  verbose: {type: 'boolean'},
  debug: {type: 'boolean'},
  'list-rules': {type: 'boolean'},
  version: {type: 'boolean', short: 'v'},
  help: {type: 'boolean', short: 'h'},
} as const;

async function helpText(): Promise<string> {
  const rules = await loadRules();
  const ruleLines = [...rules.values()].map((r) => `  ${r.meta.id.padEnd(22)} ${r.meta.severity.padEnd(5)} ${r.meta.description}`);
  return `postlint ${version} — check Markdown posts before they are published

Usage: postlint [options] [paths or globs...]   (default: .)

Options:
  -f, --format <name>     stylish (default), json, github, sarif
  -o, --output <file>     write the report to a file instead of stdout
  -q, --quiet             report errors only
      --max-warnings <n>  exit 1 when there are more than n warnings
      --rule <id:level>   set a rule to off, warn or error (repeatable)
  -c, --config <file>     use this config file instead of searching for one
      --no-config         ignore config files
      --offline           skip every check that needs the network
      --cache, --no-cache use or bypass the caches in .postlint-cache/
      --now <date>        check as if it were this date (ISO 8601)
      --workers <n>       parse in n worker threads (default: auto, from the file count)
      --no-workers        check everything on the main thread
      --shard <i/n>       check the i-th of n deterministic parts of the files (CI matrix)
      --color, --no-color force or disable colours (default: auto)
      --verbose           explain what postlint detected (site, flavor) on stderr
      --debug             show stack traces for internal errors
      --list-rules        list every rule with its default severity
  -v, --version           print the version
  -h, --help              print this help

Rules:
${ruleLines.join('\n')}

Examples:
  postlint content/                      lint every Markdown file under content/
  postlint --offline "content/**/*.md"   no network (a pre-commit hook)
  postlint --format sarif -o out.sarif . upload to code scanning
  postlint --rule spelling:off posts/    turn one rule off for this run

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or configuration error.
`;
}

function parseRuleFlags(values: string[] | undefined): Record<string, Severity> {
  const flags: Record<string, Severity> = {};
  for (const value of values ?? []) {
    const match = /^([\w-]+):(off|warn|error)$/.exec(value);
    if (!match) throw new UsageError(`--rule expects id:off|warn|error, got "${value}"`);
    flags[match[1]!] = match[2] as Severity;
  }
  return flags;
}

function useColor(flags: {color?: boolean; 'no-color'?: boolean}, toFile: boolean): boolean {
  if (flags['no-color']) return false;
  if (flags.color) return true;
  if (toFile) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return Boolean(process.stdout.isTTY);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({args: argv, options: optionSpec, allowPositionals: true, strict: true});
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; see postlint --help`);
  }
  const {values, positionals} = parsed;
  if (values.help) {
    process.stdout.write(await helpText());
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (values['list-rules']) {
    const rules = await loadRules();
    for (const r of rules.values()) process.stdout.write(`${r.meta.id}\t${r.meta.severity}\t${r.meta.description}\n`);
    return 0;
  }
  const format = (values.format ?? 'stylish') as Format;
  if (!formats.includes(format)) throw new UsageError(`Unknown format "${values.format}"; use one of ${formats.join(', ')}`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings expects a whole number, got "${values['max-warnings']}"`);
  }
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now expects an ISO 8601 date, got "${values.now}"`);
  }
  let workers: number | undefined;
  if (values['no-workers']) workers = 0;
  else if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0) throw new UsageError(`--workers expects a whole number, got "${values.workers}"`);
  }
  const cwd = process.cwd();
  const result = await run({
    cwd,
    paths: positionals,
    ...(values.config ? {configPath: values.config} : {}),
    noConfig: values['no-config'] ?? false,
    ruleFlags: parseRuleFlags(values.rule),
    offline: values.offline ?? false,
    verbose: values.verbose ?? false,
    ...(values['no-cache'] ? {useCache: false} : values.cache ? {useCache: true} : {}),
    ...(now ? {now} : {}),
    ...(workers !== undefined ? {workers} : {}),
    ...(values.shard !== undefined ? {shard: parseShard(values.shard)} : {}),
  });
  const {errors, warnings} = countBySeverity(result.files);
  if (values.quiet) for (const file of result.files) file.messages = file.messages.filter((m) => m.fatal);
  const reporter = await loadReporter(format);
  const output = reporter(result.files, {cwd, rules: result.rules, color: useColor(values, Boolean(values.output))});
  if (values.output) writeFileSync(resolve(cwd, values.output), output);
  else process.stdout.write(output);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    process.stderr.write(`postlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

const debug = process.argv.includes('--debug');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`postlint: ${error.message}\n`);
    } else {
      const err = error instanceof Error ? error : new Error(String(error));
      process.stderr.write(`postlint: internal error: ${err.message}\n`);
      process.stderr.write(debug ? `${err.stack}\n` : 'Run again with --debug for the stack trace.\n');
    }
    process.exitCode = 2;
  },
);
