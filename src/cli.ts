#!/usr/bin/env node
import {parseArgs} from 'node:util';
import {appendFileSync, writeFileSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import type {RunOptions, RunResult} from './engine.js';
import {UsageError} from './errors.js';
import {defaultExtensions} from './defaults.js';
import {formats, loadReporter, type Format} from './reporters/index.js';
import {countBySeverity} from './reporters/types.js';
import {noticeLine} from './notices.js';
import {loadRules} from './registry.js';
import {closest, loadConfig, validateConfig} from './config.js';
import {changedScope, namedFilesScope, namedPathsScope, type Scope} from './scope.js';
import {version} from './version.js';
import {parseShard} from './shard.js';
import {startLinkWorkerEarly} from './links/spare.js';
import {allowCollectingBetweenFiles} from './young-generation.js';
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
  'print-config': {type: 'string'},
  init: {type: 'boolean'},
  changed: {type: 'boolean'},
  base: {type: 'string'},
  staged: {type: 'boolean'},
  'whole-site': {type: 'boolean'},
  'list-unknown-words': {type: 'boolean'},
  'add-words': {type: 'boolean'},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  'fix-type': {type: 'string', multiple: true},
  version: {type: 'boolean', short: 'v'},
  help: {type: 'boolean', short: 'h'},
} as const;

/** One line a rule, from the registry's metadata: what --help and --list-rules both print. */
async function ruleTable(indent: string): Promise<string[]> {
  const metas = [...(await loadRules()).values()].map((r) => r.meta);
  const width = Math.max(...metas.map((m) => m.id.length)) + 2;
  const marks = (m: (typeof metas)[number]): string => `${m.network ? ' (network)' : ''}${m.fixable ? (m.fixOnRequest ? ` (fixable with --fix-type ${m.id})` : ' (fixable)') : ''}`;
  return metas.map((m) => `${indent}${m.id.padEnd(width)}${m.severity.padEnd(6)}${m.description}${marks(m)}`);
}

async function helpText(): Promise<string> {
  const ruleLines = await ruleTable('  ');
  return `postlint ${version} — check Markdown posts before they are published

Usage: postlint [options] [paths or globs...]   (default: .)

Options:
  -f, --format <name>     stylish (default), compact, json, github, sarif, junit, markdown
  -o, --output <file>     write the report to a file instead of stdout
  -q, --quiet             report errors only
      --max-warnings <n>  exit 1 when there are more than n warnings
      --rule <id:level>   set a rule to off, warn or error (repeatable)
  -c, --config <file>     use this config file instead of searching for one
      --no-config         ignore config files
      --offline           skip every check that needs the network
      --cache, --no-cache use or bypass the caches in .postlint-cache/ (on by default
                          with --whole-site, --changed and --staged)
      --now <date>        check as if it were this date (ISO 8601)
      --workers <n>       parse in n worker threads (default: auto, from the file count)
      --no-workers        check everything on the main thread
      --shard <i/n>       check the i-th of n deterministic parts of the files (CI matrix)
      --color, --no-color force or disable colours (default: auto)
      --verbose           explain what postlint detected (site, flavor) on stderr
      --debug             show stack traces for internal errors
      --changed           lint Markdown files changed since the merge base with the
                          default branch (or, without one, uncommitted changes), and the
                          links in other files that point at what changed
      --base <ref>        with --changed: compare with the merge base of <ref> and HEAD
      --staged            like --changed, for the changes in git's index
      --whole-site        named files are always checked with their site indexed; this
                          also indexes the git repository around files outside every
                          site, so cross-file links resolve (pre-commit)
      --list-rules        list every rule with its default severity
      --print-config <file>  print the config that applies to that file (JSON), and exit
      --init              write a starter .postlintrc.jsonc for the site here (never overwrites)
      --list-unknown-words  print every word spelling does not know, with counts
      --add-words         add those words to .postlint/words.txt
      --fix               write the fixes postlint is sure of into the files, then
                          report what remains
      --fix-dry-run       compute the fixes but write nothing; they are in the output
                          (json: "fix" on each message, "output" with the fixed text)
      --fix-type <rule>   also make the fixes a rule makes only on request
                          (spelling: a known misspelling with one correction)
  -v, --version           print the version
  -h, --help              print this help

Rules (id, default level, what it checks; set levels with --rule or the config file):
${ruleLines.join('\n')}

Examples:
  postlint content/                      lint every Markdown file under content/
  postlint --offline "content/**/*.md"   no network (a pre-commit hook)
  postlint --format sarif -o out.sarif . upload to code scanning
  postlint --rule no-drafts:warn posts/  make one rule a warning for this run
  postlint --format github --max-warnings 0 content/
                                         annotate a pull request; fail on any warning
  postlint --config ci.postlintrc.json --quiet .
                                         another config file; errors only
  postlint --changed --base origin/main  a pull request's posts and what links to them
  postlint --rule spelling:off posts/    turn one rule off for this run
  postlint --fix --fix-type spelling .   mend what can be mended, typos too

Config: the nearest .postlintrc.json/.jsonc, .postlintrc.yaml/.yml, postlint.config.js/.mjs or
"postlint" key in package.json, from the working directory upward (see the README).

Exit codes: 0 no errors; 1 errors found, a file could not be checked, or more warnings than
--max-warnings; 2 usage or configuration error, or an internal failure.
`;
}

interface ScopeFlags {
  changed?: boolean;
  staged?: boolean;
  base?: string;
  'whole-site'?: boolean;
  config?: string;
  'no-config'?: boolean;
  verbose?: boolean;
}

/** Which files feed the index and which are reported on: everything named, or a part of a site. */
async function scopeOf(flags: ScopeFlags, positionals: string[], cwd: string): Promise<Scope> {
  if (flags.base !== undefined && !flags.changed) throw new UsageError('--base works with --changed');
  if (flags.changed && flags.staged) throw new UsageError('use either --changed or --staged, not both');
  if (flags.changed || flags.staged) {
    const loaded = await loadConfig(cwd, flags.config, flags['no-config'] ?? false);
    return changedScope({
      cwd,
      paths: positionals,
      staged: flags.staged ?? false,
      ...(flags.base !== undefined ? {base: flags.base} : {}),
      extensions: loaded.config.extensions ?? defaultExtensions,
      ...(flags.verbose ? {log: (line: string) => process.stderr.write(`${line}\n`)} : {}),
    });
  }
  // Named files and folders are always checked with the site around them; --whole-site adds the
  // git repository around files outside every site (pre-commit's hook passes it).
  if (flags['whole-site'] && positionals.length > 0) return namedFilesScope(cwd, positionals);
  if (positionals.length > 0) return namedPathsScope(cwd, positionals);
  return {paths: positionals};
}

/** --fix-type names rules whose fixes are made only on request; it needs --fix or --fix-dry-run. */
async function parseFixTypes(values: string[] | undefined, fixing: boolean): Promise<string[]> {
  const types = (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  if (types.length === 0) return [];
  if (!fixing) throw new UsageError('--fix-type works with --fix or --fix-dry-run');
  const onRequest = [...(await loadRules()).values()].filter((rule) => rule.meta.fixOnRequest).map((rule) => rule.meta.id);
  for (const type of types) if (!onRequest.includes(type)) throw new UsageError(`--fix-type ${type}: unknown fix type; use ${onRequest.join(', ')}`);
  return types;
}

async function parseRuleFlags(values: string[] | undefined): Promise<Record<string, Severity>> {
  const flags: Record<string, Severity> = {};
  const known = [...(await loadRules()).keys()];
  for (const value of values ?? []) {
    const match = /^([\w-]+):(off|warn|error)$/.exec(value);
    if (!match) throw new UsageError(`--rule expects id:off|warn|error, got "${value}"`);
    const id = match[1]!;
    if (!known.includes(id)) {
      const hint = closest(id, known);
      throw new UsageError(`--rule ${id}: unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : '; see postlint --list-rules'}`);
    }
    flags[id] = match[2] as Severity;
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
  // The command's process is ours to tune: phase 1 may scavenge between files (src/young-generation.ts).
  allowCollectingBetweenFiles();
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
    process.stdout.write((await ruleTable('')).join('\n') + '\n');
    return 0;
  }
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config contradict each other; use one');
  if (values.init) {
    if (positionals.length > 0) throw new UsageError('--init writes the config for the working directory; it takes no paths');
    const {initConfig} = await import('./config-init.js');
    process.stdout.write(await initConfig(process.cwd()));
    return 0;
  }
  if (values['print-config'] !== undefined) {
    const cwd = process.cwd();
    const {effectiveConfig} = await import('./config-print.js');
    const rules = await loadRules();
    const loaded = await loadConfig(cwd, values.config, values['no-config'] ?? false);
    await validateConfig(loaded, rules);
    process.stdout.write(JSON.stringify(effectiveConfig(cwd, values['print-config'], loaded, rules, await parseRuleFlags(values.rule)), null, 2) + '\n');
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
  if (values['list-unknown-words'] || values['add-words']) {
    const {wordsCommand} = await import('./spelling/workflow.js');
    return wordsCommand(values['add-words'] ? 'add' : 'list', format, {cwd, paths: positionals, ...(values.config ? {configPath: values.config} : {}), noConfig: values['no-config'] ?? false});
  }
  // The link checker's thread starts while the engine loads the config and finds the files.
  if (!values.offline) startLinkWorkerEarly();
  // Loaded only for a run: --help, --version and --list-rules stay quick.
  const {run} = await import('./engine.js');
  const scope = await scopeOf(values, positionals, cwd);
  const fixMode = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined;
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  const fixTypes = await parseFixTypes(values['fix-type'], fixMode !== undefined);
  const runOptions: RunOptions = {
    cwd,
    paths: scope.paths,
    ...(scope.targets ? {targets: scope.targets} : {}),
    ...(scope.impact ? {impact: scope.impact} : {}),
    ...(values.config ? {configPath: values.config} : {}),
    noConfig: values['no-config'] ?? false,
    ruleFlags: await parseRuleFlags(values.rule),
    offline: values.offline ?? false,
    verbose: values.verbose ?? false,
    // The command line asks for log lines (on stderr): the left-out line is said to it without --verbose.
    log: (line: string) => process.stderr.write(`${line}\n`),
    ...(values['no-cache'] ? {useCache: false} : values.cache ? {useCache: true} : {}),
    // The incremental modes (pre-commit's and lint-staged's --whole-site, --changed, --staged) check
    // a few files inside a bigger site: the other files' facts come from the phase-1 cache instead
    // of a parse of the whole site on every commit. A run named by folder (`postlint content/`) is
    // a whole run and writes nothing unless asked.
    ...(values['whole-site'] || values.changed || values.staged ? {cacheByDefault: true} : {}),
    ...(now ? {now} : {}),
    ...(workers !== undefined ? {workers} : {}),
    ...(values.shard !== undefined ? {shard: parseShard(values.shard)} : {}),
    ...(fixTypes.length > 0 ? {fixTypes} : {}),
  };
  let result: RunResult;
  if (fixMode) {
    const {runWithFixes} = await import('./fix-run.js');
    const outcome = await runWithFixes(runOptions, fixMode === 'write');
    const files = outcome.changed.size;
    if (fixMode === 'write') {
      // What remains is what is reported, and what the exit code says.
      result = outcome.result;
      process.stderr.write(`postlint: fixed ${outcome.fixed} problem${outcome.fixed === 1 ? '' : 's'} in ${outcome.written.length} file${outcome.written.length === 1 ? '' : 's'}\n`);
      for (const path of outcome.changedOnDisk) process.stderr.write(`postlint: ${relative(cwd, path) || path} changed on disk while postlint ran; not fixed (run --fix again)\n`);
    } else {
      // Nothing is written: the findings as they are, each fixable one with its fix, and each file's fixed text.
      result = outcome.first;
      for (const file of result.files) {
        const output = outcome.changed.get(resolve(file.cwd, file.path));
        if (output !== undefined) file.data.fixedOutput = output;
      }
      process.stderr.write(`postlint: --fix would fix ${outcome.fixed} problem${outcome.fixed === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}\n`);
    }
  } else result = await run(runOptions);
  const {errors, warnings} = countBySeverity(result.files);
  if (values.quiet) for (const file of result.files) file.messages = file.messages.filter((m) => m.fatal);
  const reporter = await loadReporter(format);
  const width = !values.output && process.stdout.isTTY ? process.stdout.columns : undefined;
  const notices = result.notices ?? [];
  const output = reporter(result.files, {cwd, rules: result.rules, color: useColor(values, Boolean(values.output)), ...(width ? {width} : {}), ...(notices.length > 0 ? {notices} : {})});
  // Findings the model guard withheld: said once per site and class on stderr (not findings; the exit code is the findings').
  if (!values.quiet) {
    for (const notice of notices) {
      process.stderr.write(`${noticeLine(notice, cwd)}\n`);
      if (values.verbose) for (const place of notice.places ?? []) process.stderr.write(`  ${place}\n`);
    }
  }
  if (values.output) {
    try {
      writeFileSync(resolve(cwd, values.output), output);
    } catch (error) {
      throw new UsageError(`--output ${values.output}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  } else process.stdout.write(output);
  // GitHub Actions shows this file on the run's page, whatever format went to stdout.
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const summary = format === 'markdown' ? output : (await loadReporter('markdown'))(result.files, {cwd, rules: result.rules, color: false});
    appendFileSync(summaryFile, summary + '\n');
  }
  // A rule that failed (its fatal message is in the report) makes the run a failed one, like a crash.
  if (result.failedRules.length > 0) return 2;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    process.stderr.write(`postlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

// `postlint … | head` closes the pipe early: that is not a failure worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const debug = process.argv.includes('--debug');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      // Several problems (every error of a config) are one line each.
      for (const line of error.message.split('\n')) process.stderr.write(`postlint: ${line}\n`);
    } else {
      const err = error instanceof Error ? error : new Error(String(error));
      process.stderr.write(`postlint: internal error: ${err.message}\n`);
      process.stderr.write(debug ? `${err.stack}\n` : 'Run again with --debug for the stack trace.\n');
    }
    process.exitCode = 2;
  },
);
