/**
 * Feed files a site's feed plugin writes into the build output, which no source file is:
 * - vitepress-plugin-rss (`RssPlugin({filename})`) and @sugarat/theme, whose `RSS` option (one options
 *   object or a list) adds that plugin once per object (packages/theme/src/utils/node/vitePlugins.ts):
 *   each writes `<outDir>/<filename>`, `feed.rss` when no filename is given (vitepress-plugin-rss
 *   src/node.ts `filename || 'feed.rss'`), served at the site's base;
 * - @11ty/eleventy-plugin-rss 2's `feedPlugin` (`addPlugin(feedPlugin, {outputPath})`), a virtual
 *   template written at `outputPath`, `/feed.xml` by default.
 * Generators that model their own feeds do so elsewhere (Hugo's RSS output, hugo-feeds.ts; a
 * template page with a `permalink`, as jekyll-feed's and Eleventy 1's feed templates are; Astro's
 * `rss.xml.js` endpoints, astro-routes.ts). A site that depends on another feed package (a name with
 * `rss`, `feed` or `atom` in it, the `feed` library a config's build hook writes with) may write
 * any feed: a link to a feed-like path (`.rss`, `.atom`, `feed.xml`, `atom.json`, …) it lacks is
 * unverifiable, naming the package. The config is read as text, never run.
 */
import {relative} from 'node:path';
import {declaredDependencies} from './generators/package-version.js';
import {localModules} from './generators/config-text.js';
import {balanced, topLevelParts, withoutComments} from './generators/js-source.js';
import {heldText} from './generators/held-reads.js';
import type {Resolution, SiteInfo} from './generators/types.js';
import {toPosix} from '../paths.js';

/** A site-root path that names a feed: `.rss`/`.atom`, or an XML or JSON file named for a feed. */
export function isFeedLike(path: string): boolean {
  if (/\.(?:rss|atom)$/i.test(path)) return true;
  // The last segment's name before `.xml`/`.json` holds the word: read from the name, not tried at each word of it (linear).
  const name = path.slice(path.lastIndexOf('/') + 1);
  const stem = /^(.*)\.(?:xml|json)$/is.exec(name)?.[1];
  return stem !== undefined && /feed|rss|atom/i.test(stem);
}

// Packages whose feeds are modelled here, and those that write no file of their own (a helper an endpoint or template calls).
const modelled = new Set(['vitepress-plugin-rss', '@sugarat/theme', '@11ty/eleventy-plugin-rss']);
const writeNothing = new Set(['@astrojs/rss', '@docusaurus/plugin-content-blog']);
const feedPackage = /(?:^|[-/@.])(?:rss|feeds?|atom)(?:[-/.]|$)/i;

interface Written {
  /** Site-root paths the plugin writes (`/weekly.rss`). */
  paths: string[];
  /** Why postlint cannot tell every file it writes. */
  unknown?: string;
  /** The module that adds it, from the site folder, and its path. */
  file: string;
  path: string;
}

/** Where a feed-like site-root path stands with the site's feed plugins: found (in the module that adds it), unverifiable, or undefined (no plugin's). */
export function feedFileAt(path: string, site: SiteInfo): Resolution | undefined {
  if (!isFeedLike(path)) return undefined;
  const modules = site.configFile && /\.[cm]?[jt]s$/.test(site.configFile) ? configModules(site.configFile) : [];
  const written = [...vitepressRss(modules, site.root), ...eleventyFeeds(modules, site.root)];
  const wanted = `/${path.replace(/^\/+/, '')}`;
  const writer = written.find((plugin) => plugin.paths.includes(wanted));
  if (writer) return {status: 'found', path: writer.path};
  const unsure = written.find((plugin) => plugin.unknown !== undefined);
  if (unsure) return {status: 'unverifiable', reason: `${unsure.file} adds a feed plugin whose files postlint cannot tell (${unsure.unknown}): a feed file may be one it writes`};
  const other = declaredDependencies(site.root).map(([name]) => name).find((name) => feedPackage.test(name) && !modelled.has(name) && !writeNothing.has(name));
  if (other) return {status: 'unverifiable', reason: `the site depends on ${other}, a feed package whose files postlint does not model: a feed file may be one its build writes`};
  return undefined;
}

function configModules(configFile: string): Array<{file: string; text: string}> {
  const text = heldText(configFile);
  return text === undefined ? [] : localModules(configFile, text).map((module) => ({file: module.file, text: withoutComments(module.text)}));
}

/** An options object as written, or the object a name is bound to in the module (`const RSS = {…}`); undefined when neither. */
function objectOf(expression: string, text: string): string | undefined {
  const trimmed = expression.trim();
  if (trimmed.startsWith('{')) return balanced(trimmed, 0);
  if (!/^[A-Za-z_$][\w$]*$/.test(trimmed)) return undefined;
  const binding = new RegExp(`\\b(?:const|let|var)\\s+${trimmed.replace(/\$/g, '\\$')}\\s*(?::[^=]+)?=\\s*\\{`).exec(text);
  return binding ? balanced(text, binding.index + binding[0].length - 1) : undefined;
}

/** A top-level key's literal string value in an object body: the text, `absent`, or undefined when code makes it. */
function literalKey(body: string, key: string): string | 'absent' | undefined {
  const part = topLevelParts(body).find((entry) => new RegExp(`^['"]?${key}['"]?\\s*:`).test(entry));
  if (part === undefined) return 'absent';
  return /^[^:]+:\s*(['"`])([^'"`$]*)\1$/.exec(part)?.[2];
}

function vitepressRss(modules: ReadonlyArray<{file: string; text: string}>, root: string): Written[] {
  const found: Written[] = [];
  for (const module of modules) {
    const file = toPosix(relative(root, module.file));
    const plugin = /\bimport\s*\{([^}]*)\}\s*from\s*['"]vitepress-plugin-rss['"]/.exec(module.text);
    const theme = /\bfrom\s*['"]@sugarat\/theme(?:\/node)?['"]/.test(module.text);
    const options: string[] = [];
    const name = plugin ? (/\bRssPlugin(?:\s+as\s+([A-Za-z_$][\w$]*))?/.exec(plugin[1]!)?.[1] ?? 'RssPlugin') : undefined;
    if (name) for (const call of module.text.matchAll(new RegExp(`(?<![\\w$.])${name}\\s*\\(`, 'g'))) options.push(balanced(module.text, call.index + call[0].length - 1));
    if (theme) {
      for (const key of module.text.matchAll(/(?<![\w$.])RSS\s*:\s*/g)) {
        const start = key.index + key[0].length;
        const value = module.text[start] === '[' ? topLevelParts(balanced(module.text, start)) : [/^[^,}\n]+/.exec(module.text.slice(start))?.[0] ?? ''];
        options.push(...value);
      }
    }
    if (options.length === 0) continue;
    const paths: string[] = [];
    let unknown: string | undefined;
    for (const option of options) {
      const body = objectOf(option, module.text);
      const filename = body === undefined ? undefined : literalKey(body, 'filename');
      if (filename === undefined) unknown ??= `its options ${option.slice(0, 60)} are code postlint does not evaluate`;
      else paths.push(`/${filename === 'absent' ? 'feed.rss' : filename.replace(/^\/+/, '')}`);
    }
    found.push({paths, file, path: module.file, ...(unknown ? {unknown} : {})});
  }
  return found;
}

function eleventyFeeds(modules: ReadonlyArray<{file: string; text: string}>, root: string): Written[] {
  const found: Written[] = [];
  for (const module of modules) {
    if (!/['"]@11ty\/eleventy-plugin-rss['"]/.test(module.text)) continue;
    const file = toPosix(relative(root, module.file));
    const paths: string[] = [];
    let unknown: string | undefined;
    for (const call of module.text.matchAll(/\baddPlugin\s*\(\s*(?:[\w$]+\.)?feedPlugin\s*(,)?/g)) {
      if (!call[1]) {
        paths.push('/feed.xml');
        continue;
      }
      const open = module.text.indexOf('(', call.index);
      const body = objectOf(topLevelParts(balanced(module.text, open))[1] ?? '', module.text);
      const output = body === undefined ? undefined : literalKey(body, 'outputPath');
      if (output === undefined) unknown ??= 'its options are code postlint does not evaluate';
      else paths.push(output === 'absent' ? '/feed.xml' : `/${output.replace(/^\/+/, '')}`);
    }
    if (paths.length > 0 || unknown) found.push({paths, file, path: module.file, ...(unknown ? {unknown} : {})});
  }
  return found;
}
