/**
 * Markdown plugins an Astro config adds (`markdown.remarkPlugins`/`rehypePlugins`, an MDX
 * integration's, or a Markdown processor's `mdastPlugins`/`hastPlugins`): Astro runs them over
 * every page, and one may rewrite link destinations (a common one strips `.md`/`.mdx` and a
 * trailing `/index` so links written as file paths work as URLs). postlint never runs the config,
 * so it cannot know what a plugin does; it names the plugins that are not known to leave links
 * alone, and a link that resolves once such a rewrite is applied is unverifiable, not broken.
 */
import {dirname, join, resolve} from 'node:path';
// Not common.js: own-markdown-plugins.ts (read by docusaurus.ts) imports this module, and common.js would close a cycle.
import {readSmallFileIfAny} from '../../read-text.js';
import type {ResolveContext} from './types.js';

/**
 * Plugins that change no link destination: they render math, diagrams or typography, or add attributes and heading ids;
 * or they only add syntax (remark-definition-list, remark-extended-table: wataru-chocola's lib/index.ts push micromark
 * and mdast-util extensions into the processor's data and return no transformer, so no tree they are given is changed).
 */
const leavesLinksAlone = new Set([
  'remark-gfm', 'remark-math', 'rehype-katex', 'rehype-mathjax', 'remark-smartypants', 'remark-directive', 'remark-emoji',
  'rehype-slug', 'rehype-autolink-headings', 'rehype-external-links', 'rehype-mermaid', 'remark-mermaidjs',
  'remark-heading-id', 'remark-definition-list', 'remark-extended-table',
]);

/** Packages whose functions only read the tree they are given (its text) or a string. */
const readsOnly = new Set(['mdast-util-to-string', 'hast-util-to-string', 'reading-time']);

/**
 * Does the site's own plugin (its source text) leave links alone? Only when it names no link field or node
 * (`url`, `href`, `link`, `definition`), walks nothing (`visit`, `children`, `node`), and imports only packages
 * that read (`toString(tree)` for a reading time it puts in the page's data): then it changes no node at all.
 */
export function pluginLeavesLinks(source: string): boolean {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/[^\n]*/g, '$1');
  if (/\b(?:url|href|src|links?|definition|visit\w*|children|node|nodes|properties|splice|tagName)\b/i.test(code)) return false;
  const imports = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  return imports.every((module) => readsOnly.has(module));
}

/** The text of each `…Plugins: [ … ]` array of the config (brackets balanced, strings skipped roughly). */
function pluginArrays(text: string): string[] {
  const arrays: string[] = [];
  for (const match of text.matchAll(/\b(?:remark|rehype|mdast|hast)Plugins\s*:\s*\[/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < text.length && depth > 0; end++) {
      if (text[end] === '[') depth++;
      else if (text[end] === ']') depth--;
    }
    arrays.push(text.slice(match.index + match[0].length, end - 1));
  }
  return arrays;
}

/** Local names bound by the config's imports, with the module each comes from. */
export function importBindings(text: string): Map<string, string> {
  const bindings = new Map<string, string>();
  for (const match of text.matchAll(/\bimport\s+([\w$\s{},*]+?)\s+from\s+['"]([^'"]+)['"]/g)) {
    const clause = match[1]!;
    const module = match[2]!;
    for (const name of clause.replace(/[{}]/g, ',').split(',')) {
      const local = name.trim().split(/\s+as\s+/).pop()?.replace(/^\*\s*as\s+/, '').trim();
      if (local && /^[\w$]+$/.test(local)) bindings.set(local, module);
    }
  }
  return bindings;
}

/**
 * The config's Markdown plugins not known to leave links alone (a package listed, or the site's own plugin read), each as `name` (`module`);
 * an array that holds no imported plugin (an inline function) counts as one unnamed plugin.
 */
export function linkRewritingPlugins(configText: string, configFile?: string): string[] {
  const bindings = importBindings(configText);
  const found = new Set<string>();
  for (const array of pluginArrays(configText)) {
    if (array.trim() === '') continue;
    const named = [...array.matchAll(/[A-Za-z_$][\w$]*/g)].map((match) => match[0]).filter((word) => bindings.has(word));
    if (named.length === 0) found.add('an inline plugin');
    for (const name of named) {
      const module = bindings.get(name)!;
      if (leavesLinksAlone.has(module)) continue;
      // The site's own plugin, read: one that changes no node leaves links alone.
      const local = localPluginSource(module, configFile);
      if (local === undefined || !pluginLeavesLinks(local)) found.add(`${name} (${module})`);
    }
  }
  return [...found];
}

/**
 * Plugins that set no heading id, or set the ones Astro would (rehype-slug: github-slugger over the
 * same text). Besides those, plugins whose README says they render one kind of block and nothing
 * else: diagrams (rehype-mermaid, remark-mermaidjs), math (remark-math, rehype-katex, rehype-mathjax),
 * code highlighting (rehype-pretty-code, @shikijs/rehype, rehype-shiki, rehype-highlight,
 * rehype-prism-plus): each rewrites `code`/`pre` or math nodes, never a heading.
 */
const leavesIdsAlone = new Set([
  'remark-gfm', 'remark-math', 'rehype-katex', 'rehype-mathjax', 'remark-smartypants', 'remark-directive', 'remark-emoji',
  'rehype-slug', 'rehype-autolink-headings', 'rehype-external-links', 'rehype-mermaid', 'remark-mermaidjs',
  'astro-rehype-relative-markdown-links', 'rehype-pretty-code', '@shikijs/rehype', 'rehype-shiki', 'rehype-highlight', 'rehype-prism-plus',
]);

/** Of those, plugins whose options change the ids they set (rehype-slug's `prefix`): given options, they may set other ids. */
const idsByOptions = new Set(['rehype-slug']);

/**
 * Node types no heading holds and no heading is: a plugin that only visits these (`visit(tree, 'code', …)`)
 * changes no heading's text, so no heading's id. Not `text`, `inlineCode` or `inlineMath`, which a heading may hold.
 */
const outsideHeadings = new Set(['code', 'math', 'yaml', 'toml']);

/**
 * Does the site's own plugin (its source text) leave headings alone? Only when everything it does to
 * the tree goes through unist-util-visit calls that name a type of `outsideHeadings`, and it walks no
 * `children`, uses no visitor `parent`, imports no other file of the site, and writes no heading or
 * `id` in the HTML it makes (a mermaid plugin turning ```` ```mermaid ```` blocks into a `<div>`).
 * Anything else (a walk of its own, a test function, `element` nodes) may reach a heading: unknown.
 */
export function pluginLeavesHeadings(source: string): boolean {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/[^\n]*/g, '$1');
  if (/\bheading|hProperties|slug|tagName|\bchildren\b|\bparent\b|<h[1-6]|\bid\s*=|\bid\s*:|\.id\b|properties/i.test(code)) return false;
  if (/\bfrom\s+['"]\.{1,2}\/|\b(?:require|import)\s*\(\s*['"]\.{1,2}\//.test(code)) return false;
  const calls = [...code.matchAll(/\bvisit(?:Parents)?\s*\(/g)];
  if (calls.length === 0) return false;
  return calls.every((call) => {
    const type = /^\s*[\w$.]+\s*,\s*(['"])(\w+)\1\s*,/.exec(code.slice(call.index + call[0].length))?.[2];
    return type !== undefined && outsideHeadings.has(type);
  });
}

/** The source of a plugin the config imports from the site's own files (`./src/plugins/remark-mermaid`), if it can be read. */
function localPluginSource(module: string, configFile: string | undefined): string | undefined {
  if (!configFile || !/^\.{1,2}\//.test(module)) return undefined;
  const base = resolve(dirname(configFile), module);
  const extensions = ['.ts', '.mts', '.js', '.mjs', '.cjs'];
  for (const path of [base, ...extensions.map((ext) => `${base}${ext}`), ...extensions.map((ext) => join(base, `index${ext}`))]) {
    const text = /\.[cm]?[jt]s$/.test(path) ? readSmallFileIfAny(path) : undefined;
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Plugins whose heading-id syntax postlint models (imcuttle/remark-heading-id: `## Title {#id}`). */
const headingIdPlugins = new Set(['remark-heading-id']);

/** How the config's Markdown plugins set heading ids: a known `{#id}` plugin, and the plugins that may set ids postlint cannot know. */
export interface PluginIds {
  /** A plugin that gives `## Title {#id}` the id `id` (remark-heading-id). */
  headingIdPlugin?: string;
  /** Plugins, each `name (module)`, that may set or change heading ids in ways postlint does not model. */
  unknown: string[];
}

export function pluginIds(configText: string, configFile?: string): PluginIds {
  const bindings = importBindings(configText);
  const result: PluginIds = {unknown: []};
  for (const array of pluginArrays(configText)) {
    if (array.trim() === '') continue;
    const named = [...array.matchAll(/[A-Za-z_$][\w$]*/g)].map((match) => match[0]).filter((word) => bindings.has(word));
    if (named.length === 0) result.unknown.push('an inline plugin');
    for (const name of new Set(named)) {
      const module = bindings.get(name)!;
      const withOptions = new RegExp(`\\[\\s*${name.replace(/\$/g, '\\$')}\\s*,`).test(array);
      if (headingIdPlugins.has(module)) result.headingIdPlugin = module;
      else if (idsByOptions.has(module) && withOptions) result.unknown.push(`${name} (${module}, with options)`);
      else if (leavesIdsAlone.has(module)) continue;
      else {
        const local = localPluginSource(module, configFile);
        if (local === undefined || !pluginLeavesHeadings(local)) result.unknown.push(`${name} (${module})`);
      }
    }
  }
  result.unknown = [...new Set(result.unknown)];
  return result;
}

/** `x.md`, `x.mdx`, `x/index.md` as the page path such a plugin makes of them (`x`); undefined for other paths. */
export function strippedPagePath(path: string): string | undefined {
  if (!/\.(?:md|mdx|mdoc)$/i.test(path)) return undefined;
  const stem = path.replace(/(?:(?:^|\/)index)?\.(?:md|mdx|mdoc)$/i, '');
  return stem === '' ? '.' : stem;
}

/** A page file a stripped relative path names beside the linking file (any page extension, or a folder's index). */
export function pageBesideFile(stem: string, context: ResolveContext): string | undefined {
  const base = resolve(dirname(context.from), stem);
  return context.firstExisting(['.md', '.mdx', '.mdoc'].flatMap((ext) => [`${base}${ext}`, resolve(base, `index${ext}`)]));
}
