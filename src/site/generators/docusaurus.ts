/**
 * Docusaurus (facebook/docusaurus). Docs from `docs/` (or a `path` the config names, also a
 * sibling folder in monorepos), blog from `blog/`, static files from `static/`. A Markdown link
 * to a `.md` file is resolved from the file's folder, then from the docs folder and the site
 * folder (`/x.md` from the docs folder, not `static/`); a doc is served at its folder plus its
 * `slug`, `id` or file name (number prefixes dropped). `draft: true` leaves a doc or post out of
 * production builds; there are no scheduled posts. Titles come from front matter, then the first `#` heading.
 */
import {basename, dirname, extname, join, resolve} from 'node:path';
import {isPageUrl} from '../files.js';
import {caseOrMissing, defaults, readsYamlTimestamp, draftFlags, isBelow, isFile, lookInRoots, pageBelow, readText} from './common.js';
import type {Detection, Generator, LinkRequest, ResolveContext, Resolution, SiteInfo} from './types.js';

const configNames = ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs', 'docusaurus.config.mts', 'docusaurus.config.cjs'];

/** Settings read from the JS config as text (postlint never runs a site's code). */
function readJsConfig(text: string): Record<string, unknown> {
  const pick = (key: string): string | undefined => new RegExp(`(?:^|[\\s,{])${key}\\s*:\\s*['"\`]([^'"\`]+)['"\`]`, 'm').exec(text)?.[1];
  const config: Record<string, unknown> = {};
  const url = pick('url');
  const baseUrl = pick('baseUrl');
  if (url) config.url = url;
  if (baseUrl) config.baseUrl = baseUrl;
  // `markdown: {format: 'md' | 'detect'}`: `.md` files are CommonMark; the default, 'mdx', reads them as MDX.
  const format = /\bformat\s*:\s*['"`](md|mdx|detect)['"`]/.exec(text)?.[1];
  if (format) config.markdownFormat = format;
  return config;
}

async function detect(dir: string): Promise<Detection | undefined> {
  for (const name of configNames) {
    const file = join(dir, name);
    if (isFile(file)) return {site: {root: dir, generator: 'docusaurus', configFile: file, config: readJsConfig(readText(file) ?? '')}, strength: 'marker'};
  }
  return sibling(dir);
}

/**
 * A docs folder that a Docusaurus site in a sibling folder reads (`website/docusaurus.config.js`
 * with `path: '../docs'`, as in many monorepos).
 */
function sibling(dir: string): Detection | undefined {
  const parent = dirname(dir);
  const name = dir.slice(parent.length + 1);
  if (parent === dir || name === '') return undefined;
  for (const folder of ['website', 'site', 'docs-site']) {
    for (const file of configNames) {
      const configFile = join(parent, folder, file);
      const text = isFile(configFile) ? readText(configFile) : undefined;
      if (text === undefined) continue;
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`path\\s*:\\s*["'\`]\\.\\./${escaped}/?["'\`]`).test(text)) {
        return {site: {root: join(parent, folder), generator: 'docusaurus', configFile, config: {...readJsConfig(text), docsPath: `../${name}`}}, strength: 'marker'};
      }
    }
  }
  return undefined;
}

function docsDir(site: SiteInfo): string {
  return resolve(site.root, typeof site.config.docsPath === 'string' ? site.config.docsPath : 'docs');
}

/**
 * A doc served at `../reducing-boilerplate` from a doc in `usage/structuring-reducers/`: the doc of
 * `usage/` whose slug, id or file name (number prefix dropped) is `reducing-boilerplate`.
 */
function docByUrl(request: LinkRequest, context: ResolveContext): string | undefined {
  if (extname(request.path) !== '') return undefined;
  const url = resolve(dirname(context.from), request.path.replace(/\/+$/, ''));
  const name = basename(url);
  for (const path of context.files()) {
    if (dirname(path) !== dirname(url) || !/\.mdx?$/i.test(path)) continue;
    const data = context.facts(path)?.frontMatter?.data;
    const slug = typeof data?.slug === 'string' ? data.slug.replace(/^\.?\/?/, '') : undefined;
    const id = typeof data?.id === 'string' ? data.id : undefined;
    const fileName = basename(path).replace(/\.mdx?$/i, '').replace(/^\d+[-_.]/, '');
    if ((slug ?? id ?? fileName) === name || (slug === undefined && id === undefined && fileName.toLowerCase() === name.toLowerCase())) return path;
  }
  return undefined;
}

function resolveSiteRoot(request: LinkRequest, context: ResolveContext): Resolution {
  const site = context.site!;
  // `/x.md` names a source file: from the docs folder, then the site folder (docusaurus-utils markdownLinks).
  if (/\.mdx?$/i.test(request.path)) {
    const file = context.firstExisting([docsDir(site), site.root].map((base) => join(base, request.path)));
    return file ? {status: 'found', path: file} : {status: 'missing', path: join(docsDir(site), request.path), roots: [docsDir(site), site.root]};
  }
  const found = lookInRoots(request, context);
  if (found) return found;
  if (isPageUrl(request.path)) {
    const page = pageBelow([docsDir(site), dirname(site.root)], request.path, context);
    return page ? {status: 'found', path: page} : {status: 'unverifiable', reason: 'a page URL that routes, slugs or plugins may make'};
  }
  return caseOrMissing(request, context);
}

export const docusaurus: Generator = {
  ...defaults,
  name: 'docusaurus',
  title: 'Docusaurus',
  buildOutput: () => ['build', '.docusaurus'],
  words: ['docusaurus'],
  detect,
  contentRoots: (site) => [docsDir(site), resolve(site.root, 'blog'), resolve(site.root, 'src', 'pages')],
  staticRoots: (site) => [resolve(site.root, 'static')],
  isPage: (path, site) => !site || docusaurus.contentRoots(site).some((root) => isBelow(path, root)),
  baseUrl: (site) => (typeof site.config.url === 'string' ? `${site.config.url.replace(/\/+$/, '')}${typeof site.config.baseUrl === 'string' ? site.config.baseUrl : '/'}` : undefined),
  slugFlavor: (site) => ({name: 'github', options: {}, reason: 'Docusaurus uses GitHub-style ids', ...(site?.configFile ? {from: site.configFile} : {})}),
  inserts: ['mdx'],
  commentHeadingIds: true,
  readsMdAsMdx: (site) => site.config.markdownFormat === undefined || site.config.markdownFormat === 'mdx',
  resolveSiteRoot,
  resolveRelative(request, context) {
    const site = context.site!;
    if (!/\.mdx?$/i.test(context.from)) return undefined;
    // A `.md` link not found beside the file: from the docs folder, then the site folder.
    if (/\.mdx?$/i.test(request.path) && !request.path.startsWith('./') && !request.path.startsWith('../')) {
      const file = context.firstExisting([docsDir(site), site.root].map((base) => join(base, request.path)));
      if (file) return {status: 'found', path: file};
    }
    const doc = docByUrl(request, context);
    return doc ? {status: 'found', path: doc} : undefined;
  },
  publishState: (_path, frontMatter) => draftFlags(frontMatter, {draft: true}),
  // Front matter is read with js-yaml (YAML 1.1 timestamps: `2019-07-02 0:00:00`).
  readsDate: readsYamlTimestamp,
  titleSources: ['front-matter', 'first-heading', 'file-name'],
  fieldFrom: (field, page) => {
    if (field === 'title') return page.hasTopHeading ? 'the first heading' : 'the file name';
    if (field === 'date') return 'the file name or the file\'s history';
    return undefined;
  },
};
