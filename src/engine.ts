import {readFile, stat} from 'node:fs/promises';
import {dirname, relative} from 'node:path';
import {unified, type Processor} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import './vfile-data.js';
import {loadRules} from './registry.js';
import {applyWarnOnly} from './rule-kit.js';
import {loadConfig, rulesForFile, validateConfig, type LoadedConfig, type ResolvedRule} from './config.js';
import {comparePaths, discover} from './discover.js';
import {defaultExtensions, defaultMaxFileSize} from './defaults.js';
import {readFrontMatter} from './frontmatter.js';
import {fenceTemplateCode} from './template-code.js';
import {extractFacts, type FileFacts} from './facts.js';
import {isSilenced, unknownControlRules} from './control.js';
import {SiteIndex} from './site/index.js';
import {siteFor, type SiteInfo} from './site/detect.js';
import {UsageError} from './errors.js';
import type {RuleModule, Severity, SiteReport} from './types.js';
import type {RunSettings} from './settings.js';

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
}

export interface RunResult {
  files: VFile[];
  rules: Map<string, RuleModule>;
  settings: RunSettings;
}

const ioConcurrency = 16;

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
    useCache: options.useCache ?? loaded.config.cache ?? false,
    noCache: options.useCache === false,
    config: loaded.config,
    configDir: loaded.dir,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };

  if (settings.verbose) settings.log(`postlint: config ${loaded.filepath ? relative(options.cwd, loaded.filepath) || loaded.filepath : '(none; defaults)'}`);
  const discoverOptions = {
    cwd: options.cwd,
    extensions: loaded.config.extensions ?? defaultExtensions,
    ignore: loaded.config.ignore ?? [],
    ignoreBase: loaded.dir,
  };
  // With targets, no paths means nothing to index beyond them (e.g. --changed with no changes).
  let paths = options.targets && options.paths.length === 0 ? [] : await discover(options.paths, discoverOptions);
  const targets = options.targets ? new Set(options.targets.length > 0 ? await discover(options.targets, discoverOptions) : []) : undefined;
  if (targets) paths = [...new Set([...paths, ...targets])].sort(comparePaths);
  // Index-only files are parsed for their facts; their file rules would report on nothing.
  const noRules = new Map<string, ResolvedRule>();

  const sites = new Map<string, SiteInfo | undefined>();
  for (const path of paths) sites.set(path, await siteFor(dirname(path)));
  if (settings.verbose) logDiscovery(settings, paths, sites);

  const perFile = new Map<string, Map<string, ResolvedRule>>();
  for (const path of paths) perFile.set(path, activeRules(path, loaded, rules, ruleFlags, settings));

  for (const [id, rule] of rules) if (rule.prepare && paths.some((path) => perFile.get(path)!.has(id))) await rule.prepare(settings);

  const processors = new ProcessorCache(rules);
  const results = await mapLimit(paths, ioConcurrency, async (path) => {
    // Index-only files (outside --changed targets) run no rules.
    const active = targets && !targets.has(path) ? noRules : perFile.get(path)!;
    const result = await lintFile(path, active, processors, settings, sites.get(path));
    if (result.facts) for (const id of active.keys()) rules.get(id)?.prefetch?.(result.facts, settings);
    return result;
  });

  const files = new Map(results.map((r) => [r.path, r.file]));
  const index = new SiteIndex(results.flatMap((r) => (r.facts ? [r.facts] : [])), sites);
  const impact = options.impact?.(index) ?? new Map<string, (line: number) => boolean>();
  const reported = targets ? results.filter((r) => targets.has(r.path) || impact.has(r.path)) : results;
  await runSiteRules(rules, reported.map((r) => r.path), perFile, index, files, settings);
  for (const {path, file} of reported) {
    const keep = targets?.has(path) ? undefined : impact.get(path);
    if (keep) file.messages = file.messages.filter((message) => keep(message.line ?? 1));
  }

  const known = new Set(rules.keys());
  for (const {file, facts} of reported) finish(file, facts, known);
  // Discovery sorted the paths, and results keep that order whatever the concurrency.
  return {files: reported.map((r) => r.file), rules, settings};
}

function logDiscovery(settings: RunSettings, paths: string[], sites: Map<string, SiteInfo | undefined>): void {
  settings.log(`postlint: ${paths.length} file${paths.length === 1 ? '' : 's'} to check`);
  const seen = new Set<string>();
  for (const site of sites.values()) {
    if (!site || seen.has(site.root)) continue;
    seen.add(site.root);
    settings.log(`postlint: site ${relative(settings.cwd, site.root) || '.'} (${site.generator}${site.configFile ? `, from ${relative(settings.cwd, site.configFile)}` : ''})`);
  }
}

function activeRules(
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

/** One frozen processor per distinct set of file-rule settings (overrides make several). */
class ProcessorCache {
  private readonly cache = new Map<string, Processor<Root, Root, Root>>();
  constructor(private readonly rules: Map<string, RuleModule>) {}

  get(active: Map<string, ResolvedRule>): Processor<Root, Root, Root> {
    const entries = [...active].filter(([id]) => this.rules.get(id)?.fileRule);
    const key = JSON.stringify(entries);
    let processor = this.cache.get(key);
    if (!processor) {
      // The rules' plugins accept [severity, options]; unified's types cannot follow that through .use chains.
      let p = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm) as unknown as Processor<Root, Root, Root>;
      for (const [id, setting] of entries) p = p.use(this.rules.get(id)!.fileRule!, [setting.severity, setting.options]) as unknown as Processor<Root, Root, Root>;
      processor = p.freeze() as Processor<Root, Root, Root>;
      this.cache.set(key, processor);
    }
    return processor;
  }
}

interface FileResult {
  path: string;
  file: VFile;
  facts?: FileFacts;
}

async function lintFile(
  path: string,
  active: Map<string, ResolvedRule>,
  processors: ProcessorCache,
  settings: RunSettings,
  site: SiteInfo | undefined,
): Promise<FileResult> {
  // Messages show paths relative to where postlint runs; facts keep the absolute path.
  const file = new VFile({path: relative(settings.cwd, path) || path, cwd: settings.cwd});
  const text = await readText(path, settings.config.maxFileSize ?? defaultMaxFileSize);
  if (typeof text !== 'string') {
    fatal(file, text.problem);
    return {path, file};
  }
  // Template-tag code blocks become fences of the same length: what the generator renders, same positions.
  file.value = fenceTemplateCode(text);
  try {
    const processor = processors.get(active);
    const tree = processor.parse(file) as Root;
    const frontMatter = await readFrontMatter(tree);
    file.data.frontMatter = frontMatter;
    file.data.site = site;
    file.data.settings = settings;
    await processor.run(tree, file);
    applyWarnOnly(file.messages);
    const facts = extractFacts(tree, file, frontMatter, path);
    // The tree and the text are not kept: memory grows with facts, not with trees.
    file.value = '';
    return {path, file, facts};
  } catch (error) {
    if (settings.verbose && error instanceof Error) settings.log(error.stack ?? error.message);
    fatal(file, `postlint failed on this file: ${error instanceof Error ? error.message : String(error)}`);
    file.value = '';
    return {path, file};
  }
}

function fatal(file: VFile, reason: string): void {
  const message = file.message(reason, {place: {line: 1, column: 1}});
  message.fatal = true;
  message.source = 'postlint';
}

type ReadOutcome = string | {problem: string};

async function readText(path: string, maxSize: number): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    // Size and kind first: a huge file is not read into memory, and a FIFO would block a read.
    const info = await stat(path);
    if (info.isDirectory()) return {problem: 'Cannot read file: it is a directory'};
    if (!info.isFile()) return {problem: 'Cannot read file: it is not a regular file'};
    if (info.size > maxSize) return {problem: `File is too large to check (${byteSize(info.size)}; the limit is ${byteSize(maxSize)}, set by maxFileSize)`};
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'symbolic link loop' : code ?? String(error);
    return {problem: `Cannot read file: ${why}`};
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {problem: 'File is UTF-16, not UTF-8; save it as UTF-8 to check it'};
  }
  if (bytes.subarray(0, 8000).includes(0)) return {problem: 'File looks binary (it contains NUL bytes); not checked'};
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes);
  } catch {
    return {problem: 'File is not valid UTF-8; save it as UTF-8 to check it'};
  }
}

function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}

async function runSiteRules(
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

function addSiteMessage(files: Map<string, VFile>, perFile: Map<string, Map<string, ResolvedRule>>, ruleId: string, report: SiteReport): void {
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
}

/** Apply control comments, flag unknown rule names in them, and sort messages by position. */
function finish(file: VFile, facts: FileFacts | undefined, known: ReadonlySet<string>): void {
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

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
  return results;
}

export function displayPath(path: string, cwd: string): string {
  return relative(cwd, path) || path;
}
