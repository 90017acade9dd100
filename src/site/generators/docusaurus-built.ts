/**
 * The folders a Docusaurus site builds pages from (facebook/docusaurus: each content plugin reads its
 * `path` relative to the site folder, defaults in its options.ts DEFAULT_OPTIONS and the plugin docs'
 * "Accepted fields": docs `docs`, blog `blog`, pages `src/pages`; docusaurus.io/docs/api/plugins):
 * the preset's docs folder and every `@docusaurus/plugin-content-docs` instance's literal `path`,
 * the blog's, `src/pages`, the versioned docs (`versioned_docs/`, `<id>_versioned_docs/`) and the
 * translations in `i18n/`. Nothing else becomes a page: an agent prompt in `.github/agents/`, a
 * tool's notes in `.specify/` are never built (a page that imports one still shows it: the caller
 * follows includes). Unknown (undefined) when the config computes a content path, names a blog or
 * pages plugin of its own (`@docusaurus/plugin-content-blog` instances, the pages' `path`), or
 * has a plugin of its own that loads content (`loadContent`, reading files): such a site may
 * build pages from anywhere, and only what every build leaves out is left out.
 */
import {readdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {readDocsPlugins} from './docusaurus-urls.js';
import {withoutComments} from './js-source.js';
import {readText} from './common.js';
import type {SiteInfo} from './types.js';

/** The built folders of `site` whose docs and blog folders are `docsDir` and `blogDir`; undefined when the config leaves them unknown. */
export function docusaurusBuiltFolders(site: SiteInfo, docsDir: string, blogDir: string): string[] | undefined {
  const text = site.configFile ? readText(site.configFile) : undefined;
  if (text === undefined) return undefined;
  const code = withoutComments(text);
  if (site.config.docsPathUnknown === true || site.config.docsAmbiguous === true || site.config.pagesPathSet === true) return undefined;
  const docsPlugins = readDocsPlugins(code);
  if (docsPlugins.some((plugin) => plugin.path === undefined)) return undefined;
  // Another blog instance's options are read by no model here: its folder is unknown.
  if (/plugin-content-blog/.test(code)) return undefined;
  if (site.config.blogPathUnknown === true) return undefined;
  if (ownContentPlugin(code)) return undefined;
  const versioned = topFolders(site.root).filter((name) => /^(?:[\w-]+_)?versioned_docs$/.test(name));
  return [docsDir, ...docsPlugins.map((plugin) => resolve(site.root, plugin.path!)), blogDir, resolve(site.root, 'src', 'pages'), ...versioned.map((name) => join(site.root, name)), join(site.root, 'i18n')];
}

/**
 * A plugin the config writes itself (a function in `plugins`, or a local module it requires) that
 * loads content or reads files: its routes may render Markdown from any folder.
 */
function ownContentPlugin(code: string): boolean {
  return /\bloadContent\b|\bcontentLoaded\b|\breadFile(?:Sync)?\b|\breaddir(?:Sync)?\b|\bglob(?:Sync)?\s*\(/.test(code) || /\bplugins\s*:\s*\[[^\]]*?(?:require\s*\(\s*|["'`])\.{1,2}\//.test(code);
}

/** The names of the folders at the top of the site folder. */
function topFolders(root: string): string[] {
  try {
    return readdirSync(root, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    return [];
  }
}
