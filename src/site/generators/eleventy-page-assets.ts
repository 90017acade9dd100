/**
 * eleventy-plugin-page-assets (victornpb/eleventy-plugin-page-assets src/plugin.js, and its forks
 * published as `eleventy-plugin-page-assets-…`): a transform that, for each page whose input path
 * matches `postsMatching` (picomatch, `contains`), copies assets from the template's own folder into
 * the folder of the page's output, whatever its permalink computes:
 * - mode `parse` (the default): each relative `<img src>` matching `assetsMatching` (default
 *   `*.png|*.jpg|*.gif`) is read from the template's folder; one that is not there stops the build
 *   ("Cannot resolve asset");
 * - mode `directory`: every file of the template's folder matching `assetsMatching` (with
 *   `recursive`, of its subfolders too) is copied, keeping its path below the folder.
 * So on such a page a relative link to an asset below the template's folder that the plugin copies
 * names a file beside the template: there, it is found; not there, it is missing, whatever the URL.
 * The options are read from the config's text (string literals, template literals of the config's
 * string constants, arrays of them), never run; a value postlint cannot read leaves the plugin unread.
 */
import {dirname, join, relative, resolve, sep} from 'node:path';
import picomatch from 'picomatch';
import {escapeRegExp} from '../../links/patterns.js';
import {balanced, topLevelParts, withoutComments} from './js-source.js';
import {toPosix} from '../../paths.js';
import {withConstants} from './eleventy-copies.js';

export interface PageAssets {
  posts: string[];
  assets: string[];
  mode: 'parse' | 'directory';
  recursive: boolean;
}

const pluginPackage = String.raw`(?:@[\w.-]+/)?eleventy-plugin-page-assets(?:-[\w.-]+)?`;

/** A string, a template literal whose `${name}`s are the config's string constants, or an array of them; undefined when any part is code. */
function stringsOf(value: string, code: string): string[] | undefined {
  const trimmed = value.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    const items = topLevelParts(trimmed.slice(1, -1)).map((item) => stringsOf(item, code));
    return items.every((item) => item?.length === 1) ? items.map((item) => item![0]!) : undefined;
  }
  const literal = /^(['"`])([\s\S]*)\1$/.exec(trimmed);
  if (!literal || (literal[1] !== '`' && /['"\\]/.test(literal[2]!.replaceAll(literal[1] === '"' ? "'" : '"', '')))) return undefined;
  if (literal[1] !== '`') return [literal[2]!];
  const text = withConstants(literal[2]!, code);
  return text === undefined || text.includes('`') ? undefined : [text];
}

/** The plugin's options as the config passes them to `addPlugin`; `{unread}` when a value is code; undefined when the config adds no such plugin. */
export function readPageAssets(text: string): PageAssets | {unread: string} | undefined {
  const code = withoutComments(text);
  const bound = new RegExp(String.raw`\bimport\s+([\w$]+)\s+from\s*['"]${pluginPackage}['"]|\b(?:const|let|var)\s+([\w$]+)\s*=\s*require\(\s*['"]${pluginPackage}['"]\s*\)`).exec(code);
  const binding = bound?.[1] ?? bound?.[2];
  const callee = [...(binding !== undefined ? [escapeRegExp(binding)] : []), String.raw`require\(\s*['"]${pluginPackage}['"]\s*\)`].join('|');
  const call = new RegExp(String.raw`\baddPlugin\(\s*(?:${callee})(?![\w$])\s*(,\s*\{)?`).exec(code);
  if (!call) return undefined;
  if (call[1] === undefined) return {unread: 'eleventy-plugin-page-assets is added with options postlint cannot read'};
  const options: Record<string, string> = {};
  for (const part of topLevelParts(balanced(code, call.index + call[0].length - 1))) {
    const entry = /^(['"]?)(\w+)\1\s*:\s*([\s\S]+)$/.exec(part);
    if (entry) options[entry[2]!] = entry[3]!;
  }
  const read = (key: string, fallback: string[]): string[] | undefined => (options[key] === undefined ? fallback : stringsOf(options[key]!, code));
  const posts = read('postsMatching', ['*.md']);
  const assets = read('assetsMatching', ['*.png|*.jpg|*.gif']);
  const mode = read('mode', ['parse']);
  const recursive = options.recursive?.trim();
  if (!posts || !assets || !mode || (mode[0] !== 'parse' && mode[0] !== 'directory') || (recursive !== undefined && recursive !== 'true' && recursive !== 'false')) {
    return {unread: 'eleventy-plugin-page-assets is given options postlint cannot read'};
  }
  return {posts, assets, mode: mode[0], recursive: recursive === 'true'};
}

/**
 * Where the plugin puts a relative link's asset for the page `from` (absolute), if it copies it:
 * the file below the template's folder the link names; undefined when the plugin does not cover
 * the page, the link leaves the template's folder (or, in `directory` mode without `recursive`,
 * goes into a subfolder), or its name matches no `assetsMatching` pattern.
 */
export function pageAssetFile(plugin: PageAssets, root: string, from: string, target: string): string | undefined {
  // Eleventy's inputPath: `./src/posts/x/index.md`, relative to the project folder.
  const inputPath = `./${toPosix(relative(root, from))}`;
  if (!picomatch.isMatch(inputPath, plugin.posts, {contains: true})) return undefined;
  const folder = dirname(from);
  const file = resolve(folder, target);
  const inside = relative(folder, file);
  if (inside === '' || inside.startsWith('..') || (plugin.mode === 'directory' && !plugin.recursive && inside.includes(sep))) return undefined;
  // `parse` matches the `src` as written, `directory` the file's path; `contains` either way.
  const matched = plugin.mode === 'parse' ? target : join(folder, inside);
  return picomatch.isMatch(toPosix(matched), plugin.assets, {contains: true}) ? file : undefined;
}
