import {readFileSync, statSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {relative} from 'node:path';
import {unified, type Processor} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {remarkGfmWithoutLiterals} from './markdown.js';
import {findBareUrls} from './bare-urls.js';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import './vfile-data.js';
import {applyWarnOnly} from './rule-kit.js';
import {readFrontMatter} from './frontmatter.js';
import {fenceTemplateCode} from './template-code.js';
import {extractFacts, type FileFacts} from './facts.js';
import type {ResolvedRule} from './config.js';
import type {SiteInfo} from './site/detect.js';
import type {RuleModule} from './types.js';
import type {RunSettings} from './settings.js';
import {version} from './version.js';
import {defaultMaxFileSize} from './defaults.js';

/**
 * Phase 1 for one file — read, parse, file rules, facts — as plain data, so that it runs the
 * same in the main thread, in a worker, or comes out of the cache. Messages travel as records
 * and become VFileMessages again on the main thread's VFile (restoreMessages).
 */
export interface Phase1Job {
  /** Absolute path. */
  path: string;
  /** The file's active rules as entries (Maps survive structured clone, but entries also survive JSON). */
  active: Array<[string, ResolvedRule]>;
  site: SiteInfo | undefined;
  /** State of the other files the active rules read (words lists…), for the cache key. */
  inputs?: string;
}

export interface Phase1Output {
  messages: MessageRecord[];
  facts?: FileFacts;
  /** Hash of the bytes read and the postlint version (cache key part); absent when the file could not be read. */
  hash?: string;
  /** What file rules noted for their `refine` step (`file.data.notes`, by rule id): plain data. */
  notes?: Record<string, unknown>;
}

/** The VFileMessage fields reporters read; `data` and any custom fields ride along. */
export interface MessageRecord {
  reason: string;
  place?: VFileMessage['place'];
  ruleId?: string;
  source?: string;
  fatal?: boolean | null | undefined;
  url?: string;
  note?: string;
  actual?: string;
  expected?: string[];
  [extra: string]: unknown;
}

/** Computed on the fly by VFileMessage or tied to the tree and the run; never copied. */
const derivedFields = new Set(['file', 'message', 'name', 'stack', 'line', 'column', 'ancestors', 'cause', 'reason', 'place', 'ruleId', 'source']);

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(version).update('\0').update(bytes).digest('hex');
}

export function toRecord(message: VFileMessage): MessageRecord {
  const record: MessageRecord = {reason: message.reason};
  if (message.place) record.place = message.place;
  if (message.ruleId) record.ruleId = message.ruleId;
  if (message.source) record.source = message.source;
  for (const [key, value] of Object.entries(message)) {
    if (derivedFields.has(key) || value === undefined || typeof value === 'function') continue;
    record[key] = value;
  }
  return record;
}

/** Rebuild the messages on the run's VFile, in the order they were made. */
export function restoreMessages(file: VFile, records: MessageRecord[]): void {
  for (const {reason, place, ruleId, source, ...rest} of records) {
    const message = file.message(reason, {...(place ? {place} : {}), ...(ruleId ? {ruleId} : {}), ...(source ? {source} : {})});
    Object.assign(message, rest);
  }
}

/** One frozen processor per distinct set of file-rule settings (overrides make several). */
class ProcessorCache {
  private readonly cache = new Map<string, Processor<Root, Root, Root>>();
  constructor(private readonly rules: Map<string, RuleModule>) {}

  get(active: Array<[string, ResolvedRule]>): Processor<Root, Root, Root> {
    const entries = active.filter(([id]) => this.rules.get(id)?.fileRule);
    const key = JSON.stringify(entries);
    let processor = this.cache.get(key);
    if (!processor) {
      // The rules' plugins accept [severity, options]; unified's types cannot follow that through .use chains.
      let p = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmWithoutLiterals) as unknown as Processor<Root, Root, Root>;
      for (const [id, setting] of entries) p = p.use(this.rules.get(id)!.fileRule!, [setting.severity, setting.options]) as unknown as Processor<Root, Root, Root>;
      processor = p.freeze() as Processor<Root, Root, Root>;
      this.cache.set(key, processor);
    }
    return processor;
  }
}

/** Runs phase 1 on one file at a time; one per thread. */
export class Phase1Runner {
  private readonly processors: ProcessorCache;
  constructor(rules: Map<string, RuleModule>, private readonly settings: RunSettings) {
    this.processors = new ProcessorCache(rules);
  }

  async lint(job: Phase1Job): Promise<Phase1Output> {
    const {settings} = this;
    // Messages show paths relative to where postlint runs; facts keep the absolute path.
    const file = new VFile({path: relative(settings.cwd, job.path) || job.path, cwd: settings.cwd});
    const read = readText(job.path, settings.config.maxFileSize ?? defaultMaxFileSize);
    if ('problem' in read) {
      fatal(file, read.problem);
      return {messages: file.messages.map(toRecord)};
    }
    // Template-tag code blocks become fences of the same length: what the generator renders, same positions.
    file.value = fenceTemplateCode(read.text);
    try {
      const processor = this.processors.get(job.active);
      const tree = processor.parse(file) as Root;
      const frontMatter = await readFrontMatter(tree);
      file.data.frontMatter = frontMatter;
      file.data.bareUrls = findBareUrls(tree, String(file.value));
      file.data.site = job.site;
      file.data.settings = settings;
      await processor.run(tree, file);
      applyWarnOnly(file.messages);
      const facts = extractFacts(tree, file, frontMatter, job.path);
      // The tree and the text are not kept: memory grows with facts, not with trees.
      const notes = file.data.notes;
      return {messages: file.messages.map(toRecord), facts, hash: read.hash, ...(notes ? {notes} : {})};
    } catch (error) {
      if (settings.verbose && error instanceof Error) settings.log(error.stack ?? error.message);
      fatal(file, `postlint failed on this file: ${error instanceof Error ? error.message : String(error)}`);
      return {messages: file.messages.map(toRecord)};
    }
  }
}

function fatal(file: VFile, reason: string): void {
  const message = file.message(reason, {place: {line: 1, column: 1}});
  message.fatal = true;
  message.source = 'postlint';
}

type ReadOutcome = {text: string; hash: string} | {problem: string};

// Synchronous on purpose: phase 1 is bound by the parser, and for small files one blocking read
// costs a fifth of the CPU of fs/promises' open/stat/read/close round trips (bench/README.md).
function readText(path: string, maxSize: number): ReadOutcome {
  let bytes: Buffer;
  try {
    // Size and kind first: a huge file is not read into memory, and a FIFO would block a read.
    const info = statSync(path);
    if (info.isDirectory()) return {problem: 'Cannot read file: it is a directory'};
    if (!info.isFile()) return {problem: 'Cannot read file: it is not a regular file'};
    if (info.size > maxSize) return {problem: `File is too large to check (${byteSize(info.size)}; the limit is ${byteSize(maxSize)}, set by maxFileSize)`};
    bytes = readFileSync(path);
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
    return {text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes), hash: contentHash(bytes)};
  } catch {
    return {problem: 'File is not valid UTF-8; save it as UTF-8 to check it'};
  }
}

function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}
