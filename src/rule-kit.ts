import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {Plugin} from 'unified';
import {lintRule} from 'unified-lint-rule';
import type {Point, Position} from 'unist';
import type {Span} from './types.js';
import type {RunSettings} from './settings.js';
import './vfile-data.js';
import {ruleDocsUrl} from './home.js';
import {dirname, resolve} from 'node:path';
import type {PostlintConfig} from './config.js';

/** Where a rule's page lives (derived from the project's home); one place so SARIF, --help and messages agree. */
export function docsUrl(id: string): string {
  return ruleDocsUrl(id);
}

/**
 * Wrap a rule's file half as a unified-lint-rule plugin with source `postlint` and the rule id
 * as ruleId. The engine passes options already merged over the rule's defaults.
 */
export function fileRule<Options>(
  id: string,
  check: (tree: Root, file: VFile, options: Options) => void | Promise<void>,
): Plugin<[unknown?], Root> {
  return lintRule<Root, Options>({origin: `postlint:${id}`, url: docsUrl(id)}, async (tree, file, options) => {
    try {
      // Outside the engine (remark-cli, remark-language-server) the rule reads what it needs itself.
      if (!file.data.settings) await provideStandaloneData(tree, file);
      await check(tree, file, options as Options);
    } catch (error) {
      // unified-lint-rule turns this into a message on the file; say that it is a crash, not a finding.
      throw new Error(`Rule ${id} crashed on this file (a bug in postlint; please report it): ${error instanceof Error ? error.message : String(error)}`, {cause: error});
    }
  }) as Plugin<[unknown?], Root>;
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

/** unified-lint-rule's place from a Span. */
export function place(span: Span): Point | Position {
  if (span.endLine === undefined) return {line: span.line, column: span.column};
  return {start: {line: span.line, column: span.column}, end: {line: span.endLine, column: span.endColumn ?? span.column}};
}

const warnOnlyMark = 'postlintWarnOnly';

/** Mark a message as a warning whatever its rule's level (unified-lint-rule sets `fatal` after the rule returns). */
export function warnOnly(message: VFileMessage): void {
  Object.assign(message, {[warnOnlyMark]: true});
}

/** Applied by the engine once a file's rules have run. */
export function applyWarnOnly(messages: VFileMessage[]): void {
  for (const message of messages) if ((message as unknown as Record<string, unknown>)[warnOnlyMark]) message.fatal = false;
}

/** The run's settings, which the engine puts on every file before its rules run. */
export function runSettings(file: VFile): RunSettings {
  const settings = file.data.settings;
  if (!settings) throw new Error('postlint rules run inside the postlint engine (file.data.settings is missing)');
  return settings;
}
