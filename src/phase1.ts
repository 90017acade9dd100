import {separateOwnMarkdownBlocks} from './text/own-markdown-blocks.js';
import {blankContainerClosings} from './text/container-fences.js';
import {fileTagIncludes} from './text/liquid-file-tags.js';
import {unified, type Processor} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {remarkDollarMath, remarkGfmWithoutLiterals, remarkKramdownAtxHeadings, remarkKramdownHtmlBlocks, remarkMdxJsxFlowTags} from './markdown.js';
import {findBareUrls} from './bare-urls.js';
import type {Root, Yaml} from 'mdast';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import './vfile-data.js';
import {filePlugin} from './rule-kit.js';
import {introNode, leadingYamlFields, readFrontMatter, readIntroFrontMatter, type FrontMatterLanguage} from './frontmatter.js';
import {hugoIntro, withoutIntro} from './front-matter-hugo-intro.js';
import {fenceLanguage, withoutFenceLanguage} from './front-matter-language.js';
import {fenceTemplateCode} from './template-code.js';
import type {RemarkShows} from './text/slide-deck.js';
import {readIndentedBlocks} from './text/indented-blocks.js';
import {separateBlockAttributes} from './text/kramdown-blocks.js';
import {blankKramdownDefinitions} from './text/kramdown-definitions.js';
import {asGeneratorReads, generatorOf} from './site/generators/index.js';
import {blankMdxComments} from './text/mdx-comments.js';
import {blankKramdownComments} from './text/kramdown-comments.js';
import {codeJsxTags} from './text/jsx-tags.js';
import {headingSpots, keepSharedHeadings} from './mdx-version-headings.js';
import {extractFacts, type FileFacts} from './facts.js';
import type {ResolvedRule} from './config.js';
import type {SiteInfo} from './site/detect.js';
import type {RuleModule} from './types.js';
import type {RunSettings} from './settings.js';
import {loadRemarkLint, remarkLintRoot, remarkLintSource, type RemarkLintSet} from './remark-lint.js';
import {defaultMaxFileSize} from './defaults.js';
import {contentHash, readText} from './read-text.js';
import {complexityLimits, tooComplex} from './complexity.js';

export {contentHash} from './read-text.js';

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
  /** Unsaved text to lint as if it were the file's content (an editor's buffer, a fix pass). */
  text?: string;
}

export interface Phase1Output {
  messages: MessageRecord[];
  facts?: FileFacts;
  /** Hash of the bytes read and the postlint version (cache key part); absent when the file could not be read. */
  hash?: string;
  /** What links into the file see of it (src/facts-digest.ts), when a cache worked it out. */
  visible?: string;
  /** What file halves noted for their site halves (`context.note`, by rule id): plain data. */
  notes?: Record<string, unknown>;
  /** By rule id, for rules that weigh their file findings site-wide: the digest of its findings and note here (src/weighed-findings.ts). */
  weighed?: Record<string, string>;
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
  if (records.length === 0) return;
  // A VFileMessage is an Error, and V8 collects the stack of each new one (most of its cost, for
  // 10,000 files' findings replayed), which vfile-message then replaces with '': none is collected.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const {reason, place, ruleId, source, ...rest} of records) {
      const message = file.message(reason, {...(place ? {place} : {}), ...(ruleId ? {ruleId} : {}), ...(source ? {source} : {})});
      Object.assign(message, rest);
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** One frozen processor per distinct set of file-rule settings (overrides make several). */
class ProcessorCache {
  private readonly cache = new Map<string, Processor<Root, Root, Root>>();
  constructor(private readonly rules: Map<string, RuleModule>) {}

  get(path: string, active: Array<[string, ResolvedRule]>, remark?: {root: string; set: RemarkLintSet}, mdx = false, site?: SiteInfo): Processor<Root, Root, Root> {
    const entries = active.filter(([id]) => this.rules.get(id)?.file);
    // The Markdown dialect of the file: math the site's converter reads between dollar signs, if it renders the file.
    const dialect = site ? generatorOf(site).markdownDialect?.(site, path) : undefined;
    const math = dialect?.math;
    const htmlBlocks = mdx ? undefined : dialect?.htmlBlocks;
    const atxHeadings = mdx ? undefined : dialect?.atxHeadings;
    const key = JSON.stringify([entries, remark?.root ?? null, mdx, math ?? null, htmlBlocks ?? null, atxHeadings ?? null]);
    let processor = this.cache.get(key);
    if (!processor) {
      // The rules' plugins accept [severity, options]; unified's types cannot follow that through .use chains.
      let p = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmWithoutLiterals) as unknown as Processor<Root, Root, Root>;
      // MDX has no HTML blocks: a line of JSX tags is a block of its own, the lines after it Markdown.
      if (mdx) p = p.use(remarkMdxJsxFlowTags) as unknown as Processor<Root, Root, Root>;
      if (math) p = p.use(remarkDollarMath, math) as unknown as Processor<Root, Root, Root>;
      if (htmlBlocks === 'kramdown') p = p.use(remarkKramdownHtmlBlocks) as unknown as Processor<Root, Root, Root>;
      if (atxHeadings === 'kramdown-gfm') p = p.use(remarkKramdownAtxHeadings) as unknown as Processor<Root, Root, Root>;
      for (const [id, setting] of entries) p = p.use(filePlugin(this.rules.get(id)!), [setting.severity, setting.options]) as unknown as Processor<Root, Root, Root>;
      // The site's remark-lint rules and presets run on the same tree, after postlint's own.
      if (remark && active.length > 0) p = p.use({plugins: remark.set.plugins}) as unknown as Processor<Root, Root, Root>;
      processor = p.freeze() as Processor<Root, Root, Root>;
      this.cache.set(key, processor);
    }
    return processor;
  }
}

/** Runs phase 1 on one file at a time; one per thread. */
export class Phase1Runner {
  private readonly processors: ProcessorCache;
  /** remark-lint packages by the folder they are resolved from (each site's root). */
  private readonly remarkSets = new Map<string, Promise<RemarkLintSet>>();
  /** What each folder's HTML pages show with remark.js (slide decks), listed once a folder for the runner's files. */
  private readonly remarkShows: RemarkShows = new Map();
  constructor(rules: Map<string, RuleModule>, private readonly settings: RunSettings) {
    this.processors = new ProcessorCache(rules);
  }

  private async remarkLint(job: Phase1Job): Promise<{root: string; set: RemarkLintSet} | undefined> {
    const entries = this.settings.config.remarkLint;
    if (!entries || entries.length === 0) return undefined;
    const root = remarkLintRoot(job.site?.root, this.settings.configDir);
    let set = this.remarkSets.get(root);
    if (!set) {
      set = loadRemarkLint(entries, root);
      this.remarkSets.set(root, set);
    }
    return {root, set: await set};
  }

  async lint(job: Phase1Job): Promise<Phase1Output> {
    const {settings} = this;
    // Rules see the absolute path: nothing they decide may depend on the process's working
    // directory (an editor calls the API from anywhere). Reporters get paths relative to cwd.
    const file = new VFile({path: job.path, cwd: settings.cwd});
    const read = job.text !== undefined ? {text: job.text, hash: contentHash(Buffer.from(job.text))} : readText(job.path, settings.config.maxFileSize ?? defaultMaxFileSize);
    if ('problem' in read) {
      fatal(file, read.problem);
      return {messages: file.messages.map(toRecord)};
    }
    // A lone CR ends a line in Markdown; every line count in postlint looks for LF, so a lone CR
    // becomes an LF (same length: offsets, and so any fix, stay exact).
    const text = read.text.includes('\r') ? read.text.replace(/\r(?!\n)/g, '\n') : read.text;
    const generator = generatorOf(job.site);
    // Template-tag code blocks become fences of the same length: what the generator renders, same positions.
    // The engine that renders the page first (a page's own `templateEngineOverride` read from its front matter).
    const engine = job.site === undefined ? undefined : generator.markdownTemplateEngine?.(job.site, text.includes('templateEngineOverride') ? await leadingYamlFields(text) : undefined);
    const codeShortcodes = job.site === undefined ? undefined : generator.codeShortcodes?.(job.site);
    const templated = fenceTemplateCode(text, {liquid: generator.liquid === true, nunjucks: engine === 'njk', ...(codeShortcodes && codeShortcodes.size > 0 ? {codeShortcodes} : {})});
    // `:::` containers (remark-directive, markdown-it-container): a closing fence ends the block before it, as its parser
    // tries it first (src/text/container-fences.ts). Before the complexity scan, which reads the text the parser reads.
    const containers = job.site !== undefined ? generator.containers?.(job.site) : undefined;
    const fenced = containers ? blankContainerClosings(templated, containers) : templated;
    if (fenced !== templated) file.data.writtenText = templated;
    // A post the parser would take minutes or gigabytes on is reported, not parsed (src/complexity.ts): the
    // text scanned is the text parsed, its HTML blocks raw where nothing but CommonMark reads it.
    const complex = tooComplex(fenced, complexityLimits, {htmlBlocks: parsedAsWritten(job), jsxFlow: parsedWithJsxFlow(job)});
    if (complex) {
      fatal(file, `File is too complex to check: ${complex.reason}; not checked`, complex.line);
      return {messages: file.messages.map(toRecord)};
    }
    file.value = fenced;
    // MDX component tags whose JavaScript attributes Markdown would read as headings and paragraphs.
    // kramdown's block attribute lines are blocks of their own: the indented code after one stays code.
    if (job.site !== undefined && generator.blockAttributeLines?.(job.site) === true) {
      const separated = separateBlockAttributes(String(file.value));
      file.value = separated.text;
      if (separated.ids.length > 0) file.data.blockAttributeIds = separated.ids;
      // …and takes more lines as link reference definitions than CommonMark does.
      file.value = blankKramdownDefinitions(String(file.value));
    }
    // A plugin's block tag whose body is Markdown of its own (Jekyll `{% tab %}`): the tag lines end the block before them.
    const ownBlocks = job.site !== undefined ? generator.ownMarkdownBlocks?.(job.site) ?? [] : [];
    if (ownBlocks.length > 0) {
      const written = String(file.value);
      file.value = separateOwnMarkdownBlocks(written, ownBlocks);
      if (file.value !== written) file.data.writtenText = written;
    }
    // A site's tags that write out another file's text, found in the text as written (a `{% capture %}` still outputs them).
    const fileTags = job.site !== undefined ? generator.fileTags?.(job.site) ?? [] : [];
    if (fileTags.length > 0) {
      const used = fileTagIncludes(text, fileTags);
      if (used.length > 0) file.data.tagIncludes = used;
    }
    // MkDocs admonitions, details and tabs: their indented body is Markdown, not code.
    const indented = job.site !== undefined ? generator.indentedBlocks?.(job.site) ?? [] : [];
    if (indented.length > 0) {
      const written = String(file.value);
      file.value = readIndentedBlocks(written, indented);
      if (file.value !== written) file.data.writtenText = written;
    }
    // kramdown's `{::comment}`: written as an HTML comment, never seen; blanked so that no rule reads it.
    if (job.site !== undefined && generator.convertsWithKramdown?.(job.site) === true) file.value = blankKramdownComments(String(file.value));
    // A preprocessor the site runs on each page (mdbook-admonish): the text the renderer gets, same length.
    const preprocess = job.site !== undefined ? generator.preprocessPage?.(job.site) : undefined;
    if (preprocess) {
      const written = String(file.value);
      const processor = this.processors.get(job.path, job.active, await this.remarkLint(job), false, job.site);
      const page = preprocess(written, (text) => processor.parse(new VFile({value: text, path: job.path})) as Root, job.path);
      if (page) {
        file.value = page.text;
        file.data.preprocessedIds = {ids: page.ids, idPrefixes: page.idPrefixes, ...(page.outputLines ? {outputLines: page.outputLines} : {}), ...(page.includes ? {includes: page.includes} : {})};
      }
    }
    let otherMdx: {reason: string; headings: Set<string>} | undefined;
    if (readsAsMdx(job)) {
      file.data.mdx = true;
      // MDX comments are never rendered: blanked, no rule reads a link or a word in them.
      const text = blankMdxComments(String(file.value));
      if (job.site !== undefined && generator.mdx1?.(job.site) === true) {
        // MDX 1: JSX blocks end at a blank line, as CommonMark's HTML; a tag over lines whose JavaScript Markdown would misread becomes code.
        const jsx = codeJsxTags(text);
        file.value = jsx.text;
        if (jsx.lines.length > 0) file.data.componentLines = jsx.lines;
      } else {
        file.value = text;
        file.data.mdx2 = true;
        const unknown = job.site !== undefined ? generator.mdxUnknown?.(job.site) : undefined;
        // The version is not known: the headings of the MDX 1 reading too (mdx-version-headings.ts).
        if (unknown) otherMdx = {reason: unknown, headings: headingSpots(this.processors.get(job.path, job.active, await this.remarkLint(job), false, job.site).parse(new VFile({value: codeJsxTags(text).text, path: job.path})) as Root)};
      }
    }
    try {
      const processor = this.processors.get(job.path, job.active, await this.remarkLint(job), file.data.mdx2 === true, job.site);
      // gray-matter's `---json` opening: the block is parsed as a `---` block is, its language read from the fence.
      const engines = generator.frontMatterEngines?.(job.site);
      const written = String(file.value);
      const fence = engines ? fenceLanguage(written) : undefined;
      const language: FrontMatterLanguage | undefined = fence && engines ? {fence, engines, reader: generator.title} : undefined;
      let tree: Root;
      let body: ReturnType<typeof matterToEnd> | undefined;
      // Hugo's intro (a `{` JSON object; `---`/`+++` after blank lines; `#+` Org lines): the block is
      // blanked for the parser and becomes the front-matter node. Found in the text as written (same
      // length): a page opening with a shortcode that fenceTemplateCode made a fence is JSON to Hugo too.
      const intro = generator.introFrontMatter === true ? hugoIntro(text) : undefined;
      // The fence's language and the intro block are hidden from the parser only: the file keeps its bytes even when parsing throws.
      try {
        if (fence) file.value = withoutFenceLanguage(written, fence);
        if (intro) file.value = withoutIntro(written, intro.kind === 'json' ? intro.block.start : intro.start, intro.kind === 'json' ? intro.block.end : intro.end);
        tree = processor.parse(file) as Root;
        // A TOML node is remark-frontmatter's too, a type mdast does not name.
        if (intro) tree.children.unshift(introNode(text, intro) as Yaml);
        body = generator.frontMatterToEnd ? matterToEnd(tree, String(file.value)) : undefined;
      } finally {
        file.value = written;
      }
      let matter = intro ? await readIntroFrontMatter(text, intro) : await readFrontMatter(tree, language);
      // A block to the end that is no YAML map is more likely a fence left out: the page stays as written (and front-matter says so).
      if (body && matter?.error) {
        tree.children = body;
        matter = undefined;
      }
      // Keys as the generator reads them (Hugo's `Title:` is `title`).
      const frontMatter = asGeneratorReads(matter, job.site);
      file.data.frontMatter = frontMatter;
      file.data.bareUrls = findBareUrls(tree, String(file.value));
      file.data.site = job.site;
      file.data.settings = settings;
      await processor.run(tree, file);
      // remark-lint's ids are its own (`no-duplicate-headings`): postlint shows them as `remark-lint:<id>`.
      for (const message of file.messages) if (message.source === remarkLintSource && message.ruleId && !message.ruleId.includes(':')) message.ruleId = `${remarkLintSource}:${message.ruleId}`;
      const facts = extractFacts(tree, file, frontMatter, job.path, this.remarkShows);
      if (otherMdx) keepSharedHeadings(facts, otherMdx.headings, otherMdx.reason);
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

/** Whether the file is MDX: a `.mdx` file, or a `.md` file of a site that reads those as MDX. */
function readsAsMdx(job: Phase1Job): boolean {
  return /\.mdx$/i.test(job.path) || (/\.md$/i.test(job.path) && job.site !== undefined && generatorOf(job.site).readsMdAsMdx?.(job.site) === true);
}

/**
 * Whether the file's text reaches CommonMark's parser with its HTML blocks as written: not MDX (no
 * HTML blocks), no kramdown dialect, and none of the site's rewrites below that move block
 * boundaries (block attribute lines, a plugin's own block tags, indented blocks, a preprocessor).
 */
function parsedAsWritten(job: Phase1Job): boolean {
  if (readsAsMdx(job)) return false;
  const site = job.site;
  if (site === undefined) return true;
  const generator = generatorOf(site);
  return generator.markdownDialect?.(site, job.path)?.htmlBlocks === undefined
    && generator.convertsWithKramdown?.(site) !== true
    && generator.blockAttributeLines?.(site) !== true
    && (generator.ownMarkdownBlocks?.(site) ?? []).length === 0
    && (generator.indentedBlocks?.(site) ?? []).length === 0
    && generator.preprocessPage?.(site) === undefined;
}

/**
 * Whether every parse of the file reads its JSX tag lines with src/mdx-jsx-flow.ts (MDX 2+): not
 * MDX 1 (tags rewritten by src/text/jsx-tags.ts, HTML blocks), nor an MDX version not known (its
 * headings are read from the MDX 1 reading too).
 */
function parsedWithJsxFlow(job: Phase1Job): boolean {
  if (!readsAsMdx(job)) return false;
  const site = job.site;
  if (site === undefined) return true;
  const generator = generatorOf(site);
  return generator.mdx1?.(site) !== true && generator.mdxUnknown?.(site) === undefined;
}

function fatal(file: VFile, reason: string, line = 1): void {
  const message = file.message(reason, {place: {line, column: 1}});
  message.fatal = true;
  message.source = 'postlint';
}

/**
 * gray-matter's reading of a file that opens front matter (`---` on line 1) and has no `\n---`
 * after it: the whole rest of the file is the block and the page has no body. The tree becomes
 * that one front-matter node, so the fields are read and the block's lines are not prose; the
 * tree's own children are returned, to put back when the block does not parse.
 */
function matterToEnd(tree: Root, text: string): Root['children'] | undefined {
  if (tree.children[0]?.type === 'yaml') return undefined;
  const open = /^\uFEFF?---[ \t]*(?:\r\n|\n)/.exec(text);
  if (!open || text.includes('\n---', open[0].length - 1)) return undefined;
  const body = tree.children;
  const lines = text.split('\n');
  const end = {line: lines.length, column: lines.at(-1)!.length + 1, offset: text.length};
  tree.children = [{type: 'yaml', value: text.slice(open[0].length).replace(/\r?\n$/, ''), position: {start: {line: 1, column: 1, offset: 0}, end}}];
  return body;
}
