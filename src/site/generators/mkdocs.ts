/**
 * MkDocs (mkdocs/mkdocs), with Material. Pages come from `docs_dir` (default `docs/`); a config
 * may `INHERIT` another, whose keys it overrides; `use_directory_urls` (default on) serves
 * `a/b.md` at `/a/b/`; ids from Python-Markdown's toc; a page's title comes from `nav`, then
 * front matter, then its first `#` heading, then the file name. MkDocs has no drafts: a page
 * with `draft: true` is built. Material's blog plugin leaves `draft: true` posts out and needs a `date`.
 */
import {pyYamlBoolean} from '../../front-matter-yaml11.js';
import type {IndentedBlockKind} from '../../text/indented-blocks.js';
import {lstatSync, readdirSync, realpathSync} from 'node:fs';
import {basename, dirname, join, relative, resolve} from 'node:path';
import {isPageUrl, pageCandidates, pageUrlFolder} from '../files.js';
import {pageUrlPlace} from './page-url-place.js';
import {caseOrMissing, defaults, titleFieldType, draftFlags, isBelow, isDir, isFile, isObject, languageSuffix, languageTag, lookInRoots, pageBelow, perSite, configFolder} from './common.js';
import {listedNames} from './detect-listing.js';
import {pymdownxEmojiIds, readMkdocsConfig, tabbedIdOptions} from './mkdocs-config.js';
import ignore, {type Ignore} from 'ignore';
import {hookFiles, hooksMayWrite, pageHooks} from './mkdocs-hooks.js';
import {fileLanguage, i18nSetup, lookUpLink, unbuiltLanguage} from './mkdocs-i18n.js';
import {blankIncludeDirectives, includeDirectivePattern, includeDirectives} from './mkdocs-include-markdown.js';
import {genFilesPlaces} from './mkdocs-gen-files.js';
import {excludePlugin, markdownExtension, pluginSettings as pluginSettingsOf, redirectPages, servedPaths, type RedirectPage} from './mkdocs-plugins.js';
import type {Detection, FieldType, Generator, LinkRequest, Resolution, ResolveContext, SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';

type ReadConfig = (file: string) => Promise<Record<string, unknown>>;

// PyYAML's Python tags kept (mkdocs-config.ts): pymdownx.tabbed's `slugify` is one.
const readConfig: ReadConfig = async (file) => readMkdocsConfig(file);

/** The config with every `INHERIT`ed parent merged under it (MkDocs merges nested mappings); `read` may hand back configs already parsed. */
async function readWithInherit(file: string, read: ReadConfig = readConfig, seen = new Set<string>()): Promise<Record<string, unknown>> {
  seen.add(file);
  const config = await read(file);
  const parent = config.INHERIT;
  if (typeof parent !== 'string') return config;
  const parentFile = resolve(dirname(file), parent);
  if (seen.has(parentFile) || !isFile(parentFile)) return config;
  const {INHERIT: _ignored, ...own} = config;
  return merge(await readWithInherit(parentFile, read, seen), own);
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {...base};
  for (const [key, value] of Object.entries(over)) {
    const below = out[key];
    out[key] = isObject(below) && isObject(value) ? merge(below, value) : value;
  }
  return out;
}

async function detect(dir: string): Promise<Detection | undefined> {
  // The only names MkDocs finds by itself (`_open_config_file` in mkdocs/config/base.py).
  for (const name of ['mkdocs.yml', 'mkdocs.yaml']) {
    const file = join(dir, name);
    if (!isFile(file)) continue;
    const site: SiteInfo = {root: dir, generator: 'mkdocs', configFile: file, config: await readWithInherit(file)};
    return {site: (await linkedConfigSite(site)) ?? site, strength: 'marker'};
  }
  return detectNamedConfig(dir);
}

/**
 * A config that is a symbolic link to one in another folder (`docs/mkdocs.yml` → `../mkdocs.yml`):
 * MkDocs joins a relative `docs_dir` to the folder of the path it opened (config_file_path is
 * `os.path.abspath` of it, not its real path: mkdocs/config/base.py `_open_config_file`,
 * config_options.py `FilesystemObject`), and aborts when that folder does not exist (`DocsDir(exists=True)`).
 * When the link's docs_dir does not exist and the real file's does, no build reads the site through
 * the link: the site is the real file's, rooted at its folder.
 */
async function linkedConfigSite(site: SiteInfo): Promise<SiteInfo | undefined> {
  const file = site.configFile!;
  try {
    if (!lstatSync(file).isSymbolicLink() || isDir(docsDir(site))) return undefined;
    const real = realpathSync(file);
    const realSite: SiteInfo = {root: dirname(real), generator: 'mkdocs', configFile: real, config: await readWithInherit(real)};
    if (!isDir(docsDir(realSite))) return undefined;
    return {...realSite, notes: [`${file} links to ${real}; MkDocs would look for docs_dir beside the link, where it does not exist, so the site is the real file's (root ${realSite.root})`]};
  } catch {
    return undefined;
  }
}

/**
 * A site built with `mkdocs build --config-file mkdocs-<x>.yml`: MkDocs cannot find such a config
 * itself, so postlint does not guess which one the build names. The configs are the `mkdocs*.yml`
 * files that MkDocs could build (`site_name`, which MkDocs requires, after `INHERIT`) and that no
 * other one inherits. One such file is the site's config. Several: only the keys they all agree on
 * are read, the others are listed in `unsettled` and what depends on them is left unverifiable.
 */
async function detectNamedConfig(dir: string): Promise<Detection | undefined> {
  let names: string[];
  try {
    names = (listedNames(dir) ?? readdirSync(dir)).filter((name) => /^mkdocs.*\.ya?ml$/i.test(name)).sort();
  } catch {
    return undefined;
  }
  const files = names.map((name) => join(dir, name)).filter(isFile);
  if (files.length === 0) return undefined;
  // Each file is parsed once: the candidates here, a parent outside them when a leaf first inherits it.
  const own = new Map<string, Record<string, unknown>>();
  for (const file of files) own.set(file, await readConfig(file));
  const read: ReadConfig = async (file) => {
    let config = own.get(file);
    if (!config) own.set(file, (config = await readConfig(file)));
    return config;
  };
  const inherited = new Set([...own].flatMap(([file, config]) => (typeof config.INHERIT === 'string' ? [resolve(dirname(file), config.INHERIT)] : [])));
  const leaves: Array<[string, Record<string, unknown>]> = [];
  for (const file of files) {
    if (inherited.has(file)) continue;
    const config = await readWithInherit(file, read);
    if (typeof config.site_name === 'string') leaves.push([file, config]);
  }
  if (leaves.length === 0) return undefined;
  const [first] = leaves;
  const configFile = leaves.length === 1 ? first![0] : undefined;
  const config = leaves.length === 1 ? first![1] : agreed(leaves.map(([, leaf]) => leaf));
  if (!isDir(docsDir({root: dir, generator: 'mkdocs', config}))) return undefined;
  return {site: {root: dir, generator: 'mkdocs', ...(configFile ? {configFile} : {}), config}, strength: 'generic'};
}

/** The keys every config gives the same value, and under `unsettled` the keys they differ on. */
function agreed(configs: Array<Record<string, unknown>>): Record<string, unknown> {
  const keys = new Set(configs.flatMap((config) => Object.keys(config)));
  const out: Record<string, unknown> = {};
  const unsettled: string[] = [];
  for (const key of [...keys].sort()) {
    const values = configs.map((config) => JSON.stringify(config[key]));
    if (values.every((value) => value === values[0])) out[key] = configs[0]![key];
    else unsettled.push(key);
  }
  return {...out, unsettled};
}

/** A setting the site's configs disagree on: what depends on it is unverifiable. */
function unsettled(site: SiteInfo, key: string): boolean {
  return Array.isArray(site.config.unsettled) && site.config.unsettled.includes(key);
}

/**
 * The file an include-markdown directive names (directive.py `resolve_file_paths_to_include`): an
 * absolute path as it is, `./` and `../` from the including file's folder, any other from docs_dir.
 * A glob (`*`, `?`, `[`, `{`, `!(`…) may name many files, in an order the directive sets: undefined, as
 * a file that is not there (the page's ids are then unverifiable, never complete).
 */
function includedFile(path: string, from: string, site: SiteInfo, context: ResolveContext): string | undefined {
  const exact = path.startsWith('/') ? path : /^\.\.?\//.test(path) ? resolve(dirname(from), path) : resolve(docsDir(site), path);
  return context.firstExisting([exact]);
}

function docsDir(site: SiteInfo): string {
  return resolve(site.root, typeof site.config.docs_dir === 'string' ? site.config.docs_dir : 'docs');
}

function pluginSettings(site: SiteInfo, names: readonly string[]): Record<string, unknown> | undefined {
  return pluginSettingsOf(site.config, names);
}

/**
 * The page keys an MkDocs build reads: the title (MkDocs' own); `tags` only with a tags plugin on (MkDocs reads
 * none, Material's `tags`/`material/tags` does), as a list: one tag as a string stops the build from Material 9.6
 * (TagSet.run_validation: "Expected iterable tags") and is read letter by letter before it (`for tag in …`);
 * a blog post's `draft` flag and `categories` list (Material's blog PostConfig: `Optional(Type(bool))`,
 * `UniqueListOfItems(Type(str), default = [])`: a string stops the build, an empty one is none). An empty `tags:` under the plugin is no tags from 9.6 and
 * fails the build before it (`for tag in None`); the site's Material version is not read, so it is left alone
 * (the generators' default).
 */
function mkdocsFieldTypes(path: string, site: SiteInfo | undefined): Record<string, readonly FieldType[]> {
  const tagged = site !== undefined && pluginSettings(site, ['tags', 'material/tags']) !== undefined;
  return {...titleFieldType, ...(tagged ? {tags: ['array']} : {}), ...(isBlogPost(path, site) ? {draft: ['boolean'], categories: ['array']} : {})};
}

/** Material's blog plugin (`blog`, or `material/blog` as Material's docs write it): its folder below docs_dir, when the plugin is on. */
function blogDir(site: SiteInfo): string | undefined {
  const settings = pluginSettings(site, ['blog', 'material/blog']);
  if (!settings) return undefined;
  return join(docsDir(site), typeof settings.blog_dir === 'string' ? settings.blog_dir : 'blog');
}

/** mkdocs-static-i18n's language of a file of docs_dir: its locale folder or suffix (mkdocs-i18n.ts). */
function i18nLanguage(path: string, site: SiteInfo): string | undefined {
  const setup = i18nSetup(site.config);
  const rel = toPosix(relative(docsDir(site), path));
  if (!setup || rel.startsWith('..')) return undefined;
  return languageTag(fileLanguage(rel, setup).locale);
}

/** Why mkdocs-static-i18n builds a Markdown file of docs_dir into no site: its language has no build. */
function unbuiltPage(path: string, site: SiteInfo): string | undefined {
  const setup = i18nSetup(site.config);
  if (!setup || !markdownExtension.test(path)) return undefined;
  const rel = toPosix(relative(docsDir(site), path));
  return rel.startsWith('..') ? undefined : unbuiltLanguage(rel, setup);
}

/**
 * A relative link or image as mkdocs-static-i18n's build for the page's language looks it up
 * (`x.md` as `x.<language>.md`, then the default language's, then `x.md`: mkdocs-i18n.ts). Only a
 * link to a file (a name with an extension) is looked up; page URLs are left to the browser.
 */
function i18nLink(request: LinkRequest, context: ResolveContext): Resolution | undefined {
  const site = context.site;
  const setup = site ? i18nSetup(site.config) : undefined;
  if (!site || !setup || request.folder || !markdownExtension.test(context.from)) return undefined;
  const docs = docsDir(site);
  const fromRel = toPosix(relative(docs, context.from));
  let path: string;
  try {
    path = decodeURIComponent(request.path);
  } catch {
    return undefined;
  }
  if (fromRel.startsWith('..') || !/\.[^./]+$/.test(path)) return undefined;
  const exists = (rel: string): boolean => context.firstExisting([join(docs, rel)]) !== undefined;
  const looked = lookUpLink(fromRel, path, setup, exists);
  if (!looked) return undefined;
  if ('found' in looked) return {status: 'found', path: join(docs, looked.found)};
  return {status: 'unverifiable', reason: `mkdocs-static-i18n puts ${looked.otherBuild} (${looked.locale}) only in other languages' builds, not in the ${looked.build} build that renders this page: MkDocs leaves the link as written`};
}

function isBlogPost(path: string, site: SiteInfo | undefined): boolean {
  const blog = site ? blogDir(site) : undefined;
  return blog !== undefined && isBelow(path, join(blog, 'posts'));
}

/** Why links cannot be resolved when the site's configs disagree on where pages are or how they are served. */
function urlKeysUnsettled(site: SiteInfo): string | undefined {
  const keys = ['docs_dir', 'use_directory_urls'].filter((key) => unsettled(site, key));
  return keys.length > 0 ? `the site's mkdocs*.yml configs differ on ${keys.join(', ')} and the build names one with --config-file` : undefined;
}

function directoryUrls(site: SiteInfo): boolean {
  return site.config.use_directory_urls !== false;
}

const exclusions = new WeakMap<SiteInfo, Ignore>();

/**
 * A file of docs_dir that MkDocs does not build: its default exclusions (`.*`, `/templates/`)
 * plus the gitignore-style `exclude_docs` lines (an include-only folder of snippets, drafts):
 * `_default_exclude` and `set_exclusions` in mkdocs/mkdocs mkdocs/structure/files.py @
 * 741ff7753bbdd0f873e19a6d01220819926523d8.
 */
function excluded(rel: string, site: SiteInfo): boolean {
  let matcher = exclusions.get(site);
  if (!matcher) {
    const own = typeof site.config.exclude_docs === 'string' ? site.config.exclude_docs.split(/\r?\n/) : [];
    exclusions.set(site, (matcher = ignore().add(['.*', '/templates/', ...own])));
  }
  if (matcher.ignores(rel)) return true;
  // The mkdocs-exclude plugin drops more files in `on_files` (an include-only snippets folder).
  let plugin = pluginExclusions.get(site);
  if (plugin === undefined) pluginExclusions.set(site, (plugin = excludePlugin(site.config) ?? null));
  return plugin !== null && plugin(rel);
}

const pluginExclusions = new WeakMap<SiteInfo, ((source: string) => boolean) | null>();

function isDocumentationPage(site: SiteInfo, rel: string): boolean {
  return markdownExtension.test(rel) && !rel.startsWith('..') && !excluded(rel, site) && isFile(join(docsDir(site), rel));
}

const redirectCache = new WeakMap<SiteInfo, Map<string, RedirectPage>>();

/**
 * The page mkdocs-redirects writes where `path` (a URL path below the site root) is served, as the
 * link's target: the new page (its fragment is checked there), or unverifiable when it leads off the site.
 */
function viaRedirect(path: string, site: SiteInfo, context: ResolveContext): Resolution | undefined {
  let pages = redirectCache.get(site);
  if (!pages) redirectCache.set(site, (pages = redirectPages(site.config, directoryUrls(site), (rel) => isDocumentationPage(site, rel))));
  if (pages.size === 0) return undefined;
  const page = servedPaths(path).map((served) => pages.get(served)).find((found) => found !== undefined);
  if (!page) return undefined;
  if (page.external) return {status: 'unverifiable', reason: `the redirects plugin (redirect_maps) sends ${page.from} to ${page.to}`};
  const target = context.firstExisting([join(docsDir(site), page.to)]);
  return target ? {status: 'found', path: target} : undefined;
}

/** pymdownx.snippets' `base_path` folders, from the site folder (`markdown_extensions: [{pymdownx.snippets: {base_path: [...]}}]`). */
function snippetBases(site: SiteInfo): string[] {
  const extensions = Array.isArray(site.config.markdown_extensions) ? site.config.markdown_extensions : [];
  for (const entry of extensions) {
    const options = isObject(entry) ? entry['pymdownx.snippets'] : undefined;
    const base = isObject(options) ? options.base_path : undefined;
    const list = typeof base === 'string' ? [base] : Array.isArray(base) ? base.filter((item): item is string => typeof item === 'string') : [];
    if (list.length > 0) return list.map((folder) => resolve(site.root, folder));
  }
  return [];
}

/**
 * Plugins that build pages from Markdown outside docs_dir: mkdocs-monorepo-plugin (`!include` of
 * another mkdocs.yml; techdocs-core runs it), mkdocs-gen-files and mkdocs-simple-plugin (pages
 * written from any file of the repository), mkdocs-multirepo-plugin, mkdocs-include-markdown-plugin
 * (`{% include-markdown "../x.md" %}` pastes a file from anywhere: read as an include of the
 * page, but a glob may reach any file).
 */
const readsBeyondDocsDir = ['monorepo', 'techdocs-core', 'gen-files', 'simple', 'multirepo', 'include-markdown'];

/**
 * What MkDocs builds from: docs_dir only (mkdocs structure/files.py `get_files` walks it alone),
 * plus the folders pages take text from outside it: mkdocs-macros' `include_dir` (Jinja
 * `{% include %}`, docs_dir by default) and pymdownx.snippets' `auto_append` files. Unknown when a
 * plugin reads more, or the site has hooks (`hooks:`, MkDocs 1.4+: `on_files` may add pages from
 * any folder, `on_config` move docs_dir). Worked out once per site.
 */
const builtFolders = perSite((site: SiteInfo): string[] | undefined => {
  if (hookFiles(site).length > 0 || readsBeyondDocsDir.some((name) => pluginSettings(site, [name]) !== undefined)) return undefined;
  const macros = pluginSettings(site, ['macros']);
  const includeDir = typeof macros?.include_dir === 'string' && macros.include_dir !== '' ? [resolve(site.root, macros.include_dir)] : [];
  const extensions = Array.isArray(site.config.markdown_extensions) ? site.config.markdown_extensions : [];
  const appended = extensions.flatMap((entry) => {
    const options = isObject(entry) ? entry['pymdownx.snippets'] : undefined;
    const files = isObject(options) ? options.auto_append : undefined;
    const list = typeof files === 'string' ? [files] : Array.isArray(files) ? files.filter((item): item is string => typeof item === 'string') : [];
    // Read from the snippets' base folders: the folder each appended file is in counts as built.
    const configured = snippetBases(site);
    const bases = configured.length > 0 ? configured : [site.root];
    return list.flatMap((file) => bases.map((base) => dirname(resolve(base, file))));
  });
  return [docsDir(site), ...includeDir, ...appended];
});

/** The Markdown extensions the site enables, by name (`- admonition`, `- pymdownx.details: {…}`). */
function markdownExtensions(site: SiteInfo): Set<string> {
  const extensions = Array.isArray(site.config.markdown_extensions) ? site.config.markdown_extensions : isObject(site.config.markdown_extensions) ? [site.config.markdown_extensions] : [];
  const names = new Set<string>();
  for (const entry of extensions) {
    if (typeof entry === 'string') names.add(entry);
    else if (isObject(entry)) for (const name of Object.keys(entry)) names.add(name);
  }
  return names;
}

/** The blocks with an indented Markdown body the site's extensions add. */
function indentedBlocks(site: SiteInfo): IndentedBlockKind[] {
  const names = markdownExtensions(site);
  const kinds: IndentedBlockKind[] = [];
  if (names.has('admonition') || names.has('markdown.extensions.admonition')) kinds.push('admonition');
  if (names.has('pymdownx.details')) kinds.push('details');
  if (names.has('pymdownx.tabbed')) kinds.push('tabbed');
  return kinds;
}

/** Titles given in `nav` (`- Home: index.md`), by the page's path below docs_dir. */
function navTitles(site: SiteInfo): Set<string> {
  const titled = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (isObject(value)) {
      for (const [, inner] of Object.entries(value)) {
        if (typeof inner === 'string') titled.add(inner.replace(/^\.?\//, ''));
        else walk(inner);
      }
    }
  };
  walk(site.config.nav);
  return titled;
}

/** The theme's name (`theme: material` or `theme: {name: material}`). */
function themeName(site: SiteInfo): string | undefined {
  const theme = site.config.theme;
  const name = isObject(theme) ? theme.name : theme;
  return typeof name === 'string' ? name : undefined;
}

/** What runs the gen-files scripts, for reasons. */
function genFilesVia(site: SiteInfo): string {
  return `the gen-files plugin (${site.configFile ? basename(site.configFile) : 'mkdocs.yml'})`;
}

/** Why a page a gen-files script opens to write is not what the build shows. */
function genFilesReplaces(written: {script: string}, site: SiteInfo): string {
  return `is replaced at build by what ${written.script} writes (run by ${genFilesVia(site)}); postlint does not run it`;
}

export const mkdocs: Generator = {
  ...defaults,
  name: 'mkdocs',
  title: 'MkDocs',
  // Pages the gen-files plugin's scripts write below docs_dir while MkDocs builds (mkdocs-gen-files.ts).
  buildWrites: (site) => genFilesPlaces(site, docsDir(site)).map((place) => ({...place, via: genFilesVia(site)})),
  // A page of docs_dir a gen-files script opens is replaced by what the script writes (a folder it writes below may hold it).
  contentUnknown: (path, site) => {
    const written = genFilesPlaces(site, docsDir(site)).find((place) => (place.page ? resolve(path) === place.path : isBelow(resolve(path), place.path)));
    if (!written) return undefined;
    return written.page ? genFilesReplaces(written, site) : `may be replaced at build: ${written.script} writes ${toPosix(relative(site.root, written.path))}/ (run by ${genFilesVia(site)}); postlint does not run it`;
  },
  // So are its ids: a fragment into a page the script writes names the built page's ids, not the stub's. Only a page read
  // as written (a folder the script writes below may or may not hold it: its pages' ids are still read).
  idsUnknown: (site, path) => {
    const written = path === undefined ? undefined : genFilesPlaces(site, docsDir(site)).find((place) => place.page && resolve(path) === place.path);
    return written ? genFilesReplaces(written, site) : undefined;
  },
  keepsLastRepeatedKey: () => "MkDocs' YAML reader (PyYAML) keeps the last one",
  yamlBoolean: () => pyYamlBoolean,
  // mkdocs/utils/meta.py loads with PyYAML's CSafeLoader (libyaml) when it is there, as PyYAML's wheels ship it.
  readsTabsInFlow: () => "PyYAML's CSafeLoader (libyaml) skips it as white space",
  // PyYAML's own scanner (scanner.py unwind_indent: "if self.flow_level: return") does as libyaml does.
  readsFlowAtAnyIndent: () => "PyYAML reads a flow collection's lines at any indent",
  buildOutput: (site) => [configFolder(site.config, 'site_dir', 'site')],
  modelInputs: hookFiles,
  ownMarkdownPlugins: pageHooks,
  words: ['mkdocs'],
  // mkdocs-static-i18n's locale folder or suffix (`page.fr.md`), else Material's `theme.language`.
  language: (path, site) => i18nLanguage(path, site) ?? languageSuffix(basename(path), undefined) ?? languageTag(isObject(site.config.theme) ? site.config.theme.language : undefined),
  detect,
  contentRoots: (site) => [docsDir(site)],
  builtFolders,
  // `exclude_docs` (gitignore lines; `.*` and `/templates/` by default) and the mkdocs-exclude plugin drop files from `mkdocs build`.
  // mkdocs-static-i18n builds no site for a language with `build: false`.
  excludedFromBuild: (path, site) => {
    if (!markdownExtension.test(path) || !isBelow(path, docsDir(site))) return undefined;
    const rel = toPosix(relative(docsDir(site), path));
    if (excluded(rel, site)) return 'MkDocs leaves it out of the build (`exclude_docs`, or the exclude plugin)';
    return unbuiltPage(path, site);
  },
  staticRoots: (site) => [docsDir(site)],
  // Only docs_dir is built: a README or a `.github/` template beside it is a repository file; names starting with a dot are ignored.
  // Material's blog plugin lists the posts on the blog's index page, after its own content (plugins/blog/plugin.py: the index is a View whose posts the blog template renders below `page.content`).
  writesAfterContent: (path, site) => {
    const blog = site ? blogDir(site) : undefined;
    return blog !== undefined && path === join(blog, 'index.md') ? 'the blog plugin lists the posts after the index page\'s content' : undefined;
  },
  // Material writes `<h1>{{ page.title }}</h1>` only when the page's content holds no `<h1` (partials/content.html); Python-Markdown renders a bare `#` as an empty one.
  untitledByEmptyHeading: (site) => (themeName(site) === 'material' ? 'Material adds the page title only to a page with no level-1 heading: an empty `#` leaves the page untitled' : undefined),
  // get_files walks docs_dir with os.walk(followlinks=True) and a File's src_uri is its place
  // below docs_dir, so a linked page is served, and its links resolved, where the link is
  // (mkdocs/mkdocs mkdocs/structure/files.py).
  servesLinkedPages: true,
  isPage: (path, site) => !site || (isBelow(path, docsDir(site)) && !excluded(toPosix(relative(docsDir(site), path)), site) && unbuiltPage(path, site) === undefined),
  pageUrl: (path, site) => {
    const own = toPosix(relative(docsDir(site), path));
    if (own.startsWith('..')) return undefined;
    // mkdocs-static-i18n serves `x.de.md` (`de/x.md`) at `/de/x/`, the default language's at `/x/` (create_i18n_file).
    const setup = i18nSetup(site.config);
    const served = setup ? fileLanguage(own, setup) : undefined;
    const rel = served ? served.norm : own;
    const prefix = served && setup && served.locale !== setup.defaultLanguage ? `/${served.locale}` : '';
    const stem = rel.replace(/\.(md|markdown)$/i, '');
    // README.md is a folder's index page too (mkdocs structure/files.py).
    if (/(^|\/)(index|README)$/.test(stem)) return `${prefix}/${stem.replace(/(index|README)$/, '')}${directoryUrls(site) ? '' : 'index.html'}`;
    return directoryUrls(site) ? `${prefix}/${stem}/` : `${prefix}/${stem}.html`;
  },
  baseUrl: (site) => (typeof site.config.site_url === 'string' ? site.config.site_url : undefined),
  // A custom toc `slugify` (a `!!python/name:` tag, which mkdocs-config keeps) is not modelled: headings take Python-Markdown's default ids; set anchors.slugger when a site's ids differ.
  // Content tabs with pymdownx.tabbed's `slugify` take ids from their titles (src/site/tab-ids.ts).
  slugFlavor: (site) => {
    const tabs = site ? tabbedIdOptions(site.config) : undefined;
    const known = tabs && !('unknown' in tabs) ? tabs : undefined;
    const tabsReason = known
      ? `; tab ids from their titles (pymdownx.tabbed slugify${known.combineHeaderSlug ? ', combine_header_slug' : ''})`
      : tabs && 'unknown' in tabs
        ? `; tab ids unknown (pymdownx.tabbed slugify ${tabs.unknown} is no function postlint can run, and with a slugify set no __tabbed_ ids are written): a fragment a page with content tabs lacks is unverifiable`
        : '';
    // pymdownx.emoji makes textless elements of the shortcodes its index knows: they leave the id (src/site/slug/pymdownx-emoji.ts).
    const emoji = site ? pymdownxEmojiIds(site.config) : undefined;
    const emojiReason = emoji ? '; pymdownx.emoji shortcodes no part of heading ids' : '';
    // An unknown slugify is passed on as such: the tabs get no ids, and their pages' missing fragments are unverifiable (site index).
    const options = {...(tabs ? {tabs} : {}), ...(emoji ? {emojiShortcodes: emoji} : {})};
    return {name: 'mkdocs', options, reason: `Python-Markdown toc slugify${tabsReason}${emojiReason}`, ...(site?.configFile ? {from: site.configFile} : {})};
  },
  inserts: ['snippet', 'generated', 'include-markdown'],
  // pymdownx.snippets and mkdocs-include-markdown-plugin paste the file's text into the page before Markdown runs.
  pastes: ['snippet', 'include-markdown'],
  // pymdownx.snippets: from its `base_path` folders (`.`, the folder mkdocs runs in, by default: the site folder),
  // then, leniently, the page's folder and docs_dir. `file.md:3:10` and `file.md:section` take part of the file.
  resolveInclude(include, context) {
    if (/^[a-z][a-z\d+.-]*:\/\//i.test(include.path)) return undefined;
    const site = context.site!;
    if (include.kind === 'include-markdown') return includedFile(include.path, context.from, site, context);
    const path = include.path.replace(/^(.+?\.[A-Za-z\d]+):[^/\\]*$/, '$1');
    const configured = snippetBases(site);
    const bases = [...(configured.length > 0 ? configured : [site.root]), dirname(context.from), site.root, docsDir(site)];
    return context.firstExisting(bases.map((base) => resolve(base, path)));
  },
  spanIds: true,
  // Python-Markdown's attr_list, where the site enables it: `{: .class }` or `{ .class }` after a span.
  spanAttributes: (site) => (markdownExtensions(site).has('attr_list') || markdownExtensions(site).has('markdown.extensions.attr_list') ? 'optional-colon' : undefined),
  indentedBlocks,
  // mkdocs-include-markdown-plugin replaces its directives before Markdown runs: their own text is never on the page.
  preprocessPage(site) {
    const settings = pluginSettings(site, ['include-markdown']);
    if (!settings) return undefined;
    const pattern = includeDirectivePattern(settings);
    return (text) => {
      const blanked = blankIncludeDirectives(text, pattern);
      if (!blanked) return undefined;
      const includes = includeDirectives(text, pattern, settings);
      return {text: blanked.text, ids: [], idPrefixes: [], outputLines: blanked.contentLines, ...(includes.length > 0 ? {includes} : {})};
    };
  },
  resolveSiteRoot(request, context) {
    const site = context.site!;
    const open = urlKeysUnsettled(site);
    if (open) return {status: 'unverifiable', reason: open};
    const found = lookInRoots(request, context);
    if (found && found.status !== 'no-index') return found;
    const redirected = viaRedirect(request.path, site, context);
    if (redirected) return redirected;
    if (isPageUrl(request.path) && !found) {
      const page = pageBelow([docsDir(site)], request.path, context);
      return page ? {status: 'found', path: page} : {status: 'unverifiable', reason: 'a page URL that matches no page in docs_dir'};
    }
    const resolution = found ?? caseOrMissing(request, context);
    // The site's hooks may write it into the built site (`on_post_build` copying a file to site_dir).
    const hooks = resolution.status === 'missing' || resolution.status === 'no-index' ? hooksMayWrite(site) : undefined;
    return hooks ? {status: 'unverifiable', reason: hooks, siteWide: true} : resolution;
  },
  /**
   * With directory URLs `docs/a/b.md` is served at `/a/b/`, and MkDocs leaves a link that names no
   * file as written ("contains an unrecognized relative link '../', it was left as is": mkdocs
   * structure/pages.py): the browser reads `./#x` as that page and `../#x` as `/a/`. An index
   * page (`index.md`, `README.md`) is served at its folder, where both readings meet.
   */
  resolvePageUrl(request, context) {
    const site = context.site!;
    const from = context.from;
    if (!directoryUrls(site) || !/\.(md|markdown)$/i.test(from) || urlKeysUnsettled(site)) return undefined;
    // pageUrlFolder reads `README.md` as a page of its own; MkDocs serves it at its folder, as `index.md`.
    const served = /^readme\.(?:md|markdown)$/i.test(basename(from)) ? join(dirname(from), 'index.md') : from;
    const place = pageUrlPlace(served, request.path, docsDir(site));
    if (!place) return undefined;
    if (place.self) return {status: 'found', path: from};
    const page = context.firstExisting(pageCandidates(place.path));
    return page ? {status: 'found', path: page} : undefined;
  },
  resolveFileLink: i18nLink,
  resolveRelative(request, context) {
    const site = context.site!;
    const from = context.from;
    if (!/\.(md|markdown)$/i.test(from)) return undefined;
    const open = urlKeysUnsettled(site);
    if (open) return {status: 'unverifiable', reason: open};
    const absolute = resolve(dirname(from), request.path);
    // MkDocs reads `configuration.md/` as `configuration.md` (it normalizes the path).
    if (/\.(md|markdown)\/$/i.test(request.path)) {
      const page = context.firstExisting([absolute.replace(/\/+$/, '')]);
      if (page) return {status: 'found', path: page};
    }
    if (!directoryUrls(site)) return undefined;
    // With directory URLs `docs/a/b.md` is served at `/a/b/`: raw HTML and page links relative to that URL resolve from there.
    const fromUrl = resolve(pageUrlFolder(from), request.path);
    const found = context.findExact(fromUrl, request.folder);
    if (found?.status === 'found') return found;
    const page = isPageUrl(request.path) ? context.firstExisting(pageCandidates(fromUrl)) : undefined;
    if (page) return {status: 'found', path: page};
    // A page URL (not a `.md` link: MkDocs leaves one to a missing file as written) may be a redirect page.
    const rel = toPosix(relative(docsDir(site), fromUrl));
    return markdownExtension.test(request.path) || rel.startsWith('..') ? undefined : viaRedirect(`${rel}${request.folder ? '/' : ''}`, site, context);
  },
  // MkDocs has no drafts; Material's blog plugin leaves `draft: true` posts out of the build.
  publishState: (path, frontMatter, site) => (isBlogPost(path, site) ? draftFlags(frontMatter, {draft: true}) : []),
  titleSources: ['nav', 'front-matter', 'first-heading', 'file-name'],
  fieldTypes: mkdocsFieldTypes,
  requiredFields: (page) => (isBlogPost(page.path, page.site) ? ['date'] : []),
  fieldFrom: (field, page) => {
    if (field !== 'title') return undefined;
    const site = page.site;
    if (site && navTitles(site).has(toPosix(relative(docsDir(site), page.path)))) return 'nav';
    return page.hasTopHeading ? 'the first heading' : 'the file name';
  },
};
