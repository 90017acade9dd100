import type {Root} from 'mdast';
import {hiddenBodyFrom, placeLine} from './hidden-body.js';
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {Plugin} from 'unified';
import type {Point, Position} from 'unist';
import type {FileContext, JsonSchema, OptionSpec, OptionSpecs, OptionsOf, Place, RuleMeta, RuleMetaInput, RuleModule, SiteContext, Span} from './types.js';
import type {RunSettings} from './settings.js';
import './vfile-data.js';
import {ruleDocsUrl} from './home.js';
import {dirname, resolve} from 'node:path';
import type {PostlintConfig} from './config.js';
import {spellerFor, wordsRoot} from './spelling/speller.js';
import {heldBack} from './publish.js';
import {generatorOf} from './site/generators/index.js';
import {forgetNodeIndex} from './node-index.js';

/** Where a rule's page lives (derived from the project's home); one place so SARIF, --help and messages agree. */
export function docsUrl(id: string): string {
  return ruleDocsUrl(id);
}

/** The options a rule declares: each builder gives the JSON Schema, the default and the TypeScript type at once. */
export const option = {
  boolean: (value: boolean, description?: string): OptionSpec<boolean> => ({schema: {type: 'boolean', ...described(description)}, default: value}),
  integer: (value: number, limits: {minimum?: number} = {}, description?: string): OptionSpec<number> => ({schema: {type: 'integer', ...limits, ...described(description)}, default: value}),
  strings: (value: string[], description?: string): OptionSpec<string[]> => ({schema: {type: 'array', items: {type: 'string'}, ...described(description)}, default: value}),
  oneOf: <const T extends string>(values: readonly T[], value: T, description?: string): OptionSpec<T> => ({schema: {enum: [...values], ...described(description)}, default: value}),
  /** Any other shape: the schema is written out, the type given (`option.schema<Record<string, Kind>>(…)`). */
  schema: <T>(schema: JsonSchema, value: T): OptionSpec<T> => ({schema, default: value}),
};

function described(description: string | undefined): {description?: string} {
  return description === undefined ? {} : {description};
}

/** A rule definition: meta as written in the rule file, and its halves (see RuleModule). */
export interface RuleDefinition<S extends OptionSpecs, M extends Record<string, string>> {
  meta: RuleMetaInput<S, M>;
  file?(context: FileContext<OptionsOf<S>, Extract<keyof M, string>>): void | Promise<void>;
  site?(context: SiteContext<OptionsOf<S>, Extract<keyof M, string>>): void | Promise<void>;
}

/**
 * The one way to write a rule: `meta` (id, description, severity, messages by id, options with
 * their defaults) and a `file` and/or `site` half. The options' type, defaults and schema all come
 * from `meta.options`; messages are looked up by id and filled from `data` (see formatMessage).
 */
export function defineRule<const S extends OptionSpecs = Record<never, never>, const M extends Record<string, string> = Record<string, string>>(
  definition: RuleDefinition<S, M>,
): RuleModule<OptionsOf<S>, Extract<keyof M, string>> {
  const {options, ...input} = definition.meta;
  const specs: OptionSpecs = options ?? {};
  const meta: RuleMeta = {
    ...input,
    services: input.services ?? [],
    defaults: Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.default])),
    optionsSchema: {properties: Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.schema])), additionalProperties: false},
    docs: docsUrl(input.id),
  };
  for (const name of ['file', 'site'] as const) {
    const half = definition[name];
    if (half !== undefined && typeof half !== 'function') throw new Error(`Rule ${meta.id}: \`${name}\` must be a function`);
  }
  if (!definition.file && !definition.site) throw new Error(`Rule ${meta.id} has neither a file nor a site half`);
  return {meta, ...(definition.file ? {file: definition.file} : {}), ...(definition.site ? {site: definition.site} : {})} as RuleModule<OptionsOf<S>, Extract<keyof M, string>>;
}

/**
 * The text of a message: its template by id with every `{{name}}` filled from data. An unknown
 * id or an unfilled slot is a bug in the rule, and throws.
 */
export function formatMessage(meta: Pick<RuleMeta, 'id' | 'messages'>, messageId: string, data: Record<string, string | number> = {}): string {
  if (!Object.hasOwn(meta.messages, messageId)) throw new Error(`Rule ${meta.id} has no message "${messageId}" (it has ${Object.keys(meta.messages).map((m) => `"${m}"`).join(', ')})`);
  return meta.messages[messageId]!.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = Object.hasOwn(data, name) ? data[name] : undefined;
    if (value === undefined || value === null) throw new Error(`Rule ${meta.id}: message "${messageId}" needs data "${name}"`);
    return String(value);
  });
}

/** A place as VFile wants it: a point, or a start and an end. */
export function toPosition(place: Place): Point | Position {
  if ('start' in place) return place;
  const span = place as Span;
  if (span.endLine === undefined) return {line: span.line, column: span.column};
  return {start: {line: span.line, column: span.column}, end: {line: span.endLine, column: span.endColumn ?? span.column}};
}

/** unified-lint-rule's reading of a rule's setting: `[severity, options]`, a severity, or options. 0 off, 1 warn, 2 error. */
function coerce(id: string, config: unknown): [0 | 1 | 2, unknown] {
  if (!Array.isArray(config)) return [1, config];
  const [severity, value] = config as [unknown, unknown];
  switch (severity) {
    case false:
    case 0:
    case 'off':
      return [0, value];
    case true:
    case 1:
    case 'on':
    case 'warn':
      return [1, value];
    case 2:
    case 'error':
      return [2, value];
    default:
      if (typeof severity === 'number') throw new Error(`Incorrect severity \`${severity}\` for \`${id}\`, expected 0, 1, or 2`);
      return [1, config];
  }
}

const plugins = new WeakMap<RuleModule, Plugin<[unknown?], Root>>();

/**
 * A rule's file half as a unified plugin (what phase 1 runs, and what `postlint/remark` hands to
 * remark-cli): it takes `[severity, options]` as remark-lint rules do, and builds the half's
 * context. The engine passes options already merged over the rule's defaults.
 */
export function filePlugin(rule: RuleModule): Plugin<[unknown?], Root> {
  let plugin = plugins.get(rule);
  if (plugin) return plugin;
  const {id} = rule.meta;
  const half = rule.file;
  if (!half) throw new Error(`Rule ${id} has no file half`);
  const url = rule.meta.docs;
  plugin = function (this: object, config?: unknown) {
    const [severity, options] = coerce(id, config);
    if (!severity) return undefined;
    // `this` is the processor: count postlint's transformers on it (see holdErrors).
    const processor = this;
    transformerCounts.set(processor, (transformerCounts.get(processor) ?? 0) + 1);
    const check = async (tree: Root, file: VFile): Promise<void> => {
      try {
        // Outside the engine (remark-cli, remark-language-server) the rule reads what it needs itself.
        if (!file.data.settings) {
          // Other plugins of the pipeline may have changed the tree since the last rule looked.
          forgetNodeIndex(tree);
          await provideStandaloneData(tree, file);
        }
        await half.call(rule, fileContext(rule, tree, file, options as Record<string, unknown>, severity === 2, url));
      } catch (error) {
        // A crash is a message on the file, not a finding: say so.
        const crash = new Error(`Rule ${id} crashed on this file (a bug in postlint; please report it): ${error instanceof Error ? error.message : String(error)}`, {cause: error});
        const message = file.message(crash.message, {cause: crash, ruleId: id, source: 'postlint'});
        message.url = url;
        markFatal(file, message, severity === 2);
      }
    };
    // A callback, not a promise: the held errors are made fatal in the same turn as the pipeline
    // goes on (a promise would let other files' steps run in between; see holdErrors).
    return (tree: Root, file: VFile, next: (error?: Error) => void) => {
      let settled = false;
      const settle = (error?: Error): void => {
        if (settled) return;
        settled = true;
        clearTimeout(limit);
        transformerDone(file, processor);
        next(error);
      };
      // Outside the engine nothing else keeps Node alive while a rule waits: a wait that never
      // settled would end the process with exit 0 and nothing reported. The timer keeps it alive
      // and turns such a wait into a message on the file.
      const limit = file.data.settings && !heldErrors.has(file) ? undefined : setTimeout(() => {
        const message = file.message(`Rule ${id} did not finish on this file within ${standaloneRuleLimit / 1000} s (a wait that never settles: a bug in postlint; please report it)`, {ruleId: id, source: 'postlint'});
        message.url = url;
        markFatal(file, message, true);
        settle();
      }, standaloneRuleLimit);
      void check(tree, file).then(
        () => settle(),
        (error: unknown) => settle(error instanceof Error ? error : new Error(String(error))),
      );
    };
  } as Plugin<[unknown?], Root>;
  Object.defineProperty(plugin, 'name', {value: `postlint:${id}`});
  plugins.set(rule, plugin);
  return plugin;
}

function fileContext(rule: RuleModule, tree: Root, file: VFile, options: Record<string, unknown>, error: boolean, url: string): FileContext {
  const {meta} = rule;
  // A rule about finished content says nothing inside a page that is not going live yet (see heldBack).
  let draft: boolean | undefined;
  const inDraft = (): boolean => (draft ??= heldBack(filePath(file), file.data.frontMatter, file.data.site, runSettings(file).now) !== undefined);
  // A page whose layout never writes its body (an Eleventy redirect layout): nothing inside the body is seen.
  let bodyFrom: number | undefined;
  const inHiddenBody = (place: Place): boolean => {
    if (bodyFrom === undefined) {
      const fence = tree.children.find((node) => (node.type as string) === 'yaml' || (node.type as string) === 'toml');
      bodyFrom = hiddenBodyFrom(filePath(file), file.data.site, file.data.frontMatter, fence?.position?.end.line);
    }
    return placeLine(place) >= bodyFrom;
  };
  return {
    path: filePath(file),
    text: String(file.value),
    tree,
    frontMatter: file.data.frontMatter,
    site: file.data.site,
    bareUrls: file.data.bareUrls ?? [],
    componentLines: file.data.componentLines ?? [],
    mdx: file.data.mdx === true,
    settings: runSettings(file),
    options,
    report({messageId, data, place, severity, details, fix}) {
      if (meta.leavesDraftsAlone && inDraft()) return;
      if (inHiddenBody(place)) return;
      const message = file.message(formatMessage(meta, messageId, data), {place: toPosition(place), ruleId: meta.id, source: 'postlint'});
      message.url = url;
      markFatal(file, message, error && severity !== 'warn');
      Object.assign(message, {messageId});
      if (details) Object.assign(message, {data: details});
      if (fix) Object.assign(message, {fix});
    },
    note(value) {
      file.data.notes = {...file.data.notes, [meta.id]: value};
    },
    get speller() {
      if (!meta.services.includes('speller')) throw new Error(`Rule ${meta.id} uses the speller without services: ['speller'] in its meta`);
      return {get: () => spellerFor(file), wordsRoot: () => wordsRoot(file)};
    },
  };
}

/** How long one rule may take on one file outside the engine (remark-cli, an editor) before it is reported as stuck. */
const standaloneRuleLimit = 120_000;

/** postlint transformers per processor (its attachers run once, when it is frozen, before any file runs). */
const transformerCounts = new WeakMap<object, number>();

/** A file linted outside the engine: its postlint transformers finished so far, and the errors held until the last. */
interface HeldErrors {
  done: number;
  held: VFileMessage[];
}

const heldErrors = new WeakMap<VFile, HeldErrors>();

/**
 * unified-engine (remark-cli, remark-language-server) reads a file with a fatal message as one
 * whose run has stopped: when another file is queued it flushes without waiting for it, and the
 * file, when it does finish, then waits for a flush that never comes (Node exits 0, reporting
 * nothing). A postlint error is not a stop: the file's other rules still run, some of them
 * asynchronously. So outside the engine an error is held as a plain message until the file's
 * last postlint transformer is done, and made fatal just as the file moves on (synchronously, in
 * the transformer's callback), so no other file's step sees it fatal before it is queued.
 */
function holdErrors(file: VFile): void {
  if (!heldErrors.has(file)) heldErrors.set(file, {done: 0, held: []});
}

function markFatal(file: VFile, message: VFileMessage, fatal: boolean): void {
  const holding = heldErrors.get(file);
  if (fatal && holding) holding.held.push(message);
  else message.fatal = fatal;
}

function transformerDone(file: VFile, processor: object): void {
  const holding = heldErrors.get(file);
  if (!holding) return;
  holding.done += 1;
  if (holding.done < (transformerCounts.get(processor) ?? 0)) return;
  for (const message of holding.held) message.fatal = true;
  heldErrors.delete(file);
}

/** The file's absolute path, whoever made the VFile (the engine, remark-cli, an editor). */
export function filePath(file: VFile): string {
  return resolve(file.cwd, file.path);
}

/** Config by the folder it was searched from: one search per folder in a remark-cli run. */
const standaloneConfigs = new Map<string, Promise<{config: PostlintConfig; dir: string; filepath?: string}>>();

/**
 * What the engine puts on each file, found by the rule itself: postlint's config (searched from
 * the file's folder upward), the site, the front matter, bare URLs. Settings are offline (no link
 * checks outside the engine) and the clock is now.
 */
async function provideStandaloneData(tree: Root, file: VFile): Promise<void> {
  holdErrors(file);
  const path = filePath(file);
  const folder = dirname(path);
  let loading = standaloneConfigs.get(folder);
  if (!loading) {
    loading = import('./config.js').then(({loadConfig}) => loadConfig(folder, undefined, false));
    standaloneConfigs.set(folder, loading);
  }
  const loaded = await loading;
  const [{readFrontMatter}, {siteFor}, {findBareUrls}] = await Promise.all([import('./frontmatter.js'), import('./site/detect.js'), import('./bare-urls.js')]);
  if (!('site' in file.data)) file.data.site = await siteFor(folder);
  file.data.settings ??= {
    cwd: file.cwd,
    now: new Date(),
    offline: true,
    verbose: false,
    useCache: false,
    noCache: true,
    config: loaded.config,
    // Without a config file, paths in options (no-drafts' allow) are relative to the site, as they would be in its config.
    configDir: loaded.filepath ? loaded.dir : (file.data.site?.root ?? file.cwd),
    log: () => undefined,
  };
  if (!('frontMatter' in file.data)) file.data.frontMatter = await readFrontMatter(await withFrontMatterNode(tree, file));
  file.data.bareUrls ??= findBareUrls(tree, String(file.value));
}

/**
 * A pipeline without remark-frontmatter parses `---` front matter as a rule and a heading: then the
 * file's text is parsed again, with it, just to read the front matter.
 */
async function withFrontMatterNode(tree: Root, file: VFile): Promise<Root> {
  if (tree.children.some((node) => (node.type as string) === 'yaml' || (node.type as string) === 'toml')) return tree;
  if (!/^(?:---|\+\+\+)\r?\n/.test(String(file.value))) return tree;
  const [{unified}, {default: remarkParse}, {default: remarkFrontmatter}] = await Promise.all([import('unified'), import('remark-parse'), import('remark-frontmatter')]);
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).parse(String(file.value)) as Root;
}

/** The run's settings, which the engine puts on every file before its rules run. */
export function runSettings(file: VFile): RunSettings {
  const settings = file.data.settings;
  if (!settings) throw new Error('postlint rules run inside the postlint engine (file.data.settings is missing)');
  return settings;
}
