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
import {balanced, topLevelParts, withoutComments} from './js-source.js';
import {readText} from './common.js';
import {hasTopLevelKey, literalOf} from './config-text.js';
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
  const listed = pluginsRead(code);
  if (listed === undefined) return undefined;
  const versioned = topFolders(site.root).filter((name) => /^(?:[\w-]+_)?versioned_docs$/.test(name));
  return [docsDir, ...docsPlugins.map((plugin) => resolve(site.root, plugin.path!)), ...listed.map((path) => resolve(site.root, path)), blogDir, resolve(site.root, 'src', 'pages'), ...versioned.map((name) => join(site.root, name)), join(site.root, 'i18n')];
}

/** A plugin the config writes itself that loads content or reads files: its routes may render Markdown from any folder. */
function ownContentPlugin(code: string): boolean {
  return /\bloadContent\b|\bcontentLoaded\b|\breadFile(?:Sync)?\b|\breaddir(?:Sync)?\b|\bglob(?:Sync)?\s*\(/.test(code);
}

/**
 * The literal `path`s of the docs instances the config's `plugins` lists name (`docs` when none is
 * given), when every entry of every such list is read: a package named as a string (with its options
 * in an array), or a function written in the config (whose body ownContentPlugin has read).
 * Undefined when a list is built elsewhere (`plugins,`, a spread, a module's export), or an entry is
 * a local module (`./src/plugins/notes`, or a name it is imported as), a call, a content plugin named
 * by Docusaurus' module shorthand (`content-docs` is @docusaurus/plugin-content-docs) or a docs
 * instance with a computed path: such a plugin may build pages from any folder.
 */
function pluginsRead(code: string): string[] | undefined {
  const paths: string[] = [];
  for (const key of code.matchAll(/(?:^|[\s,{])['"]?plugins['"]?\s*([:,}])\s*(\[)?/gm)) {
    if (key[1] !== ':' || key[2] === undefined) return undefined;
    for (const entry of topLevelParts(balanced(code, key.index + key[0].length - 1))) {
      const [name, options] = entry.startsWith('[') ? topLevelParts(balanced(entry, 0)) : [entry, undefined];
      const read = pluginName(name ?? '', code);
      if (read === undefined) return undefined;
      if (!/plugin-content-docs/.test(read)) continue;
      const path = options === undefined ? 'docs' : literalOf(options.replace(/^\{|\}$/g, ''), 'path') ?? (hasTopLevelKey(options.replace(/^\{|\}$/g, ''), 'path') ? undefined : 'docs');
      if (path === undefined) return undefined;
      paths.push(path);
    }
  }
  return paths;
}

/** The package an entry of `plugins` names (`''` for a function written in the config); undefined when it is a local module, a shorthand content plugin or anything else not read. */
function pluginName(entry: string, code: string): string | undefined {
  if (/^(?:async\s+)?function\b|^(?:async\s*)?\([^)]*\)\s*=>|^(?:async\s+)?[\w$]+\s*=>/.test(entry)) return '';
  const literal = /^(?:require(?:\.resolve)?\s*\(\s*)?(["'`])([^"'`]*)\1\s*\)?$/.exec(entry)?.[2];
  if (literal !== undefined) return /^[./]|\$\{/.test(literal) || /^(?:@docusaurus\/)?content-(?:docs|blog|pages)$/.test(literal) ? undefined : literal;
  // A name bound in the config to a function written there (not to a module it imports).
  const name = /^[A-Za-z_$][\w$]*$/.exec(entry)?.[0];
  if (name === undefined) return undefined;
  return new RegExp(String.raw`\bfunction\s+${name}\s*\(|\b(?:const|let|var)\s+${name}\s*=\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*=>|[\w$]+\s*=>)`).test(code) ? '' : undefined;
}

/** The names of the folders at the top of the site folder. */
function topFolders(root: string): string[] {
  try {
    return readdirSync(root, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    return [];
  }
}
