/**
 * The URLs Docusaurus serves docs, blog posts and pages at, modelled on its own code:
 *
 * - a doc's id is its front-matter `id`, else its file name without the number prefix
 *   (`01-intro.md` → `intro`; date-like `2021-01-01` and version-like `8.0` names keep theirs);
 *   its slug is its front-matter `slug` when absolute (`/x`), else that slug or the id read from
 *   its folder with number prefixes stripped; a category index (`index`, `readme`, or the folder's
 *   own name) without a slug is its folder (getSlug in packages/docusaurus-plugin-content-docs/src/slug.ts,
 *   DefaultNumberPrefixParser in numberPrefix.ts, isCategoryIndex in docs.ts, facebook/docusaurus
 *   @ 03998cbc5729b1bc1be271c8efd2a0f0ea92cceb);
 * - the URL is the docs plugin's `routeBasePath` (default `docs`), the version's path (the last
 *   version: none; the current version when it is not the last: `next`; others: their name, or a
 *   `versions.<name>.path` of the config), then the slug;
 * - a blog post is at the blog's `routeBasePath` (default `blog`) plus its `slug`, else its file's
 *   date as `YYYY/MM/DD/` and the rest of its name;
 * - a page of `src/pages/` is at its path.
 *
 * The JS config is read as text: keys are taken only from the preset's `docs: {…}` / `blog: {…}`
 * object, as literal strings.
 */
import {hasTopLevelKey, literalOf, objectOf} from './config-text.js';
import {topLevelParts, withoutComments} from './js-source.js';
import {docusaurusOwnPlugins, ownMarkdownPlugins} from './own-markdown-plugins.js';

/** DefaultNumberPrefixParser: `0-myDoc`, `003 - myDoc` lose their prefix; date- and version-like names keep theirs. */
export function stripNumberPrefix(name: string): string {
  if (/^((\d{2}|\d{4})[-_.]\d{2}([-_.](\d{2}|\d{4}))?)(.*)$|^(\d+[-_.]\d+)(.*)$/.test(name)) return name;
  return /^\d+\s*[-_.]+\s*(.*)$/s.exec(name)?.[1] ?? name;
}

/** Docusaurus's resolvePathname (the browser's URL resolution of a relative path against a folder URL). */
function resolvePathname(path: string, base: string): string {
  if (path.startsWith('/')) return path;
  const resolved = new URL(path, `https://x${base}`).pathname;
  try {
    return decodeURIComponent(resolved);
  } catch {
    return resolved;
  }
}

/** The slug of a doc at `rel` (below its version's folder, `/`-separated, with extension). */
export function docSlug(rel: string, data: Record<string, unknown>): string {
  const parts = rel.split('/');
  const file = parts.pop()!.replace(/\.mdx?$/i, '');
  const folder = parts.join('/');
  const slug = typeof data.slug === 'string' && data.slug !== '' ? data.slug : undefined;
  if (slug?.startsWith('/')) return slug;
  const dirSlug = folder === '' ? '/' : `/${parts.map(stripNumberPrefix).join('/')}/`;
  const categoryIndex = ['index', 'readme', parts.at(-1)?.toLowerCase()].includes(file.toLowerCase());
  if (slug === undefined && categoryIndex) return dirSlug;
  const id = typeof data.id === 'string' && data.id !== '' ? data.id : stripNumberPrefix(file);
  return resolvePathname(slug ?? id, dirSlug);
}

/** The slug of a blog post at `rel` (below the blog folder): its `slug`, else its date path and name. */
export function blogSlug(rel: string, data: Record<string, unknown>): string {
  if (typeof data.slug === 'string' && data.slug !== '') return data.slug.startsWith('/') ? data.slug : `/${data.slug}`;
  const stem = rel.replace(/\.mdx?$/i, '').replace(/\/index$/i, '');
  const dated = /^(.*?)(\d{4})[-/](\d{1,2})[-/](\d{1,2})[-/]?(.*)$/.exec(stem);
  if (dated) return `/${dated[1]}${dated[2]}/${dated[3]!.padStart(2, '0')}/${dated[4]!.padStart(2, '0')}/${dated[5]}`;
  return `/${stem}`;
}

/** Keys of theme-classic's `themeConfig.docs` (packages/docusaurus-theme-classic/src/options.ts DocsSchema). */
const themeDocsKeys = new Set(['sidebar', 'versionPersistence']);

/** Is this `docs: {…}` body the theme's settings: every top-level key one of themeConfig.docs'? */
function themeDocs(body: string): boolean {
  const keys = [...flatTop(body).matchAll(/(?:^|[\s,])['"]?([A-Za-z_$][\w$]*)['"]?\s*:/g)].map((match) => match[1]!);
  return keys.length > 0 && keys.every((key) => themeDocsKeys.has(key));
}

/** `/a/` + `/b/` + `/c` as one URL path with single slashes. */
export function joinUrl(...parts: string[]): string {
  const joined = `/${parts.join('/').split('/').filter(Boolean).join('/')}`;
  // A category index's slug ends with `/` (`/dir/subdir/`), as Docusaurus's normalizeUrl keeps it.
  return parts.at(-1)?.endsWith('/') && joined !== '/' ? `${joined}/` : joined;
}

/** How many `docs: {…}` objects of a config are read, at most. */
const maxDocsObjects = 8;

/**
 * Settings of the preset's docs and blog plugins, read from the config's text. `valueOf` reads a value written as code
 * that names a version (`lastVersion: versions[0]` of an imported versions.json); undefined leaves it computed.
 */
export function readPluginSettings(text: string, valueOf: (expression: string) => string | undefined = () => undefined): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  // Several docs plugins (or docs objects) would make the reading ambiguous: only one is read. The theme's
  // `themeConfig.docs` (theme-classic: `sidebar: {hideable, autoCollapseCategories}`, `versionPersistence`) is no plugin's.
  // Each object is read to its closing brace: only the first few are (nested ones would cost each the rest of the
  // text); past them every `docs: {` counts as one more plugin, so such a config is ambiguous.
  const matches = [...text.matchAll(/(?:^|[\s,{(])['"]?docs['"]?\s*:\s*\{/gm)];
  const pluginDocs = matches.slice(0, maxDocsObjects).map((match) => objectOf(text.slice(match.index), 'docs')).filter((body) => body === undefined || !themeDocs(body));
  const docsObjects = pluginDocs.length + Math.max(0, matches.length - maxDocsObjects);
  const docs = pluginDocs[0];
  if (docs !== undefined && docsObjects === 1) {
    const route = literalOf(docs, 'routeBasePath');
    if (route !== undefined) settings.docsRoute = route;
    const path = literalOf(docs, 'path');
    if (path !== undefined) settings.docsPath = path;
    // A `path:` of the docs' own that is no literal (`path.join(__dirname, 'website-docs')`): the docs folder is unknown.
    // A version's `path` (`versions: {current: {path: ''}}`) is no folder: only the object's top level counts.
    else if (hasTopLevelKey(docs, 'path')) settings.docsPathUnknown = true;
    // Remark/rehype plugins of the site's own that the docs plugin runs (own-markdown-plugins.ts).
    const own = ownMarkdownPlugins(docs, text);
    if (own.length > 0) settings.docsOwnMarkdownPlugins = own;
    const lastCode = topLevelParts(withoutComments(docs)).map((part) => /^['"]?lastVersion['"]?\s*:\s*([\s\S]+)$/.exec(part)?.[1]).find((value) => value !== undefined);
    const last = literalOf(docs, 'lastVersion') ?? (lastCode === undefined ? undefined : valueOf(lastCode));
    if (last !== undefined) settings.lastVersion = last;
    const versions = objectOf(docs, 'versions');
    // A computed `lastVersion` (`lastVersion: latest`), or `versions` with a computed key (`[latest]: {path: latest}`) or a
    // spread: which version is served without a segment, and at which path each is, only running the config tells.
    // A spread among the docs' own options may set either.
    // Only the object's own level counts: a spread inside an array or call (`remarkPlugins: [math, ...shared]`) sets no option,
    // nor does a bracket in a value (`isDev ? [a] : b`).
    const computedKey = /(?:^|,)\s*\[\]\s*:|(?:^|[\s,])\.\.\.[\w(]/;
    if ((last === undefined && hasTopLevelKey(docs, 'lastVersion')) || computedKey.test(outerLevel(docs)) || (versions !== undefined && computedKey.test(outerLevel(versions)))) settings.versionPathsUnknown = true;
    if (versions !== undefined) {
      const paths: Record<string, string> = {};
      for (const match of versions.matchAll(/['"]?([\w.-]+)['"]?\s*:\s*\{/g)) {
        const path = literalOf(objectOf(versions.slice(match.index), match[1]!.replace(/[.]/g, '\\.')), 'path');
        if (path !== undefined) paths[match[1]!] = path;
      }
      settings.versionPaths = paths;
    }
  } else if (docsObjects > 1) settings.docsAmbiguous = true;
  // Markdown plugins of the site's own any content plugin runs (own-markdown-plugins.ts): template tokens (template-token.ts).
  const ownPlugins = docusaurusOwnPlugins(text);
  if (ownPlugins.length > 0) settings.ownMarkdownPlugins = ownPlugins;
  const blog = objectOf(text, 'blog');
  const blogRoute = literalOf(blog, 'routeBasePath');
  if (blogRoute !== undefined) settings.blogRoute = blogRoute;
  // The blog's folder (plugin-content-blog's `path`, default `blog`, relative to the site folder); a computed one is unknown.
  const blogPath = literalOf(blog, 'path');
  if (blogPath !== undefined) settings.blogPath = blogPath;
  else if (blog !== undefined && hasTopLevelKey(blog, 'path')) settings.blogPathUnknown = true;
  return settings;
}

/** One docs plugin of a config (the preset's `docs: {…}` or a `@docusaurus/plugin-content-docs` options object): its `path` as written, a literal or not. */
export interface DocsPlugin {
  /** The literal `path` (relative to the site folder); undefined when the config computes it. */
  path: string | undefined;
  /** How the path is written when it is not a literal string (`path.resolve(__dirname, '../docs')`), for --verbose. */
  computed?: string;
  /** The literal `routeBasePath`, if given (default `docs`). */
  route: string | undefined;
  /** The literal plugin `id`, if given (default `default`): names its translations' folder, `i18n/<locale>/docusaurus-plugin-content-docs-<id>/`. */
  id?: string;
  /** Whether this is the preset's `docs: {…}` object (its versions and lastVersion are the ones read for the site). */
  preset: boolean;
}

/** The object literal enclosing `index`: its text between the braces and what precedes its `{`. */
function enclosingObject(text: string, index: number): {body: string; before: string} | undefined {
  let depth = 0;
  for (let i = index; i >= 0; i--) {
    const char = text[i]!;
    if (char === '}') depth++;
    else if (char === '{' && depth-- === 0) {
      // The matching `}`: objectOf reads from the key before the brace, so read forward here by balance too.
      let level = 0;
      for (let j = i; j < text.length; j++) {
        if (text[j] === '{') level++;
        else if (text[j] === '}' && --level === 0) return {body: text.slice(i + 1, j), before: text.slice(Math.max(0, i - 40), i)};
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * Every docs plugin of a config read as text: an object with a top-level `path` key that is the
 * preset's `docs: {…}`, or (when the config names `plugin-content-docs`) has a `sidebarPath` or
 * `routeBasePath` and is no blog's or pages' options. Each reads its `path` relative to the site
 * folder (the plugin's contentPath, facebook/docusaurus packages/docusaurus-plugin-content-docs/src/options.ts).
 */
export function readDocsPlugins(text: string): DocsPlugin[] {
  const plugins: DocsPlugin[] = [];
  const namesDocsPlugin = /plugin-content-docs/.test(text);
  const seen = new Set<string>();
  for (const match of text.matchAll(/(?:^|[\s,{])['"]?path['"]?\s*:\s*([^\n]+)/gm)) {
    const object = enclosingObject(text, match.index);
    if (!object || seen.has(object.body)) continue;
    const preset = /(?:^|[\s,{(])['"]?docs['"]?\s*:\s*$/.test(object.before);
    const blogLike = /(?:^|[\s,{(])['"]?(?:blog|pages)['"]?\s*:\s*$/.test(object.before) || /\b(?:blogTitle|postsPerPage|blogSidebarTitle|feedOptions|authorsMapPath)\s*:/.test(object.body);
    const docsLike = preset || (namesDocsPlugin && !blogLike && /(?:^|[\s,{])['"]?(?:sidebarPath|routeBasePath)['"]?\s*:/m.test(object.body));
    if (!docsLike) continue;
    // Only the object's own top-level `path`, not a version's (`versions: {current: {path: …}}`).
    if (!new RegExp(`(?:^|[\\s,])['"]?path['"]?\\s*:`).test(flatTop(object.body))) continue;
    seen.add(object.body);
    const path = literalOf(object.body, 'path');
    const written = expressionAt(match[1]!);
    const id = literalOf(object.body, 'id');
    plugins.push({path, ...(path === undefined ? {computed: written} : {}), route: literalOf(object.body, 'routeBasePath'), ...(id !== undefined ? {id} : {}), preset});
  }
  return plugins;
}

/** An object's text with its nested objects left out. */
function flatTop(body: string): string {
  let depth = 0;
  let flat = '';
  for (const char of body) {
    if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (depth === 0) flat += char;
  }
  return flat;
}

/** An object's body at its own level: what is inside its brackets, braces and parentheses dropped, the brackets kept (`[latest]: {…}` → `[]: {}`). */
function outerLevel(body: string): string {
  let depth = 0;
  let flat = '';
  for (const char of body) {
    if ('{[('.includes(char)) {
      if (depth === 0) flat += char;
      depth++;
    } else if ('}])'.includes(char)) {
      depth--;
      if (depth === 0) flat += char;
    } else if (depth === 0) flat += char;
  }
  return flat;
}

/** The expression at the start of `line`, up to a `,` or `}` outside brackets (`path.resolve(__dirname, '../docs')`). */
function expressionAt(line: string): string {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char) && depth-- === 0) return line.slice(0, i).trim();
    else if (char === ',' && depth === 0) return line.slice(0, i).trim();
  }
  return line.trim();
}
