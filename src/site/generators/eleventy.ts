/**
 * Eleventy (11ty/eleventy). Its config file (`eleventy.config.js`, `.eleventy.js`, …) marks the
 * site; it is read as text, never run. Pages come from the input folder (`dir.input`, default the
 * site folder) except `_includes`, `_data`, `_site` and `node_modules`. A page is served at its
 * `permalink` when it has a plain one, else at its folder plus its file name (`a/b.md` → `/a/b/`,
 * `a/index.md` and `a/a.md` → `/a/`; a date prefix stays in the URL). Titles and dates may come
 * from data files, layouts and file names, so front matter needs neither. Heading ids exist only
 * when the config adds them (IdAttributePlugin, markdown-it-anchor): their slugify is read from the
 * config, and when it cannot be read the page's fragments are unverifiable. Markdown is run
 * through Liquid or Nunjucks first: `{% … %}` and `{{ … }}` are template code.
 */
import {markdownLibrary, type MarkdownLibrary} from './eleventy-library.js';
import {markdownItOwnPlugins} from './own-markdown-plugins.js';
import {pageAssetFile, readPageAssets, type PageAssets} from './eleventy-page-assets.js';
import {basename, dirname, join, relative, resolve, sep} from 'node:path';
import {decodedPath} from '../../links/normalize.js';
import {isPageUrl} from '../files.js';
import {parse as parseYaml} from 'yaml';
import {caseOrMissing, defaults, draftFlags, titleFieldType, isBelow, isDir, isFile, isObject, lookInRoots, readsJsYamlTimestamp, readText, nonDocumentUrl, stringList} from './common.js';
import {noteSideReadsAgain, recordSideReads, type SideRead} from '../../side-reads.js';
import {normalizeUrl, pageAtUrl, pageUrlFirst, urlMap, type UrlMap} from './url-map.js';
import {ignoreGlobs, isIgnored, permalinkPage, templateExtension, templatePages, type DataPermalink} from './eleventy-templates.js';
import {eleventyLayoutHidesBody, eleventyTemplates} from './eleventy-layouts.js';
import {configNames, eleventyCliFolders, projectRootNaming} from './eleventy-cli.js';
import {copiesRenamed, otherBuilds, passthroughCopies, replacedLinks, virtualReason} from './eleventy-builds.js';
import {rewritesLink} from './markdown-it-replace-link.js';
import {copiedSources} from './eleventy-copies.js';
import {literalOf, objectOf, withLocalImports} from './config-text.js';
import {markdownItUse} from './markdown-it-use.js';
import {footnoteIds, footnotesPlugin, forgetFootnotePages, type FootnotesPlugin} from './eleventy-footnotes.js';
import {configDirectories} from './eleventy-dirs.js';
import {siteOpaqueShortcodes} from './eleventy-shortcodes.js';
import {eleventyFlagKeys} from './eleventy-flag-keys.js';
import {dataFileLanguage} from './eleventy-data-language.js';
import {isForgeDocument} from '../forge-documents.js';
import {balanced, topLevelParts, withoutComments} from './js-source.js';
import {grayMatterEngines, type FrontMatterReading} from '../../front-matter-language.js';
import type {Detection, FieldType, FlavorChoice, Generator, LinkRequest, PageFrontMatter, PublishProblem, ResolveContext, Resolution, SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';
import {eleventyLayoutsPrintTitle, globalDataNamed} from './eleventy-title-shown.js';


/** What postlint reads from the config's text. */
export function readEleventyConfig(text: string, library: MarkdownLibrary = {text: ''}, configFile?: string): Record<string, unknown> {
  const libraryText = library.text;
  const pick = (key: string): string | undefined => new RegExp(`\\b${key}\\s*:\\s*['"\`]([^'"\`]*)['"\`]`).exec(text)?.[1];
  // `export const config = {dir}`, `setInputDirectory(…)`, `return {dir}` (eleventy-dirs.ts).
  const dirs = configDirectories(text);
  return {
    ...dirs.values,
    ...(dirs.computed.input !== undefined ? {inputUnread: `the config sets dir.input by code postlint does not run (${dirs.computed.input})`} : {}),
    // `input` may also be a glob of templates (ProjectDirectories: "assumed glob if it does not exist").
    ...(dirs.values.input !== undefined && /[*?{[]/.test(dirs.values.input) ? {inputUnread: `dir.input is a glob ("${dirs.values.input}")`} : {}),
    pathPrefix: pick('pathPrefix'),
    // markdown-it plugins of the site's own, in the config or the module that builds the library (template-token.ts).
    ownMarkdownPlugins: [...new Set([...markdownItOwnPlugins(text), ...markdownItOwnPlugins(libraryText)])],
    // The Render plugin's `renderFile` renders any file of the project, in the input folder or not.
    rendersFiles: /\b(?:Eleventy)?RenderPlugin\b/.test(text),
    // `addPassthroughCopy({"src/assets": "/"})` renames folders; the string form keeps paths.
    renamedCopies: /addPassthroughCopy\s*\(\s*\{/.test(text),
    // The Markdown library `setLibrary('md', …)` imports from a local module adds its plugins there (eleventy-library.ts).
    headingIds: withTypographer(headingIds(libraryText === '' ? text : `${text}\n${libraryText}`, library.anchorSlugify), libraryText === '' ? text : `${text}\n${libraryText}`),
    // markdown-it-attrs `.use(…)`d, not merely named.
    ...attrsUse(libraryText === '' ? text : `${text}\n${libraryText}`),
    // A `draft` read by the config or a local module it imports: eleventy-base-blog's drafts plugin lives in
    // `./eleventy.config.drafts.js`, its config naming only `pluginDrafts`.
    drafts: /\bdraft\b/.test(configFile === undefined ? text : withLocalImports(configFile, text)),
    // Keys the config's code compares with true or false (`post.data.published !== false`): the site's flags (eleventy-flag-keys.ts).
    flagKeys: eleventyFlagKeys(text),
    inputPathToUrl: /\bInputPathToUrlTransformPlugin\b/.test(text),
    // eleventy-plugin-page-assets copies a page's assets beside its output (eleventy-page-assets.ts).
    ...(pageAssetsOf(text) ? {pageAssets: pageAssetsOf(text)} : {}),
    // eleventy-plugin-footnotes writes ids of its own on pages with footnotes (eleventy-footnotes.ts).
    ...(footnotesPlugin(text) ? {footnotes: footnotesPlugin(text)} : {}),
    // `addLayoutAlias("post", "layouts/post.njk")`: a page's `layout: post` is that file.
    frontMatterEngines: registeredEngines(text),
    // Paired shortcodes whose body their function turns into something postlint cannot read (eleventy-shortcodes.ts).
    opaqueShortcodes: configFile === undefined ? [] : siteOpaqueShortcodes(configFile, text),
    layoutAliases: Object.fromEntries([...text.matchAll(/\baddLayoutAlias\(\s*['"`]([^'"`]+)['"`]\s*,\s*['"`]([^'"`]+)['"`]/g)].map((match) => [match[1]!, match[2]!])),
  };
}

/** The page-assets plugin's options, read once per config text. */
function pageAssetsOf(text: string): PageAssets | {unread: string} | undefined {
  return /eleventy-plugin-page-assets/.test(text) ? readPageAssets(text) : undefined;
}

/**
 * The front-matter engines the config registers (`setFrontMatterParsingOptions({engines: {toml: …}})`,
 * merged over gray-matter's by TemplateContent.getFrontMatterParsingOptions in 11ty/eleventy).
 */
function registeredEngines(text: string): string[] {
  const call = /\bsetFrontMatterParsingOptions\s*\(/.exec(text);
  const options = call ? objectOf(balanced(text, call.index + call[0].length - 1), 'engines') : undefined;
  if (options === undefined) return [];
  return topLevelParts(options).map((entry) => /^(?:(['"])([^'"]+)\1|([\w$]+))\s*(?:[:(]|$)/.exec(entry)).map((match) => match?.[2] ?? match?.[3]).filter((name): name is string => name !== undefined);
}

/**
 * How postlint reads each front-matter language an Eleventy page may name: gray-matter's engines,
 * Eleventy's `js` (JavaScript front matter), and the config's own (TOML and JSON read as such, others code).
 */
function eleventyEngines(site: SiteInfo | undefined): Record<string, FrontMatterReading> {
  const registered = Array.isArray(site?.config.frontMatterEngines) ? (site.config.frontMatterEngines as string[]) : [];
  const own = Object.fromEntries(registered.map((name) => [name, name === 'toml' || name === 'json' || name === 'yaml' ? name : 'code'] as const));
  return {...grayMatterEngines, js: 'code', ...own};
}

/** The ignore globs need the site folder and the input folder: read at detection, kept as data. */
function withIgnores(root: string, config: Record<string, unknown>, text: string): Record<string, unknown> {
  const folder = resolve(root, typeof config.input === 'string' && config.input !== '' ? config.input : '.');
  const engine = templateEngine(text, 'htmlTemplateEngine');
  const markdownEngine = templateEngine(text, 'markdownTemplateEngine');
  return {
    ...config,
    ignores: ignoreGlobs(root, folder, text),
    dataExtensions: dataExtensions(text),
    ...(engine === undefined ? {} : {htmlTemplateEngine: engine}),
    ...(markdownEngine === undefined ? {} : {markdownTemplateEngine: markdownEngine}),
  };
}

/**
 * The engine Eleventy renders `.html` (`htmlTemplateEngine`) or `.md` (`markdownTemplateEngine`)
 * templates with, before Markdown for the latter (`htmlTemplateEngine: "ejs"` in the config's
 * returned object or `eleventyConfig.htmlTemplateEngine = …`): undefined when unset (Liquid), `false`
 * when turned off, `?` when the config computes it.
 */
function templateEngine(text: string, key: 'htmlTemplateEngine' | 'markdownTemplateEngine'): string | false | undefined {
  // The property, or UserConfig's setter (`eleventyConfig.setMarkdownTemplateEngine("njk")`).
  const setter = `set${key[0]!.toUpperCase()}${key.slice(1)}\\(`;
  const set = new RegExp(`(?:\\b${key}['"]?\\s*[:=]|\\b${setter})\\s*(?:(['"\`])([\\w-]*)\\1|(false)\\b)?`).exec(text);
  if (!set) return undefined;
  if (set[3] !== undefined) return false;
  return set[2] ?? '?';
}

/**
 * The engine Eleventy renders a Markdown page with before Markdown (TemplateRender.js): the page's
 * `templateEngineOverride` when it has one (parseEngineOverrides: a comma list in any order, case
 * and spaces aside, `html` meaning none, `md` Markdown; `njk,md` and `md,njk` alike; `md` alone, or
 * `false`, no engine), else the config's `markdownTemplateEngine` (`liquid` by default; `false`, or
 * `md` as TemplateRender reads it, none). A setting the config computes is unknown (undefined).
 */
function pageMarkdownEngine(site: SiteInfo, data: Record<string, unknown> | undefined): string | false | undefined {
  const override = data?.templateEngineOverride;
  if (override === false) return false;
  if (typeof override === 'string' && override.trim() !== '') {
    const engines = override.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '' && name !== 'html' && name !== 'md');
    return engines[0] ?? false;
  }
  const configured = site.config.markdownTemplateEngine;
  if (configured === false || configured === 'md') return false;
  if (configured === undefined) return 'liquid';
  return configured === '?' ? undefined : String(configured);
}

/**
 * Data file extensions: `json` and the JavaScript ones, plus those the config adds with
 * `addDataExtension('yml, yaml', parser)` (a comma-separated list, as Eleventy's UserConfig splits it).
 */
function dataExtensions(text: string): string[] {
  const added = [...text.matchAll(/\baddDataExtension\(\s*(['"`])([^'"`]+)\1/g)].flatMap((match) => match[2]!.split(',').map((ext) => ext.trim()).filter(Boolean));
  return [...new Set([...defaultDataExtensions, ...added])];
}

/** The data extensions Eleventy reads without the config adding any. */
const defaultDataExtensions = ['json', 'js', 'cjs', 'mjs'];

/**
 * Folders the config leaves unset, from the command line the package.json scripts run Eleventy
 * with (`eleventy --input=./docs`): the site's input is then that folder, not the project's.
 */
function withCliFolders(root: string, config: Record<string, unknown>): {config: Record<string, unknown>; notes: string[]} {
  const cli = eleventyCliFolders(root);
  const out = {...config};
  const notes = [...cli.notes];
  if (cli.notes.some((note) => note.includes('--input'))) out.inputUnread = cli.notes.find((note) => note.includes('--input'));
  for (const key of ['input', 'output'] as const) {
    const value = cli[key];
    if (value === undefined) continue;
    if (typeof config[key] === 'string') {
      notes.push(`the config sets dir.${key} "${String(config[key])}"; a package.json script gives --${key} ${value}`);
      // On the command line `--input` wins (ProjectDirectories.freeze): which run the site's is, the scripts do not say.
      if (key === 'input' && folderName(String(config[key])) !== folderName(value)) out.inputUnread = notes.at(-1);
    }
    else {
      out[key] = value;
      notes.push(`dir.${key} "${value}" from --${key} in package.json scripts`);
    }
  }
  return {config: out, notes};
}

/** A folder as written, without `./` and trailing slashes (`./docs/` is `docs`). */
function folderName(folder: string): string {
  return folder.replace(/^(?:\.\/+)+/, '').replace(/\/+$/, '') || '.';
}

/**
 * markdown-it's `typographer: true` in the library's options (`markdownIt({typographer: true})`,
 * `md.set({typographer: true})`): the ids are slugged from its output (slug/typographer.ts). Custom
 * `quotes` are not modelled: the ids are then unknown.
 */
function withTypographer(ids: ReturnType<typeof headingIds>, text: string): ReturnType<typeof headingIds> {
  if ('unknown' in ids || !/\btypographer['"]?\s*:\s*true\b/.test(withoutComments(text))) return ids;
  if (/\bquotes['"]?\s*:/.test(withoutComments(text))) return {unknown: 'the Eleventy config gives markdown-it\'s typographer quotes of its own, which postlint does not model'};
  return {...ids, options: {...ids.options, typographer: true}, reason: `${ids.reason}, after markdown-it's typographer`};
}

/** How the config gives headings ids: the flavor and its options, or why postlint cannot tell. */
function headingIds(text: string, anchorSlugify?: MarkdownLibrary['anchorSlugify']): {name: 'eleventy' | 'markdown-it-anchor' | 'slugify'; options: Record<string, unknown>; reason: string} | {unknown: string} {
  const idAttribute = /\bIdAttributePlugin\b/.test(text);
  const anchor = /['"]markdown-it-anchor['"]/.test(text);
  if (!idAttribute && !anchor) return {unknown: 'the Eleventy config adds no heading ids (no IdAttributePlugin, no markdown-it-anchor): they come from templates, if at all'};
  const duplicates = idAttribute ? 'id-attribute' : 'anchor';
  const plugin = idAttribute ? 'IdAttributePlugin' : 'markdown-it-anchor';
  // A function the anchor plugin's `slugify` names in another module is read as its one call there, with that module's imports.
  const followed = idAttribute ? undefined : anchorSlugify;
  if (followed && 'unknown' in followed) return followed;
  const slugifyOption = followed?.expression ?? slugifyOptionText(text);
  const imports = followed?.text ?? text;
  // markdown-it-anchor ids only the heading levels its `level` option names.
  const levels = idAttribute ? {} : anchorLevels(text);
  if (slugifyOption === undefined) {
    return idAttribute
      ? {name: 'eleventy', options: {duplicates, decamelize: false}, reason: 'IdAttributePlugin with Eleventy\'s slugify filter'}
      : {name: 'markdown-it-anchor', options: levels, reason: 'markdown-it-anchor with its default slugify'};
  }
  if (/getFilter\(\s*['"]slugify['"]\s*\)/.test(slugifyOption)) return {name: 'eleventy', options: {duplicates, decamelize: false}, reason: `${plugin} with Eleventy's slugify filter`};
  // The package imported by the config itself, called with its defaults (decamelize on).
  const imported = /import\s+(\w+)\s+from\s+['"]@sindresorhus\/slugify['"]|(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"]@sindresorhus\/slugify['"]\s*\)/.exec(imports);
  const name = imported?.[1] ?? imported?.[2];
  if (name && new RegExp(`^(?:${name}|\\(?\\s*(\\w+)\\s*\\)?\\s*=>\\s*${name}\\(\\s*\\1\\s*\\))$`).test(slugifyOption.replace(/,$/, ''))) {
    return {name: 'eleventy', options: {duplicates, decamelize: true}, reason: `${plugin} with @sindresorhus/slugify`};
  }
  const npm = npmSlugifyOptions(imports, slugifyOption);
  if (npm) return {name: 'slugify', options: {duplicates, ...levels, ...npm}, reason: `${plugin} with npm slugify${Object.keys(npm).length > 0 ? ` (${JSON.stringify(npm)})` : ''}`};
  // The function as one line, cut short: a notice names it, it does not quote it.
  const shown = slugifyOption.replace(/\s+\./g, '.').replace(/\s+/g, ' ').replace(/([(\[{]) | ([)\]}])/g, '$1$2');
  return {unknown: `the Eleventy config gives ${plugin} its own slugify (${shown.length > 80 ? `${shown.slice(0, 79)}…` : shown}), which postlint does not run`};
}

/**
 * The options of npm `slugify` (simov/slugify) when the slugify option is that package, imported
 * by the config (`require('slugify')`, `import x from 'slugify'`), passed as it is or called once
 * with the heading text and literal options (`(s) => slugify(s, {lower: true})`, `(s) => slugify(s, '_')`).
 * Undefined for anything else (another call, options postlint cannot read): the ids are then unknown.
 */
export function npmSlugifyOptions(text: string, option: string): Record<string, unknown> | undefined {
  const imported = /import\s+(\w+)\s+from\s+['"]slugify['"]|(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"]slugify['"]\s*\)/.exec(text);
  const name = imported?.[1] ?? imported?.[2];
  if (!name) return undefined;
  const value = option.replace(/,$/, '').trim();
  if (value === name) return {};
  const call = new RegExp(`^\\(?\\s*(\\w+)\\s*\\)?\\s*=>\\s*${name}\\(\\s*\\1\\s*(?:,\\s*([\\s\\S]*?))?\\s*\\)$`).exec(value);
  if (!call) return undefined;
  const argument = call[2]?.trim();
  if (argument === undefined || argument === '') return {};
  const replacement = /^(['"])(.*)\1$/.exec(argument);
  if (replacement) return {replacement: replacement[2]};
  return literalOptions(argument);
}

/** `{lower: true, remove: /[*+~.()]/g, replacement: '_'}` as data; undefined when any part is not a literal. */
function literalOptions(argument: string): Record<string, unknown> | undefined {
  const body = /^\{([\s\S]*)\}$/.exec(argument)?.[1];
  if (body === undefined) return undefined;
  const entry = /\s*['"]?(\w+)['"]?\s*:\s*(true|false|'[^']*'|"[^"]*"|\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[\n])+)\/([a-z]*))\s*(?:,|$)/y;
  const found: Record<string, unknown> = {};
  let at = 0;
  while (at < body.length && body.slice(at).trim() !== '') {
    entry.lastIndex = at;
    const match = entry.exec(body);
    if (!match) return undefined;
    const [, key, raw, source, flags] = match;
    if (!['lower', 'strict', 'trim', 'replacement', 'locale', 'remove'].includes(key!)) return undefined;
    found[key!] = source !== undefined ? {source, flags: flags ?? ''} : raw === 'true' ? true : raw === 'false' ? false : raw!.slice(1, -1);
    at = entry.lastIndex;
  }
  return found;
}

/**
 * markdown-it-anchor's `level` in the options its `.use(…)` call passes: a number is the lowest
 * level that gets an id, a list the levels that do (default: all).
 */
function anchorLevels(text: string): {levels?: number[]} {
  const options = markdownItUse(text, 'markdown-it-anchor')?.options;
  const written = options === undefined ? undefined : /\blevel\s*:\s*(\d|\[[\d\s,]*\])/.exec(options)?.[1];
  if (written === undefined) return {};
  const levels = written.startsWith('[') ? [...written.matchAll(/\d/g)].map((match) => Number(match[0])) : [1, 2, 3, 4, 5, 6].filter((level) => level >= Number(written));
  return {levels};
}

/**
 * markdown-it-attrs when the config (or its library module) uses it: its `leftDelimiter` and
 * `rightDelimiter` options (default `{` and `}`, arve0/markdown-it-attrs README "Usage"),
 * read when written as strings; `attrsUnread` says why the ids are unknown when they are computed.
 */
function attrsUse(text: string): {customIds: boolean; attrsDelimiters?: {left: string; right: string}; attrsUnread?: string} {
  const use = markdownItUse(text, 'markdown-it-attrs');
  if (!use) return {customIds: false};
  const left = literalOf(use.options, 'leftDelimiter');
  const right = literalOf(use.options, 'rightDelimiter');
  const computed = ['leftDelimiter', 'rightDelimiter'].filter((key, i) => (i === 0 ? left : right) === undefined && new RegExp(`\\b${key}\\b`).test(use.options ?? ''));
  if (computed.length > 0) return {customIds: true, attrsUnread: `the Eleventy config gives markdown-it-attrs a ${computed.join(' and ')} postlint cannot read`};
  return {customIds: true, ...(left !== undefined || right !== undefined ? {attrsDelimiters: {left: left ?? '{', right: right ?? '}'}} : {})};
}

/**
 * The `slugify` option given to the heading-id plugin, as written (`slugify: (s) => …`), or, when
 * it is passed by name (`{slugify}`, `slugify: slug`), the value that name is bound to in the
 * config (`const slugify = (s) => slugifyLib(s, {lower: true})`). A name bound by a `require` or
 * `import` is kept: the package it names is what runs.
 */
function slugifyOptionText(text: string): string | undefined {
  // `slugify: value`, else the shorthand property `{slugify}` / `{..., slugify, ...}`.
  const key = /\bslugify\s*:\s*/.exec(text);
  const written = (key ? balancedValue(text, key.index + key[0].length) : undefined) ?? (/(?:[{,]|^)\s*slugify\s*(?=[,}]|$)/m.test(text) ? 'slugify' : undefined);
  if (written === undefined) return undefined;
  const name = written.replace(/,$/, '').trim();
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return written;
  const bound = new RegExp(`(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\s*=\\s*([^;\\n]+)`).exec(text)?.[1]?.trim();
  return bound !== undefined && !/^(?:require|await\s+import)\s*\(/.test(bound) ? bound : written;
}

/** The expression written from `start` up to the first `,`, `}` or line end outside brackets (`(s) => f(s, {a: 1})`). */
function balancedValue(text: string, start: number): string | undefined {
  let depth = 0;
  let end = start;
  for (; end < text.length; end++) {
    const char = text[end]!;
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (char === ',' || char === '\n')) break;
  }
  const value = text.slice(start, end).trim();
  return value === '' ? undefined : value;
}

async function detect(dir: string): Promise<Detection | undefined> {
  // The one config file the scripts' runs read (`eleventy --config=.eleventy.ts`), else the names Eleventy tries.
  const cli = eleventyCliFolders(dir);
  const named = cli.config;
  for (const file of named !== undefined ? [join(dir, named)] : configNames.map((name) => join(dir, name))) {
    if (!isFile(file)) continue;
    // A script above runs Eleventy with this config from its own folder: that folder is the project's (eleventy-cli.ts).
    const project = named === undefined ? projectRootNaming(file) : undefined;
    if (project !== undefined) {
      const above = await detect(project);
      if (above?.site.configFile === file) return above;
    }
    const known = detectedSites.get(file);
    // The memo's detection was made from side files (the config, the data and plugin files it reads): noted again, so
    // that a journal emptied since (a worker's next batch) still names them for the caches.
    if (known?.detection.site.root === dir) {
      noteSideReadsAgain(known.reads);
      return known.detection;
    }
    const {value: detection, reads} = await recordSideReads(async () => {
      const text = readText(file) ?? '';
      const {config, notes} = withCliFolders(dir, readEleventyConfig(text, markdownLibrary(file, text, dir), file));
      const warnings = withInputFound(dir, config, file);
      return {site: {root: dir, generator: 'eleventy', configFile: file, config: withIgnores(dir, config, text), ...(notes.length > 0 ? {notes} : {}), ...(warnings ? {warnings} : {})}, strength: 'marker'} satisfies Detection;
    });
    detectedSites.set(file, {detection, reads});
    return detection;
  }
  // Eleventy runs without a config file (TemplateConfig: no project config path exists, defaults
  // apply): a package.json script that runs it in this folder makes it a site, with the folders its
  // command line gives. Weaker than any config file in the same folder (another generator's site
  // with a side build: `"og": "eleventy --input=og"` beside `astro.config.mjs` or `conf.py`).
  if (!cli.runs) return undefined;
  const {config, notes} = withCliFolders(dir, readEleventyConfig(''));
  return {site: {root: dir, generator: 'eleventy', config: withIgnores(dir, config, ''), notes: ['no Eleventy config file: a package.json script runs eleventy here, with its defaults', ...notes]}, strength: 'script'};
}

/** One site a config file, whichever folder finds it first (the project's, or the config's own below it). */
const detectedSites = new Map<string, {detection: Detection; reads: SideRead[]}>();

/**
 * An input folder the config names that is no folder from the site's root: the folder Eleventy
 * runs in is then another one no script names (a CI step's `cd`), so which files are pages is
 * unknown: every file is checked (inputUnread) and a warning says why, rather than leaving every
 * page out as outside the input.
 */
function withInputFound(root: string, config: Record<string, unknown>, file: string): string[] | undefined {
  const given = config.input;
  if (typeof given !== 'string' || given === '' || typeof config.inputUnread === 'string' || /[*?{[]/.test(given) || isDir(resolve(root, given))) return undefined;
  const reason = `dir.input "${given}" of ${basename(file)} is no folder from ${root === dirname(file) ? "the config's folder" : 'the folder the scripts run Eleventy in'}, and no package.json script runs Eleventy with this config from another folder (Eleventy reads dir.input from the folder it runs in): which files are pages is unknown, so every file is checked`;
  config.inputUnread = reason;
  return [reason];
}

function input(site: SiteInfo): string {
  return resolve(site.root, typeof site.config.input === 'string' && site.config.input !== '' ? site.config.input : '.');
}

/**
 * Why a file is never built because it lies outside every Eleventy run's input folder: Eleventy
 * reads templates only below `dir.input` (EleventyFiles globs `<input>/**`), so an old copy of the
 * site or notes beside it are no part of the site. Left alone: the files a forge shows the
 * repository's reader (READMEs, community health files, issue templates), the includes, layouts and data
 * folders (set outside the input with `../`), and everything when the input folder is computed or
 * the Render plugin may render any file (`renderFile`).
 */
function outsideInput(path: string, site: SiteInfo): string | undefined {
  if (typeof site.config.inputUnread === 'string' || site.config.rendersFiles === true) return undefined;
  const runs = [site, ...otherBuilds(site, readOtherSite).map((build) => build.site)];
  if (runs.some((run) => isBelow(path, input(run)) || notPages(run).slice(0, typeof run.config.layouts === 'string' ? 3 : 2).some((folder) => isBelow(path, folder)))) return undefined;
  if (isForgeDocument(path, site.root)) return undefined;
  return `it is outside Eleventy's input folder (dir.input "${toPosix(relative(site.root, input(site)))}"), which is all Eleventy reads`;
}

/** Folders of the input that are not pages (Eleventy's includes, layouts and data, the output). */
function notPages(site: SiteInfo): string[] {
  const inInput = (key: string, fallback: string): string => resolve(input(site), typeof site.config[key] === 'string' ? (site.config[key] as string) : fallback);
  return [inInput('includes', '_includes'), inInput('data', '_data'), ...(typeof site.config.layouts === 'string' ? [inInput('layouts', '_layouts')] : []), resolve(site.root, typeof site.config.output === 'string' ? site.config.output : '_site'), join(site.root, 'node_modules')];
}

/**
 * The permalink data files set for a page, in Eleventy's data cascade (TemplateData in
 * 11ty/eleventy: getLocalDataPaths and the global data folder): the template's own data file
 * (`post.11tydata.js`, `post.json` beside `post.md`), then its folders' (`posts/posts.json`,
 * `posts.11tydata.js`, `posts.11tydata.yml` when the config adds a yml data extension), nearest
 * first, then global data (`_data/permalink.*`, `_data/eleventyComputed.*`, whose file name is
 * the key, or the config's `addGlobalData` of those keys). The string when the file is data
 * postlint reads (JSON, YAML) and sets `permalink` itself; `unwritten` (the file) when that sets it to `false`; `{}` when only running it knows
 * (JavaScript, `eleventyComputed`); undefined when none sets one.
 */
function dataPermalink(path: string, site: SiteInfo): DataPermalink | undefined {
  const found = nearestData(path, site, true, (file, text, dir): DataPermalink | undefined => {
    if (!/\bpermalink\b/.test(text)) return undefined;
    const value = readData(file, text)?.permalink;
    // `permalink: false` in data: the templates it covers are read, never written.
    return typeof value === 'string' ? {permalink: value} : value === false ? {unwritten: toPosix(relative(site.root, join(dir, file)))} : {};
  });
  return found ?? globalPermalink(site);
}

/**
 * The language the data cascade gives a page: its own data file's or its folders' (`fr/fr.json` holding
 * `{"locale": "fr"}`, `de/de.11tydata.js` exporting `{lang: 'de'}`), nearest first (eleventy-data-language.ts
 * reads each). A language the data computes is no language said. A page's own front matter wins
 * (src/site/language.ts reads it first).
 */
function dataLanguage(path: string, site: SiteInfo): string | undefined {
  const found = nearestData(path, site, true, (file, text) => dataFileLanguage(file, text, /\.[cm]?[jt]s$/i.test(file) ? undefined : readData(file, text)));
  return found === 'computed' ? undefined : found?.tag;
}

/** Eleventy's data extensions: `json` and the JavaScript ones, plus those the config adds (read at detection). */
function siteDataExtensions(site: SiteInfo): string[] {
  return Array.isArray(site.config.dataExtensions) ? (site.config.dataExtensions as string[]) : defaultDataExtensions;
}

/**
 * The first answer `pick` gives from a page's data files in Eleventy's cascade order (TemplateData's
 * getLocalDataPaths): the template's own (`post.11tydata.json`, `post.json` beside `post.md`), then
 * each folder's up to the input folder (`posts/posts.json`, `posts/posts.11tydata.yml`), nearest
 * first. Eleventy reads `<name>.11tydata.<ext>` and `<name>.<ext>` for every data extension
 * (`.11tydata.js` only for JavaScript); `withCode` false leaves the JavaScript ones out (only running them knows).
 */
function nearestData<T>(path: string, site: SiteInfo, withCode: boolean, pick: (file: string, text: string, dir: string) => T | undefined): T | undefined {
  // In a folder `.11tydata.js` outranks `.11tydata.json` and `.json` (11ty.dev/docs/data-template-dir/): code first.
  const extensions = siteDataExtensions(site)
    .filter((ext) => withCode || !/^[cm]?js$/.test(ext))
    .sort((a, b) => Number(/^[cm]?js$/.test(b)) - Number(/^[cm]?js$/.test(a)));
  const namesFor = (name: string): string[] => extensions.flatMap((ext) => [`${name}.11tydata.${ext}`, ...(/^[cm]?js$/.test(ext) ? [] : [`${name}.${ext}`])]);
  const fromFiles = (dir: string, names: string[]): T | undefined => {
    for (const file of names) {
      const text = readText(join(dir, file));
      const found = text === undefined ? undefined : pick(file, text, dir);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const own = basename(path).replace(/\.[^.]+$/, '');
  const local = fromFiles(dirname(path), namesFor(own).filter((name) => name !== basename(path)));
  if (local !== undefined) return local;
  for (let dir = dirname(path); isBelow(dir, input(site)) || dir === input(site); dir = dirname(dir)) {
    const found = fromFiles(dir, namesFor(dir.slice(dir.lastIndexOf(sep) + 1)));
    if (found !== undefined) return found;
    if (dir === input(site)) break;
  }
  return undefined;
}

/** A global data file (or folder) named `permalink` or `eleventyComputed` sets every page's permalink: only running it knows. */
const globalPermalinks = new WeakMap<SiteInfo, {found?: {permalink?: string}}>();

function globalPermalink(site: SiteInfo): {permalink?: string} | undefined {
  let cached = globalPermalinks.get(site);
  if (!cached) globalPermalinks.set(site, (cached = {found: readGlobalPermalink(site)}));
  return cached.found;
}

function readGlobalPermalink(site: SiteInfo): {permalink?: string} | undefined {
  // The config's own global data: `addGlobalData("permalink", …)`, `addGlobalData("eleventyComputed", …)`.
  const config = site.configFile ? readText(site.configFile) ?? '' : '';
  if (/\baddGlobalData\s*\(\s*(["'`])(?:permalink|eleventyComputed(?:\.permalink)?)\1/.test(config)) return {};
  const data = notPages(site)[1]!;
  const extensions = siteDataExtensions(site);
  for (const key of ['permalink', 'eleventyComputed']) {
    if (isDir(join(data, key))) return {};
    for (const ext of extensions) {
      const text = readText(join(data, `${key}.${ext}`));
      if (text !== undefined && (key === 'permalink' || /\bpermalink\b/.test(text))) return {};
    }
  }
  return undefined;
}

/** A data file's top-level values when it is JSON or YAML; undefined for code or text that does not parse. */
function readData(file: string, text: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = /\.json$/i.test(file) ? JSON.parse(text) : /\.ya?ml$/i.test(file) ? parseYaml(text) : undefined;
    return isObject(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Files `.eleventyignore` (or the config's `ignores.add`) keeps out of the build. */
function ignores(site: SiteInfo): string[] {
  return Array.isArray(site.config.ignores) ? site.config.ignores.filter((glob): glob is string => typeof glob === 'string') : [];
}

/**
 * The permalink a page's front matter sets: `eleventyComputed.permalink` when it has one, which wins
 * over `permalink` (computed data is written over the data it is computed from; Template.js `_getLink`
 * reads the computed one when no other is set, and test/TemplateTest-ComputedData.js "eleventyComputed
 * permalink" has page.url from it), rendered as a template as `permalink` is.
 */
function ownPermalink(frontMatter: PageFrontMatter): unknown {
  const computed = frontMatter?.data?.eleventyComputed;
  return isObject(computed) && 'permalink' in computed ? computed.permalink : frontMatter?.data?.permalink;
}

/** `permalink: false`: Eleventy reads the template (it is in collections) but writes no file (its `url` is false). */
const noPermalink = 'Eleventy writes no page for it (`permalink: false`)';

/** Files Eleventy reads as templates (the href a link names when it is an input path). */
const templateFile = /\.(md|markdown|njk|liquid|html|11ty\.js|webc|hbs|mustache|ejs|haml|pug)$/i;

/**
 * With the InputPathToUrl transform (`addPlugin(InputPathToUrlTransformPlugin)`), an href that names
 * a template by its input path becomes that page's URL: the path is read from the input folder
 * (also when it already starts with it), never from the linking page; a `#hash` is kept
 * (normalizeInputPath and TransformPlugin in 11ty/eleventy src/Plugins/InputPathToUrl.js @
 * 15c36a8193f012487b97d8eda095a134e5fdc8af). An href that names no template is left as written.
 */
function inputPath(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  if (site.config.inputPathToUrl !== true || !templateFile.test(request.path)) return undefined;
  const clean = request.path.replace(/^\/+/, '');
  const fromInput = toPosix(relative(site.root, input(site)));
  const inInput = fromInput !== '' && (clean === fromInput || clean.replace(/^\.\//, '').startsWith(`${fromInput}/`));
  const file = context.firstExisting([inInput ? resolve(site.root, clean) : resolve(input(site), clean)]);
  return file && eleventy.isPage(file, site, context.frontMatterOf(file)) ? {status: 'found', path: file} : undefined;
}

/** The URL Eleventy gives a page by default: its folder plus its file name (`a/b.md` → `/a/b/`, `a/index.md` and `a/a.md` → `/a/`). */
function fileUrl(path: string, site: SiteInfo): string {
  const parts = relative(input(site), path).split(sep);
  const name = parts.pop()!.replace(/\.[^.]+$/, '');
  const folder = parts.join('/');
  const last = parts.at(-1);
  return `/${folder ? `${folder}/` : ''}${name !== 'index' && name !== last ? `${name}/` : ''}`;
}

/**
 * The date words Eleventy reads in place of a date, in any case: the file's times (`Last Modified`,
 * `Created`) or git's (`git Last Modified`, `git Created`) (getMappedDate in 11ty/eleventy
 * src/Template.js; "Content Dates" in its docs).
 */
const dateWords = new Set(['last modified', 'created', 'git last modified', 'git created']);

/**
 * The front-matter keys Eleventy reads itself; any other key is data the site's templates read.
 * `tags` left empty is no tags: TemplateData.cleanupData makes a null `tags` `[]`.
 */
const ownKeys = new Set(['permalink', 'layout', 'tags', 'pagination', 'date', 'eleventyExcludeFromCollections', 'eleventyComputed', 'eleventyImport', 'eleventyNavigation', 'templateEngineOverride', 'eleventyDataSchema', 'dynamicPermalink', 'permalinkBypassOutputDir']);

/** What the notice of passthrough copies postlint cannot read counts. */
const unreadCopyCounted = {one: 'relative link to a file the checkout lacks', many: 'relative links to a file the checkout lacks'};

/** The project file a passthrough copy writes at a decoded site path (`/things/post/img.png`; a folder's index.html), if one does. */
function copiedFile(url: string, folder: boolean, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  const path = url.replace(/^\/+/, '');
  const file = context.firstExisting(copiedSources(folder || path.endsWith('/') || path === '' ? `${path.replace(/\/+$/, '')}/index.html` : path, passthroughCopies(site).copies, site.root, input(site)));
  return file ? {status: 'found', path: file} : undefined;
}

/** Files no template language writes: binary formats (a template renders text). */
const binaryFile = /\.(?:png|jpe?g|gif|webp|avif|ico|bmp|tiff?|pdf|zip|t?gz|mp[34]|m4a|webm|mov|ogg|wav|woff2?|ttf|otf|eot)$/i;

/**
 * A file (not a page) a template writes at its permalink (`permalink: search.json` in a `.njk`, a
 * `.md` or a `.11ty.js` template): Eleventy writes any template's output to that path
 * (TemplatePermalink). A path a permalink's template code may write is unverifiable, and so is a
 * text file when a template computes its permalink in code.
 */
function templateOutput(path: string, map: UrlMap): Resolution | undefined {
  const page = pageAtUrl(map, path);
  if (page?.status === 'found' || page?.status === 'case' || (page?.status === 'unverifiable' && map.patterns.some((pattern) => pattern.test.test(normalizeUrl(path).toLowerCase())))) return page;
  const computed = map.unknown.filter((file) => templateExtension.test(file));
  if (computed.length === 0 || binaryFile.test(path)) return undefined;
  return {status: 'unverifiable', reason: `no file has that path, but ${computed.length} template(s) compute their permalink in code (${basename(computed[0]!)}${computed.length > 1 ? ', …' : ''})`};
}

function siteRootIn(request: LinkRequest, context: ResolveContext): Resolution {
  const site = context.site!;
  const byInputPath = inputPath(request, context);
  if (byInputPath) return byInputPath;
  const found = lookInRoots(request, context, [input(site)]);
  // A folder without an index file may still be a page's URL (`/features` is features.njk's `permalink: /features/`).
  if (found && found.status !== 'no-index') return found;
  if (isPageUrl(request.path)) {
    const page = pageAtUrl(urlMap(eleventy, site, [input(site)], context), request.path);
    if (page) return page;
    if (found) return found;
    const copied = lookInRoots(request, context, [site.root]) ?? copiedFile(decodedPath(request.path), request.folder, context);
    if (copied) return copied;
    // `/LICENSE` may be a file a passthrough copy puts anywhere.
    if (site.config.renamedCopies === true || copiesRenamed(site)) return {status: 'unverifiable', reason: 'the config copies files to other paths (addPassthroughCopy with an object)'};
    return {status: 'missing', path: join(input(site), request.path), roots: [input(site)]};
  }
  if (found) return found;
  const copied = lookInRoots(request, context, [site.root]) ?? copiedFile(decodedPath(request.path), request.folder, context);
  if (copied) return copied;
  const written = templateOutput(request.path, urlMap(eleventy, site, [input(site)], context));
  if (written) return written;
  if (site.config.renamedCopies === true || copiesRenamed(site)) return {status: 'unverifiable', reason: 'the config copies folders to other paths (addPassthroughCopy with an object)'};
  return caseOrMissing(request, context, [input(site)]);
}

/** A site-root link in one run's pages, and, when no file answers it, a virtual template's page that may. */
function beyondFiles(request: LinkRequest, context: ResolveContext): Resolution {
  const found = siteRootIn(request, context);
  if (found.status !== 'missing' && found.status !== 'no-index') return found;
  const reason = virtualReason(request.path, context.site!);
  return reason ? {status: 'unverifiable', reason} : found;
}

/** Another run's config read as the site's own is, with the folders its command line gives. */
function readOtherSite(root: string, configFile: string, args: string[]): SiteInfo | undefined {
  const text = readText(configFile);
  if (text === undefined) return undefined;
  const config = readEleventyConfig(text, markdownLibrary(configFile, text, root), configFile);
  for (const key of ['input', 'output'] as const) {
    const given = args.find((arg) => arg.startsWith(`--${key}=`))?.slice(key.length + 3) ?? (args.includes(`--${key}`) ? args[args.indexOf(`--${key}`) + 1] : undefined);
    if (given !== undefined) config[key] = given.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
  }
  return {root, generator: 'eleventy', configFile, config: withIgnores(root, config, text)};
}

/** A site-root link: in this run's pages, another run's (a build's other config) below its mount. */
function siteRootOf(request: LinkRequest, context: ResolveContext): Resolution {
  const site = context.site!;
  const others = otherBuilds(site, readOtherSite);
  // A file of another run's input folder links within that run's pages.
  const home = others.find((build) => isBelow(context.from, input(build.site)) && !isBelow(context.from, input(site)));
  const own = home ? beyondFiles(request, {...context, site: home.site}) : beyondFiles(request, context);
  if (home || (own.status !== 'missing' && own.status !== 'no-index')) return own;
  const mounted = others.find((build) => request.path === build.mount.slice(0, -1) || request.path.startsWith(build.mount));
  if (!mounted) return own;
  return beyondFiles({...request, path: `/${request.path.slice(mounted.mount.length)}`}, {...context, site: mounted.site});
}

/** A relative link: an input path, a page asset, a file read from the page's URL, or a page URL. */
function relativeOf(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site!;
  const byInputPath = inputPath(request, context);
  if (byInputPath) return byInputPath;
  if (!isPageUrl(request.path)) {
    // An asset eleventy-plugin-page-assets copies into the page's output folder: the file beside the template, whatever the URL.
    const plugin = site.config.pageAssets as PageAssets | {unread: string} | undefined;
    const asset = plugin && !('unread' in plugin) ? pageAssetFile(plugin, site.root, context.from, decodedPath(request.path)) : undefined;
    if (asset) return context.findExact(asset, request.folder) ?? caseOrMissing({...request, path: relative(dirname(context.from), asset)}, context, [dirname(context.from)]);
    // Eleventy writes hrefs as they are: a relative file link is read from the page's URL
    // (`../../img/x.jpg` in posts/second.md, served at /posts/second/, is /img/x.jpg).
    // A page whose URL data files compute is read at its default URL, which such data mostly keeps.
    const own = eleventy.pageUrl(context.from, site, context.frontMatterOf(context.from)) ?? (isBelow(context.from, input(site)) ? fileUrl(context.from, site) : undefined);
    if (own === undefined) return undefined;
    const url = decodeURI(new URL(request.path, `http://site${own.endsWith('/') ? own : `${own}/`}`).pathname);
    // The output tree: the input folder's files, then what the passthrough copies write there.
    const found = lookInRoots({...request, path: url}, context, [input(site), site.root]) ?? copiedFile(url, request.folder, context);
    if (found) return found;
    // What such a call copies, and where, only running the config tells: said once per site, naming the files.
    const {unread, unreadIn} = passthroughCopies(site);
    return unread > 0 ? {status: 'unverifiable', reason: `${unreadIn.join(', ')} copies files with addPassthroughCopy arguments postlint cannot read (${unread} call${unread === 1 ? '' : 's'}), which may write any path`, siteWide: true, counted: unreadCopyCounted} : undefined;
  }
  // A page link written relative to the page's own URL (`../other/` from `/posts/one/`).
  const own = eleventy.pageUrl(context.from, site, context.frontMatterOf(context.from));
  if (own === undefined) return {status: 'unverifiable', reason: 'the linking page\'s URL comes from templates'};
  const url = new URL(request.path, `http://site${own.endsWith('/') ? own : `${own}/`}`).pathname;
  return pageAtUrl(urlMap(eleventy, site, [input(site)], context), url);
}

/** Unverifiable when the config's markdown-it-replace-link rewrites the link (markdown-it-replace-link.ts); said once per site. */
function replacedReason(request: LinkRequest, site: SiteInfo): Resolution | undefined {
  const replacement = replacedLinks(site);
  if (!replacement || !rewritesLink(replacement, request)) return undefined;
  const how = replacement.guards === undefined ? 'a replaceLink function postlint cannot read, which may rewrite any link' : `a replaceLink function that rewrites links matching ${replacement.guards.map(({source, flags}) => `/${source}/${flags}`).join(' or ')}`;
  return {status: 'unverifiable', reason: `${replacement.file} gives markdown-it-replace-link ${how}; what it writes only running it tells`, siteWide: true, counted: replacedCounted};
}

/** A link the file system misses may still be one the site's replaceLink rewrites. */
function unlessReplaced(resolution: Resolution, request: LinkRequest, site: SiteInfo): Resolution {
  if (resolution.status !== 'missing' && resolution.status !== 'no-index' && resolution.status !== 'case') return resolution;
  return replacedReason(request, site) ?? resolution;
}

const replacedCounted = {one: 'link the site\'s replaceLink rewrites', many: 'links the site\'s replaceLink rewrites'};

export const eleventy: Generator = {
  ...defaults,
  // gray-matter reads YAML with js-yaml, whose readFlowCollection skips tabs as separation space.
  readsTabsInFlow: () => 'js-yaml (gray-matter) skips it as white space',
  // gray-matter: front matter never closed runs to the end of the file.
  frontMatterToEnd: true,
  frontMatterEngines: eleventyEngines,
  name: 'eleventy',
  liquid: true,
  markdownTemplateEngine: pageMarkdownEngine,
  // A page whose Markdown no template engine renders first leaves its tags as text (see pageMarkdownEngine).
  runsTemplates: (site, data) => pageMarkdownEngine(site, data) !== false,
  opaqueBodyTags: (site) => stringList(site.config.opaqueShortcodes, []),
  title: 'Eleventy',
  buildOutput: () => ['_site'],
  words: ['eleventy', '11ty', 'nunjucks', 'njk'],
  detect,
  contentRoots: (site) => [input(site)],
  language: (path, site) => dataLanguage(path, site),
  staticRoots: (site) => [input(site), site.root],
  // A page of the site's input folder, or of another Eleventy run of its build (eleventy-builds.ts).
  isPage: (path, site) => site !== undefined && [site, ...otherBuilds(site, readOtherSite).map((build) => build.site)].some((run) => isBelow(path, input(run)) && !notPages(run).some((folder) => isBelow(path, folder))),
  unbuilt: (path, site) => (isIgnored(path, site.root, ignores(site)) ? 'Eleventy ignores it (.eleventyignore or the config\'s ignores)' : outsideInput(path, site)),
  templatePages: (site) => templatePages(input(site), notPages(site), (path) => isIgnored(path, site.root, ignores(site)), (path) => fileUrl(path, site), (path) => dataPermalink(path, site)),
  unwritten(path, site, frontMatter) {
    const permalink = ownPermalink(frontMatter);
    if (permalink === false) return noPermalink;
    // Front matter wins over data (the data cascade); code front matter may set one only running it knows.
    if (permalink !== undefined || frontMatter?.unread !== undefined) return undefined;
    const data = dataPermalink(path, site)?.unwritten;
    return data === undefined ? undefined : `Eleventy writes no page for it (\`permalink: false\` in ${data})`;
  },
  // `permalink: feed.xml`: Eleventy writes the template's output to that file.
  writesNoDocument: (path, site, frontMatter) => (typeof ownPermalink(frontMatter) === 'string' ? nonDocumentUrl(eleventy.pageUrl(path, site, frontMatter)) : undefined),
  pageUrl(path, site, frontMatter) {
    const permalink = ownPermalink(frontMatter);
    if (permalink === false) return undefined;
    // Front matter in code (`---js`) may set the permalink: only running it knows.
    if (frontMatter?.unread !== undefined) return undefined;
    if (typeof permalink === 'string') return /\{\{|\{%/.test(permalink) ? undefined : `/${permalink.replace(/^\/+/, '')}`;
    if (permalink !== undefined || dataPermalink(path, site) !== undefined) return undefined;
    return fileUrl(path, site);
  },
  // Front matter's permalink with template code (`property/{{ item.name | slugify }}/index.html`, pagination's
  // pages): the URL is unknown, but only its template code is; the literal parts bound it as a template's do.
  pageUrlPattern(path, site, frontMatter) {
    const permalink = ownPermalink(frontMatter);
    // Code front matter (`---js`): only running it knows.
    if (frontMatter?.unread !== undefined || typeof permalink !== 'string') return undefined;
    return permalinkPage(path, toPosix(relative(input(site), path)), permalink);
  },
  baseUrl: () => undefined,
  slugFlavor(site): FlavorChoice {
    const ids = site?.config.headingIds as ReturnType<typeof headingIds> | undefined;
    const from = site?.configFile ? {from: site.configFile} : {};
    // Both plugins slug the rendered text: image alt and HTML tags add nothing.
    const options = {imageAlt: false, ...(site?.config.customIds === true ? {} : {customIds: false})};
    if (!ids || 'unknown' in ids) return {name: 'github', options, reason: ids && 'unknown' in ids ? ids.unknown : 'no Eleventy config read', ...from};
    return {name: ids.name, options: {...options, ...ids.options}, reason: ids.reason, ...from};
  },
  layoutIds: (path, site) => (site.config.footnotes ? footnoteIds(path, site.config.footnotes as FootnotesPlugin) : []),
  forgetFileReads: () => {
    forgetFootnotePages();
    detectedSites.clear();
  },
  idsUnknown(site) {
    const ids = site.config.headingIds as ReturnType<typeof headingIds> | undefined;
    if (!ids) return 'no Eleventy config read';
    if ('unknown' in ids) return ids.unknown;
    if (typeof site.config.attrsUnread === 'string') return site.config.attrsUnread;
    // IdAttributePlugin ids the whole page, layout included: a layout heading can take an id first.
    return undefined;
  },
  // markdown-it-attrs gives a paragraph that is only `{ #id }` that id ("end of block" in its patterns.js).
  attributeParagraphs: (site) => site?.config.customIds === true,
  // markdown-it-attrs' blocks (`{ #id .class key=v }`) by the plugin's own grammar.
  attrsGrammar: (site) => site?.config.customIds === true,
  // The same plugin's block after a link, with its default delimiters.
  spanAttributes: (site) => (site.config.customIds === true && site.config.attrsDelimiters === undefined ? 'brace' : undefined),
  // Its delimiters, when the config changes them (`leftDelimiter: '{{'`).
  ownMarkdownPlugins: (site) => stringList(site.config.ownMarkdownPlugins, []),
  headingAttributes: (site) => (site.config.customIds === true ? (site.config.attrsDelimiters as {left: string; right: string} | undefined) : undefined),
  inserts: ['liquid'],
  // The page's layout chain and what its templates include (eleventy-layouts.ts).
  templates: (path, site, frontMatter) => eleventyTemplates(path, site, frontMatter, input(site), notPages(site)[0]!, typeof site.config.layouts === 'string' ? notPages(site)[2]! : undefined),
  // Eleventy prints no title: the page's layouts do, if they name `title` (eleventy-title-shown.ts).
  layoutPrintsTitle: (path, site, frontMatter) => eleventyLayoutsPrintTitle(eleventy.templates?.(path, site, frontMatter) ?? {folders: [], references: () => []}, site.root, site.config.htmlTemplateEngine as string | false | undefined, globalDataNamed(notPages(site)[1]!, siteDataExtensions(site))),
  hidesBody: (path, site, frontMatter) => eleventyLayoutHidesBody(path, site, frontMatter, input(site), notPages(site)[0]!, typeof site.config.layouts === 'string' ? notPages(site)[2]! : undefined, site.config.htmlTemplateEngine as string | false | undefined),
  // `{% include %}` from the includes folder (`dir.includes`, below the input folder).
  resolveInclude: (include, context) => context.firstExisting([join(notPages(context.site!)[0]!, include.path)]),
  resolveSiteRoot(request: LinkRequest, context: ResolveContext): Resolution {
    return unlessReplaced(siteRootOf(request, context), request, context.site!);
  },
  resolvePageUrl: (request, context) => {
    const page = pageUrlFirst(eleventy, request, context);
    return page ? unlessReplaced(page, request, context.site!) : undefined;
  },
  resolveRelative(request: LinkRequest, context: ResolveContext): Resolution | undefined {
    const own = relativeOf(request, context);
    return own ? unlessReplaced(own, request, context.site!) : replacedReason(request, context.site!);
  },
  publishState(_path, frontMatter, site) {
    // Eleventy has no drafts of its own; a config that adds them (a preprocessor on `draft`) is taken at its word.
    // `permalink: false` is no draft: the page is read on purpose (navigation data, a partial), only not written.
    const problems: PublishProblem[] = [];
    if (site?.config.drafts === true) problems.push(...draftFlags(frontMatter, {draft: true}));
    return problems;
  },
  titleSources: ['front-matter', 'data-files', 'template'],
  // Eleventy types `tags` itself (a list, or one tag as a string: TemplateData's tags); its layouts show the title.
  // A `draft` only where the config reads it (its drafts preprocessor); a key the config compares with a boolean is the site's flag.
  fieldTypes: (_path, site) => ({
    ...titleFieldType,
    tags: ['array', 'string'],
    ...(site?.config.drafts === true ? {draft: ['boolean']} : {}),
    ...(isObject(site?.config.flagKeys) ? (site.config.flagKeys as Record<string, readonly FieldType[]>) : {}),
  }),
  // A key Eleventy does not read itself is data its template engines (Nunjucks, Liquid, JavaScript) print, a number as its text.
  printsScalarAsText: (field) => (ownKeys.has(field) ? undefined : 'its templates print it as text'),
  readsDate: (value) => defaults.readsDate(value) || readsJsYamlTimestamp(value) || (typeof value === 'string' && dateWords.has(value.toLowerCase())),
  emptyList: (field) => (field === 'tags' ? 'Eleventy reads an empty `tags` as no tags' : ownKeys.has(field) ? undefined : `Eleventy itself does not read \`${field}\`: it is data for the site's templates`),
  requiredFields: () => [],
  fieldFrom: (field) => (field === 'title' ? 'data files or the layout' : field === 'date' ? 'the file name or the file\'s dates' : undefined),
};
