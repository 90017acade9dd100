/**
 * Astro content collections besides Starlight's `docs` (a blog, release notes, podcasts): read
 * from `src/content.config.*` (Astro 5) or `src/content/config.*` (Astro 2–4) as text, never run.
 * - A collection with the `glob()` loader holds the files its `pattern` (one or a list, relative
 *   to `base`, itself relative to the project root) matches; a legacy collection without a loader
 *   holds the Markdown files of `src/content/<name>/` not starting with `_`.
 * - Its entries are pages when a route under `src/pages/` loads the collection (`getCollection`
 *   or `getEntry` with its name). Their URL is known only for the common dynamic route
 *   `src/pages/<prefix>/[...slug].astro` (or `[slug].astro`) that passes `params: {slug: x.id}` for a
 *   `glob()` collection or `x.slug` for a legacy one (or either less a trailing `/index`, which it never
 *   has; a legacy entry's `id` is its raw path with the extension): `/<prefix>/<id>/`, where the id is the entry's path below `base` without its
 *   extension, each folder and name slugged as github-slugger does, a trailing `/index` dropped,
 *   and a front-matter `slug` winning (generateIdDefault and getContentEntryIdAndSlug in
 *   withastro/astro packages/astro/src/content/loaders/glob.ts and content/utils.ts).
 * Everything else (a custom loader, a glob loader's `generateId`, which makes the ids in code, a
 * route that builds URLs otherwise) leaves the URL unknown.
 */
import {readFileSync, statSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import picomatch from 'picomatch';
import {slug as githubSlug} from 'github-slugger';
import {draftFlags, isFile, perSite, readText} from './common.js';
import type {FieldType, PageFrontMatter, PublishProblem, SiteInfo} from './types.js';
import {walkFiles} from './walk-files.js';
import {balanced, ownImports, topLevelParts, withoutComments} from './js-source.js';
import {boundCollection, definitionOf, helperCall, routeDraftKeys, type DraftKeys} from './astro-drafts.js';
import {escapeRegExp} from '../../links/patterns.js';
import {contentConfigFiles, moduleTexts} from './astro-schema-types.js';
import {astroImportedMarkdown} from './astro-markdown-imports.js';
import {moduleFile, tsconfigAliases, type Alias} from './tsconfig-paths.js';
import {toPosix} from '../../paths.js';

/** One collection, as plain data (it goes into the site's config). */
export interface AstroCollection {
  name: string;
  /** The folder its entries are read from, absolute. */
  base: string;
  /** Glob patterns relative to `base`; none for a legacy collection (every Markdown file not starting with `_`). */
  patterns?: string[];
  /** A route under src/pages/ loads it: its entries are pages. */
  rendered: boolean;
  /** The URL folder its entries are served under (`/blog/`), when the route says. */
  urlPrefix?: string;
  /** The route below src/pages/ that serves its entries at `urlPrefix` (`blog/[...slug].astro`) and nothing else; absent when its params say other paths too. */
  route?: string;
  /** The route below src/pages/ whose `params` are the entries' ids: the template that renders each entry's page (`[...slug].astro`). */
  page?: string;
  /**
   * The front-matter flags the rendering routes' filter drops entries by (`draft: true`,
   * `published: false`), when every such route filters on them; absent when one renders every
   * entry or its filter cannot be read (astro-drafts.ts).
   */
  draftKeys?: DraftKeys;
}



function quoted(text: string): string[] {
  return [...text.matchAll(/(["'`])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((match) => match[2]!);
}

/**
 * The folders the content config's loaders read Markdown from besides `src/` (a `glob` loader's
 * literal `base`, in the config or a module it imports), or undefined when a loader may read any file: a `glob` with a computed base, a
 * loader of a package postlint does not know, or code of the site's own that reads files (`fs`,
 * `readFile`, `import.meta.glob`). Starlight's `docsLoader`/`i18nLoader` read `src/content/`; `file()`
 * reads data; an inline loader that only fetches (`async () => fetch(…)`) reads no Markdown.
 */
export function collectionFolders(root: string): string[] | undefined {
  const file = contentConfigFiles.map((name) => join(root, name)).find(isFile);
  // The collections may be defined in modules the config imports (`import {blog} from './collections/blog'`): a glob
  // loader's `base` there is relative to the project root all the same (Astro resolves it against `config.root`).
  const text = file ? moduleTexts(file, tsconfigAliases(root)).join('\n') : '';
  if (/\bfrom\s+['"](?:node:)?fs(?:\/promises)?['"]|\breadFileSync\b|\breadFile\b|\breaddir|import\.meta\.glob/.test(text)) return undefined;
  const known = new Set(['glob', 'file', 'docsLoader', 'i18nLoader']);
  const folders: string[] = [];
  for (const match of text.matchAll(/\bloader\s*:\s*(\w+)\s*\(/g)) {
    const name = match[1]!;
    if (name === 'async' || name === 'function') continue;
    if (!known.has(name)) return undefined;
    if (name !== 'glob') continue;
    const options = balanced(text, match.index + match[0].length - 1);
    const base = /\bbase\s*:\s*(["'`])([^"'`$]*)\1/.exec(options)?.[2];
    if (base === undefined && /\bbase\s*:/.test(options)) return undefined;
    folders.push(resolve(root, base ?? '.'));
  }
  // A loader named by a variable (`loader: myLoader`) is code postlint does not read.
  if (/\bloader\s*:\s*(?!async\b|function\b)[A-Za-z_$][\w$.]*\s*[,}\n]/.test(text)) return undefined;
  return folders;
}

/**
 * What Astro builds from (with or without Starlight): `src/` (pages, content collections, components that import Markdown),
 * the folders the content config's loaders read, and the Markdown files and glob folders outside `src/` its code imports
 * (astro-markdown-imports.ts; a file is an entry of its own). Unknown when the config moves `srcDir` or
 * a loader may read any file (astro-collections.ts `collectionFolders`). Worked out once per site.
 */
export const astroBuiltFolders = perSite((site: SiteInfo): string[] | undefined => {
  if (/\bsrcDir\s*:/.test(site.configFile ? readText(site.configFile) ?? '' : '')) return undefined;
  const loaded = collectionFolders(site.root);
  // Markdown a page or component imports from outside src/ (a CHANGELOG.md, `import.meta.glob('../posts/*.md')`) is bundled and rendered.
  const imported = loaded ? astroImportedMarkdown(site.root) : undefined;
  return loaded && imported ? [join(site.root, 'src'), ...loaded, ...imported] : undefined;
});

/** The collections the site's content config defines (Starlight's `docs` too: a route of the site's own may serve it). */
export function astroCollections(root: string): AstroCollection[] {
  const file = contentConfigFiles.map((name) => join(root, name)).find(isFile);
  const text = file ? readText(file) ?? '' : '';
  if (!file || !/defineCollection/.test(text)) return [];
  // `const blog = defineCollection({...})`, and the name each is exported under in `collections`.
  const defined = new Map<string, string>();
  for (const match of text.matchAll(/\b(?:const|let|var)\s+(\w+)\s*=\s*defineCollection\s*\(/g)) defined.set(match[1]!, balanced(text, match.index + match[0].length - 1));
  const exported = /\bcollections\s*=\s*\{/.exec(text);
  const names = new Map<string, string>();
  if (exported) {
    for (const part of topLevelParts(balanced(text, exported.index + exported[0].length - 1))) {
      const inline = /^\s*["']?([\w-]+)["']?\s*:\s*defineCollection\s*\(/.exec(part);
      if (inline) {
        // An inline `name: defineCollection({...})`.
        defined.set(`\0${inline[1]}`, balanced(part, inline[0].length - 1));
        names.set(inline[1]!, `\0${inline[1]}`);
        continue;
      }
      const pair = /^\s*["']?([\w-]+)["']?\s*(?::\s*(\w+)\s*)?$/.exec(part);
      if (pair) names.set(pair[1]!, pair[2] ?? pair[1]!);
    }
  }
  const routes = routeFiles(join(root, 'src', 'pages'));
  const aliases = tsconfigAliases(root);
  const collections: AstroCollection[] = [];
  for (const [name, variable] of names.size > 0 ? names : new Map([...defined.keys()].map((key) => [key, key]))) {
    const body = defined.get(variable);
    if (body === undefined) continue;
    const loader = /\bloader\s*:\s*(\w+)\s*\(/.exec(body);
    let base: string;
    let patterns: string[] | undefined;
    if (!loader) {
      base = join(root, 'src', 'content', name);
    } else if (loader[1] === 'glob') {
      const options = balanced(body, loader.index + loader[0].length - 1);
      const baseValue = /\bbase\s*:\s*(["'`])([^"'`]*)\1/.exec(options)?.[2];
      // `new URL(…, import.meta.url)` and other computed bases are not read.
      if (baseValue === undefined && /\bbase\s*:/.test(options)) continue;
      base = resolve(root, baseValue ?? '.');
      const pattern = /\bpattern\s*:\s*(\[[^\]]*\]|(["'`])(?:(?!\2).)*\2)/s.exec(options)?.[1];
      patterns = pattern ? quoted(pattern) : [];
      if (patterns.length === 0) continue;
    } else {
      // `file()` holds data, a custom loader only it knows.
      continue;
    }
    // A listing page (`blog/index.astro`) loads it too: the route that serves the entries is the one whose params say their URLs.
    const loading = routes.filter((candidate) => loadsCollection(candidate, name, join(root, 'src', 'pages', candidate.rel), aliases));
    const key = loader ? 'id' : 'slug';
    const route = loading.find((candidate) => prefixOf(candidate, key) !== undefined) ?? loading[0];
    // The route's param is the entry's slugged id only as the collection's kind names it: `x.slug` for a
    // legacy collection (its `x.id` is the file's path with its extension, `don't-panic/index.mdx`), `x.id`
    // for a `glob()` one (it has no `x.slug`). Another pairing serves other URLs, or none: unknown.
    // A glob loader's `generateId` makes each entry's id in code (`${year}/${month}/${name}` from its data): the URLs are
    // unknown. Any form of the option counts (`generateId: f`, `generateId(o) {…}`, a shorthand `generateId,`); one in a comment does not.
    const idInCode = loader?.[1] === 'glob' && /\bgenerateId\b/.test(withoutComments(body));
    const urlPrefix = route && !idInCode ? prefixOf(route, key) : undefined;
    const draftKeys = routeDraftKeys(name, routes.map((candidate) => ({path: join(root, 'src', 'pages', candidate.rel), rel: candidate.rel, text: candidate.text, aliases})));
    // The route serves nothing but the entries only when each of its `params` is the entry's id (astro-routes.ts).
    const only = urlPrefix !== undefined && route && onlyEntryParams(route, key) ? {route: route.rel} : {};
    collections.push({name, base, ...(patterns ? {patterns} : {}), rendered: route !== undefined, ...(urlPrefix !== undefined ? {urlPrefix, ...only, page: route!.rel} : {}), ...(draftKeys ? {draftKeys} : {})});
  }
  return collections;
}

/** Code that loads the collection by name (`getCollection('blog')`, `getEntry('blog', …)`). */
function callsCollection(code: string, name: string): boolean {
  return new RegExp(`\\bget(?:Collection|Entry|Entries|EntryBySlug)\\s*\\(\\s*["'\`]${escapeRegExp(name)}["'\`]`).test(code);
}

/**
 * A route loads a collection itself, or through a function it imports one relative import away
 * (`import {getPosts} from '../content/posts'`, whose body calls `getCollection('posts')`); nothing further is followed.
 */
function loadsCollection(route: RouteFile, name: string, path: string, aliases: readonly Alias[]): boolean {
  if (callsCollection(route.text, name)) return true;
  for (const match of route.text.matchAll(ownImports)) {
    const file = moduleFile(path, match[3]!, aliases);
    const text = file ? readText(file) : undefined;
    if (text === undefined) continue;
    for (const item of match[1]!.split(',')) {
      const [exported, alias] = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/).map((part) => part.trim());
      // `getAllPosts("blog")`: the helper's collection parameter bound to the name its caller gives (astro-drafts.ts).
      const call = exported ? helperCall(alias ?? exported, route.text.slice(match.index + match[0].length)) : undefined;
      if (!exported || !call) continue;
      const body = definitionOf(text, exported);
      if (body !== undefined && callsCollection(boundCollection(body, call.argument), name)) return true;
    }
  }
  return false;
}

interface RouteFile {
  /** Path below src/pages/, `/`-separated. */
  rel: string;
  text: string;
}

/** The route files under src/pages/ (at most a few hundred are read; a bigger tree is read in part). */
function routeFiles(pages: string): RouteFile[] {
  const {files} = walkFiles(pages, {
    enter: (entry) => !entry.name.startsWith('_') && !entry.name.startsWith('.'),
    keep: (entry, path) => /\.(astro|[cm]?[jt]s|mdx)$/.test(entry.name) && !entry.name.startsWith('_') && sizeOf(path) <= 512 * 1024,
    maxFiles: 500,
  });
  const found: RouteFile[] = [];
  for (const path of files) {
    try {
      found.push({rel: toPosix(relative(pages, path)), text: readFileSync(path, 'utf8')});
    } catch {
      // An unreadable route says nothing.
    }
  }
  return found;
}

/** A file's size in bytes; unreadable counts as too big to read. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return Infinity;
  }
}

/**
 * `blog/[...slug].astro` passing `params: {slug: post.id}` (a `glob()` collection) or `post.slug` (a legacy
 * one) serves entries at `/blog/<id>/`: getContentEntryIdAndSlug's slug, the legacy entry's `slug` and the
 * glob loader's default id (generateIdDefault); the legacy entry's `id` is its raw path, extension kept.
 */
function prefixOf(route: RouteFile, key: 'id' | 'slug'): string | undefined {
  const match = routeParam.exec(route.rel);
  if (!match?.groups) return undefined;
  if (!entryParams(match.groups.param!, key).test(route.text)) return undefined;
  return `/${match.groups.folder}`;
}

const routeParam = /^(?<folder>(?:[^[\]/]+\/)*)\[(?:\.\.\.)?(?<param>\w+)\]\.astro$/;

/** `params: {slug: post.id}`: the route's one param is the entry's id as it is (dropping a trailing `/index`, which the id never has, changes nothing). */
function entryParams(param: string, key: 'id' | 'slug', flags = ''): RegExp {
  const id = String.raw`\w+\.${key}(?:\.replace\(\s*/\\/index\$/\s*,\s*(["'])\1\s*\))?`;
  return new RegExp(String.raw`params\s*:\s*\{\s*${param}\s*:\s*${id}\s*,?\s*\}`, flags);
}

/**
 * Whether every `params` the route writes is the entry's id: one more (`{params: {id: 'archive'}}` added to the
 * entries' list) or `paginate()` serves other paths, which only running getStaticPaths tells.
 */
function onlyEntryParams(route: RouteFile, key: 'id' | 'slug'): boolean {
  const param = routeParam.exec(route.rel)?.groups?.param;
  if (param === undefined || /\bpaginate\s*\(/.test(route.text)) return false;
  const all = route.text.match(/\bparams\s*:/g)?.length ?? 0;
  return all === (route.text.match(entryParams(param, key, 'g'))?.length ?? 0);
}

/** The collection a file is an entry of, if any. */
export function collectionOf(path: string, collections: readonly AstroCollection[]): AstroCollection | undefined {
  for (const collection of collections) {
    const rel = relative(collection.base, path);
    if (rel.startsWith('..') || rel === '' || /^[/\\]/.test(rel)) continue;
    const posix = toPosix(rel);
    if (collection.patterns) {
      if (picomatch.isMatch(posix, collection.patterns)) return collection;
    } else if (/\.(md|mdx|mdoc)$/i.test(posix) && !posix.split('/').some((part) => part.startsWith('_'))) {
      return collection;
    }
  }
  return undefined;
}

/** An entry's id: its path below the base without extension, each part slugged, `/index` dropped; a front-matter `slug` wins. */
export function entryId(path: string, collection: AstroCollection, slug: unknown): string {
  if (typeof slug === 'string' && slug !== '') return slug;
  const rel = toPosix(relative(collection.base, path)).replace(/\.[^./]+$/, '');
  return rel.split('/').map((part) => githubSlug(part)).join('/').replace(/\/index$/, '');
}

/** A rendered collection entry's draft state: the flags its routes' filters drop it by (astro-drafts.ts); none when they drop none or cannot be read. */
export function entryDraftProblems(path: string, frontMatter: PageFrontMatter, collections: readonly AstroCollection[]): PublishProblem[] {
  const collection = collectionOf(path, collections.filter((candidate) => candidate.rendered && candidate.name !== 'docs'));
  return collection?.draftKeys ? draftFlags(frontMatter, collection.draftKeys) : [];
}

/**
 * The front-matter types a collection entry's schema gives (astro-schema-types.ts, read at detection into the
 * site's `schemaTypes`): none for a file of no collection (a page of `src/pages/`, a folder Astro never reads).
 */
export function entryFieldTypes(path: string, site: SiteInfo | undefined): Readonly<Record<string, readonly FieldType[]>> {
  const collections = Array.isArray(site?.config.collections) ? (site.config.collections as AstroCollection[]) : [];
  const types = site?.config.schemaTypes;
  if (typeof types !== 'object' || types === null || collectionOf(path, collections) === undefined) return {};
  return types as Record<string, FieldType[]>;
}

/** The date keys a collection entry's schema types with a plain `z.date()` (the site's `schemaTimestamps`): a quoted date there stops the build. */
export function entryTimestampKeys(path: string, site: SiteInfo | undefined): readonly string[] {
  const collections = Array.isArray(site?.config.collections) ? (site.config.collections as AstroCollection[]) : [];
  const keys = site?.config.schemaTimestamps;
  if (!Array.isArray(keys) || collectionOf(path, collections) === undefined) return [];
  return keys as string[];
}

/** The date keys a collection entry's schema coerces with `new Date(value)` (the site's `schemaCoercedDates`): any text V8 reads as a date is one. */
export function entryCoercedDateKeys(path: string, site: SiteInfo | undefined): readonly string[] {
  const collections = Array.isArray(site?.config.collections) ? (site.config.collections as AstroCollection[]) : [];
  const keys = site?.config.schemaCoercedDates;
  if (!Array.isArray(keys) || collectionOf(path, collections) === undefined) return [];
  return keys as string[];
}

/**
 * Why Astro never reads this front-matter key of a collection entry, if it does not: every schema is an
 * object schema read whole and none names the key (the site's `schemaKeys`), so zod strips it from the
 * entry's data. Undefined for a file of no collection, or when a schema is not read whole.
 */
export function entryStrippedKey(field: string, path: string, site: SiteInfo | undefined): string | undefined {
  const collections = Array.isArray(site?.config.collections) ? (site.config.collections as AstroCollection[]) : [];
  const keys = site?.config.schemaKeys;
  if (!Array.isArray(keys) || keys.includes(field) || collectionOf(path, collections) === undefined) return undefined;
  return `no collection schema names "${field}": zod strips it from the entry's data`;
}
