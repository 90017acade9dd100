import {statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {VFile} from 'vfile';
import './vfile-data.js';
import {loadRules} from './registry.js';
import {loadConfig, rulesForFile, validateConfig, type LoadedConfig, type ResolvedRule} from './config.js';
import {comparePaths, discover, type DiscoverOptions} from './discover.js';
import {defaultExtensions, defaultMaxFileSize} from './defaults.js';
import type {FileFacts} from './facts.js';
import {restoreMessages, type Phase1Job, type Phase1Output} from './phase1.js';
import {runPhase1} from './workers.js';
import {Phase1Cache} from './cache.js';
import {inShard, type Shard} from './shard.js';
import {isSilenced, unknownControlRules} from './control.js';
import {SiteIndex} from './site/index.js';
import {siteFor, unbuiltReason, type SiteInfo} from './site/detect.js';
import {UsageError} from './errors.js';
import type {RuleModule, Severity, SiteReport, Span} from './types.js';
import type {RunSettings} from './settings.js';
import {placeSiteFix, type SiteFix} from './fix.js';
import {loadRemarkLint, remarkLintRoot, remarkLintSource} from './remark-lint.js';
import {readText} from './read-text.js';

export interface RunOptions {
  cwd: string;
  paths: string[];
  configPath?: string;
  noConfig?: boolean;
  /** --rule id:severity flags. */
  ruleFlags?: Record<string, Severity>;
  offline?: boolean;
  verbose?: boolean;
  useCache?: boolean;
  /**
   * Use the phase-1 cache when neither `useCache` nor the config says: the incremental modes that
   * check a few files inside a bigger site (--whole-site, --changed, --staged) read the rest of the
   * site's facts from it instead of parsing every file again.
   */
  cacheByDefault?: boolean;
  /** Phase-1 worker threads: undefined decides from the file count, 0 keeps everything on the main thread. */
  workers?: number;
  /** Check only this deterministic part of the files (the site index still holds them all). */
  shard?: Shard;
  now?: Date;
  log?: (line: string) => void;
  /**
   * Index files vs target files: when set, only these (paths or globs, discovered like `paths`)
   * are reported on; the rest of `paths` only feeds the site index so cross-file links resolve.
   */
  targets?: string[];
  /**
   * Called once the index exists: more files to report on, keeping only the site-rule findings on
   * the lines `keep` accepts (changed mode's impact: links into changed or deleted files).
   */
  impact?: (index: SiteIndex) => Map<string, (line: number) => boolean>;
  /**
   * Unsaved texts, linted as if they were on disk at `path` (relative to `cwd`) inside their site:
   * they are added to the files to check (and to `targets` when targets are given), and their
   * text replaces what is on disk, if anything.
   */
  documents?: Document[];
  /** Rules whose fixes are made only on request (`--fix-type spelling`). */
  fixTypes?: string[];
  /**
   * A phase-1 cache kept by the caller across runs (the language server's, in memory): unchanged
   * files are not parsed again. Used instead of the on-disk cache.
   */
  phase1Cache?: (settings: RunSettings) => Phase1Cache;
  /**
   * Called once the site rules have run, with what the run worked out: a long-lived caller (the
   * language server, src/incremental.ts) keeps it and updates it file by file afterwards.
   */
  observe?: (state: RunState) => void;
}

/** What one run worked out, for a caller that keeps it up to date itself (src/incremental.ts). */
export interface RunState {
  rules: Map<string, RuleModule>;
  loaded: LoadedConfig;
  settings: RunSettings;
  /** Every file of the run, with its site and its active rules. */
  sites: Map<string, SiteInfo | undefined>;
  perFile: Map<string, Map<string, ResolvedRule>>;
  index: SiteIndex;
  /** Phase-1 output of the files the rules ran on. */
  checked: Map<string, Phase1Output>;
  /** The rule ids control comments may name. */
  known: ReadonlySet<string>;
  discoverOptions: DiscoverOptions;
}

/** Text to lint as the content of `path`. */
export interface Document {
  path: string;
  text: string;
}

export interface RunResult {
  files: VFile[];
  rules: Map<string, RuleModule>;
  settings: RunSettings;
}


/** One run: discover → phase 1 per file (parse, file rules, facts) → phase 2 (site index, site rules) → messages. */
export async function run(options: RunOptions): Promise<RunResult> {
  const rules = await loadRules();
  const loaded = await loadConfig(options.cwd, options.configPath, options.noConfig ?? false);
  await validateConfig(loaded, rules);
  const ruleFlags = options.ruleFlags ?? {};
  for (const id of Object.keys(ruleFlags)) if (!rules.has(id)) throw new UsageError(`--rule ${id}: unknown rule "${id}" (see postlint --list-rules)`);

  const settings: RunSettings = {
    cwd: options.cwd,
    now: options.now ?? new Date(),
    offline: options.offline ?? false,
    verbose: options.verbose ?? false,
    useCache: options.useCache ?? loaded.config.cache ?? options.cacheByDefault ?? false,
    noCache: options.useCache === false,
    config: loaded.config,
    configDir: loaded.dir,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    ...(options.fixTypes ? {fixTypes: options.fixTypes} : {}),
  };

  if (settings.verbose) settings.log(`postlint: config ${loaded.filepath ? relative(options.cwd, loaded.filepath) || loaded.filepath : '(none; defaults)'}`);
  const discoverOptions: DiscoverOptions = {
    cwd: options.cwd,
    extensions: loaded.config.extensions ?? defaultExtensions,
    ignore: loaded.config.ignore ?? [],
    ignoreBase: loaded.dir,
    followSymlinks: loaded.config.followSymlinks ?? false,
    warn: settings.log,
  };
  // With targets, no paths means nothing to index beyond them (e.g. --changed with no changes).
  const documents = new Map((options.documents ?? []).map((document) => [resolve(options.cwd, document.path), document.text]));
  let paths = options.targets && options.paths.length === 0 ? [] : await discover(options.paths, discoverOptions);
  // Targets that are documents need not exist on disk: they are not discovered, they are given.
  const targetPatterns = options.targets?.filter((target) => !documents.has(resolve(options.cwd, target)));
  const targets = targetPatterns ? new Set(targetPatterns.length > 0 ? await discover(targetPatterns, discoverOptions) : []) : undefined;
  if (targets) for (const path of documents.keys()) targets.add(path);
  paths = [...new Set([...paths, ...documents.keys(), ...(targets ?? [])])].sort(comparePaths);

  const sites = new Map<string, SiteInfo | undefined>();
  for (const path of paths) sites.set(path, await siteFor(dirname(path)));
  // Files the site keeps but never builds (a Docusaurus version versions.json does not list) are not checked, nor read;
  // a text given to lint (an editor's document, lintText) is checked all the same.
  const unbuilt = paths.filter((path) => !documents.has(path) && unbuiltReason(path, sites.get(path)) !== undefined);
  if (unbuilt.length > 0) {
    if (settings.verbose) settings.log(`postlint: ${unbuilt.length} file${unbuilt.length === 1 ? '' : 's'} left out: the site never builds them (${relative(settings.cwd, unbuilt[0]!)}: ${unbuiltReason(unbuilt[0]!, sites.get(unbuilt[0]!))})`);
    const left = new Set(unbuilt);
    paths = paths.filter((path) => !left.has(path));
    for (const path of unbuilt) targets?.delete(path);
  }
  if (settings.verbose) logDiscovery(settings, paths, sites);

  // remark-lint packages load here first, once a site, so that a missing or broken one is a
  // configuration error (exit 2) before any file is parsed; phase 1 (and each worker) loads its own.
  const remarkIds = new Set<string>();
  if (loaded.config.remarkLint && loaded.config.remarkLint.length > 0) {
    const roots = new Set(paths.map((path) => remarkLintRoot(sites.get(path)?.root, settings.configDir)));
    for (const root of roots) for (const id of (await loadRemarkLint(loaded.config.remarkLint, root)).ids) remarkIds.add(id);
  }

  const perFile = new Map<string, Map<string, ResolvedRule>>();
  for (const path of paths) perFile.set(path, activeRules(path, loaded, rules, ruleFlags, settings));

  // Which files run their rules: the --changed targets (or every file), then only this shard's part.
  // The others are parsed for their facts only, so that cross-file links still resolve.
  const inThisShard = (path: string): boolean => !options.shard || inShard(relative(settings.configDir, path), options.shard);
  const checked = new Set(paths.filter((path) => (!targets || targets.has(path)) && inThisShard(path)));
  // Network rules may start from the raw text (link requests) while phase 1 parses; their thread
  // then needs a core of its own (bench/links/README.md).
  let networkThreads = 0;
  const networkIdle: Array<Promise<void>> = [];
  for (const [id, rule] of rules) {
    const mine = rule.prescan ? [...checked].filter((path) => perFile.get(path)!.has(id) && !documents.has(path)) : [];
    if (mine.length === 0) continue;
    // A promise that fails means the core is never freed, not a failed run.
    const idle = rule.prescan!(mine, settings)?.catch(() => new Promise<void>(() => undefined));
    if (rule.meta.network) {
      networkThreads++;
      // A network rule that does not say when its thread idles keeps its core to the end.
      if (idle) networkIdle.push(idle);
    }
  }
  // After the pre-scans: preparing (spelling loads its dictionaries) need not delay the first requests.
  for (const [id, rule] of rules) if (rule.prepare && paths.some((path) => perFile.get(path)!.has(id))) await rule.prepare(settings);
  // Nothing to check (--changed with no changes): the cache is not read, its 30 MB for a big site included.
  const cache = options.phase1Cache ? options.phase1Cache(settings) : settings.useCache && paths.length > 0 ? await Phase1Cache.open(join(settings.configDir, '.postlint-cache'), settings) : undefined;
  const fingerprints = new InputsFingerprints(rules, settings);
  const outputs = await runPhase1({
    paths,
    job: (path): Phase1Job => {
      const active = checked.has(path) ? [...perFile.get(path)!] : [];
      const text = documents.get(path);
      return {path, active, site: sites.get(path), ...(cache ? {inputs: fingerprints.of(active, sites.get(path))} : {}), ...(text !== undefined ? {text} : {})};
    },
    rules,
    settings,
    ...(cache ? {cache} : {}),
    ...(options.workers !== undefined ? {workers: options.workers} : {}),
    reservedCores: networkThreads,
    ...(networkThreads > 0 && networkIdle.length === networkThreads ? {reservedCoresFreed: Promise.all(networkIdle).then(() => undefined)} : {}),
    // Network rules start their slow work (link requests) while other files are still parsing.
    onFacts: (path, facts) => {
      if (checked.has(path)) for (const id of perFile.get(path)!.keys()) rules.get(id)?.prefetch?.(facts, settings);
    },
  });
  await cache?.save();

  const results: FileResult[] = paths.map((path, i) => {
    // Messages show paths relative to where postlint runs; facts keep the absolute path.
    const file = new VFile({path: relative(settings.cwd, path) || path, cwd: settings.cwd});
    restoreMessages(file, outputs[i]!.messages);
    // What phase 1 read, so that --fix can tell a file saved since then from the one it checked.
    if (outputs[i]!.hash) file.data.contentHash = outputs[i]!.hash;
    return {path, file, ...(outputs[i]!.facts ? {facts: outputs[i]!.facts} : {})};
  });

  refineMessages(rules, results.filter((r) => checked.has(r.path)), outputs.map((o) => o.notes), paths, perFile, settings);
  const files = new Map(results.map((r) => [r.path, r.file]));
  const index = new SiteIndex(outputs.flatMap((o) => (o.facts ? [o.facts] : [])), sites, {
    config: loaded.config,
    // no-missing-files' staticRoots name the site's static folders for every link rule: links are resolved once.
    staticRootsFor: (path) => {
      const roots = perFile.get(path)?.get('no-missing-files')?.options?.['staticRoots'];
      return Array.isArray(roots) ? roots.filter((root): root is string => typeof root === 'string') : undefined;
    },
    ...(loaded.config.root ? {fallbackRoot: resolve(loaded.dir, loaded.config.root)} : {}),
  });
  const impact = options.impact?.(index) ?? new Map<string, (line: number) => boolean>();
  const reported = results.filter((r) => checked.has(r.path) || (impact.has(r.path) && inThisShard(r.path)));
  await runSiteRules(rules, reported.map((r) => r.path), perFile, index, files, settings);
  placeSiteFixes(reported, documents, settings);
  for (const {path, file} of reported) {
    const unverifiable = index.resolved(path).flatMap(({link, resolution}) => (resolution.status === 'unverifiable' ? [{line: link.line, column: link.column, url: link.url, reason: resolution.reason}] : []));
    if (unverifiable.length > 0) file.data.unverifiable = unverifiable;
  }
  for (const {path, file} of reported) {
    const keep = checked.has(path) ? undefined : impact.get(path);
    if (keep) file.messages = file.messages.filter((message) => keep(message.line ?? 1));
  }

  const known = new Set([...rules.keys(), ...remarkIds, ...[...remarkIds].map((id) => `${remarkLintSource}:${id}`)]);
  for (const {file, facts} of reported) finish(file, facts, known);
  options.observe?.({rules, loaded, settings, sites, perFile, index, checked: new Map(paths.flatMap((path, i) => (checked.has(path) ? [[path, outputs[i]!] as const] : []))), known, discoverOptions});
  // Discovery sorted the paths, and results keep that order whatever the concurrency.
  return {files: reported.map((r) => r.file), rules, settings};
}

/** Let rules with a `refine` step drop messages that a signal from all checked files rules out. */
export function refineMessages(
  rules: Map<string, RuleModule>,
  results: FileResult[],
  notes: Array<Record<string, unknown> | undefined>,
  paths: string[],
  perFile: Map<string, Map<string, ResolvedRule>>,
  settings: RunSettings,
): void {
  const notesByPath = new Map(paths.map((path, i) => [path, notes[i]]));
  for (const [id, rule] of rules) {
    if (!rule.refine) continue;
    const files = results.filter((r) => perFile.get(r.path)!.has(id));
    if (files.length === 0) continue;
    const drop = rule.refine(files.map((r) => ({
      path: r.path,
      messages: r.file.messages.filter((message) => message.ruleId === id),
      note: notesByPath.get(r.path)?.[id],
      options: perFile.get(r.path)!.get(id)!.options,
    })), settings);
    if (drop.size === 0) continue;
    for (const {file} of files) file.messages = file.messages.filter((message) => !drop.has(message));
  }
}

function logDiscovery(settings: RunSettings, paths: string[], sites: Map<string, SiteInfo | undefined>): void {
  settings.log(`postlint: ${paths.length} file${paths.length === 1 ? '' : 's'} to check`);
  const seen = new Set<string>();
  for (const site of sites.values()) {
    if (!site || seen.has(site.root)) continue;
    seen.add(site.root);
    settings.log(`postlint: site ${relative(settings.cwd, site.root) || '.'} (${site.generator}${site.product ? ` (${site.product})` : ""}${site.configFile ? `, from ${relative(settings.cwd, site.configFile)}` : ''})`);
  }
}

/**
 * Size and modification time of every extra file the file's rules read (words lists…), worked out
 * once a run for each set of active rules and site: a stat per file and rule was 1.6 s of a cached
 * 10,000-post run.
 */
class InputsFingerprints {
  private readonly known = new Map<string, string>();
  constructor(private readonly rules: Map<string, RuleModule>, private readonly settings: RunSettings) {}

  of(active: Array<[string, ResolvedRule]>, site: SiteInfo | undefined): string {
    const key = JSON.stringify([active.map(([id]) => id), site?.root ?? null, site?.generator ?? null]);
    let fingerprint = this.known.get(key);
    if (fingerprint === undefined) {
      fingerprint = inputsFingerprint(active, this.rules, this.settings, site);
      this.known.set(key, fingerprint);
    }
    return fingerprint;
  }
}

export function inputsFingerprint(active: Array<[string, ResolvedRule]>, rules: Map<string, RuleModule>, settings: RunSettings, site: SiteInfo | undefined): string {
  const paths = new Set(active.flatMap(([id]) => rules.get(id)?.cacheInputs?.(settings, site) ?? []));
  return [...paths].sort().map((path) => {
    try {
      const info = statSync(path);
      return `${path}:${info.size}:${info.mtimeMs}`;
    } catch {
      return `${path}:absent`;
    }
  }).join('\n');
}

export function activeRules(
  path: string,
  loaded: LoadedConfig,
  rules: Map<string, RuleModule>,
  flags: Record<string, Severity>,
  settings: RunSettings,
): Map<string, ResolvedRule> {
  const active = rulesForFile(path, loaded, rules, flags);
  if (settings.offline) for (const [id] of active) if (rules.get(id)?.meta.network) active.delete(id);
  return active;
}

export interface FileResult {
  path: string;
  file: VFile;
  facts?: FileFacts;
}

export async function runSiteRules(
  rules: Map<string, RuleModule>,
  paths: string[],
  perFile: Map<string, Map<string, ResolvedRule>>,
  index: SiteIndex,
  files: Map<string, VFile>,
  settings: RunSettings,
): Promise<void> {
  for (const [id, rule] of rules) {
    if (!rule.siteRule) continue;
    const targets = paths.filter((path) => perFile.get(path)!.has(id) && index.facts(path));
    if (targets.length === 0) continue;
    await rule.siteRule({
      index,
      targets,
      settings,
      options: (path) => perFile.get(path)?.get(id)?.options,
      report: (report) => addSiteMessage(files, perFile, id, report),
    });
  }
}

export function addSiteMessage(files: Map<string, VFile>, perFile: Map<string, Map<string, ResolvedRule>>, ruleId: string, report: SiteReport): void {
  const file = files.get(report.file);
  const setting = perFile.get(report.file)?.get(ruleId);
  if (!file || !setting) return;
  const end = report.endLine !== undefined ? {line: report.endLine, column: report.endColumn ?? report.column} : undefined;
  const message = file.message(report.message, {
    place: end ? {start: {line: report.line, column: report.column}, end} : {line: report.line, column: report.column},
    ruleId,
    source: 'postlint',
  });
  message.fatal = setting.severity === 'error' && !report.warnOnly;
  message.url = undefined;
  if (report.data) Object.assign(message, {data: report.data});
  if (report.fix) Object.assign(message, {[siteFixMark]: {fix: report.fix, span: report}});
}

const siteFixMark = 'postlintSiteFix';

/** Site rules name the text to change in a link; here it becomes a fix with offsets into the file's text. */
export function placeSiteFixes(results: FileResult[], documents: Map<string, string>, settings: RunSettings): void {
  for (const {path, file} of results) {
    const pending = file.messages.filter((message) => siteFixMark in message);
    if (pending.length === 0) continue;
    let text = documents.get(path);
    if (text === undefined) {
      const read = readText(path, settings.config.maxFileSize ?? defaultMaxFileSize);
      // The raw text: fixes are written into it (template-code fencing keeps positions anyway).
      text = 'text' in read ? read.text : undefined;
    }
    for (const message of pending) {
      const {fix, span} = (message as unknown as Record<string, {fix: SiteFix; span: Span}>)[siteFixMark]!;
      delete (message as unknown as Record<string, unknown>)[siteFixMark];
      const placed = text !== undefined ? placeSiteFix(text, span, fix) : undefined;
      if (placed) Object.assign(message, {fix: placed});
    }
  }
}

/** Apply control comments, flag unknown rule names in them, and sort messages by position. */
export function finish(file: VFile, facts: FileFacts | undefined, known: ReadonlySet<string>): void {
  if (facts && facts.control.length > 0) {
    file.messages = file.messages.filter((message) => !isSilenced(facts.control, message));
    for (const unknown of unknownControlRules(facts.control, known)) {
      const message = file.message(`Control comment names unknown rule "${unknown.rule}"; see postlint --list-rules`, {
        place: {line: unknown.line, column: unknown.column},
        ruleId: 'postlint-control',
        source: 'postlint',
      });
      message.fatal = false;
    }
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)));
}
