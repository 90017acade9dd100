/**
 * VitePress `srcExclude`: glob patterns, relative to the source folder, of Markdown files that are
 * no pages. VitePress lists its pages with tinyglobby, `glob(['**' + '/*.md'], {cwd: srcDir,
 * expandDirectories: false, ignore: ['**' + '/node_modules/**', '**' + '/dist/**', ...srcExclude]})`
 * (resolvePages in vuejs/vitepress src/node/plugins/dynamicRoutesPlugin.ts and src/node/utils/glob.ts
 * @ ed2bfb266ef788e86d1a73fe3cd7708a4cd5e260; fast-glob with the same ignore list before 2.0.0-alpha.10):
 * a pattern naming a folder (`versions/1.21.4`) leaves out everything below it, `README.md` only the
 * top-level README. An excluded file is not built (no page, no URL), and a link to it is dead
 * (markdownToVue.ts: `!pages.includes(resolved)`). The same glob is run here, so its semantics are
 * tinyglobby's own. Only string literals of the array are read; a part of code (a spread, a call)
 * may leave out more, which the caller says once in a site note.
 */
import {relative, resolve} from 'node:path';
import {globSync} from 'tinyglobby';
import {toPosix} from '../../paths.js';
import {balanced, topLevelParts} from './js-source.js';
import {perSite} from './common.js';
import type {SiteInfo} from './types.js';

/** The literal patterns of a `srcExclude` array, and the source text of its parts that are code. */
export interface SrcExcludeRead {
  patterns: string[];
  code: string[];
}

/** The `srcExclude` setting's value as written: an array literal is read part by part; anything else is all code. */
export function readSrcExclude(value: string): SrcExcludeRead {
  const text = value.trim();
  if (!text.startsWith('[')) return {patterns: [], code: [text]};
  const patterns: string[] = [];
  const code: string[] = [];
  for (const part of topLevelParts(balanced(text, 0))) {
    const literal = /^(['"`])([^'"`]*)\1$/.exec(part);
    if (literal && !(literal[1] === '`' && literal[2]!.includes('${'))) patterns.push(literal[2]!);
    else code.push(part);
  }
  return {patterns, code};
}

/** The Markdown files below the source folder that VitePress builds as pages, when srcExclude has literal patterns. */
const builtPages = perSite((site: SiteInfo): {source: string; pages: Set<string>; patterns: string[]} | undefined => {
  const patterns = site.config.srcExcludePatterns;
  if (!Array.isArray(patterns) || patterns.length === 0) return undefined;
  // VitePress's source folder, as vitepress.ts reads it.
  const source = resolve(site.root, typeof site.config.srcDir === 'string' ? site.config.srcDir : '.');
  const ignore = ['**/node_modules/**', '**/dist/**', ...(patterns as string[])];
  const pages = new Set(globSync(['**/*.md'], {cwd: source, expandDirectories: false, ignore}));
  return {source, pages, patterns: patterns as string[]};
});

/** Why VitePress builds no page from `path`, a Markdown file below its source folder, because `srcExclude` leaves it out; undefined otherwise. */
export function srcExcluded(path: string, site: SiteInfo): string | undefined {
  if (!/\.md$/.test(path)) return undefined;
  const built = builtPages(site);
  if (!built) return undefined;
  const rel = toPosix(relative(built.source, path));
  if (rel.startsWith('..') || built.pages.has(rel)) return undefined;
  // Left out by VitePress's own ignores (node_modules, dist) or a dot folder, not by srcExclude: not this module's to say.
  if (rel.split('/').some((part) => part === 'node_modules' || part === 'dist' || part.startsWith('.'))) return undefined;
  return `the config's srcExclude (${built.patterns.map((pattern) => `\`${pattern}\``).join(', ')}) leaves it out of the build`;
}
