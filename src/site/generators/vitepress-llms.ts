/**
 * vitepress-plugin-llms, a Vite plugin a VitePress config adds (`vite: {plugins: [llmstxt({…})]}`,
 * the package's default export). At the production build (its `generateBundle` in the client
 * build) it writes into VitePress' output folder (okineadev/vitepress-plugin-llms
 * src/plugin/plugin.ts, src/plugin/hooks.ts @ 3cbb8ee60383ef9e4875741c98306ca78ff7ab19):
 * - `llms.txt` unless `generateLLMsTxt: false`, and `llms-full.txt` unless `generateLLMsFullTxt:
 *   false`, at its root, and in each folder of the pages down to `experimental.depth` (default 1:
 *   the root only; getDirectoriesAtDepths in src/utils/file-utils.ts);
 * - a Markdown copy of each page it keeps (`generateLLMFriendlyDocsForEachPage`, default true) at the
 *   page's path, a folder's `x/index.md` at `x.md`; it drops the pages `ignoreFiles` matches (by
 *   source path, with `index.md`, `blog/*`, `blog.md`, `team.md` added unless `excludeIndexPage`,
 *   `excludeBlog`, `excludeTeam` or `excludeUnnecessaryFiles` is false) and those the global and
 *   `ignoreFilesPerOutput.pages` patterns match by output path (`!` negates: src/utils/ignore.ts),
 *   minimatch globs read here with picomatch. A Markdown link to `x.md` is rewritten to `x.html`
 *   by VitePress, so only links in HTML reach a copy; the others are copies of source files
 *   postlint finds anyway, so only `x.md` for `x/index.md` is looked up here.
 * postlint never runs the config: the call and its options are read from the text, and what the
 * text leaves open (options held in a variable, a condition other than the production build) is
 * said as the reason the output is unverifiable.
 */
import {join, relative} from 'node:path';
import picomatch from 'picomatch';
import {balanced, topLevelParts, withoutComments} from './js-source.js';
import type {Resolution} from './types.js';
import {toPosix} from '../../paths.js';

/** One output: written (true), not written (false), or why postlint cannot tell. */
type Output = boolean | string;

/** What a config's call to the plugin writes, as read from its text (plain data: it is kept in the site's config). */
export interface LlmsPlugin {
  /** The module that calls the plugin, shown from the site folder. */
  file: string;
  /** The module's path, what a link to an output is found in. */
  path: string;
  llmsTxt: Output;
  llmsFullTxt: Output;
  /** `experimental.depth`: how many folder levels get their own files (1: the root only), or why it is unknown. */
  depth: number | string;
  /** The per-page copies: the patterns that leave pages out, or why postlint cannot tell which are written. */
  pages: false | PageIgnores | string;
}

/** Patterns that leave a page's copy out: by source path (`ignoreFiles`, defaults added), and by output path (`positive` unless `negative`). */
interface PageIgnores {
  source: string[];
  positive: string[];
  negative: string[];
}

const packageName = 'vitepress-plugin-llms';

/** The plugin's call in the config or a local module it imports, if one imports the package's default export. */
export function readLlmsPlugin(modules: Array<{file: string; text: string}>, root: string): LlmsPlugin | undefined {
  for (const module of modules) {
    const text = withoutComments(module.text);
    // `import llmstxt from '…'`, `import llmstxt, {copyOrDownloadAsMarkdownButtons} from '…'`, `import {default as llmstxt} from '…'`.
    const imported = new RegExp(`\\bimport\\s+(?:([A-Za-z_$][\\w$]*)\\s*(?:,\\s*\\{[^}]*\\})?|\\{[^}]*\\bdefault\\s+as\\s+([A-Za-z_$][\\w$]*)[^}]*\\})\\s*from\\s*['"]${packageName}['"]`).exec(text);
    const name = imported?.[1] ?? imported?.[2];
    if (!name) continue;
    const file = toPosix(relative(root, module.file));
    const call = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s*\\(`, 'g');
    const calls = [...text.matchAll(call)];
    if (calls.length === 0) return unknownPlugin(file, module.file, `${file} imports ${packageName} but postlint finds no call to it`);
    const at = calls[0]!.index;
    const condition = conditionOf(text, at);
    if (condition !== undefined) return unknownPlugin(file, module.file, `${file} adds ${packageName} under a condition postlint does not evaluate (${condition})`);
    const open = text.indexOf('(', at);
    return {file, path: module.file, ...readOptions(balanced(text, open).trim(), file)};
  }
  return undefined;
}

function unknownPlugin(file: string, path: string, reason: string): LlmsPlugin {
  return {file, path, llmsTxt: reason, llmsFullTxt: reason, depth: reason, pages: reason};
}

/**
 * The condition the call is written under (`cond ? llmstxt() : undefined`, `cond && llmstxt()`), or
 * undefined when it is unconditional or on in every production build: `vitepress build` sets
 * NODE_ENV to "production" before it reads the config (vuejs/vitepress src/node/build/build.ts).
 */
function conditionOf(text: string, at: number): string | undefined {
  // The expression the call is part of: back to the `,`, `[`, `(` or `{` that opens it.
  let depth = 0;
  let start = at;
  while (start > 0) {
    const char = text[start - 1]!;
    if (char === ')' || char === ']' || char === '}') depth++;
    else if (char === '(' || char === '[' || char === '{') {
      if (depth === 0) break;
      depth--;
    } else if ((char === ',' || char === ';') && depth === 0) break;
    start--;
  }
  // Past the declaration or `return` the call's value is given to (`const llms = …`), if any.
  const declared = [...text.slice(start, at).matchAll(/\b(?:(?:const|let|var)\s+[\w$]+\s*=(?!=)|return\b)/g)].at(-1);
  const before = text.slice(declared ? start + declared.index + declared[0].length : start, at).trim();
  if (before === '') return undefined;
  // The test of `cond ? llmstxt()` or `cond && llmstxt()`.
  const test = /^([\s\S]*?)(?:\?|&&)$/.exec(before)?.[1]?.trim();
  if (test !== undefined && /^(?:process\.env\.NODE_ENV\s*(?:===?\s*(['"])production\1|!==?\s*(['"])development\2)|(['"])production\3\s*===?\s*process\.env\.NODE_ENV)$/.test(test)) return undefined;
  const shown = before.replace(/\s+/g, ' ');
  return shown.length > 80 ? `…${shown.slice(-80)}` : shown;
}

/** The outputs an options argument leaves on: `{}` or none is every default. */
function readOptions(argument: string, file: string): Omit<LlmsPlugin, 'file' | 'path'> {
  const defaults = {llmsTxt: true, llmsFullTxt: true, depth: 1, pages: pageIgnores(new Map(), file)};
  if (argument === '') return defaults;
  if (!argument.startsWith('{') || balanced(argument, 0).length !== argument.length - 2) {
    const reason = `${file} passes ${packageName} options postlint cannot read (${argument.slice(0, 40)})`;
    return {llmsTxt: reason, llmsFullTxt: reason, depth: reason, pages: reason};
  }
  const options = new Map<string, string>();
  for (const part of topLevelParts(balanced(argument, 0))) {
    if (part.startsWith('...')) {
      const reason = `${file} spreads ${part} into the ${packageName} options`;
      return {llmsTxt: reason, llmsFullTxt: reason, depth: reason, pages: reason};
    }
    const entry = /^['"]?([A-Za-z_$][\w$]*)['"]?\s*(?::\s*([\s\S]*))?$/.exec(part);
    if (entry) options.set(entry[1]!, entry[2]?.trim() ?? entry[1]!);
  }
  const flag = (key: string): Output => {
    const value = options.get(key);
    if (value === undefined || value === 'true') return true;
    return value === 'false' ? false : `${file} sets the ${packageName} option ${key} to ${value}`;
  };
  const experimental = options.get('experimental');
  const depthText = experimental === undefined ? undefined : /^\{[\s\S]*\}$/.test(experimental) ? new Map(topLevelParts(balanced(experimental, 0)).map((part) => part.split(/\s*:\s*/) as [string, string])).get('depth') : experimental;
  const depth = depthText === undefined ? 1 : /^\d+$/.test(depthText) ? Number(depthText) : `${file} sets the ${packageName} option experimental.depth to ${depthText}`;
  const pages = flag('generateLLMFriendlyDocsForEachPage');
  return {llmsTxt: flag('generateLLMsTxt'), llmsFullTxt: flag('generateLLMsFullTxt'), depth, pages: pages === true ? pageIgnores(options, file) : pages};
}

/** A literal array of strings (`['a/*', 'b.md']`), or undefined. */
function stringArray(value: string): string[] | undefined {
  const match = /^\[([\s\S]*)\]$/.exec(value);
  if (!match) return undefined;
  const items = topLevelParts(match[1]!).map((item) => /^(['"`])([^'"`]*)\1$/.exec(item)?.[2]);
  return items.every((item) => item !== undefined) ? (items as string[]) : undefined;
}

/** The patterns that leave pages' copies out (plugin.ts defaults, ignore.ts resolveIgnorePatterns), or why they are not known. */
function pageIgnores(options: Map<string, string>, file: string): PageIgnores | string {
  const why = (key: string, value: string): string => `${file} sets the ${packageName} option ${key} to ${value}, so which pages get a Markdown copy is not known`;
  if (options.has('workDir')) return why('workDir', options.get('workDir')!);
  const given = options.get('ignoreFiles');
  const global = given === undefined ? [] : stringArray(given);
  if (global === undefined) return why('ignoreFiles', given!);
  const flags: Record<string, boolean> = {};
  for (const key of ['excludeUnnecessaryFiles', 'excludeIndexPage', 'excludeBlog', 'excludeTeam']) {
    const value = options.get(key);
    if (value !== undefined && value !== 'true' && value !== 'false') return why(key, value);
    flags[key] = value !== 'false';
  }
  if (flags.excludeUnnecessaryFiles) {
    if (flags.excludeIndexPage) global.push('index.md');
    if (flags.excludeBlog) global.push('blog/*', 'blog.md');
    if (flags.excludeTeam) global.push('team.md');
  }
  const perOutput = options.get('ignoreFilesPerOutput');
  let extra: string[] = [];
  if (perOutput !== undefined) {
    const pages = /^\{[\s\S]*\}$/.test(perOutput) ? topLevelParts(balanced(perOutput, 0)).map((part) => /^['"]?(\w+)['"]?\s*:\s*([\s\S]*)$/.exec(part)).find((entry) => entry?.[1] === 'pages')?.[2] : perOutput;
    const read = pages === undefined ? [] : stringArray(pages);
    if (read === undefined) return why('ignoreFilesPerOutput', perOutput);
    extra = read;
  }
  const negative = extra.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  return {source: global, positive: [...global.filter((pattern) => !negative.includes(pattern)), ...extra.filter((pattern) => !pattern.startsWith('!'))], negative};
}

/**
 * `/x.md` in HTML for the page `x/index.md` (source folder `source`): its copy, unverifiable when the
 * options leave it open, undefined when the plugin writes none there.
 */
export function llmsPageCopy(path: string, plugin: LlmsPlugin, source: string, firstExisting: (candidates: string[]) => string | undefined): Resolution | undefined {
  const output = /^\/*((?:[^/]+\/)*[^/]+)\.md$/i.exec(path)?.[1];
  if (output === undefined || plugin.pages === false) return undefined;
  const page = firstExisting([join(source, output, 'index.md')]);
  if (!page) return undefined;
  if (typeof plugin.pages === 'string') return {status: 'unverifiable', reason: plugin.pages};
  const {source: ignored, positive, negative} = plugin.pages;
  const matches = (patterns: string[], file: string): boolean => patterns.some((pattern) => picomatch(pattern)(file));
  const dropped = matches(ignored, `${output}/index.md`) || (matches(positive, `${output}.md`) && !matches(negative, `${output}.md`));
  return dropped ? undefined : {status: 'found', path: page};
}

/** A site-root path (below the base) the plugin writes: found in the module that adds it, unverifiable, or undefined when it writes nothing there. */
export function llmsOutput(path: string, plugin: LlmsPlugin): Resolution | undefined {
  const match = /^\/*((?:[^/]+\/)*)(llms|llms-full)\.txt$/.exec(path);
  if (!match) return undefined;
  const written = match[2] === 'llms' ? plugin.llmsTxt : plugin.llmsFullTxt;
  if (written === false) return undefined;
  if (typeof written === 'string') return {status: 'unverifiable', reason: written};
  // The build writes it: the module whose call makes it is what the link stands on.
  if (match[1] === '') return {status: 'found', path: plugin.path};
  const levels = match[1]!.split('/').length - 1;
  if (typeof plugin.depth === 'string') return {status: 'unverifiable', reason: plugin.depth};
  // A folder below the root gets its own files only within experimental.depth, and only when pages the plugin reads are in it.
  return levels < plugin.depth ? {status: 'unverifiable', reason: `${packageName} writes ${match[2]}.txt in each folder of its pages down to experimental.depth ${plugin.depth} (${plugin.file})`} : undefined;
}
