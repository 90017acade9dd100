import {statSync} from 'node:fs';
import {placeLine} from './hidden-body.js';
import {dirname, join, relative, resolve} from 'node:path';
import {VFile} from 'vfile';
import './vfile-data.js';
import {loadRules} from './registry.js';
import {loadConfig, matchingOverrides, rulesForFile, validateConfig, type LoadedConfig, type ResolvedRule} from './config.js';
import {comparePaths, discover, type DiscoverOptions} from './discover.js';
import {defaultExtensions, defaultMaxFileSize} from './defaults.js';
import type {FileFacts} from './facts.js';
import {restoreMessages, type Phase1Job, type Phase1Output} from './phase1.js';
import {runPhase1} from './workers.js';
import {Phase1Cache} from './cache.js';
import {Phase2Cache} from './phase2-cache.js';
import {CacheInputs} from './cache-inputs.js';
import {weighedRules} from './weighed-findings.js';
import type {FileStamp} from './file-stamp.js';
import {inShard, type Shard} from './shard.js';
import {isSilenced, unknownControlRules} from './control.js';
import {SiteIndex} from './site/index.js';
import {siteFor, unbuiltReason, walkWitness, type SiteInfo} from './site/detect.js';
import {servedThroughLinks} from './site/linked-pages.js';
import {generatorOf} from './site/generators/index.js';
import {projectTop} from './site/project-top.js';
import {vendoredReason} from './site/vendored.js';
import {pageFolders} from './site/never-built.js';
import {UsageError} from './errors.js';
import type {Place, RuleModule, ServiceName, Severity, SiteReport, Span} from './types.js';
import {formatMessage, toPosition} from './rule-kit.js';
import {LinkChecker, spellerService} from './services.js';
import type {RunSettings} from './settings.js';
import {placeSiteFix, type SiteFix} from './fix.js';
import {loadRemarkLint, remarkLintRoot, remarkLintSource} from './remark-lint.js';
import {readText} from './read-text.js';
import {guardNotices, hiddenBodyNotices, siteWarningNotices, sortNotices, type Notice} from './notices.js';
import {forgePublishedNotices} from './site/forge-published.js';
import {LeftOut} from './left-out.js';
import {yieldSameProblem} from './same-problem.js';
import {nowMs} from './clock.js';

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
  /** Rules whose site half threw: each has a fatal message, and the run counts as failed (exit 2). */
  failedRules: string[];
  /** Said once for the run (findings the model guard withheld), in a stable order. */
  notices?: Notice[];
}


/**
 * One run, in named stages: plan (config, discovery, sites, each file's rules) → phase 1 per file
 * (services start, then parse, file halves, facts) → site index → site rules (site halves over
 * facts) → finish (fixes placed, control comments, order).
 */
export async function run(options: RunOptions): Promise<RunResult> {
  let since = nowMs();
  const plan = await planStage(options);
  // --verbose says how long each stage took.
  const done = (stage: string): void => {
    if (plan.settings.verbose) plan.settings.log(`postlint: stage ${stage}: ${Math.round(nowMs() - since)} ms`);
    since = nowMs();
  };
  done('plan');
  // The phase-2 cache: when nothing changed, the stored findings are the run (src/phase2-cache.ts).
  const phase2 = phase2CacheFor(plan, options);
  const replayed = phase2?.replay();
  if (replayed) {
    plan.leftOut.say();
    plan.cacheInputs?.save();
    done('replay');
    return {files: replayed.map((r) => r.file), rules: plan.rules, settings: plan.settings, failedRules: [], notices: phase2!.storedNotices()};
  }
  const {outputs, results, cache} = await phase1Stage(plan, phase2?.takenStamps());
  done('phase 1');
  // --changed stores no findings, but the guard samples an earlier run stored spare the model guard resolving every unchanged file.
  const samples = !phase2 && options.impact ? samplesCacheFor(plan, options) : undefined;
  const index = siteIndexStage(plan, results, phase2 !== undefined || samples !== undefined);
  done('site index');
  const byPath = new Map(plan.paths.map((path, i) => [path, outputs[i]!]));
  samples?.lendGuardSamples(byPath, index);
  const impact = options.impact?.(index) ?? new Map<string, (line: number) => boolean>();
  const reported = leaveOutNeverBuilt(plan, index, results.filter((r) => plan.checked.has(r.path) || (impact.has(r.path) && plan.inThisShard(r.path))));
  plan.leftOut.say();
  // Files whose stored findings still hold need no site rule (nor finishing: they are stored finished).
  const holding = phase2?.holding(byPath, index) ?? new Map<string, {path: string; file: VFile}>();
  const rechecked = holding.size > 0 ? reported.filter((r) => !holding.has(r.path)) : reported;
  if (phase2 && plan.settings.verbose) {
    plan.settings.log(`phase-2 cache: ${rechecked.length} of ${reported.length} files re-checked, ${holding.size} unchanged with everything they link to`);
    // Which ones, when they are few enough to read.
    if (holding.size > 0 && rechecked.length <= 50) for (const r of rechecked) plan.settings.log(`phase-2 cache: re-checked ${r.file.path}`);
  }
  const ruleNotices: Notice[] = [];
  const ran = new Set<string>();
  const failures = await runSiteRules(plan, results, rechecked, index, {notices: ruleNotices, ran});
  // A rule whose site half had no file to run on (all held by the phase-2 cache) says what it said then.
  if (phase2) ruleNotices.push(...phase2.storedNotices().filter((notice) => notice.kind !== 'links' && notice.kind !== 'anchors' && notice.kind !== 'hidden-body' && notice.kind !== 'site-warning' && notice.kind !== 'forge-published' && !ran.has(notice.rule)));
  const checkedPaths = reported.filter((r) => plan.checked.has(r.path)).map((r) => r.path);
  const notices = sortNotices([
    ...guardNotices(index, (site, rule) => activeInSite(plan, site, rule), plan.settings.cwd, plan.settings.verbose),
    ...hiddenBodyNotices(index, checkedPaths, plan.settings.cwd, plan.settings.verbose),
    ...forgePublishedNotices(index, checkedPaths, plan.settings.cwd, plan.settings.verbose),
    ...siteWarningNotices(plan.sites.values()),
    ...ruleNotices,
  ]);
  done('site rules');
  const known = finishStage(plan, rechecked, index, impact, failures);
  done('finish');
  // A run where a rule failed, or that read damaged facts from the phase-1 cache, is not one to remember.
  if (phase2 && failures.length === 0 && !cache?.hasDamage()) await phase2.save(rechecked.filter((r) => plan.checked.has(r.path)), holding, byPath, index, notices);
  // ... and the samples of a run that stores no findings, for the next one's guard.
  if (samples && failures.length === 0 && !cache?.hasDamage()) await samples.saveSamples(byPath, index);
  // A record found damaged after the cache was written: written again without it.
  if (cache?.hasDamage()) await cache.save();
  if (!cache?.unwritable) plan.cacheInputs?.save();
  options.observe?.({
    rules: plan.rules,
    loaded: plan.loaded,
    settings: plan.settings,
    sites: plan.sites,
    perFile: plan.perFile,
    index,
    checked: new Map(plan.paths.flatMap((path, i) => (plan.checked.has(path) ? [[path, outputs[i]!] as const] : []))),
    known,
    discoverOptions: plan.discoverOptions,
  });
  // Discovery sorted the paths, and results keep that order whatever the concurrency.
  return {files: reported.map((r) => holding.get(r.path)?.file ?? r.file), rules: plan.rules, settings: plan.settings, failedRules: failures.map((failure) => failure.rule), notices};
}

/** Does the rule run on some checked file of the site (else its withheld findings are nobody's news)? */
function activeInSite(plan: Pick<RunPlan, 'checked' | 'sites' | 'perFile'>, site: string, rule: string): boolean {
  for (const path of plan.checked) if ((plan.sites.get(path)?.root ?? '') === site && plan.perFile.get(path)?.has(rule)) return true;
  return false;
}

/**
 * The phase-2 cache, for a run of the CLI with the cache on; not for unsaved texts, a caller's own
 * phase-1 cache or state (the language server keeps its index itself), nor changed mode's impact
 * scan (which needs the index anyway).
 */
function phase2CacheFor(plan: RunPlan, options: RunOptions): Phase2Cache | undefined {
  if (!plan.settings.useCache || plan.paths.length === 0 || plan.documents.size > 0 || options.phase1Cache || options.observe || options.impact) return undefined;
  return Phase2Cache.open(join(plan.settings.configDir, '.postlint-cache'), {...plan, inputsOf: (path) => plan.fingerprints.of(path)});
}

/** The phase-2 cache read only for the model guard's samples (changed mode's impact keeps the run from using its findings). */
function samplesCacheFor(plan: RunPlan, options: RunOptions): Phase2Cache | undefined {
  if (!plan.settings.useCache || plan.paths.length === 0 || plan.documents.size > 0 || options.phase1Cache || options.observe) return undefined;
  return Phase2Cache.open(join(plan.settings.configDir, '.postlint-cache'), {...plan, inputsOf: (path) => plan.fingerprints.of(path)}, {quiet: true});
}

/** What the plan stage decides for the rest of the run. */
interface RunPlan {
  rules: Map<string, RuleModule>;
  loaded: LoadedConfig;
  settings: RunSettings;
  documents: Map<string, string>;
  paths: string[];
  sites: Map<string, SiteInfo | undefined>;
  /** remark-lint rule ids the config brings in (known to control comments). */
  remarkIds: Set<string>;
  /** Each file's active rules with their settings. */
  perFile: Map<string, Map<string, ResolvedRule>>;
  /** The files whose rules run (targets, this shard); the others only feed the index. */
  checked: Set<string>;
  inThisShard: (path: string) => boolean;
  links: LinkChecker;
  phase1Cache: ((settings: RunSettings) => Phase1Cache) | undefined;
  workers: number | undefined;
  discoverOptions: DiscoverOptions;
  /** The state of the extra files each file's rules read (words lists), for the caches' keys. */
  fingerprints: InputsFingerprints;
  /** The side files the on-disk caches were made from, checked: their generation joins every key (src/cache-inputs.ts). */
  cacheInputs: CacheInputs | undefined;
  /** The files left out so far (the site never builds them), said once for the run. */
  leftOut: LeftOut;
  /** The files named one by one on the command line or given as targets (not found in a folder or by a glob). */
  named: ReadonlySet<string>;
}

/** Does any of the file's active rules ask for this service? */
function usesService(plan: Pick<RunPlan, 'perFile' | 'rules'>, path: string, service: ServiceName): boolean {
  for (const id of plan.perFile.get(path)!.keys()) if (plan.rules.get(id)?.meta.services.includes(service)) return true;
  return false;
}

/** Stage "plan": config, discovery, sites, each file's rules; a mistake in any of them is a usage error before a file is parsed. */
async function planStage(options: RunOptions): Promise<RunPlan> {
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
    ...(settings.verbose ? {note: settings.log} : {}),
    witness: walkWitness,
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
  // Said under --verbose as it comes, else once for the run (both stages' counts together), and then only to a caller that asked for log lines.
  const leftOut = new LeftOut({cwd: settings.cwd, verbose: settings.verbose, log: settings.log, sayUnasked: options.log !== undefined}, paths.length);
  if (unbuilt.length > 0) {
    leftOut.add(unbuilt, (path) => unbuiltReason(path, sites.get(path)), (path) => sites.get(path));
    const left = new Set(unbuilt);
    paths = paths.filter((path) => !left.has(path));
    for (const path of unbuilt) targets?.delete(path);
  }
  // A file a site serves only through a symbolic link is checked once, as the page at the link's place.
  const linked = await servedThroughLinks(paths.filter((path) => !documents.has(path)), sites);
  if (linked.size > 0) {
    if (settings.verbose) for (const [file, link] of linked) settings.log(`postlint: ${relative(settings.cwd, file)} is checked as ${relative(settings.cwd, link)}: the site serves it through that link`);
    paths = paths.filter((path) => !linked.has(path));
    for (const [file, link] of linked) if (targets?.delete(file)) targets.add(link);
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
  const active = activeRulesByOverrides(loaded, rules, ruleFlags, settings);
  for (const path of paths) perFile.set(path, active(path));

  // Which files run their rules: the --changed targets (or every file), then only this shard's part.
  // The others are parsed for their facts only, so that cross-file links still resolve.
  const inThisShard = (path: string): boolean => !options.shard || inShard(relative(settings.configDir, path), options.shard);
  const checked = new Set(paths.filter((path) => (!targets || targets.has(path)) && inThisShard(path)));
  const plan: Omit<RunPlan, 'fingerprints' | 'cacheInputs'> = {
    rules,
    loaded,
    settings,
    documents,
    paths,
    sites,
    remarkIds,
    perFile,
    checked,
    inThisShard,
    links: new LinkChecker(settings),
    phase1Cache: options.phase1Cache,
    workers: options.workers,
    discoverOptions,
    leftOut,
    // The command line's files come as paths, or as targets within the sites around them (src/scope.ts).
    named: new Set([...options.paths, ...(options.targets ?? [])].map((input) => resolve(options.cwd, input)).filter((path) => perFile.has(path))),
  };
  const cacheInputs = settings.useCache && paths.length > 0 && !options.phase1Cache ? CacheInputs.open(join(settings.configDir, '.postlint-cache')) : undefined;
  if (cacheInputs?.changed && settings.verbose) settings.log(`postlint: ${relative(settings.cwd, cacheInputs.changed)} changed since the cache was made (the site model read it): every file is checked again`);
  return {...plan, cacheInputs, fingerprints: new InputsFingerprints({...plan, cacheInputs})};
}

/**
 * Stage "phase 1": the services start their slow work (the link checker pre-scans the raw text
 * of the files whose rules want links, the speller loads its dictionaries), then every file is
 * parsed once and its file halves run, in workers or here.
 */
async function phase1Stage(plan: RunPlan, stamps?: ReadonlyArray<FileStamp | undefined>): Promise<{outputs: Phase1Output[]; results: FileResult[]; cache: Phase1Cache | undefined}> {
  const {rules, settings, perFile, checked, documents, paths, sites, links} = plan;
  // The link checker may start from the raw text (link requests) while phase 1 parses; its thread
  // then needs a core of its own (bench/links/README.md).
  const prescanned = [...checked].filter((path) => usesService(plan, path, 'links') && !documents.has(path));
  // A promise that fails means the core is never freed, not a failed run.
  const linksIdle = prescanned.length > 0 ? links.prescan(prescanned).catch(() => new Promise<void>(() => undefined)) : undefined;
  // After the pre-scan: preparing (the speller loads its dictionaries) need not delay the first requests.
  if (paths.some((path) => usesService(plan, path, 'speller'))) await spellerService.prepare(settings);
  // Nothing to check (--changed with no changes): the cache is not read, its 30 MB for a big site included.
  const cache = plan.phase1Cache ? plan.phase1Cache(settings) : settings.useCache && paths.length > 0 ? await Phase1Cache.open(join(settings.configDir, '.postlint-cache'), settings, weighedRules(rules)) : undefined;
  const {fingerprints} = plan;
  const outputs = await runPhase1({
    paths,
    job: (path): Phase1Job => {
      const active = checked.has(path) ? entriesOf(perFile.get(path)!) : [];
      const text = documents.get(path);
      return {path, active, site: sites.get(path), ...(cache ? {inputs: fingerprints.of(path)} : {}), ...(text !== undefined ? {text} : {})};
    },
    rules,
    settings,
    ...(cache ? {cache} : {}),
    ...(plan.workers !== undefined ? {workers: plan.workers} : {}),
    ...(stamps && stamps.length === paths.length ? {stamps} : {}),
    reservedCores: linksIdle ? 1 : 0,
    ...(linksIdle ? {reservedCoresFreed: linksIdle} : {}),
    // The link checker starts on a file's URLs while other files are still parsing.
    onFacts: (path, facts) => {
      if (checked.has(path) && usesService(plan, path, 'links')) links.prefetch(facts);
    },
  });
  await cache?.save();

  const results = paths.map((path, i): FileResult => fileResult(path, outputs[i]!, settings, outputs[i]!.facts));
  return {outputs, results, cache};
}

/** A checked file as the site stages see it: its VFile with phase 1's messages, facts and notes. */
export function fileResult(path: string, output: Pick<Phase1Output, 'messages' | 'hash' | 'notes'> | undefined, settings: RunSettings, facts: FileFacts | undefined): FileResult {
  // Messages show paths relative to where postlint runs; facts keep the absolute path.
  const file = new VFile({path: relative(settings.cwd, path) || path, cwd: settings.cwd});
  if (output) restoreMessages(file, output.messages);
  // What phase 1 read, so that --fix can tell a file saved since then from the one it checked.
  if (output?.hash) file.data.contentHash = output.hash;
  return {path, file, ...(facts ? {facts} : {}), ...(output?.notes ? {notes: output.notes} : {})};
}

/**
 * The reported files less those the site never builds and no page includes (a design note beside
 * MkDocs' docs_dir: src/site/never-built.ts). They were parsed all the same, so that links into
 * them resolve; a text given to lint (an editor's document) is reported on all the same.
 */
function leaveOutNeverBuilt(plan: RunPlan, index: SiteIndex, reported: FileResult[]): FileResult[] {
  // A vendored file named on the command line is asked for: checked all the same (src/site/vendored.ts).
  const never = reported.filter((r) => !plan.documents.has(r.path) && index.neverBuilt(r.path) !== undefined && !(plan.named.has(r.path) && namedVendored(r.path, plan.sites.get(r.path))));
  if (never.length === 0) return reported;
  plan.leftOut.add(never.map((r) => r.path), (path) => index.neverBuilt(path), (path) => plan.sites.get(path));
  const left = new Set(never);
  return reported.filter((r) => !left.has(r));
}

/** Is a file named on the command line a vendored file of its repository (src/site/vendored.ts)? */
function namedVendored(path: string, site: SiteInfo | undefined): boolean {
  return site !== undefined && vendoredReason(path, projectTop(site.root) ?? site.root, {root: site.root, contentRoots: pageFolders(site)}) !== undefined;
}

/** Stage "site index": every file's facts, resolved through its generator, once. */
function siteIndexStage(plan: RunPlan, results: FileResult[], recordReads: boolean): SiteIndex {
  const {loaded, perFile, sites} = plan;
  return new SiteIndex(results.flatMap((r) => (r.facts ? [r.facts] : [])), sites, {
    config: loaded.config,
    ...(recordReads ? {recordReadsUnder: [plan.settings.cwd, plan.settings.configDir]} : {}),
    // no-missing-files' staticRoots name the site's static folders for every link rule: links are resolved once.
    staticRootsFor: (path) => {
      const roots = perFile.get(path)?.get('no-missing-files')?.options?.['staticRoots'];
      return Array.isArray(roots) ? roots.filter((root): root is string => typeof root === 'string') : undefined;
    },
    ...(loaded.config.root ? {fallbackRoot: resolve(loaded.dir, loaded.config.root)} : {}),
    cwd: plan.settings.cwd,
  });
}

/** A site half that threw: the rule fails for this run, the others still report. */
export interface RuleFailure {
  rule: string;
  /** The file its fatal message goes on (its first target). */
  file: string;
  error: unknown;
}

/** What the site rules need of a run (a RunPlan, or what the language server keeps of one). */
export interface SiteRulesInput {
  rules: Map<string, RuleModule>;
  perFile: Map<string, Map<string, ResolvedRule>>;
  settings: RunSettings;
  /** The files whose rules ran in phase 1 (their file findings are the site halves' to weigh). */
  checked: ReadonlySet<string>;
  links: LinkChecker;
}

/**
 * Stage "site rules": each rule's site half once, over the index, on the reported files. One
 * that throws fails that rule for the run (see addRuleFailures); the other rules still run and report.
 */
export async function runSiteRules(input: SiteRulesInput, all: FileResult[], reported: FileResult[], index: SiteIndex, said?: {notices: Notice[]; ran: Set<string>}): Promise<RuleFailure[]> {
  const {rules, perFile, settings, checked} = input;
  const files = new Map(reported.map((r) => [r.path, r.file]));
  const failures: RuleFailure[] = [];
  for (const [id, rule] of rules) {
    if (!rule.site) continue;
    const targets = reported.map((r) => r.path).filter((path) => perFile.get(path)?.has(id) && index.facts(path));
    if (targets.length === 0) continue;
    // The files this rule's file half ran on: its findings there are the site half's to weigh.
    const own = all.filter((r) => checked.has(r.path) && perFile.get(r.path)?.has(id));
    said?.ran.add(id);
    try {
      await rule.site({
        index,
        targets,
        settings,
        options: (path) => perFile.get(path)?.get(id)?.options,
        report: (report) => {
          if (rule.meta.leavesDraftsAlone && index.heldBack(report.file, settings.now)) return;
          // A page whose layout never writes its body: a finding in it is one no reader meets (src/hidden-body.ts).
          if (placeLine(report.place) >= index.hiddenBodyFrom(report.file)) return;
          addSiteMessage(files, perFile, rule, report);
        },
        fileFindings: () => own.map((r) => ({
          path: r.path,
          findings: r.file.messages.filter((message) => message.ruleId === id),
          note: r.notes?.[id],
          options: perFile.get(r.path)!.get(id)!.options,
        })),
        notice: (notice) => said?.notices.push({...notice, rule: id}),
        withdraw: (findings) => {
          const drop = new Set(findings);
          if (drop.size > 0) for (const {file} of own) file.messages = file.messages.filter((message) => !drop.has(message));
        },
        get links() {
          if (!rule.meta.services.includes('links')) throw new Error(`Rule ${id} uses the link checker without services: ['links'] in its meta`);
          return input.links;
        },
      });
    } catch (error) {
      if (settings.verbose && error instanceof Error) settings.log(error.stack ?? error.message);
      failures.push({rule: id, file: targets[0]!, error});
    }
  }
  return failures;
}

/** Each failed rule as a fatal message naming it, on its first target; after the control comments, which never silence it. */
export function addRuleFailures(reported: FileResult[], failures: RuleFailure[]): void {
  const files = new Map(reported.map((r) => [r.path, r.file]));
  for (const failure of failures) {
    const file = files.get(failure.file);
    if (!file) continue;
    const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
    const message = file.message(`Rule ${failure.rule} failed in this run, so its site-wide findings are incomplete (a bug in postlint; please report it): ${reason}`, {
      place: {line: 1, column: 1},
      ruleId: failure.rule,
      source: 'postlint',
    });
    message.fatal = true;
    sortMessages(file);
  }
}

/** Each file's links the index could not judge, with the reason (JSON output lists them). */
export function listUnverifiable(reported: FileResult[], index: SiteIndex): void {
  for (const {path, file} of reported) {
    const unverifiable = index.resolved(path).flatMap((resolved) => {
      const {link, resolution} = resolved;
      if (resolution.status === 'unverifiable') return [{line: link.line, column: link.column, url: link.url, reason: resolution.reason}];
      // A fragment into a page whose ids are not all known (an include postlint cannot find) is listed too, never dropped silently.
      const verdict = index.fragmentVerdict(resolved);
      return verdict?.status === 'unverifiable' ? [{line: link.line, column: link.column, url: link.url, reason: `the fragment cannot be checked: the target ${verdict.reason}`}] : [];
    });
    if (unverifiable.length > 0) file.data.unverifiable = unverifiable;
  }
}

/** Stage "finish": fixes placed in the text, unverifiable links listed, impact kept, control comments applied, rule failures added, order. Returns the rule ids control comments may name. */
function finishStage(plan: RunPlan, reported: FileResult[], index: SiteIndex, impact: Map<string, (line: number) => boolean>, failures: RuleFailure[]): ReadonlySet<string> {
  const {documents, settings, checked, rules, remarkIds} = plan;
  placeSiteFixes(reported, documents, settings);
  listUnverifiable(reported, index);
  for (const {path, file} of reported) {
    const keep = checked.has(path) ? undefined : impact.get(path);
    if (keep) file.messages = file.messages.filter((message) => keep(message.line ?? 1));
  }

  const known = new Set([...rules.keys(), ...remarkIds, ...[...remarkIds].map((id) => `${remarkLintSource}:${id}`)]);
  for (const {file, facts} of reported) finish(file, facts, known, rules);
  addRuleFailures(reported, failures);
  return known;
}

function logDiscovery(settings: RunSettings, paths: string[], sites: Map<string, SiteInfo | undefined>): void {
  settings.log(`postlint: ${paths.length} file${paths.length === 1 ? '' : 's'} to check`);
  const seen = new Set<string>();
  for (const site of sites.values()) {
    if (!site || seen.has(site.root)) continue;
    seen.add(site.root);
    settings.log(`postlint: site ${relative(settings.cwd, site.root) || '.'} (${site.generator}${site.product ? ` (${site.product})` : ""}${site.configFile ? `, from ${relative(settings.cwd, site.configFile)}` : ''}${site.inferredFrom ? `, no config file; told by ${site.inferredFrom.join(', ')}` : ''})`);
    for (const note of site.notes ?? []) settings.log(`postlint: site ${relative(settings.cwd, site.root) || '.'}: ${note}`);
  }
}

/**
 * Size and modification time of every extra file the file's rules read through a service (words
 * lists…) and of the files that change how the site's pages read (a generator's `readingInputs`:
 * Hugo's version pins), worked out once a run for each site and use of the speller: a stat per file and rule
 * was 1.6 s of a cached 10,000-post run.
 */
class InputsFingerprints {
  private readonly known = new Map<string, string>();
  constructor(private readonly plan: Pick<RunPlan, 'checked' | 'perFile' | 'rules' | 'sites' | 'settings' | 'cacheInputs'>) {}

  of(path: string): string {
    const speller = this.plan.checked.has(path) && usesService(this.plan, path, 'speller');
    const site = this.plan.sites.get(path);
    const key = JSON.stringify([speller, site?.root ?? null, site?.generator ?? null]);
    let fingerprint = this.known.get(key);
    if (fingerprint === undefined) {
      // The words lists the speller reads, and the files that change how the site's pages read (Hugo's version pins).
      const reading = site ? generatorOf(site).readingInputs?.(site) ?? [] : [];
      fingerprint = `${this.plan.cacheInputs?.generation ?? ''}\n${inputsFingerprint([...(speller ? spellerService.cacheInputs(this.plan.settings, site) : []), ...reading])}`;
      this.known.set(key, fingerprint);
    }
    return fingerprint;
  }
}

function inputsFingerprint(files: string[]): string {
  const paths = new Set(files);
  return [...paths].sort().map((path) => {
    try {
      const info = statSync(path);
      return `${path}:${info.size}:${info.mtimeMs}`;
    } catch {
      return `${path}:absent`;
    }
  }).join('\n');
}

export function addSiteMessage(files: Map<string, VFile>, perFile: Map<string, Map<string, ResolvedRule>>, rule: RuleModule, report: SiteReport): void {
  const ruleId = rule.meta.id;
  // The text first: an unknown message or missing data is the rule's bug wherever the finding lands.
  const reason = formatMessage(rule.meta, report.messageId, report.data);
  const file = files.get(report.file);
  const setting = perFile.get(report.file)?.get(ruleId);
  if (!file || !setting) return;
  const message = file.message(reason, {place: toPosition(report.place), ruleId, source: 'postlint'});
  message.fatal = setting.severity === 'error' && report.severity !== 'warn';
  message.url = undefined;
  Object.assign(message, {messageId: report.messageId});
  if (report.details) Object.assign(message, {data: report.details});
  if (report.fix) Object.assign(message, {[siteFixMark]: {fix: report.fix, span: spanOf(report.place)}});
}

/** The place as a span (where a site fix looks for its text). */
function spanOf(place: Place): Span {
  if ('start' in place) return {line: place.start.line, column: place.start.column, endLine: place.end.line, endColumn: place.end.column};
  return place;
}

/**
 * Each file's active rules, one map shared by the files the same overrides apply to (read-only):
 * worked out once for them, and keyed once by the caches (by reference).
 */
export function activeRulesByOverrides(loaded: LoadedConfig, rules: Map<string, RuleModule>, flags: Record<string, Severity>, settings: RunSettings): (path: string) => Map<string, ResolvedRule> {
  const shared = new Map<string, Map<string, ResolvedRule>>();
  return (path) => {
    const key = matchingOverrides(path, loaded).join(',');
    let active = shared.get(key);
    if (!active) shared.set(key, (active = activeRules(path, loaded, rules, flags, settings)));
    return active;
  };
}

/** A rule map as the entries a phase-1 job carries: one array for every file that shares the map (the cache keys it by reference). */
const entriesByMap = new WeakMap<Map<string, ResolvedRule>, Array<[string, ResolvedRule]>>();
function entriesOf(active: Map<string, ResolvedRule>): Array<[string, ResolvedRule]> {
  let entries = entriesByMap.get(active);
  if (!entries) entriesByMap.set(active, (entries = [...active]));
  return entries;
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
  /** What file halves noted for their site halves, by rule id. */
  notes?: Record<string, unknown>;
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

/** Control comments applied, one finding per problem (src/same-problem.ts), unknown rule names in control comments flagged, messages sorted by position. */
export function finish(file: VFile, facts: FileFacts | undefined, known: ReadonlySet<string>, rules: ReadonlyMap<string, RuleModule>): void {
  // Silence first: a finding yields only to one still reported, or a silenced one would take it along.
  if (facts && facts.control.length > 0) file.messages = file.messages.filter((message) => !isSilenced(facts.control, message));
  yieldSameProblem(file, rules);
  if (facts && facts.control.length > 0) {
    for (const unknown of unknownControlRules(facts.control, known)) {
      const message = file.message(`Control comment names unknown rule "${unknown.rule}"; see postlint --list-rules`, {
        place: {line: unknown.line, column: unknown.column},
        ruleId: 'postlint-control',
        source: 'postlint',
      });
      message.fatal = false;
    }
  }
  sortMessages(file);
}

function sortMessages(file: VFile): void {
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)));
}
